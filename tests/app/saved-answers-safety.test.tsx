// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { downloadText } from '../../src/components/keep/download.ts';
import { DAMAGED_SESSION_KEY, loadSession, salvageAnswers, saveSession, SESSION_KEY } from '../../src/components/keep/storage.ts';
import { renderApp } from './app-test-kit.tsx';

vi.mock('../../src/components/keep/download.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/components/keep/download.ts')>()),
  downloadText: vi.fn(),
}));

beforeEach(() => {
  localStorage.clear();
  vi.mocked(downloadText).mockClear();
});

const h1 = () => screen.getByRole('heading', { level: 1 });
const submit = () => document.querySelector<HTMLButtonElement>('button[type=submit]')!;

describe('damaged saved answers', () => {
  const damaged = JSON.stringify({
    savedAt: '2026-11-20T10:00:00.000Z',
    wizard: { state: 'stayLength' },
    caseFile: { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'forever' },
  });

  it('reads back each answer that passes its own field, and nothing from text that is not JSON', () => {
    expect(salvageAnswers(damaged)).toEqual({ schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' });
    expect(salvageAnswers('{not json')).toEqual({});
    expect(salvageAnswers(JSON.stringify({ caseFile: { citizenship: 'XX', __proto__: 1 } }))).toEqual({});
    localStorage.setItem(SESSION_KEY, damaged);
    const r = loadSession(localStorage);
    expect(r.status === 'corrupt' && r.salvaged).toEqual({ schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' });
  });

  it('are said on the start page, copied aside before anything overwrites them, and the readable answers continue', async () => {
    localStorage.setItem(SESSION_KEY, damaged);
    const { user } = await renderApp();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Some of your saved answers could not be read' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('2 answers could be read and are kept.');
    // What was wrong, in words: the question's name and the value, not a schema path.
    expect(alert).toHaveTextContent('Length of stay in Slovakia: "forever" is not one of the answers to this question.');
    expect(localStorage.getItem(DAMAGED_SESSION_KEY)).toBe(damaged);

    await user.click(within(alert).getByRole('button', { name: 'Download the saved copy' }));
    expect(vi.mocked(downloadText).mock.calls[0]?.[1]).toBe(damaged);

    // Continue: the two readable answers are there; the next answer saves, the copy stays.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.querySelector('input[value=upTo90Days]')).toBeInTheDocument();
    await user.click(document.querySelector<HTMLInputElement>('input[value=upTo90Days]')!);
    await user.click(submit());
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toMatchObject({ citizenship: 'US', euFamilyMember: 'no', stayLength: 'upTo90Days' });
    expect(localStorage.getItem(DAMAGED_SESSION_KEY)).toBe(damaged);
  });

  it('text that is not JSON at all: said, kept, and deleted only when asked', async () => {
    localStorage.setItem(SESSION_KEY, '{not json');
    const { user } = await renderApp();
    expect(screen.getByRole('alert')).toHaveTextContent('None of the answers could be read.');
    // Said as what this browser kept, not as "this file".
    expect(screen.getByRole('alert')).toHaveTextContent('What was saved in this browser cannot be read at all');
    expect(screen.queryByRole('region', { name: 'Continue where you left off' })).not.toBeInTheDocument();
    expect(localStorage.getItem(DAMAGED_SESSION_KEY)).toBe('{not json');
    await user.click(screen.getByRole('button', { name: 'Delete the saved copy' }));
    expect(localStorage.getItem(DAMAGED_SESSION_KEY)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Some of your saved answers could not be read' })).toBeNull();
    // Said, and the focus is not lost with the notice: it goes to the page's heading.
    expect(screen.getByRole('status')).toHaveTextContent('The damaged copy was deleted from this browser.');
    expect(h1()).toHaveFocus();
  });

  it('every problem is named, in the person\'s language (Slovak: an unknown country and an impossible date)', async () => {
    localStorage.setItem(
      SESSION_KEY,
      JSON.stringify({ savedAt: '2026-11-20T10:00:00.000Z', wizard: { state: 'arrivalDate' }, caseFile: { schemaVersion: 1, citizenship: 'XX', euFamilyMember: 'no', arrivalDate: '2026-02-31' } }),
    );
    await renderApp({ lng: 'sk' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Čo bolo zlé (2 problémy):');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Štátne občianstvo: /);
    expect(items[1]).toBe('Dátum príchodu na Slovensko: "2026-02-31" nie je skutočný kalendárny dátum.');
  });

  it('a later visit: the copy kept aside is still said on the start page until it is deleted', async () => {
    localStorage.setItem(DAMAGED_SESSION_KEY, '{not json');
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'US' } }, { store: localStorage });
    const first = await renderApp();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Some of your saved answers could not be read' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('What was wrong:');
    // No count of answers kept: what was kept then may have changed since.
    expect(alert).not.toHaveTextContent(/could be read/);
    first.unmount();
    // Not dealt with: said again on the next visit; deleted: not said again.
    const again = await renderApp();
    await again.user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Delete the saved copy' }));
    expect(localStorage.getItem(DAMAGED_SESSION_KEY)).toBeNull();
    again.unmount();
    await renderApp();
    expect(screen.queryByRole('heading', { name: 'Some of your saved answers could not be read' })).toBeNull();
  });
});

describe('the person’s answers in two windows', () => {
  it('each window keeps the other’s answers when it saves (answer/answer), and offers the latest', async () => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' } }, { store: localStorage });
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.querySelector('input[value=upTo90Days]')).toBeInTheDocument();

    // The other window goes back and answers the citizenship question differently... no: it answers further on.
    saveSession(
      { wizard: { state: 'currentStatus' }, caseFile: { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'over90Days' } },
      { store: localStorage },
    );
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    const region = screen.getByRole('region', { name: 'Answers changed in another window' });
    expect(region).toHaveTextContent('Your answers were changed in another window');

    // This window answers the same question differently: its answer wins, and it says so.
    await user.click(document.querySelector<HTMLInputElement>('input[value=upTo90Days]')!);
    await user.click(submit());
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile.stayLength).toBe('upTo90Days');
    expect(screen.getByRole('region', { name: 'Answers changed in another window' })).toHaveTextContent(
      '1 question was answered differently in the two windows',
    );
  });

  it('an answer here keeps a different answer the other window gave meanwhile, and Show the latest answers loads them', async () => {
    saveSession({ wizard: { state: 'euFamilyMember' }, caseFile: { schemaVersion: 1, citizenship: 'US' } }, { store: localStorage });
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The other window answers two more questions (not heard of yet here).
    saveSession(
      { wizard: { state: 'currentStatus' }, caseFile: { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'over90Days' } },
      { store: localStorage },
    );
    // This window answers the first of them the same way: nothing the other gave is lost.
    await user.click(document.querySelector<HTMLInputElement>('input[value=no]')!);
    await user.click(submit());
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toEqual({ schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'over90Days' });
    const region = screen.getByRole('region', { name: 'Answers changed in another window' });
    await user.click(within(region).getByRole('button', { name: 'Show the latest answers' }));
    expect(screen.queryByRole('region', { name: 'Answers changed in another window' })).toBeNull();
    // Loaded: the question after stayLength is asked now.
    expect(h1()).not.toHaveTextContent(/How long/);
    expect(document.querySelector('input[value=upTo90Days]')).toBeNull();
  });

  // Found on a walk: after Start again in another window this one said the answers were "saved together".
  it('answers removed in another window (Start again): said as removed; Keep this window\'s answers saves them again', async () => {
    const answers = { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' } as const;
    saveSession({ wizard: { state: 'stayLength' }, caseFile: answers }, { store: localStorage });
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The other window starts again: it saves a session with no answers.
    saveSession({ wizard: { state: 'start' }, caseFile: { schemaVersion: 1 } }, { store: localStorage });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    const region = screen.getByRole('region', { name: 'Answers changed in another window' });
    expect(region).toHaveTextContent('Your answers were removed in another window of this browser (Start again or Clear my data).');
    expect(region).not.toHaveTextContent('saved together');
    // The other window answers again: still said as removed here, with the way to keep these.
    saveSession({ wizard: { state: 'euFamilyMember' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    expect(region).toHaveTextContent('Your answers were removed in another window');
    await user.click(within(region).getByRole('button', { name: 'Keep this window’s answers' }));
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toEqual(answers);
    expect(screen.queryByRole('region', { name: 'Answers changed in another window' })).toBeNull();
    expect(screen.getByText('This window’s answers are saved in this browser again.')).toBeInTheDocument();
    expect(h1()).toHaveFocus();
    // Said on that page only: the next page does not repeat it.
    await user.click(document.querySelector<HTMLInputElement>('input[value=upTo90Days]')!);
    await user.click(submit());
    expect(screen.queryByText('This window’s answers are saved in this browser again.')).toBeNull();
  });

  it('answers cleared in another window (Clear my data): Start again here too empties this one', async () => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' } }, { store: localStorage });
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    localStorage.removeItem(SESSION_KEY);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    const region = screen.getByRole('region', { name: 'Answers changed in another window' });
    expect(region).toHaveTextContent('Your answers were removed in another window');
    await user.click(within(region).getByRole('button', { name: 'Start again here too' }));
    expect(screen.queryByRole('region', { name: 'Answers changed in another window' })).toBeNull();
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' ? Object.keys(saved.value.caseFile).filter((k) => k !== 'schemaVersion') : saved.status).toEqual([]);
  });

  it('a window with no answers (it started again) hears that another window saved some, not "saved together"', async () => {
    const { user } = await renderApp();
    expect(h1()).toHaveTextContent(/./);
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no' } }, { store: localStorage });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    const region = screen.getByRole('region', { name: 'Answers changed in another window' });
    expect(region).toHaveTextContent('Another window of this browser has saved answers.');
    expect(region).not.toHaveTextContent('saved together');
    await user.click(within(region).getByRole('button', { name: 'Show the latest answers' }));
    expect(screen.queryByRole('region', { name: 'Answers changed in another window' })).toBeNull();
  });
});
