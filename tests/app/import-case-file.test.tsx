// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { saveSession, SESSION_KEY } from '../../src/components/keep/storage.ts';
import { loadExample } from '../support/load-example.ts';
import { renderApp, savedKeys } from './app-test-kit.tsx';

const h1 = () => screen.getByRole('heading', { level: 1 });
const jsonFile = (text: string, name = 'case.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  localStorage.clear();
  saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
});

describe('Import a case file (JSON)', () => {
  it('a bad file: lists its problems, saved data untouched', async () => {
    const before = savedKeys();
    const { user } = await renderApp();
    const bad = JSON.stringify({ schemaVersion: 1, citizenship: 'DE', stayLength: 'forever', colour: 'blue' });
    await user.upload(screen.getByLabelText('Import a case file (JSON)'), jsonFile(bad, 'my-case.json'));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This file could not be used' })).toBeInTheDocument();
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Pobyt found these problems in my-case.json:');
    const problems = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^Length of stay in Slovakia: /), 'colour: unknown field']));
    expect(alert).toHaveTextContent('Your saved answers have not been changed.');
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(savedKeys()).toEqual(before);
  });

  it('a file that is not JSON says so', async () => {
    const before = savedKeys();
    const { user } = await renderApp();
    await user.upload(screen.getByLabelText('Import a case file (JSON)'), jsonFile('{"schemaVersion": 1,'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/^\(file\): not JSON/);
    expect(savedKeys()).toEqual(before);
  });

  it('a valid file (the command line\'s format) loads its answers and opens check your answers', async () => {
    const { user } = await renderApp();
    const example = loadExample('eu-long-stay-employee');
    await user.upload(screen.getByLabelText('Import a case file (JSON)'), jsonFile(JSON.stringify(example, null, 2)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Change Basis of your residence' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).caseFile).toEqual(example);
  });

  it('a date past 2045 is refused at the door, naming the field and the range; saved data untouched', async () => {
    const before = savedKeys();
    const { user } = await renderApp();
    const late = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2046-01-02', accommodation: 'private' };
    await user.upload(screen.getByLabelText('Import a case file (JSON)'), jsonFile(JSON.stringify(late)));
    const alert = await screen.findByRole('alert');
    const problems = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toEqual([expect.stringMatching(/^Date of arrival in Slovakia: .*2013-10-18 to 2045-12-31/)]);
    expect(savedKeys()).toEqual(before);
  });

  it('an arrival in 2028 (counted from the law in force today) is planned, not refused', async () => {
    const { user } = await renderApp();
    const arrival = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2028-01-03', accommodation: 'private' };
    await user.upload(screen.getByLabelText('Import a case file (JSON)'), jsonFile(JSON.stringify(arrival)));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(h1()).not.toHaveTextContent('could not build a plan');
    expect(screen.getByRole('main')).toHaveTextContent(/2028/);
  });
});
