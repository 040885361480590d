// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { ClientsPage } from '../../../src/components/adviser/clients-page.tsx';
import { CLIENTS_KEY, exportClients, saveClients, type Client } from '../../../src/components/keep/client-store.ts';
import { downloadText } from '../../../src/components/keep/download.ts';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { saveTicks } from '../../../src/components/keep/storage.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { client, example, i18nFor, jsonFile, renderWith, storedClients, TODAY } from './adviser-test-kit.tsx';

// Downloads are captured: jsdom has no object URLs, and the test reads the file back.
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

function setup(clients?: Client[]) {
  if (clients) saveClients(clients, localStorage);
  const onOpen = vi.fn();
  const utils = renderWith(i18n, <ClientsPage asOf={TODAY} store={localStorage} onOpen={onOpen} />);
  return { ...utils, onOpen };
}

const table = () => screen.getByRole('table', { name: 'Your clients, most recent first' });
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.adv-client-name')!.textContent);

/** The text of the last file downloaded, and its name. */
function lastDownload(): { name: string; text: string } {
  const calls = vi.mocked(downloadText).mock.calls;
  const [name, text] = calls[calls.length - 1]!;
  return { name, text };
}

describe('ClientsPage', () => {
  it('says there are no accounts and no server: everything stays in this browser', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    expect(screen.getByText(/There are no accounts and no server\./)).toHaveTextContent(/kept only in this browser/);
    expect(screen.getByText('You have no clients yet.')).toBeInTheDocument();
  });

  it('creates a client: an empty name is refused with an error summary, a name is added and saved', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(alert).getByRole('link', { name: 'Enter the client’s name' });
    const input = screen.getByRole('textbox', { name: 'Client’s name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/For example the main person’s name.*Error: Enter the client’s name/);
    await user.click(link);
    expect(input).toHaveFocus();
    expect(localStorage.getItem(CLIENTS_KEY)).toBeNull();

    await user.type(input, '  Olena Kovalenko  ');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Client added: Olena Kovalenko.');
    expect(input).toHaveValue('');
    expect(rowNames()).toEqual(['Olena Kovalenko']);
    expect(stored().map((c) => c.name)).toEqual(['Olena Kovalenko']);
  });

  it('lists name, last change (in English: 20 Nov 2026 14:05), progress with documents ticked, and actions', () => {
    const a = client('Novák family', '2026-11-20T12:00:00.000Z');
    const employee = example('eu-long-stay-employee');
    a.members[0]!.answers = employee;
    const made = makePlan(employee, TODAY);
    if (!made.ok) throw new Error('no plan');
    const firstDoc = made.plan.steps.find((s) => s.documents.length > 0)!;
    saveTicks(caseFileHash(made.plan.caseFile), [`${firstDoc.id}/${firstDoc.documents[0]!.id}`], localStorage);
    const b = client('Ivan Petrenko', '2026-11-18T12:00:00.000Z');
    b.members[0]!.answers = { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' };
    setup([a, b]);

    expect(within(table()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Client', 'Last changed', 'Progress', 'Actions']);
    const [, rowA, rowB] = within(table()).getAllByRole('row');
    expect(within(rowA!).getByRole('rowheader')).toHaveTextContent('Novák family1 person');
    expect(rowA!.querySelector('time')).toHaveTextContent(/^20 Nov 2026 \d\d:\d\d$/);
    const total = made.plan.steps.reduce((n, s) => n + s.documents.length, 0);
    expect(rowA).toHaveTextContent(`Documents ready: 1 of ${total}`);
    expect(rowA).toHaveTextContent('All answers complete');
    expect(rowB).toHaveTextContent('Questions answered: 2 of 3');
    expect(rowB).not.toHaveTextContent('Documents ready');
    expect(rowB!.querySelector('time')).toHaveTextContent(/^18 Nov 2026/);
    expect(within(rowB!).getByRole('button', { name: 'Open Ivan Petrenko' })).toBeInTheDocument();
    expect(within(rowB!).getByRole('button', { name: 'Duplicate Ivan Petrenko' })).toBeInTheDocument();
    expect(within(rowB!).getByRole('button', { name: 'Delete Ivan Petrenko' })).toBeInTheDocument();
  });

  it('search filters the list by name, notes or a member’s name, ignoring accents', async () => {
    const a = { ...client('Ján Novák'), notes: 'Employer in Žilina' };
    const b = client('Olena Kovalenko');
    b.members.push({ id: 'kid', role: 'child', name: 'Taras', answers: { schemaVersion: 1 } });
    const { user } = setup([a, b]);
    const search = screen.getByRole('searchbox', { name: 'Search clients' });
    await user.type(search, 'zilina');
    expect(rowNames()).toEqual(['Ján Novák']);
    expect(screen.getByText('Clients shown: 1 of 2')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'taras');
    expect(rowNames()).toEqual(['Olena Kovalenko']);
    await user.type(search, 'xyz');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No client matches “tarasxyz”.')).toBeInTheDocument();
    await user.clear(search);
    expect(rowNames()).toEqual(['Ján Novák', 'Olena Kovalenko']);
  });

  it('Open calls back with the client’s id', async () => {
    const a = client('A');
    const { user, onOpen } = setup([a]);
    await user.click(screen.getByRole('button', { name: 'Open A' }));
    expect(onOpen).toHaveBeenCalledWith(a.id);
  });

  it('duplicates a client next to the original, with a new id', async () => {
    const a = { ...client('A'), notes: 'note' };
    const b = client('B');
    const { user } = setup([a, b]);
    await user.click(screen.getByRole('button', { name: 'Duplicate A' }));
    expect(rowNames()).toEqual(['A', 'A (copy)', 'B']);
    expect(screen.getByRole('status')).toHaveTextContent('Copy made: A (copy).');
    const list = stored();
    expect(list.map((c) => c.name)).toEqual(['A', 'A (copy)', 'B']);
    expect(list[1]!.id).not.toBe(a.id);
    expect(list[1]!.notes).toBe('note');
  });

  it('deletes with an Undo status message; Undo puts the client back at its place', async () => {
    const [a, b, c] = [client('A'), client('B'), client('C')];
    const { user } = setup([a, b, c]);
    await user.click(screen.getByRole('button', { name: 'Delete B' }));
    expect(rowNames()).toEqual(['A', 'C']);
    expect(stored().map((x) => x.name)).toEqual(['A', 'C']);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Client deleted: B.');
    expect(status).toHaveFocus();
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(rowNames()).toEqual(['A', 'B', 'C']);
    expect(stored().map((x) => x.name)).toEqual(['A', 'B', 'C']);
    expect(stored()[1]!.id).toBe(b.id);
    expect(screen.getByRole('status')).toHaveTextContent('Client restored: B.');
    expect(within(screen.getByRole('status')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open B' })).toHaveFocus();
  });

  it('exports all clients to a file and imports it back (no passphrase)', async () => {
    const a = client('A');
    a.members[0]!.answers = example('eu-long-stay-employee');
    const { user } = setup([a, client('B')]);
    expect(screen.getByRole('combobox', { name: 'Clients to export' })).toHaveDisplayValue('All clients (2)');
    await user.click(screen.getByRole('button', { name: 'Export to a file' }));
    const file = lastDownload();
    expect(file.name).toBe(`pobyt-clients-${TODAY}.json`);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'pobyt-clients', encrypted: false });
    expect(screen.getByRole('status')).toHaveTextContent(`2 clients exported to the file pobyt-clients-${TODAY}.json.`);

    // Delete both, then import the file.
    await user.click(screen.getByRole('button', { name: 'Delete A' }));
    await user.click(screen.getByRole('button', { name: 'Delete B' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.upload(screen.getByLabelText('File to import'), jsonFile(file.text));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    expect(await screen.findByText('2 clients added from clients.json.')).toBeInTheDocument();
    expect(rowNames()).toEqual(['A', 'B']);
    expect(stored()[0]!.members[0]!.answers).toEqual(example('eu-long-stay-employee'));
  });

  // Found on a walk: importing the same file twice doubled every client (and every entry kept aside).
  it('the same file imported twice adds its clients once, and says so; a client changed since is added beside it', async () => {
    const { user } = setup([client('A'), client('B')]);
    await user.click(screen.getByRole('button', { name: 'Export to a file' }));
    const file = lastDownload();
    await user.upload(screen.getByLabelText('File to import'), jsonFile(file.text));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    expect(await screen.findByText('0 clients added from clients.json. 2 clients were here already, exactly as in the file, and were not added again.')).toBeInTheDocument();
    expect(rowNames()).toEqual(['A', 'B']);
    // One changed since the export: that one is added (with a new id), nothing is replaced.
    const changed = JSON.parse(file.text) as { data: { clients: { name: string; notes: string }[] } };
    changed.data.clients[0]!.notes = 'changed elsewhere';
    await user.upload(screen.getByLabelText('File to import'), jsonFile(JSON.stringify(changed)));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    expect(await screen.findByText('1 client added from clients.json. 1 client was here already, exactly as in the file, and was not added again.')).toBeInTheDocument();
    expect(stored().map((c) => [c.name, c.notes])).toEqual([
      ['A', ''],
      ['B', ''],
      ['A', 'changed elsewhere'],
    ]);
    expect(new Set(stored().map((c) => c.id)).size).toBe(3);
  });

  it('a bad client with no readable name is named as the list names it, and a file imported twice keeps it aside once', async () => {
    const { user } = setup([]);
    const good = client('Good');
    const text = JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [good, { id: 'bad1', members: 'none' }] } });
    for (let i = 0; i < 2; i++) {
      await user.upload(screen.getByLabelText('File to import'), jsonFile(text));
      await user.click(screen.getByRole('button', { name: 'Import clients' }));
      expect(await screen.findByText(/could not be read and is kept aside \(\(no readable name\)\)/)).toBeInTheDocument();
    }
    expect(rowNames()).toEqual(['Good']);
    expect(screen.getByRole('region', { name: '1 client could not be read' })).toBeInTheDocument();
  });

  it('exports one client encrypted with a passphrase; the right passphrase imports it, a wrong one imports nothing', async () => {
    const a = client('Olena Kovalenko');
    const { user } = setup([a, client('B')]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Clients to export' }), 'Olena Kovalenko');
    const pass = screen.getByLabelText('Passphrase (optional)');
    expect(pass).toHaveAttribute('type', 'password');
    expect(pass).toHaveAccessibleDescription(/With a passphrase the file is encrypted/);
    await user.type(pass, 'short');
    await user.click(screen.getByRole('button', { name: 'Export to a file' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a passphrase of at least 8 characters, or leave it empty');
    expect(downloadText).not.toHaveBeenCalled();

    await user.clear(pass);
    await user.type(pass, 'correct horse');
    // The passphrase twice: a typing mistake in either is caught before any file is made.
    const again = screen.getByLabelText('Passphrase again');
    expect(again).toHaveAttribute('type', 'password');
    await user.type(again, 'correct hose');
    await user.click(screen.getByRole('button', { name: 'Export to a file' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The two passphrases differ: type the same passphrase in both fields');
    expect(again).toHaveAttribute('aria-invalid', 'true');
    expect(downloadText).not.toHaveBeenCalled();
    await user.clear(again);
    await user.type(again, 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Export to a file' }));
    // Offered only once it opened again with the passphrase, and the page says so.
    const done = await screen.findByText(/1 client exported to the file pobyt-client-Olena-Kovalenko-2026-11-22\.json\./, {}, { timeout: 20_000 });
    expect(done).toHaveTextContent('The file is encrypted with your passphrase.');
    expect(done).toHaveTextContent('Checked: the file opens with this passphrase and holds every client exported.');
    expect(screen.queryByLabelText('Passphrase again')).not.toBeInTheDocument();
    const file = lastDownload();
    expect(file.text).not.toContain('Olena');
    expect(JSON.parse(file.text)).toMatchObject({ encrypted: true });
    expect(pass).toHaveValue('');
    const before = localStorage.getItem(CLIENTS_KEY);

    // No passphrase: asked for one.
    const fileInput = screen.getByLabelText('File to import');
    await user.upload(fileInput, jsonFile(file.text, 'olena.json'));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    let alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file olena.json is protected with a passphrase: enter its passphrase');
    expect(alert).toHaveTextContent('Nothing was imported. Your client list has not changed.');

    // A wrong passphrase: nothing imported.
    const importPass = screen.getByLabelText('Passphrase of the file');
    await user.type(importPass, 'wrong horse');
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    alert = await screen.findByRole('alert');
    await within(alert).findByText('The passphrase is wrong, or the file olena.json is damaged');
    expect(alert).toHaveFocus();
    await user.click(within(alert).getByRole('link', { name: 'The passphrase is wrong, or the file olena.json is damaged' }));
    expect(importPass).toHaveFocus();
    expect(importPass).toHaveAttribute('aria-invalid', 'true');
    expect(localStorage.getItem(CLIENTS_KEY)).toBe(before);
    expect(rowNames()).toEqual(['Olena Kovalenko', 'B']);

    // The right one, once she was deleted here: added back as she was exported.
    await user.click(screen.getByRole('button', { name: 'Delete Olena Kovalenko' }));
    await user.clear(importPass);
    await user.type(importPass, 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    expect(await screen.findByText('1 client added from olena.json.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(rowNames()).toEqual(['B', 'Olena Kovalenko']);
    expect(stored()[1]!.id).toBe(a.id);
  }, 40_000);

  it('a damaged or foreign file shows an error and imports nothing', async () => {
    const { user } = setup([client('A')]);
    const before = localStorage.getItem(CLIENTS_KEY);
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a file to import');

    const sealed = JSON.parse(await exportClients([client('X')], 'correct horse'));
    sealed.ciphertext = `${sealed.ciphertext.slice(0, -8)}AAAAAAAA`;
    await user.upload(screen.getByLabelText('File to import'), jsonFile(JSON.stringify(sealed), 'damaged.json'));
    await user.type(screen.getByLabelText('Passphrase of the file'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    await within(screen.getByRole('alert')).findByText('The passphrase is wrong, or the file damaged.json is damaged');

    await user.upload(screen.getByLabelText('File to import'), jsonFile('{"format":"pobyt-clients","version":1,"encrypted":true}', 'cut.json'));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    await within(screen.getByRole('alert')).findByText('The file cut.json is damaged and cannot be opened');

    await user.upload(screen.getByLabelText('File to import'), jsonFile('not json at all', 'notes.txt.json'));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    await within(screen.getByRole('alert')).findByText('The file notes.txt.json is not a Pobyt clients file');

    const invalid = JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [{ id: 'x' }] } });
    await user.upload(screen.getByLabelText('File to import'), jsonFile(invalid, 'invalid.json'));
    await user.click(screen.getByRole('button', { name: 'Import clients' }));
    await within(screen.getByRole('alert')).findByText('The file invalid.json holds client data Pobyt cannot use');
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(1);

    expect(localStorage.getItem(CLIENTS_KEY)).toBe(before);
    expect(rowNames()).toEqual(['A']);
  }, 20_000);

  it('in Slovak: a file of clients that cannot be used lists every problem in Slovak, each named by client, person and question', async () => {
    const sk = await i18nFor('sk');
    const { user } = renderWith(sk, <ClientsPage asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    const bad = (name: string, answers: object) => ({ ...client(name), members: [{ id: 'main', role: 'main', answers }] });
    const file = await exportClients([bad('X', { schemaVersion: 1, citizenship: 'QQ' }), bad('Y', { schemaVersion: 1, citizenship: 'DE', arrivalDate: '2026-02-30' })] as never);
    await user.upload(screen.getByLabelText(sk.t('adviser.import.fileLabel')), jsonFile(file, 'klienti.json'));
    await user.click(screen.getByRole('button', { name: sk.t('adviser.import.button') }));
    const alert = await screen.findByRole('alert');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'Klient 1 — Osoba 1 — Štátne občianstvo: "QQ" nie je kód krajiny, ktorý Pobyt pozná (dve veľké písmená, napríklad UA).',
        'Klient 2 — Osoba 1 — Dátum príchodu na Slovensko: "2026-02-30" nie je skutočný kalendárny dátum.',
      ]),
    );
    expect(alert.textContent).not.toMatch(/Invalid|expected|members\.0/);
  }, 20_000);

  it('a corrupt saved list is reported, never overwritten; it is deleted only when confirmed', async () => {
    localStorage.setItem(CLIENTS_KEY, '{broken');
    const { user } = setup();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Your saved client list cannot be read' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Pobyt has not changed or deleted it.');
    expect(screen.queryByRole('button', { name: 'Add client' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import clients' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Download the unreadable data' }));
    expect(lastDownload()).toEqual({ name: 'pobyt-clients-unreadable.txt', text: '{broken' });

    await user.click(within(alert).getByRole('button', { name: 'Delete it and start an empty list' }));
    expect(screen.getByRole('heading', { name: 'Delete the unreadable client list?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(CLIENTS_KEY)).toBe('{broken');

    await user.click(screen.getByRole('button', { name: 'Delete it and start an empty list' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(localStorage.getItem(CLIENTS_KEY)).toBeNull();
    expect(screen.getByText('You have no clients yet.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Client’s name' }), 'Fresh start');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(stored().map((c) => c.name)).toEqual(['Fresh start']);
  });

  it('without storage it still works for this page, and says nothing will be kept', async () => {
    const onOpen = vi.fn();
    const { user } = renderWith(i18n, <ClientsPage asOf={TODAY} store={undefined} onOpen={onOpen} />);
    expect(screen.getByText(/does not let Pobyt save anything/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Client’s name' }), 'In memory');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(rowNames()).toEqual(['In memory']);
    expect(localStorage.getItem(CLIENTS_KEY)).toBeNull();
  });

  it('speaks Slovak and Ukrainian', async () => {
    for (const [lng, h1, statement] of [
      ['sk', 'Klienti', /Nemáme žiadne účty ani server/],
      ['uk', 'Клієнти', /Тут немає облікових записів і сервера/],
    ] as const) {
      const other = await i18nFor(lng);
      const { unmount } = renderWith(other, <ClientsPage asOf={TODAY} store={localStorage} onOpen={() => {}} />);
      expect(screen.getByRole('heading', { level: 1, name: h1 })).toBeInTheDocument();
      expect(screen.getByText(statement)).toBeInTheDocument();
      unmount();
    }
  });
});
