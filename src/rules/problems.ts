import type { z } from 'zod';
import { isIsoDate } from './calendar/is-iso-date.ts';
import type { Problem } from './schema/problem.ts';

/**
 * Problems with inputs as message keys (schema/problem.ts): the keys every door shares, the
 * excerpt of a bad value, and zod's issues mapped to keys by issue code with the field's path.
 * Every key is `problems.<name>`; the texts are in the locales (problems.json).
 */

/** The longest excerpt of a bad value, in characters (an ellipsis ends a longer one). */
export const MAX_EXCERPT = 40;

export const problem = (field: string, key: string, params?: Record<string, string | number>): Problem =>
  params ? { field, key: `problems.${key}`, params } : { field, key: `problems.${key}` };

/** Characters that would reorder or hide text around them (bidi controls, zero-width marks). */
const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A short, safe excerpt of a value for a message: text is JSON-quoted with its control and
 * invisible characters escaped (\n, \u202e), anything else is written as JSON, and a long one is
 * cut to MAX_EXCERPT characters with an ellipsis.
 */
export function excerpt(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  text = text.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

/** The value at a path of an untrusted input (undefined where the path leads nowhere). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A schema path written as the problems name fields: members.0.caseFile → members[0].caseFile. */
export function pathToField(path: readonly PropertyKey[], root = ''): string {
  let field = root;
  for (const key of path) field += typeof key === 'number' ? `[${key}]` : field === '' ? String(key) : `.${String(key)}`;
  return field;
}

const TYPE_KEYS: Record<string, string> = {
  string: 'notText',
  number: 'notNumber',
  int: 'notNumber',
  object: 'notObject',
  array: 'notList',
  boolean: 'notYesNo',
};

/** A date field's value: not written YYYY-MM-DD, or so written but no real day (2026-02-30). */
function dateProblem(field: string, value: unknown): Problem {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isIsoDate(value)) return problem(field, 'impossibleDate', { value: excerpt(value) });
  return problem(field, 'notADate', { value: excerpt(value) });
}

/**
 * One zod issue as problems (an unknown-keys issue gives one per key), by issue code: a
 * missing value, a value of the wrong type, a value not among the options, a date not written
 * YYYY-MM-DD or no real day, a text, list or number too long/short/big/small, an unknown key;
 * a custom issue keeps the key its check put in `params.problem` (else `invalid`).
 * `fieldOf` names the path as the caller's problems do (e.g. members[1].citizenship).
 */
export function problemsOfIssue(issue: z.core.$ZodIssue, input: unknown, fieldOf: (path: readonly PropertyKey[]) => string = (p) => pathToField(p)): Problem[] {
  const field = fieldOf(issue.path);
  const value = valueAt(input, issue.path);
  const shown = { value: excerpt(value) };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return [problem(field, issue.path.length ? 'missing' : 'empty')];
      if (issue.path.length === 0) return [problem(field, 'notAnObject', shown)];
      return [problem(field, TYPE_KEYS[issue.expected] ?? 'wrongType', shown)];
    case 'invalid_value':
      return [problem(field, issue.path[issue.path.length - 1] === 'schemaVersion' ? 'schemaVersion' : 'notAnOption', shown)];
    case 'invalid_format':
      if (issue.format === 'date') return [dateProblem(field, value)];
      return [problem(field, 'badFormat', shown)];
    case 'too_big':
      return [problem(field, issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'tooBig', { ...shown, max: Number(issue.maximum) })];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [problem(field, 'emptyText')];
      return [problem(field, issue.origin === 'string' ? 'tooShort' : issue.origin === 'array' ? 'tooFew' : 'tooSmall', { ...shown, min: Number(issue.minimum) })];
    case 'unrecognized_keys':
      // Named by where it is (its parent's field) and the key as written.
      return issue.keys.map((k) => problem(field, 'unknownField', { name: excerpt(k) }));
    case 'custom': {
      const key = typeof issue.params?.problem === 'string' ? issue.params.problem : 'invalid';
      return [problem(field, key, shown)];
    }
    default:
      return [problem(field, 'invalid', shown)];
  }
}

/** Every issue of a failed parse as problems, in the order zod found them. */
export function problemsOfError(error: z.ZodError, input: unknown, fieldOf?: (path: readonly PropertyKey[]) => string): Problem[] {
  return error.issues.flatMap((i) => problemsOfIssue(i, input, fieldOf));
}

/** Where a JSON text stops being JSON, as line and column (1-based), when the parser says so. */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (m) {
    const before = text.slice(0, Number(m[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  }
  const lc = /line (\d+) column (\d+)/.exec(error instanceof Error ? error.message : '');
  return lc ? { line: Number(lc[1]), column: Number(lc[2]) } : undefined;
}

/**
 * Parse a JSON text a person gave (a file, standard input); a text that is not JSON is one
 * problem (`notJson`, with line and column when known), never the parser's own words.
 */
export function parseJsonText(text: string): { ok: true; json: unknown } | { ok: false; problems: Problem[] } {
  // A byte-order mark (some editors on Windows write one) is not part of the JSON.
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, problems: [problem('', 'emptyFile')] };
  try {
    return { ok: true, json: JSON.parse(clean) };
  } catch (e) {
    const at = jsonErrorPlace(clean, e);
    return { ok: false, problems: [at ? problem('', 'notJsonAt', at) : problem('', 'notJson')] };
  }
}
