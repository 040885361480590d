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
    expect(problems).toEqual([
      'Length of stay in Slovakia: "forever" is not one of the answers to this question.',
      'Field "colour": Pobyt does not know this field: remove it.',
    ]);
    expect(alert).toHaveTextContent('Your saved answers have not been changed.');
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(savedKeys()).toEqual(before);
  });

  it('a file that is not JSON says so', async () => {
    const before = savedKeys();
    const { user } = await renderApp();
    await user.upload(screen.getByLabelText('Import a case file (JSON)'), jsonFile('{"schemaVersion": 1,'));
    const alert = await screen.findByRole('alert');
    // Never the parser's own words ("Expected double-quoted property name…").
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/^This file is not a Pobyt case file: it is not valid JSON \(the error is at line 1, column 21\)\.$/);
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
    expect(problems).toEqual(['Date of arrival in Slovakia: "2046-01-02" is outside the dates Pobyt counts for this, 18 Oct 2013 to 31 Dec 2045.']);
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

  it.each([
    [
      'sk',
      [
        'Štátne občianstvo: "QQ" nie je kód krajiny, ktorý Pobyt pozná (dve veľké písmená, napríklad UA).',
        'Dátum príchodu na Slovensko: "2026-02-30" nie je skutočný kalendárny dátum.',
        'Pole "<b>x</b>": Pobyt toto pole nepozná: odstráňte ho.',
      ],
    ],
    [
      'uk',
      [
        'Громадянство: "QQ" не є кодом країни, який знає Pobyt (дві великі літери, наприклад UA).',
        'Дата приїзду до Словаччини: "2026-02-30" не є справжньою календарною датою.',
        'Поле "<b>x</b>": Pobyt не знає цього поля: видаліть його.',
      ],
    ],
  ])('in %s: an unknown country, an impossible date and an unknown field, all three listed in the language', async (lng, expected) => {
    const before = savedKeys();
    const { user } = await renderApp({ lng });
    const bad = JSON.stringify({ schemaVersion: 1, citizenship: 'QQ', stayLength: 'upTo90Days', arrivalDate: '2026-02-30', accommodation: 'private', '<b>x</b>': 1 });
    await user.upload(screen.getByLabelText(lng === 'sk' ? 'Importovať súbor prípadu (JSON)' : 'Імпортувати файл справи (JSON)'), jsonFile(bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(expected);
    // The key is shown as text, never as markup.
    expect(alert.querySelector('b')).toBeNull();
    expect(savedKeys()).toEqual(before);
  });
});
