import { z } from 'zod';
import { checkCaseFile, type CheckResult } from '../../rules/case-file-check.ts';
import { excerpt, parseJsonText, pathToField, problem, problemsOfIssue } from '../../rules/problems.ts';
import type { Problem } from '../../rules/schema/problem.ts';
import { caseFileSchema, type CaseFile } from '../../rules/schema/case-file.ts';
import { decodeShareLink, hasSharedCaseFile } from './share-link.ts';
import { planDigestSchema, type PlanDigest } from '../../rules/plan-changes.ts';
import { DAMAGED_SESSION_KEY, defaultStore, seenKey, SESSION_KEY, ticksKey } from './storage-keys.ts';

/**
 * The wizard session and the ticks of each case's document checklist, as kept in this
 * browser's localStorage (the calculators' forms: calculator-store.ts; clients: client-store.ts). Every key starts with `pobyt:v1:`; a
 * future format gets a new version in the key, so old data is never misread.
 *
 * Reads are validated; corrupt data is reported and treated as absent, never thrown and
 * never overwritten by a read. Storage that is missing or refuses (private browsing, quota)
 * is reported as `unavailable`.
 */

export { clearAll, DAMAGED_SESSION_KEY, defaultStore, KEY_PREFIX, seenKey, SESSION_KEY, STORAGE_VERSION, ticksKey } from './storage-keys.ts';

export type JsonValue = z.infer<ReturnType<typeof z.json>>;

export type LoadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'absent' }
  /** `problems`: every problem found, in the order the schema met them (at least one). */
  | { status: 'corrupt'; key: string; problems: Problem[]; salvaged?: Partial<CaseFile> }
  | { status: 'unavailable' };

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'notJson' | 'invalid' | 'refused' };

const partialCaseFileSchema = caseFileSchema.partial();

const sessionSchema = z
  .object({
    savedAt: z.iso.datetime(),
    wizard: z.json(),
    caseFile: partialCaseFileSchema,
  })
  .strict();
/** The wizard's own state (opaque here) and the answers so far. */
export type SavedSession = z.infer<typeof sessionSchema>;

const ticksSchema = z.object({ ticked: z.array(z.string()) }).strict();

function read<T>(key: string, schema: z.ZodType<T>, store: Storage | undefined): LoadResult<T> {
  if (!store) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not "this file": what this browser kept.
    return { status: 'corrupt', key, problems: [problem('', 'storageNotJson')] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // Every problem (a session's answers named as their questions are).
    const inAnswers = (path: readonly PropertyKey[]) => pathToField(path[0] === 'caseFile' ? path.slice(1) : path);
    const problems = parsed.error.issues.flatMap((issue) => problemsOfIssue(issue, json, inAnswers));
    return { status: 'corrupt', key, problems: problems.length > 0 ? problems : [problem('', 'invalid', { value: excerpt(json) })] };
  }
  return { status: 'ok', value: parsed.data };
}

function write(key: string, value: unknown, store: Storage | undefined): SaveResult {
  if (!store) return { ok: false, reason: 'unavailable' };
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  try {
    store.setItem(key, text);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'refused' };
  }
}

function remove(key: string, store: Storage | undefined): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to do: storage is blocked.
  }
}

/** Save the wizard session: the caller's opaque state (any JSON value) and the answers so far. */
export function saveSession(
  session: { wizard: unknown; caseFile: Partial<CaseFile> },
  { store = defaultStore(), now = new Date() }: { store?: Storage | undefined; now?: Date } = {},
): SaveResult {
  let value: unknown;
  try {
    // As JSON would keep it: undefined members dropped, dates as text; cycles and BigInt fail.
    value = JSON.parse(JSON.stringify({ savedAt: now.toISOString(), wizard: session.wizard ?? null, caseFile: session.caseFile }));
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!sessionSchema.safeParse(value).success) return { ok: false, reason: 'invalid' };
  return write(SESSION_KEY, value, store);
}

export function loadSession(store: Storage | undefined = defaultStore()): LoadResult<SavedSession> {
  const r = read(SESSION_KEY, sessionSchema, store);
  if (r.status !== 'corrupt') return r;
  let text: string | null = null;
  try {
    text = store?.getItem(SESSION_KEY) ?? null;
  } catch {
    text = null;
  }
  return { ...r, salvaged: text === null ? {} : salvageAnswers(text) };
}

/**
 * The answers that can still be read from a damaged saved session: each answer that passes
 * its own field's schema, the rest left out. Nothing when the text is not JSON at all.
 */
export function salvageAnswers(text: string): Partial<CaseFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const caseFile = json && typeof json === 'object' && 'caseFile' in json ? json.caseFile : undefined;
  if (!caseFile || typeof caseFile !== 'object' || Array.isArray(caseFile)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(caseFile)) {
    if (k === 'schemaVersion' || !Object.hasOwn(caseFileSchema.shape, k)) continue;
    const field = caseFileSchema.shape[k as keyof typeof caseFileSchema.shape];
    const parsed = field.safeParse(v);
    if (parsed.success && parsed.data !== undefined) out[k] = parsed.data;
  }
  return Object.keys(out).length ? { schemaVersion: 1, ...(out as Partial<CaseFile>) } : {};
}

/** Copy a damaged saved session aside (once: an earlier copy is not replaced). False when nothing was kept. */
export function keepDamagedSession(store: Storage | undefined = defaultStore()): boolean {
  try {
    const text = store?.getItem(SESSION_KEY);
    if (text == null || read(SESSION_KEY, sessionSchema, store).status !== 'corrupt') return false;
    if (store!.getItem(DAMAGED_SESSION_KEY) === null) store!.setItem(DAMAGED_SESSION_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What was wrong with the damaged session kept aside: for a later visit, when the saved
 * session itself is readable again. Undefined when none is kept.
 */
export function loadDamagedSessionReport(store: Storage | undefined = defaultStore()): { problems: Problem[] } | undefined {
  const text = loadDamagedSession(store);
  if (text === undefined) return undefined;
  const r = read(DAMAGED_SESSION_KEY, sessionSchema, store);
  // A copy that reads well after all (kept by an older version): said as not what was expected.
  // No count of answers kept: what was kept then may have changed since (Start again).
  const problems = r.status === 'corrupt' ? r.problems : [problem('', 'invalid', { value: excerpt(text) })];
  return { problems };
}

/** The damaged session kept aside, as text, if any. */
export function loadDamagedSession(store: Storage | undefined = defaultStore()): string | undefined {
  try {
    return store?.getItem(DAMAGED_SESSION_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function deleteDamagedSession(store: Storage | undefined = defaultStore()): void {
  remove(DAMAGED_SESSION_KEY, store);
}

export function clearSession(store: Storage | undefined = defaultStore()): void {
  remove(SESSION_KEY, store);
}

/** Save the ticked items (`stepId/documentId`) of one case's checklist. */
export function saveTicks(caseHash: string, ticked: Iterable<string>, store: Storage | undefined = defaultStore()): SaveResult {
  return write(ticksKey(caseHash), { ticked: [...new Set(ticked)].sort() }, store);
}

export function loadTicks(caseHash: string, store: Storage | undefined = defaultStore()): LoadResult<string[]> {
  const r = read(ticksKey(caseHash), ticksSchema, store);
  return r.status === 'ok' ? { status: 'ok', value: r.value.ticked } : r;
}

/** What the person last saw of a case's plan (absent before the first time). */
export function loadSeenPlan(caseHash: string, store: Storage | undefined = defaultStore()): LoadResult<PlanDigest> {
  return read(seenKey(caseHash), planDigestSchema, store);
}

export function saveSeenPlan(caseHash: string, digest: PlanDigest, store: Storage | undefined = defaultStore()): SaveResult {
  return write(seenKey(caseHash), digest, store);
}

/**
 * Read a case file a person gives back to the app: the text of an exported `.json` file, or
 * a share link pasted in. Checks it for planning as of `asOf`. Never touches storage: the
 * caller decides what to keep once it succeeded.
 */
export function importCaseFileFromText(text: string, asOf: string): CheckResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed !== '' && !trimmed.startsWith('{') && hasSharedCaseFile(trimmed)) {
    const r = decodeShareLink(trimmed, asOf);
    if (r.ok) return { ok: true, caseFile: r.caseFile };
    return { ok: false, problems: r.problems ?? [problem('', `link.${r.reason}`)] };
  }
  const parsed = parseJsonText(text);
  return parsed.ok ? checkCaseFile(parsed.json, asOf) : parsed;
}
