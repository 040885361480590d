// @vitest-environment jsdom
import {
  clientProgress,
  duplicateClient,
  exportClients,
  importClients,
  loadClients,
  newClient,
  removeClient,
  restoreClient,
  saveClients,
  searchClients,
  CLIENTS_KEY,
} from '../../src/components/keep/client-store.ts';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('the client list on this device', () => {
  beforeEach(() => localStorage.clear());

  it('creates, saves and loads clients', () => {
    const a = newClient('Olena Kovalenko', NOW);
    expect(saveClients([a])).toBe(true);
    const r = loadClients();
    expect(r.ok && r.clients.map((c) => c.name)).toEqual(['Olena Kovalenko']);
  });

  it('reports corrupt storage instead of throwing, and does not overwrite it on load', () => {
    localStorage.setItem(CLIENTS_KEY, '{broken');
    expect(loadClients()).toEqual({ ok: false, reason: 'corrupt' });
    expect(localStorage.getItem(CLIENTS_KEY)).toBe('{broken');
  });

  it('deletes with undo at the same place', () => {
    const list = [newClient('A', NOW), newClient('B', NOW), newClient('C', NOW)];
    const { clients, undo } = removeClient(list, list[1]!.id);
    expect(clients.map((c) => c.name)).toEqual(['A', 'C']);
    expect(restoreClient(clients, undo!).map((c) => c.name)).toEqual(['A', 'B', 'C']);
  });

  it('duplicates with a new id and searches names and notes, ignoring accents', () => {
    const a = { ...newClient('Ján Novák', NOW), notes: 'Employer: Žilina plant' };
    const b = duplicateClient(a, 'Ján Novák (copy)', NOW);
    expect(b.id).not.toBe(a.id);
    expect(searchClients([a, b], 'jan novak').length).toBe(2);
    expect(searchClients([a, b], 'zilina').length).toBe(2);
    expect(searchClients([a, b], 'copy').map((c) => c.id)).toEqual([b.id]);
  });

  it('counts progress along each member’s path', () => {
    const c = newClient('X', NOW);
    c.members[0]!.answers = { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' };
    expect(clientProgress(c, '2026-11-22')).toEqual({ answered: 2, asked: 3, complete: false });
  });

  it('exports and imports with a passphrase; a wrong passphrase imports nothing', async () => {
    const a = newClient('A', NOW);
    const file = await exportClients([a], 'secret');
    const wrong = await importClients([], file, 'nope');
    expect(wrong.ok).toBe(false);
    const ok = await importClients([a], file, 'secret');
    expect(ok.ok && ok.added).toBe(1);
    // The same id again gets a new id: nothing is overwritten.
    expect(ok.ok && new Set(ok.clients.map((c) => c.id)).size).toBe(2);
  }, 20_000);

  it('a damaged or invalid file imports nothing', async () => {
    expect((await importClients([], 'garbage')).ok).toBe(false);
    const bad = JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [{ id: 'x' }] } });
    const r = await importClients([], bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('invalid');
  });
});
