/**
 * Shared output helpers for the command lines: JSON on stdout, one `error: <field>: <message>`
 * line per problem on stderr, exit status 2 on bad input, and never a stack trace.
 */

import { createI18n, isLanguage, LANGUAGES, type Language } from '../locales/i18n.ts';
import { loadCliResources } from '../locales/load-cli-resources.ts';
import { problemText, type Translate } from '../locales/problem-text.ts';
import { excerpt } from '../rules/problems.ts';
import type { Problem } from '../rules/schema/problem.ts';

export interface CliProblem {
  field: string;
  message: string;
}

/** Exit status for bad input and for unexpected failures. */
export const EXIT_USAGE = 2;

/** One line per problem: `error: <field>: <message>`, or `error: <message>` for the input as a whole (a message spanning lines is joined). */
export function formatProblems(problems: readonly CliProblem[]): string {
  return problems.map((p) => `error: ${p.field ? `${p.field}: ` : ''}${p.message.replace(/\s*\n\s*/g, ' ')}\n`).join('');
}

/** The texts of a language, for the problems and the output (src/locales, as the app has them). */
export async function translatorFor(lng: Language): Promise<Translate> {
  const i18n = await createI18n(lng, await loadCliResources(lng));
  return (key, options) => i18n.t(key, options ?? {});
}

/**
 * Problems from the rules in the person's language: each field by its path in the file and as
 * its question names it (`arrivalDate (Date of arrival in Slovakia)`), or by the flag the person
 * typed (`rename`); the input as a whole by no field.
 */
export function sayProblems(problems: readonly Problem[], t: Translate, rename?: (field: string) => string | undefined): CliProblem[] {
  return problems.map((p) => {
    const said = problemText(p, t);
    const flag = rename?.(p.field);
    if (flag) return { field: flag, message: said.message };
    const field = p.field && said.field && said.field !== p.field ? `${p.field} (${said.field})` : (said.field ?? p.field);
    return { field, message: said.message };
  });
}

/** Print the problems to stderr, then any `footer` (how the command is used), and exit with status 2. */
export function fail(problems: readonly CliProblem[], footer?: string): never {
  const lines = problems.length > 0 ? problems : [{ field: 'input', message: 'invalid input' }];
  process.stderr.write(formatProblems(lines) + (footer ? `${footer}\n` : ''));
  process.exit(EXIT_USAGE);
}

/** Print a value as indented JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * Run a command's main function; any error it lets escape is printed as one
 * `error: internal: <message>` line (no stack trace) and the process exits with status 2.
 */
export function runCli(main: () => Promise<void> | void): void {
  const onError = (error: unknown): never => fail([{ field: 'internal', message: messageOf(error) }]);
  try {
    const result = main();
    if (result instanceof Promise) result.catch(onError);
  } catch (error) {
    onError(error);
  }
}

/** The language --lang names: English when it names none Pobyt speaks, with that problem. */
export function languageOption(given: string | undefined): { lang: Language; problem?: Problem } {
  const value = given ?? 'en';
  if (isLanguage(value)) return { lang: value };
  return { lang: 'en', problem: { field: '--lang', key: 'cli.problems.unknownLanguage', params: { value: excerpt(value), languages: LANGUAGES.join(', ') } } };
}
