// Long file: the one store of advisers' clients (schema, kept-aside entries, load and save, edits, export and import), all checked by the same schemas.
import { z } from 'zod';
import { questionPath } from '../../rules/questions.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import { clientMemberSchema, clientSchema, type Client, type ClientMember } from '../../rules/schema/client.ts';
import type { MemberRole } from '../../rules/schema/household.ts';
import { pathToField, problemsOfError, problemsOfIssue } from '../../rules/problems.ts';
import { problemSchema, type Problem } from '../../rules/schema/problem.ts';
import { openFile, sealFile } from './crypto-file.ts';
import { mergeAnswers } from './merge-answers.ts';
import { defaultStore, KEY_PREFIX, STORAGE_VERSION } from './storage.ts';

/**
 * Advisers' clients, kept only in this browser (no accounts, no server). A client is a
 * household: the main person and family members, each with their answers so far.
 */
export const CLIENTS_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:clients`;

// The client's schema is the rules' (one schema for this list, the export files and the command line).
const memberSchema = clientMemberSchema;
export { clientSchema };
export type { Client, ClientMember };
const clientListSchema = z.object({ clients: z.array(clientSchema) }).strict();
/** A list's shape before each entry is checked on its own (so one bad entry is kept aside, not the list). */
const clientEntriesSchema = z.object({ clients: z.array(z.unknown()) }).strict();

/**
 * A client entry that could not be read (from this browser's list or an imported file): kept
 * aside under its own key, named, downloadable and deletable, while every good client loads.
 */
/** As MAX_NAME_LENGTH (declared below, after the schemas that need this one). */
const KEPT_NAME_LENGTH = 120;
/** The most problems kept with an entry set aside (a broken entry can have hundreds). */
const MAX_KEPT_PROBLEMS = 20;
export const KEPT_ASIDE_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:clients-kept-aside`;
const keptAsideSchema = z
  .object({
    id: z.string().min(1).max(40),
    keptAt: z.iso.datetime(),
    from: z.enum(['storage', 'import']),
    /** The entry's name when it had a readable one (cut to 120 characters). */
    name: z.string().max(KEPT_NAME_LENGTH).optional(),
    /**
     * What is wrong: problems as message keys (at most MAX_KEPT_PROBLEMS), said in the
     * person's language when shown; entries kept before that hold English text (each cut to 200 characters).
     */
    problems: z.array(z.union([problemSchema, z.string().max(200)])).max(MAX_KEPT_PROBLEMS),
    /** The entry exactly as it was, as JSON text. */
    raw: z.string(),
  })
  .strict();
export type KeptAside = z.infer<typeof keptAsideSchema>;
const keptAsideListSchema = z.object({ items: z.array(keptAsideSchema) }).strict();

export type ClientsLoad =
  | { ok: true; clients: Client[]; keptAside: KeptAside[] }
  | { ok: false; reason: 'corrupt' | 'unavailable' };

const newId = () => crypto.getRandomValues(new Uint32Array(2)).reduce((s, n) => s + n.toString(36), '').slice(0, 12);

/**
 * A client's field path as the problems name fields: members.0.answers.citizenship →
 * members[0].citizenship (a member's answers are named by their questions), under `clients[n]`
 * when the entry is one of a file's.
 */
/** Whether step `i` of a path is a member's `answers` (members.N.answers). */
const isMemberAnswers = (path: readonly PropertyKey[], i: number): boolean => path[i] === 'answers' && path[i - 2] === 'members';

function clientField(path: readonly PropertyKey[], index?: number): string {
  const inner = path.filter((_k, i) => !isMemberAnswers(path, i));
  return pathToField(index === undefined ? inner : ['clients', index, ...inner]);
}

/**
 * The problems of a bad entry (every one, up to MAX_KEPT_PROBLEMS), as message keys. A part
 * of the entry itself that is missing (its notes, a date) is said as missing from the entry,
 * not as a question "the case needs an answer to"; a missing answer stays said as that.
 */
function entryProblems(error: z.ZodError, entry: unknown, index?: number): Problem[] {
  const inAnswers = (path: readonly PropertyKey[]) => path.some((_k, i) => isMemberAnswers(path, i));
  return error.issues
    .flatMap((issue) =>
      problemsOfIssue(issue, entry, (path) => clientField(path, index)).map((p) =>
        p.key === 'problems.missing' && !inAnswers(issue.path) ? { ...p, key: 'problems.missingFromEntry' } : p,
      ),
    )
    .slice(0, MAX_KEPT_PROBLEMS);
}

/** Split entries into good clients and bad ones (kept aside with their problems). */
function sortEntries(entries: readonly unknown[], from: KeptAside['from'], now: Date): { good: Client[]; bad: KeptAside[] } {
  const good: Client[] = [];
  const bad: KeptAside[] = [];
  for (const entry of entries) {
    const parsed = clientSchema.safeParse(entry);
    if (parsed.success) {
      good.push(parsed.data);
      continue;
    }
    const name = entry && typeof entry === 'object' && 'name' in entry && typeof entry.name === 'string' ? entry.name.slice(0, KEPT_NAME_LENGTH) : undefined;
    let raw: string;
    try {
      raw = JSON.stringify(entry) ?? 'null';
    } catch {
      raw = String(entry);
    }
    bad.push({ id: newId(), keptAt: now.toISOString(), from, ...(name ? { name } : {}), problems: entryProblems(parsed.error, entry), raw });
  }
  return { good, bad };
}

/** The client entries kept aside (empty when none or unreadable). */
export function loadKeptAside(store: Storage | undefined = defaultStore()): KeptAside[] {
  try {
    const text = store?.getItem(KEPT_ASIDE_KEY);
    if (!text) return [];
    const parsed = keptAsideListSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.items : [];
  } catch {
    return [];
  }
}

function saveKeptAside(items: KeptAside[], store: Storage): boolean {
  try {
    if (items.length === 0) store.removeItem(KEPT_ASIDE_KEY);
    else store.setItem(KEPT_ASIDE_KEY, JSON.stringify({ items }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keep more entries aside (after those already kept); an entry kept aside already, exactly as
 * it is (the same file imported again), is not kept twice. False when the browser refused.
 */
export function keepAside(items: KeptAside[], store: Storage | undefined = defaultStore()): boolean {
  if (!store) return false;
  const kept = loadKeptAside(store);
  const raws = new Set(kept.map((k) => k.raw));
  const fresh = items.filter((k) => !raws.has(k.raw));
  return fresh.length === 0 || saveKeptAside([...kept, ...fresh], store);
}

/** Delete one entry kept aside. */
export function deleteKeptAside(id: string, store: Storage | undefined = defaultStore()): KeptAside[] {
  const items = loadKeptAside(store).filter((k) => k.id !== id);
  if (store) saveKeptAside(items, store);
  return items;
}

/**
 * Read the saved list. Entries that do not pass the client schema are moved aside (first kept
 * under KEPT_ASIDE_KEY, then removed from the list), so one bad client never locks the rest.
 * A list that is not JSON or not a list at all is `corrupt` and left as it is.
 */
export function loadClients(store: Storage | undefined = defaultStore(), now = new Date()): ClientsLoad {
  if (!store) return { ok: false, reason: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(CLIENTS_KEY);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (text === null) return { ok: true, clients: [], keptAside: loadKeptAside(store) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const shape = clientEntriesSchema.safeParse(json);
  if (!shape.success) return { ok: false, reason: 'corrupt' };
  const { good, bad } = sortEntries(shape.data.clients, 'storage', now);
  if (bad.length > 0) {
    // Kept aside first; only then is the list written without them. A refusal leaves both as they were.
    if (!keepAside(bad, store)) return { ok: false, reason: 'corrupt' };
    if (!saveClients(good, store)) return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, clients: good, keptAside: loadKeptAside(store) };
}

/** Save the whole list; refuses to save an invalid list. */
export function saveClients(clients: Client[], store: Storage | undefined = defaultStore()): boolean {
  if (!store || !clientListSchema.safeParse({ clients }).success) return false;
  try {
    store.setItem(CLIENTS_KEY, JSON.stringify({ clients }));
    return true;
  } catch {
    return false;
  }
}

export type ChangeResult =
  | { ok: true; clients: Client[] }
  | { ok: false; reason: 'unavailable' | 'corrupt' | 'notSaved'; clients?: Client[] };

/**
 * Change the saved list as it is now, not as this page last saw it: read it afresh, apply
 * `change`, save. Another window's additions, deletions and edits to other clients or other
 * fields survive, because only this change is applied to them. The same list back means no write.
 */
export function changeStoredClients(change: (clients: Client[]) => Client[], store: Storage | undefined = defaultStore()): ChangeResult {
  const loaded = loadClients(store);
  if (!loaded.ok) return loaded;
  const next = change(loaded.clients);
  if (next === loaded.clients) return { ok: true, clients: next };
  return saveClients(next, store) ? { ok: true, clients: next } : { ok: false, reason: 'notSaved', clients: next };
}

/**
 * A text field (notes, a name) this page changed from `base` to `mine`, while the saved value
 * is `current`: when another window changed it meanwhile, both are kept (notes) and the
 * conflict is reported; otherwise this page's text.
 */
export function mergeNotes(current: string, base: string, mine: string): { notes: string; conflict: boolean } {
  if (current === base || current === mine) return { notes: mine, conflict: false };
  if (mine === base) return { notes: current, conflict: false };
  return { notes: `${current}\n\n----\n${mine}`.slice(0, MAX_NOTES_LENGTH), conflict: true };
}

export function newClient(name: string, now = new Date()): Client {
  const t = now.toISOString();
  return { id: newId(), name: name.trim() || '—', notes: '', createdAt: t, updatedAt: t, members: [{ id: 'main', role: 'main', answers: { schemaVersion: 1 } }] };
}

export function duplicateClient(c: Client, copyName: string, now = new Date()): Client {
  const t = now.toISOString();
  return { ...structuredClone(c), id: newId(), name: copyName, createdAt: t, updatedAt: t };
}

/** Remove a client; the returned token restores it at the same place (undo). */
export function removeClient(clients: Client[], id: string): { clients: Client[]; undo?: { client: Client; index: number } } {
  const index = clients.findIndex((c) => c.id === id);
  if (index < 0) return { clients };
  return { clients: clients.filter((c) => c.id !== id), undo: { client: clients[index]!, index } };
}

export function restoreClient(clients: Client[], undo: { client: Client; index: number }): Client[] {
  if (clients.some((c) => c.id === undo.client.id)) return clients;
  const next = [...clients];
  next.splice(Math.min(undo.index, next.length), 0, undo.client);
  return next;
}

/** Clients whose name, notes or member names contain the query (case- and accent-insensitive). */
export function searchClients(clients: Client[], query: string): Client[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const q = fold(query.trim());
  if (!q) return clients;
  return clients.filter((c) => [c.name, c.notes, ...c.members.map((m) => m.name ?? '')].some((s) => fold(s).includes(q)));
}

/** Questions answered on each member's current path, in all. */
export function clientProgress(c: Client, asOf: string): { answered: number; asked: number; complete: boolean } {
  let answered = 0;
  let asked = 0;
  let complete = true;
  for (const m of c.members) {
    const p = questionPath(m.answers as Partial<CaseFile>, asOf);
    asked += p.path.length;
    answered += p.path.filter((q) => m.answers[q] !== undefined).length;
    complete &&= p.complete;
  }
  return { answered, asked, complete };
}

/** The export file for some clients, encrypted when a passphrase is given. */
export function exportClients(clients: Client[], passphrase?: string): Promise<string> {
  return sealFile({ clients }, passphrase);
}

export type ImportResult =
  | { ok: true; clients: Client[]; added: number; incoming: Client[]; keptAside: KeptAside[] }
  | { ok: false; reason: 'notJson' | 'notAPobytFile' | 'needsPassphrase' | 'wrongPassphraseOrDamaged' | 'damaged' | 'invalid'; problems?: Problem[] };

/**
 * Read the clients of an export file. Every client that passes the schema is added (`incoming`,
 * and `clients` = the existing list with them); a client that does not is returned in
 * `keptAside`, named with its problems, for the caller to keep aside. A client whose id exists
 * already gets a new id (nothing is overwritten), unless it is that client exactly as it is (not
 * added again). A file that is not a client list imports nothing.
 */
export async function importClients(existing: Client[], text: string, passphrase?: string, now = new Date()): Promise<ImportResult> {
  const opened = await openFile(text, passphrase);
  if (!opened.ok) return opened;
  const shape = clientEntriesSchema.safeParse(opened.data);
  if (!shape.success) {
    return { ok: false, reason: 'invalid', problems: problemsOfError(shape.error, opened.data) };
  }
  const { good, bad } = sortEntries(shape.data.clients, 'import', now);
  // Nothing readable: the file stays the person's to repair; nothing is kept aside.
  if (good.length === 0 && bad.length > 0) {
    // Every problem of every client, each named by its client's place in the file.
    const entries = shape.data.clients;
    const problems = entries.flatMap((entry, i) => {
      const parsed = clientSchema.safeParse(entry);
      return parsed.success ? [] : entryProblems(parsed.error, entry, i);
    });
    return { ok: false, reason: 'invalid', problems };
  }
  const clients = addImported(existing, good);
  return { ok: true, clients, added: clients.length - existing.length, incoming: clients.slice(existing.length), keptAside: bad };
}

/**
 * Whether a client is in the list exactly as it is (same id, same content): a file imported
 * twice, or a backup of clients never changed since, adds them only once.
 */
function alreadyHere(existing: readonly Client[], c: Client): boolean {
  const same = existing.find((e) => e.id === c.id);
  return same !== undefined && JSON.stringify(same) === JSON.stringify(c);
}

/**
 * Append imported clients to a list, giving a new id to any whose id is taken by a different
 * client (nothing is overwritten); a client already here exactly as it is is not added again.
 */
export function addImported(existing: Client[], incoming: readonly Client[]): Client[] {
  const ids = new Set(existing.map((c) => c.id));
  const added = incoming.filter((c) => !alreadyHere(existing, c)).map((c) => {
    const id = ids.has(c.id) ? newId() : c.id;
    ids.add(id);
    return id === c.id ? c : { ...c, id };
  });
  return added.length ? [...existing, ...added] : existing;
}

/* ---------- Changing one client: each returns a new list (the same list when nothing changed) ---------- */

/** The roles a family member may be added with (a household has one main person, made with the client). */
export type FamilyRole = Exclude<MemberRole, 'main'>;
export const FAMILY_ROLES: readonly FamilyRole[] = ['spouse', 'child', 'dependentParent', 'otherRelative'];
/** The most people a household holds (the household schema's limit). */
export const MAX_MEMBERS = 12;
export const MAX_NAME_LENGTH = 120;
export const MAX_NOTES_LENGTH = 5000;

export function findClient(clients: readonly Client[], clientId: string): Client | undefined {
  return clients.find((c) => c.id === clientId);
}

/** Apply `change` to one client and bump its updatedAt; the same list when the client is missing or `change` gives it back unchanged. */
function changeClient(clients: Client[], clientId: string, now: Date, change: (c: Client) => Client): Client[] {
  const index = clients.findIndex((c) => c.id === clientId);
  if (index < 0) return clients;
  const before = clients[index]!;
  const after = change(before);
  if (after === before) return clients;
  const next = [...clients];
  next[index] = { ...after, updatedAt: now.toISOString() };
  return next;
}

/** Rename a client; an empty or too long name changes nothing. */
export function renameClient(clients: Client[], clientId: string, name: string, now = new Date()): Client[] {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) return clients;
  return changeClient(clients, clientId, now, (c) => (c.name === trimmed ? c : { ...c, name: trimmed }));
}

/** The adviser's notes on a client (cut at 5,000 characters). */
export function setNotes(clients: Client[], clientId: string, notes: string, now = new Date()): Client[] {
  const text = notes.slice(0, MAX_NOTES_LENGTH);
  return changeClient(clients, clientId, now, (c) => (c.notes === text ? c : { ...c, notes: text }));
}

const cleanName = (name: string | undefined): string | undefined => {
  const n = name?.trim().slice(0, MAX_NAME_LENGTH);
  return n ? n : undefined;
};

/** Add a family member with no answers yet. No memberId when the client is missing or the household is full. */
export function addMember(
  clients: Client[],
  clientId: string,
  role: FamilyRole,
  name?: string,
  now = new Date(),
): { clients: Client[]; memberId?: string } {
  const client = findClient(clients, clientId);
  if (!client || client.members.length >= MAX_MEMBERS || !FAMILY_ROLES.includes(role)) return { clients };
  const taken = new Set(client.members.map((m) => m.id));
  let memberId = newId();
  while (taken.has(memberId)) memberId = newId();
  const n = cleanName(name);
  const member: ClientMember = { id: memberId, role, ...(n ? { name: n } : {}), answers: { schemaVersion: 1 } };
  return { clients: changeClient(clients, clientId, now, (c) => ({ ...c, members: [...c.members, member] })), memberId };
}

export interface MemberUndo {
  clientId: string;
  member: ClientMember;
  index: number;
}

/** Remove a family member (never the main person); the undo token puts them back at the same place. */
export function removeMember(clients: Client[], clientId: string, memberId: string, now = new Date()): { clients: Client[]; undo?: MemberUndo } {
  const client = findClient(clients, clientId);
  const index = client?.members.findIndex((m) => m.id === memberId) ?? -1;
  const member = client?.members[index];
  if (!client || !member || member.role === 'main') return { clients };
  return {
    clients: changeClient(clients, clientId, now, (c) => ({ ...c, members: c.members.filter((m) => m.id !== memberId) })),
    undo: { clientId, member, index },
  };
}

export function restoreMember(clients: Client[], undo: MemberUndo, now = new Date()): Client[] {
  return changeClient(clients, undo.clientId, now, (c) => {
    if (c.members.some((m) => m.id === undo.member.id) || c.members.length >= MAX_MEMBERS) return c;
    const members = [...c.members];
    members.splice(Math.min(undo.index, members.length), 0, undo.member);
    return { ...c, members };
  });
}

export interface MemberPatch {
  /** A new name; empty text removes the name. */
  name?: string;
  /** A family member's new role (the main person keeps theirs; nobody becomes the main person). */
  role?: FamilyRole;
  /** The member's answers, replacing the old ones (as the wizard holds them). */
  answers?: Partial<CaseFile>;
}

/** Change one member of a client; anything not allowed (unknown ids, main role, invalid answers) changes nothing. */
export function updateMember(clients: Client[], clientId: string, memberId: string, patch: MemberPatch, now = new Date()): Client[] {
  let answers: ClientMember['answers'] | undefined;
  if (patch.answers !== undefined) {
    const parsed = memberSchema.shape.answers.safeParse(patch.answers);
    if (!parsed.success) return clients;
    answers = parsed.data;
  }
  return changeClient(clients, clientId, now, (c) => {
    const index = c.members.findIndex((m) => m.id === memberId);
    const before = c.members[index];
    if (!before) return c;
    if (patch.role !== undefined && (before.role === 'main' || !FAMILY_ROLES.includes(patch.role))) return c;
    const name = patch.name === undefined ? before.name : cleanName(patch.name);
    const after: ClientMember = { id: before.id, role: patch.role ?? before.role, ...(name ? { name } : {}), answers: answers ?? before.answers };
    const members = [...c.members];
    members[index] = after;
    return { ...c, members };
  });
}

/** Put a member's answers (the wizard's) into the list. */
export function setMemberAnswers(clients: Client[], clientId: string, memberId: string, answers: Partial<CaseFile>, now = new Date()): Client[] {
  return updateMember(clients, clientId, memberId, { answers }, now);
}

export type SaveAnswersResult = { ok: true } | { ok: false; reason: 'unavailable' | 'corrupt' | 'notFound' | 'invalid' | 'notSaved' };

/**
 * What the app calls when the wizard's answers for a client's member change: read the list,
 * change that member, save. A corrupt list is left as it is (never overwritten).
 */
export function saveMemberAnswers(
  clientId: string,
  memberId: string,
  answers: Partial<CaseFile>,
  store: Storage | undefined = defaultStore(),
  now = new Date(),
  merge?: { base: Partial<CaseFile>; asOf: string },
): SaveAnswersResult {
  if (!store) return { ok: false, reason: 'unavailable' };
  if (!memberSchema.shape.answers.safeParse(answers).success) return { ok: false, reason: 'invalid' };
  let found = true;
  const r = changeStoredClients((list) => {
    const member = findClient(list, clientId)?.members.find((m) => m.id === memberId);
    if (!member) {
      found = false;
      return list;
    }
    // Only what this window changed since `base` is applied: another window's answers for the same person stay.
    const next = merge ? mergeAnswers(member.answers, merge.base, answers, merge.asOf).answers : answers;
    return setMemberAnswers(list, clientId, memberId, next, now);
  }, store);
  if (!r.ok) return { ok: false, reason: r.reason === 'notSaved' ? 'notSaved' : r.reason };
  return found ? { ok: true } : { ok: false, reason: 'notFound' };
}

/** Questions answered on one member's current path. */
export function memberProgress(m: ClientMember, asOf: string): { answered: number; asked: number; complete: boolean } {
  const p = questionPath(m.answers as Partial<CaseFile>, asOf);
  return { answered: p.path.filter((q) => m.answers[q] !== undefined).length, asked: p.path.length, complete: p.complete };
}
