// @vitest-environment jsdom
import {
  addMember,
  clientProgress,
  findClient,
  MAX_MEMBERS,
  memberProgress,
  removeMember,
  renameClient,
  restoreMember,
  saveMemberAnswers,
  changeStoredClients,
  deleteKeptAside,
  KEPT_ASIDE_KEY,
  loadKeptAside,
  mergeNotes,
  setMemberAnswers,
  setNotes,
  updateMember,
  duplicateClient,
  exportClients,
  importClients,
  keepAside,
  loadClients,
  newClient,
  removeClient,
  restoreClient,
  saveClients,
  searchClients,
  CLIENTS_KEY,
} from '../../../src/components/keep/client-store.ts';
import { memoryStore } from '../../support/fuzz-doors.ts';

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
    const ok = await importClients([], file, 'secret');
    expect(ok.ok && ok.clients).toEqual([a]);
    // The same client, unchanged, is not added twice.
    const again = await importClients([a], file, 'secret');
    expect(again.ok && [again.added, again.clients.length]).toEqual([0, 1]);
    // The same id, changed since: added with a new id; nothing is overwritten.
    const changed = { ...a, notes: 'changed here' };
    const both = await importClients([changed], file, 'secret');
    expect(both.ok && both.added).toBe(1);
    expect(both.ok && both.clients.map((c) => c.notes)).toEqual(['changed here', '']);
    expect(both.ok && new Set(both.clients.map((c) => c.id)).size).toBe(2);
  }, 20_000);

  it('a client entry missing its own parts says they are missing from the entry (not "the case needs an answer")', async () => {
    const good = newClient('Good', NOW);
    const bad = { id: 'b1', name: 'Bad', members: [{ id: 'main', role: 'main', answers: {} }] };
    const r = await importClients([], JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [good, bad] } }));
    expect(r.ok && r.keptAside[0]!.problems).toEqual([
      { field: 'notes', key: 'problems.missingFromEntry' },
      { field: 'createdAt', key: 'problems.missingFromEntry' },
      { field: 'updatedAt', key: 'problems.missingFromEntry' },
    ]);
  });

  it('entries kept aside from a file imported twice are kept once', () => {
    const store = memoryStore();
    const entry = { id: 'k1', keptAt: NOW.toISOString(), from: 'import' as const, problems: [], raw: '{"id":"x"}' };
    expect(keepAside([entry], store)).toBe(true);
    expect(keepAside([{ ...entry, id: 'k2', keptAt: '2026-11-23T09:30:00.000Z' }], store)).toBe(true);
    expect(loadKeptAside(store).map((k) => k.id)).toEqual(['k1']);
    expect(keepAside([{ ...entry, id: 'k3', raw: '{"id":"y"}' }], store)).toBe(true);
    expect(loadKeptAside(store).map((k) => k.id)).toEqual(['k1', 'k3']);
  });

  it('a damaged or invalid file imports nothing', async () => {
    expect((await importClients([], 'garbage')).ok).toBe(false);
    const bad = JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [{ id: 'x' }] } });
    const r = await importClients([], bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('invalid');
  });
});

const LATER = new Date('2026-11-23T09:30:00Z');

describe('changing one client', () => {
  beforeEach(() => localStorage.clear());

  it('renames a client and bumps updatedAt; an empty or too long name changes nothing', () => {
    const list = [newClient('A', NOW), newClient('B', NOW)];
    const next = renameClient(list, list[1]!.id, '  Bea Nováková  ', LATER);
    expect(next.map((c) => c.name)).toEqual(['A', 'Bea Nováková']);
    expect(next[1]!.updatedAt).toBe(LATER.toISOString());
    expect(next[0]).toBe(list[0]);
    expect(list[1]!.name).toBe('B');
    expect(renameClient(list, list[1]!.id, '   ', LATER)).toBe(list);
    expect(renameClient(list, list[1]!.id, 'x'.repeat(121), LATER)).toBe(list);
    expect(renameClient(list, 'nobody', 'C', LATER)).toBe(list);
  });

  it('keeps the adviser’s notes, cut at 5,000 characters', () => {
    const list = [newClient('A', NOW)];
    const next = setNotes(list, list[0]!.id, 'Employer: Žilina plant\nCall on Monday', LATER);
    expect(findClient(next, list[0]!.id)!.notes).toBe('Employer: Žilina plant\nCall on Monday');
    expect(next[0]!.updatedAt).toBe(LATER.toISOString());
    expect(setNotes(next, list[0]!.id, 'y'.repeat(6000), LATER)[0]!.notes).toHaveLength(5000);
    expect(saveClients(setNotes(next, list[0]!.id, 'y'.repeat(6000), LATER))).toBe(true);
  });

  it('adds family members with a role and an optional name, up to the household limit', () => {
    const c = newClient('Novák family', NOW);
    const a = addMember([c], c.id, 'spouse', '  Jana  ', LATER);
    expect(a.memberId).toMatch(/^[a-z0-9]+$/);
    const b = addMember(a.clients, c.id, 'child', '', LATER);
    const members = b.clients[0]!.members;
    expect(members.map((m) => [m.role, m.name])).toEqual([
      ['main', undefined],
      ['spouse', 'Jana'],
      ['child', undefined],
    ]);
    expect(members[2]).not.toHaveProperty('name');
    expect(members[2]!.answers).toEqual({ schemaVersion: 1 });
    expect(b.clients[0]!.updatedAt).toBe(LATER.toISOString());
    expect(saveClients(b.clients)).toBe(true);

    let list = b.clients;
    while (list[0]!.members.length < MAX_MEMBERS) list = addMember(list, c.id, 'otherRelative', undefined, LATER).clients;
    const full = addMember(list, c.id, 'child', 'One too many', LATER);
    expect(full.memberId).toBeUndefined();
    expect(full.clients).toBe(list);
    expect(addMember(list, 'nobody', 'child').memberId).toBeUndefined();
  });

  it('removes a family member with undo at the same place, never the main person', () => {
    const c = newClient('Household', NOW);
    let list = addMember([c], c.id, 'spouse', 'S', NOW).clients;
    list = addMember(list, c.id, 'child', 'K', NOW).clients;
    const spouseId = list[0]!.members[1]!.id;
    const removed = removeMember(list, c.id, spouseId, LATER);
    expect(removed.clients[0]!.members.map((m) => m.name ?? m.role)).toEqual(['main', 'K']);
    expect(removed.clients[0]!.updatedAt).toBe(LATER.toISOString());
    const back = restoreMember(removed.clients, removed.undo!, LATER);
    expect(back[0]!.members.map((m) => m.name ?? m.role)).toEqual(['main', 'S', 'K']);
    // Undo twice does not add them twice.
    expect(restoreMember(back, removed.undo!, LATER)[0]!.members).toHaveLength(3);
    const main = removeMember(list, c.id, 'main', LATER);
    expect(main.undo).toBeUndefined();
    expect(main.clients).toBe(list);
  });

  it('updates a member’s name, role and answers; refuses to touch the main role or to store invalid answers', () => {
    const c = newClient('H', NOW);
    const { clients, memberId } = addMember([c], c.id, 'spouse', 'S', NOW);
    const renamed = updateMember(clients, c.id, memberId!, { name: 'Sofia', role: 'otherRelative' }, LATER);
    expect(renamed[0]!.members[1]).toMatchObject({ name: 'Sofia', role: 'otherRelative' });
    expect(renamed[0]!.updatedAt).toBe(LATER.toISOString());
    expect(updateMember(renamed, c.id, memberId!, { name: ' ' }, LATER)[0]!.members[1]).not.toHaveProperty('name');
    expect(updateMember(clients, c.id, 'main', { role: 'child' }, LATER)).toBe(clients);
    expect(updateMember(clients, c.id, 'nobody', { name: 'X' }, LATER)).toBe(clients);
    const bad = { schemaVersion: 1, citizenship: 'not a country' } as never;
    expect(updateMember(clients, c.id, memberId!, { answers: bad }, LATER)).toBe(clients);
  });

  it('writes the wizard’s answers into a member, in the list and in storage', () => {
    const c = newClient('H', NOW);
    const answers = { schemaVersion: 1 as const, citizenship: 'DE', stayLength: 'over90Days' as const };
    const next = setMemberAnswers([c], c.id, 'main', answers, LATER);
    expect(next[0]!.members[0]!.answers).toEqual(answers);
    expect(next[0]!.updatedAt).toBe(LATER.toISOString());
    expect(memberProgress(next[0]!.members[0]!, '2026-11-22')).toEqual({ answered: 2, asked: 3, complete: false });

    expect(saveClients([c])).toBe(true);
    expect(saveMemberAnswers(c.id, 'main', answers, localStorage, LATER)).toEqual({ ok: true });
    const loaded = loadClients();
    expect(loaded.ok && loaded.clients[0]!.members[0]!.answers).toEqual(answers);
    expect(loaded.ok && loaded.clients[0]!.updatedAt).toBe(LATER.toISOString());
    expect(saveMemberAnswers(c.id, 'nobody', answers, localStorage, LATER)).toEqual({ ok: false, reason: 'notFound' });
    expect(saveMemberAnswers('nobody', 'main', answers, localStorage, LATER)).toEqual({ ok: false, reason: 'notFound' });
    expect(saveMemberAnswers(c.id, 'main', { schemaVersion: 1, citizenship: '??' } as never, localStorage, LATER)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('never overwrites a corrupt list when saving answers', () => {
    localStorage.setItem(CLIENTS_KEY, '{"clients": {"id": 1}}');
    expect(saveMemberAnswers('x', 'main', { schemaVersion: 1 }, localStorage)).toEqual({ ok: false, reason: 'corrupt' });
    expect(localStorage.getItem(CLIENTS_KEY)).toBe('{"clients": {"id": 1}}');
  });

  it('a bad entry in the saved list is kept aside before answers are saved, never lost', () => {
    localStorage.setItem(CLIENTS_KEY, '{"clients": [{"id": 1}]}');
    expect(saveMemberAnswers('x', 'main', { schemaVersion: 1 }, localStorage)).toEqual({ ok: false, reason: 'notFound' });
    expect(loadKeptAside(localStorage).map((k) => k.raw)).toEqual(['{"id":1}']);
  });
});

describe('a client with an unknown country code (a damaged import) does not lock the list', () => {
  it('progress is counted for every client, the bad one asking for its country again', () => {
    const good = newClient('Good', NOW);
    const bad = { ...newClient('Bad', NOW), members: [{ id: 'main', role: 'main' as const, answers: { schemaVersion: 1 as const, citizenship: 'XX', stayLength: 'over90Days' as const } }] };
    expect(() => clientProgress(bad, '2026-11-22')).not.toThrow();
    expect(clientProgress(bad, '2026-11-22')).toEqual({ answered: 1, asked: 1, complete: false });
    expect(memberProgress(bad.members[0]!, '2026-11-22').complete).toBe(false);
    expect(clientProgress(good, '2026-11-22').complete).toBe(false);
  });
});

describe('one bad client never locks the list: it is kept aside', () => {
  beforeEach(() => localStorage.clear());
  const unknownCountry = (name: string) => ({
    ...newClient(name, NOW),
    members: [{ id: 'main', role: 'main', answers: { schemaVersion: 1, citizenship: 'XX' } }],
  });

  it('loads every good client, moves the bad one aside with its name and problem, and rewrites the list without it', () => {
    const good = [newClient('Alpha', NOW), newClient('Gamma', NOW)];
    localStorage.setItem(CLIENTS_KEY, JSON.stringify({ clients: [good[0], unknownCountry('Beta'), good[1]] }));
    const r = loadClients(localStorage, LATER);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.clients.map((c) => c.name)).toEqual(['Alpha', 'Gamma']);
    expect(r.keptAside).toHaveLength(1);
    const kept = r.keptAside[0]!;
    expect(kept).toMatchObject({ name: 'Beta', from: 'storage', keptAt: LATER.toISOString() });
    // As a message key, the member's answer named by its question (said in the person's language when shown).
    expect(kept.problems).toEqual([{ field: 'members[0].citizenship', key: 'problems.unknownCountry', params: { value: '"XX"' } }]);
    expect(JSON.parse(kept.raw).name).toBe('Beta');
    // The list no longer holds it; the kept copy does: loading again changes nothing.
    expect(JSON.parse(localStorage.getItem(CLIENTS_KEY)!).clients).toHaveLength(2);
    const again = loadClients(localStorage);
    expect(again.ok && again.keptAside.length).toBe(1);
  });

  it('deleting a kept-aside entry removes it and nothing else', () => {
    localStorage.setItem(CLIENTS_KEY, JSON.stringify({ clients: [unknownCountry('B1'), unknownCountry('B2'), newClient('Alpha', NOW)] }));
    const r = loadClients(localStorage);
    expect(r.ok && r.keptAside.map((k) => k.name)).toEqual(['B1', 'B2']);
    const first = loadKeptAside(localStorage)[0]!;
    expect(deleteKeptAside(first.id, localStorage).map((k) => k.name)).toEqual(['B2']);
    deleteKeptAside(loadKeptAside(localStorage)[0]!.id, localStorage);
    expect(localStorage.getItem(KEPT_ASIDE_KEY)).toBeNull();
    expect(loadClients(localStorage).ok && (loadClients(localStorage) as { clients: unknown[] }).clients).toHaveLength(1);
  });

  it('when the browser refuses to keep the bad entry aside, the saved list is left untouched', () => {
    const text = JSON.stringify({ clients: [unknownCountry('Beta')] });
    localStorage.setItem(CLIENTS_KEY, text);
    const refusing = {
      ...localStorage,
      getItem: (k: string) => localStorage.getItem(k),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (k: string) => localStorage.removeItem(k),
    } as unknown as Storage;
    expect(loadClients(refusing)).toEqual({ ok: false, reason: 'corrupt' });
    expect(localStorage.getItem(CLIENTS_KEY)).toBe(text);
  });

  it('an import adds the good clients and returns the bad ones to keep aside; a file of only bad ones imports nothing', async () => {
    const file = await exportClients([newClient('Good', NOW), unknownCountry('Bad') as never]);
    const r = await importClients([], file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.incoming.map((c) => c.name)).toEqual(['Good']);
    expect(r.keptAside.map((k) => [k.name, k.from])).toEqual([['Bad', 'import']]);
    const onlyBad = await importClients([], await exportClients([unknownCountry('Bad') as never]));
    expect(onlyBad.ok).toBe(false);
    if (!onlyBad.ok) expect(onlyBad.problems).toEqual([{ field: 'clients[0].members[0].citizenship', key: 'problems.unknownCountry', params: { value: '"XX"' } }]);
  });
});

describe('two windows change the same list', () => {
  beforeEach(() => localStorage.clear());

  it('add in one and add in the other: both stay', () => {
    saveClients([], localStorage);
    // Each window applies its change to the list as saved at that moment, not to its own copy.
    changeStoredClients((list) => [newClient('Alpha', NOW), ...list], localStorage);
    changeStoredClients((list) => [newClient('Beta', NOW), ...list], localStorage);
    const r = loadClients(localStorage);
    expect(r.ok && r.clients.map((c) => c.name).sort()).toEqual(['Alpha', 'Beta']);
  });

  it('a delete in one window keeps what the other added meanwhile', () => {
    const alpha = newClient('Alpha', NOW);
    saveClients([alpha], localStorage);
    changeStoredClients((list) => [newClient('Beta', NOW), ...list], localStorage);
    changeStoredClients((list) => removeClient(list, alpha.id).clients, localStorage);
    const r = loadClients(localStorage);
    expect(r.ok && r.clients.map((c) => c.name)).toEqual(['Beta']);
  });

  it('notes in one window and a rename in the other: both kept', () => {
    const alpha = newClient('Alpha', NOW);
    saveClients([alpha], localStorage);
    changeStoredClients((list) => setNotes(list, alpha.id, 'Call on Monday', LATER), localStorage);
    changeStoredClients((list) => renameClient(list, alpha.id, 'Alpha Nováková', LATER), localStorage);
    const r = loadClients(localStorage);
    expect(r.ok && r.clients[0]).toMatchObject({ name: 'Alpha Nováková', notes: 'Call on Monday' });
  });

  it('no change means no write', () => {
    const text = JSON.stringify({ clients: [newClient('Alpha', NOW)] });
    localStorage.setItem(CLIENTS_KEY, text);
    const r = changeStoredClients((list) => list, localStorage);
    expect(r.ok).toBe(true);
    expect(localStorage.getItem(CLIENTS_KEY)).toBe(text);
  });
});

describe('notes edited in two windows at once', () => {
  it('keeps this window’s text when nobody else changed it', () => {
    expect(mergeNotes('old', 'old', 'mine')).toEqual({ notes: 'mine', conflict: false });
    expect(mergeNotes('mine', 'old', 'mine')).toEqual({ notes: 'mine', conflict: false });
  });
  it('keeps the other window’s text when this window changed nothing', () => {
    expect(mergeNotes('theirs', 'old', 'old')).toEqual({ notes: 'theirs', conflict: false });
  });
  it('keeps both, one after the other, when both changed it', () => {
    const r = mergeNotes('theirs', 'old', 'mine');
    expect(r.conflict).toBe(true);
    expect(r.notes).toBe('theirs\n\n----\nmine');
  });
  it('never goes past the notes limit', () => {
    expect(mergeNotes('a'.repeat(4000), 'old', 'b'.repeat(4000)).notes).toHaveLength(5000);
  });
});
