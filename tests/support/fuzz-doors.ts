import fc from 'fast-check';
import { clientProgress, importClients, loadClients, loadKeptAside, newClient } from '../../src/components/keep/client-store.ts';
import { bytesToBase64Url, decodeShareLink, fnv1a32 } from '../../src/components/keep/share-link.ts';
import { importCaseFileFromText } from '../../src/components/keep/storage.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { pruneAnswers, questionPath } from '../../src/rules/questions.ts';
import { caseFileSchema } from '../../src/rules/schema/case-file.ts';
import { enginePlanSchema } from '../../src/rules/schema/plan.ts';
import { asOfArb, caseFileFromChoices, choicesArb } from './case-files.ts';
import englishTexts from '../../src/locales/en/bundle.ts';
import { problemSchema, type Problem } from '../../src/rules/schema/problem.ts';

/**
 * Fuzzing every door through which answers come in: a case-file text, a share link, a client
 * list in storage and a client export file. Inputs are valid case files, mutated the ways
 * damaged files, hand edits and tampering change them.
 */

type Json = unknown;

const FIELDS = Object.keys(caseFileSchema.shape);
const oddKeys = ['', ' ', '__proto__', 'constructor', 'x'.repeat(5000), 'citizenship ', 'Citizenship', '😀'];
const oddValues: Json[] = [
  null, true, 0, -1, 1e308, '', ' ', 'XX', 'ua', 'EL', 'UK', '0000-01-01', '2027-02-30', '2024-02-29', '2100-01-01', '9999-12-31',
  '2026-13-01', 'yes', 'no', 'dontKnow', [], {}, ['UA'], { $ref: '#' }, 'x'.repeat(100_000), '<img src=x onerror=alert(1)>',
];

export type Mutation =
  | { kind: 'delete'; field: number }
  | { kind: 'set'; field: number; value: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'addKey'; key: number; value: number }
  | { kind: 'schemaVersion'; value: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), field: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), field: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), key: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant('schemaVersion' as const), value: fc.nat() }),
);

function mutate(cf: Record<string, Json>, m: Mutation): Record<string, Json> {
  const out = { ...cf };
  const field = (n: number) => FIELDS[n % FIELDS.length]!;
  const value = (n: number) => oddValues[n % oddValues.length];
  switch (m.kind) {
    case 'delete':
      delete out[field(m.field)];
      break;
    case 'set':
      out[field(m.field)] = value(m.value);
      break;
    case 'swap': {
      const a = field(m.a);
      const b = field(m.b);
      [out[a], out[b]] = [out[b], out[a]];
      break;
    }
    case 'addKey':
      Object.defineProperty(out, oddKeys[m.key % oddKeys.length]!, { value: value(m.value), enumerable: true, configurable: true, writable: true });
      break;
    case 'schemaVersion':
      out.schemaVersion = [2, '1', 0, null][m.value % 4];
      break;
  }
  return out;
}

/** How the text reaches the door: as it is, with a byte-order mark, cut short, or not an object. */
export type Wrapping = 'plain' | 'bom' | 'cut' | 'array' | 'garbage';

export interface DoorInput {
  asOf: string;
  value: Json;
  wrapping: Wrapping;
  /** A share link whose checksum was not recomputed after a change. */
  tamperLink: boolean;
}

export const doorInputArb: fc.Arbitrary<DoorInput> = fc
  .record({
    choices: choicesArb,
    asOf: asOfArb,
    mutations: fc.array(mutationArb, { maxLength: 3 }),
    wrapping: fc.constantFrom<Wrapping>('plain', 'plain', 'plain', 'bom', 'cut', 'array', 'garbage'),
    tamperLink: fc.boolean(),
  })
  .map(({ choices, asOf, mutations, wrapping, tamperLink }) => {
    let value = caseFileFromChoices(choices, asOf) as unknown as Record<string, Json>;
    for (const m of mutations) value = mutate(value, m);
    return { asOf, value, wrapping, tamperLink };
  });

function textOf(input: DoorInput): string {
  const json = JSON.stringify(input.wrapping === 'array' ? [input.value] : input.value);
  switch (input.wrapping) {
    case 'bom':
      return `\uFEFF${json}`;
    case 'cut':
      return json.slice(0, Math.max(1, Math.floor(json.length / 2)));
    case 'garbage':
      return `Unexpected ${json.slice(0, 10)}`;
    default:
      return json;
  }
}

function linkOf(input: DoorInput): string {
  const bytes = new TextEncoder().encode(textOf(input).replace(/^\uFEFF/, ''));
  const sum = fnv1a32(bytes);
  return `https://pobyt.example/#case=${bytesToBase64Url(bytes)}.${input.tamperLink ? (sum === '00000000' ? '00000001' : '00000000') : sum}`;
}

/** A Storage kept in memory (the same interface the browser gives). */
export function memoryStore(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

export interface DoorOutcome {
  accepted: number;
  refused: number;
  /** Refusals that named no field, and accepted inputs whose plan failed its schema: must stay 0. */
  faults: string[];
}

/** Problems that pass the problem schema, each with a key that has English text (every language's is checked by tests/locales). */
const namesAField = (problems: readonly Problem[] | undefined) =>
  !!problems && problems.length > 0 && problems.every((p) => problemSchema.safeParse(p).success && typeof keyText(p.key) === 'string');
const keyText = (key: string): unknown => key.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), englishTexts);

/** Every door, for one input. Throws nothing itself: a throw from the app is a fault of the door. */
export async function throughEveryDoor(input: DoorInput, out: DoorOutcome): Promise<void> {
  const fault = (door: string, what: string) => out.faults.push(`${door}: ${what} — ${JSON.stringify(input).slice(0, 300)}`);
  const guard = async (door: string, run: () => void | Promise<void>) => {
    try {
      await run();
    } catch (e) {
      fault(door, `threw ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  await guard('file', () => {
    const r = importCaseFileFromText(textOf(input), input.asOf);
    if (r.ok) {
      out.accepted++;
      const plan = makePlan(r.caseFile, input.asOf);
      if (!plan.ok) fault('file', `accepted but no plan: ${JSON.stringify(plan.problems)}`);
      else if (!enginePlanSchema.safeParse(plan.plan).success) fault('file', 'plan fails its schema');
    } else {
      out.refused++;
      if (!namesAField(r.problems)) fault('file', `refusal names no field: ${JSON.stringify(r.problems)}`);
    }
  });
  await guard('link', () => {
    const r = decodeShareLink(linkOf(input), input.asOf);
    if (!r.ok && r.reason === 'invalid' && !namesAField(r.problems)) fault('link', 'invalid without named fields');
    if (r.ok && input.tamperLink) fault('link', 'tampered link accepted');
  });
  await guard('answers', () => {
    const partial = caseFileSchema.partial().safeParse(input.value);
    if (partial.success) {
      questionPath(partial.data, input.asOf);
      pruneAnswers(partial.data, input.asOf);
    }
  });
  await guard('storage', () => {
    const store = memoryStore();
    const good = newClient('Good');
    const member = { id: 'main', role: 'main', answers: input.value };
    store.setItem('pobyt:v1:clients', JSON.stringify({ clients: [good, { ...newClient('Fuzzed'), members: [member] }] }));
    const r = loadClients(store);
    if (!r.ok) {
      fault('storage', `list refused: ${r.reason}`);
      return;
    }
    if (!r.clients.some((c) => c.id === good.id)) fault('storage', 'the good client was lost');
    for (const c of r.clients) clientProgress(c, input.asOf);
    if (r.clients.length + loadKeptAside(store).length !== 2) fault('storage', 'an entry vanished');
    for (const k of r.keptAside) if (k.problems.length === 0) fault('storage', 'kept aside without a problem');
  });
  await guard('import', async () => {
    const file = JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [{ ...newClient('Fuzzed'), members: [{ id: 'main', role: 'main', answers: input.value }] }] } });
    const r = await importClients([], file);
    if (!r.ok && r.reason === 'invalid' && !(r.problems && r.problems.length > 0)) fault('import', 'invalid without problems');
  });
}
