import { z } from 'zod';
import { questionPath } from '../../rules/questions.ts';
import { caseFileSchema, type CaseFile } from '../../rules/schema/case-file.ts';
import { memberRoleSchema } from '../../rules/schema/household.ts';
import { openFile, sealFile } from './crypto-file.ts';
import { defaultStore, KEY_PREFIX, STORAGE_VERSION } from './storage.ts';

/**
 * Advisers' clients, kept only in this browser (no accounts, no server). A client is a
 * household: the main person and family members, each with their answers so far.
 */
export const CLIENTS_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:clients`;

const memberSchema = z
  .object({ id: z.string().min(1).max(40), role: memberRoleSchema, name: z.string().max(120).optional(), answers: caseFileSchema.partial() })
  .strict();
export const clientSchema = z
  .object({
    id: z.string().min(1).max(40),
    name: z.string().min(1).max(120),
    notes: z.string().max(5000),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    members: z.array(memberSchema).min(1).max(12),
  })
  .strict();
export type Client = z.infer<typeof clientSchema>;
export type ClientMember = z.infer<typeof memberSchema>;
const clientListSchema = z.object({ clients: z.array(clientSchema) }).strict();

export type ClientsLoad = { ok: true; clients: Client[] } | { ok: false; reason: 'corrupt' | 'unavailable' };

const newId = () => crypto.getRandomValues(new Uint32Array(2)).reduce((s, n) => s + n.toString(36), '').slice(0, 12);

export function loadClients(store: Storage | undefined = defaultStore()): ClientsLoad {
  if (!store) return { ok: false, reason: 'unavailable' };
  const text = store.getItem(CLIENTS_KEY);
  if (text === null) return { ok: true, clients: [] };
  try {
    const parsed = clientListSchema.safeParse(JSON.parse(text));
    return parsed.success ? { ok: true, clients: parsed.data.clients } : { ok: false, reason: 'corrupt' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
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
  | { ok: true; clients: Client[]; added: number }
  | { ok: false; reason: 'notJson' | 'notAPobytFile' | 'needsPassphrase' | 'wrongPassphraseOrDamaged' | 'damaged' | 'invalid'; problems?: string[] };

/**
 * Add the clients of an export file to the list. Imports nothing unless the whole file is
 * valid; a client whose id exists already gets a new id (nothing is overwritten).
 */
export async function importClients(existing: Client[], text: string, passphrase?: string): Promise<ImportResult> {
  const opened = await openFile(text, passphrase);
  if (!opened.ok) return opened;
  const parsed = clientListSchema.safeParse(opened.data);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  }
  const ids = new Set(existing.map((c) => c.id));
  const incoming = parsed.data.clients.map((c) => (ids.has(c.id) ? { ...c, id: newId() } : c));
  return { ok: true, clients: [...existing, ...incoming], added: incoming.length };
}
