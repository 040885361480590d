import type { Problem } from '../rules/schema/problem.ts';

/** A translate function: i18next's `t`, from react-i18next or an instance of its own (the command line). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A problem in words: the field as its question names it (none for the input as a whole) and what is wrong. */
export interface ProblemText {
  field: string | undefined;
  message: string;
}

/** Fields of a member, a stay or the Schengen calculator that are no question. */
const OWN_FIELDS = new Set(['asOf', 'schemaVersion', 'members', 'id', 'role', 'name', 'notes', 'createdAt', 'updatedAt', 'clients', 'stays', 'entry', 'exit', 'date', 'length', 'notBefore']);
const NUMBERED: Record<string, string> = { members: 'problems.fields.member', stays: 'problems.fields.stay', clients: 'problems.fields.client' };

/** One part of a field path: a question (its short label), a field of its own, or an unknown key as written. */
function partLabel(part: string, t: Translate): string {
  if (OWN_FIELDS.has(part)) return t(`problems.fields.${part}`);
  const question = t(`app.questions.${part}`, { defaultValue: '' });
  return question || t('problems.fields.unknown', { name: JSON.stringify(part.length > 40 ? `${part.slice(0, 39)}…` : part) });
}

/**
 * Name a field path as the person knows it: `citizenship` → "Citizenship", `members[1].purpose`
 * → "Person 2 — Purpose of temporary residence", `stays[0].exit` → "Stay 1 — Exit",
 * `clients[0].members[1].citizenship` → "Client 1 — Person 2 — Citizenship"; '' → none.
 */
export function fieldName(field: string, t: Translate): string | undefined {
  if (field === '') return undefined;
  const parts: string[] = [];
  for (const piece of field.split('.')) {
    const m = /^(members|stays|clients)\[(\d+)\]$/.exec(piece);
    if (m) parts.push(t(NUMBERED[m[1]!]!, { number: Number(m[2]) + 1 }));
    else parts.push(partLabel(piece, t));
  }
  return parts.join(' — ');
}

/** A problem from the rules in the person's language (the `t` of that language). */
export function problemText(p: Problem, t: Translate): ProblemText {
  // An unknown key: the member or stay it is in, then the key as written (escaped, cut short).
  const unknown = p.key === 'problems.unknownField' ? t('problems.fields.unknown', { name: p.params?.name ?? '' }) : undefined;
  const field = [fieldName(p.field, t), unknown].filter(Boolean).join(' — ') || undefined;
  return { field, message: t(p.key, { ...p.params }) };
}
