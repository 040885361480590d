// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { loadSession, saveSession, SESSION_KEY, ticksKey } from '../../src/components/keep/storage.ts';
import { LANGUAGE_KEY } from '../../src/app/boot.ts';
import { renderApp, savedKeys } from './app-test-kit.tsx';

beforeEach(() => localStorage.clear());

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('autosave and resume', () => {
  it('saves every answer; a reload resumes at the next unanswered question', async () => {
    const first = await renderApp();
    await first.user.click(screen.getByRole('button', { name: 'Start now' }));
    await first.user.selectOptions(screen.getByRole('combobox'), 'US');
    await first.user.click(document.querySelector<HTMLButtonElement>('button[type=submit]')!);
    // A third-country national: asked about EU family next.
    await first.user.click(document.querySelector<HTMLInputElement>('input[value=no]')!);
    await first.user.click(document.querySelector<HTMLButtonElement>('button[type=submit]')!);
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toEqual({ schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' });
    first.unmount();

    // The page is opened again.
    const second = await renderApp();
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    const resume = screen.getByRole('region', { name: 'Continue where you left off' });
    await second.user.click(within(resume).getByRole('button', { name: 'Continue' }));
    expect(h1()).toHaveFocus();
    expect(document.querySelector('input[value=upTo90Days]')).toBeInTheDocument();
    // Back shows the earlier answers, kept.
    await second.user.click(document.querySelector<HTMLButtonElement>('.qp-back')!);
    expect(document.querySelector('input[value=no]')).toBeChecked();
  });

  it('a session saved on the plan reopens the plan on Continue', async () => {
    saveSession(
      { wizard: { state: 'plan' }, caseFile: { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'facility' } },
      { store: localStorage },
    );
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(h1()).toHaveTextContent('Your residence plan for Slovakia');
  });

  it('opening the app writes nothing', async () => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    const before = savedKeys();
    await renderApp();
    expect(savedKeys()).toEqual(before);
  });

  it('saved data that cannot be read is not shown as a session to continue', async () => {
    localStorage.setItem(SESSION_KEY, '{not json');
    await renderApp();
    expect(screen.queryByRole('region', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    expect(localStorage.getItem(SESSION_KEY)).toBe('{not json');
  });
});

describe('Clear my data', () => {
  beforeEach(() => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    localStorage.setItem(ticksKey('0123abcd'), JSON.stringify({ ticked: ['a/b'] }));
    localStorage.setItem(LANGUAGE_KEY, 'en');
    localStorage.setItem('another-site-key', 'kept');
  });

  it('asks first; Cancel keeps everything', async () => {
    const { user } = await renderApp();
    const before = savedKeys();
    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    expect(screen.getByRole('heading', { name: 'Clear your data from this browser?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Clear your data from this browser?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear my data' })).toHaveFocus();
    expect(savedKeys()).toEqual(before);
  });

  it('after confirming, removes every key of the app (and no other) and restarts', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.querySelector('input[value=upTo90Days]')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my data' }));

    expect(savedKeys()).toEqual({ 'another-site-key': 'kept' });
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(h1()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Your data has been cleared from this browser.');
    expect(screen.queryByRole('region', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    // Starting again asks the first question with no answer.
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(screen.getByRole('combobox')).toHaveValue('');
  });
});
