// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { ClientPage } from '../../../src/components/adviser/client-page.tsx';
import { ClientsPage } from '../../../src/components/adviser/clients-page.tsx';
import { CLIENTS_KEY, newClient, removeClient, saveClients, setNotes, type Client } from '../../../src/components/keep/client-store.ts';
import { downloadText } from '../../../src/components/keep/download.ts';
import { client, i18nFor, renderWith, storedClients, TODAY } from './adviser-test-kit.tsx';

vi.mock('../../../src/components/keep/download.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/components/keep/download.ts')>()),
  downloadText: vi.fn(),
}));

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});
beforeEach(() => {
  localStorage.clear();
  vi.mocked(downloadText).mockClear();
});

const stored = storedClients;

/** What another window of the same browser does: write the list, and this window hears of it. */
function otherWindow(change: (list: Client[]) => Client[]) {
  saveClients(change(stored()), localStorage);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: CLIENTS_KEY }));
  });
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Your clients, most recent first' }))
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.adv-client-name')!.textContent);

describe('the client list open in two windows', () => {
  it('a client added in the other window shows here, and one added here keeps it (add/add)', async () => {
    saveClients([client('Alpha')], localStorage);
    const { user } = renderWith(i18n, <ClientsPage asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    otherWindow((list) => [newClient('Beta'), ...list]);
    expect(rowNames().sort()).toEqual(['Alpha', 'Beta']);
    expect(screen.getByRole('status')).toHaveTextContent('changed in another window');

    // This window's copy is not written back over the other's work.
    saveClients([newClient('Gamma'), ...stored()], localStorage); // a third window, unheard of yet
    await user.type(screen.getByLabelText('Client’s name'), 'Delta');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(stored().map((c) => c.name).sort()).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
    expect(rowNames().sort()).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
  });

  it('deleting here a client the other window already deleted says so and changes nothing else', async () => {
    const alpha = client('Alpha');
    saveClients([alpha, client('Beta')], localStorage);
    const { user } = renderWith(i18n, <ClientsPage asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    saveClients(removeClient(stored(), alpha.id).clients, localStorage); // not heard yet
    await user.click(screen.getByRole('button', { name: 'Delete Alpha' }));
    expect(screen.getByRole('status')).toHaveTextContent('Alpha had already been deleted in another window');
    expect(stored().map((c) => c.name)).toEqual(['Beta']);
  });

  it('a client with an unknown country is kept aside, named, downloadable and deleted only when asked twice', async () => {
    const bad = { ...client('Broken'), members: [{ id: 'main', role: 'main', answers: { schemaVersion: 1, citizenship: 'XX' } }] };
    localStorage.setItem(CLIENTS_KEY, JSON.stringify({ clients: [client('Alpha'), bad] }));
    const { user } = renderWith(i18n, <ClientsPage asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    expect(rowNames()).toEqual(['Alpha']);
    const kept = screen.getByRole('region', { name: '1 client could not be read' });
    expect(kept).toHaveTextContent('Broken');
    // What is wrong, in words: the person and the question, not a schema path.
    expect(kept).toHaveTextContent('Person 1 — Citizenship: "XX" is not a country code Pobyt knows');
    await user.click(within(kept).getByRole('button', { name: 'Download Broken' }));
    const [, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(JSON.parse(text).members[0].answers.citizenship).toBe('XX');
    await user.click(within(kept).getByRole('button', { name: 'Delete Broken' }));
    expect(screen.getByRole('region', { name: '1 client could not be read' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, delete Broken for good' }));
    expect(screen.queryByRole('region', { name: /could not be read/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Broken was deleted.');
    expect(rowNames()).toEqual(['Alpha']);
  });
});

describe('one client open in two windows', () => {
  function open(c: Client) {
    saveClients([c], localStorage);
    return renderWith(i18n, <ClientPage asOf={TODAY} store={localStorage} clientId={c.id} onBack={vi.fn()} onAnswer={vi.fn()} />);
  }

  it('notes changed in both windows: both texts are kept and the page says so', async () => {
    const c = { ...client('Novák'), notes: 'old' };
    const { user } = open(c);
    const notes = screen.getByRole('textbox', { name: 'Adviser’s notes' });
    await user.clear(notes);
    await user.type(notes, 'mine');
    // Meanwhile the other window saves its notes: the text being typed here stays.
    otherWindow((list) => setNotes(list, c.id, 'theirs'));
    expect(notes).toHaveValue('mine');
    await user.click(screen.getByRole('button', { name: 'Save the notes' }));
    expect(stored()[0]!.notes).toBe('theirs\n\n----\nmine');
    expect(notes).toHaveValue('theirs\n\n----\nmine');
    expect(screen.getByRole('status')).toHaveTextContent('Both versions are kept');
  });

  it('notes not being edited here follow the other window', () => {
    const c = { ...client('Novák'), notes: 'old' };
    open(c);
    otherWindow((list) => setNotes(list, c.id, 'theirs'));
    expect(screen.getByRole('textbox', { name: 'Adviser’s notes' })).toHaveValue('theirs');
  });

  it('deleted in the other window while edited here (delete/edit): the page says so, and a change keeps both', async () => {
    const c = client('Novák');
    const { user } = open(c);
    otherWindow((list) => removeClient(list, c.id).clients);
    expect(screen.getByRole('alert')).toHaveTextContent('Novák was deleted in another window');
    // One message, not two: no "this client was changed in another window" beside it.
    expect(screen.queryByText(/This client was changed in another window/)).toBeNull();
    const notes = screen.getByRole('textbox', { name: 'Adviser’s notes' });
    await user.type(notes, 'Still a client');
    await user.click(screen.getByRole('button', { name: 'Save the notes' }));
    expect(stored().map((x) => [x.name, x.notes])).toEqual([['Novák', 'Still a client']]);
    expect(screen.getByRole('status')).toHaveTextContent('your change here has brought the client back');
    expect(screen.queryByText(/was deleted in another window/)).toBeNull();
  });
});
