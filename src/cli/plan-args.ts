/**
 * The arguments of `npm run plan`, read into what to plan and how, or into every problem with
 * them at once as message keys (`cli.problems.*` in src/locales/*\/cli.json), never prose: the
 * command says them in the language of --lang, and in English when --lang itself is not one
 * Pobyt speaks.
 */
import type { Language } from '../locales/i18n.ts';
import { excerpt } from '../rules/problems.ts';
import { languageOption } from './cli-output.ts';
import type { Problem } from '../rules/schema/problem.ts';

/** The options `plan` takes, each with the key that says what value it needs (`cli.problems.missingValue.*`). */
export const PLAN_OPTIONS = { 'as-of': 'asOf', lang: 'lang', format: 'format', out: 'out' } as const;
type Option = keyof typeof PLAN_OPTIONS;

export const FORMATS = ['json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** What a path on the command line is: a file, a folder, or nothing at all. */
export type PathKind = 'file' | 'folder' | 'missing';

export interface PlanArgs {
  /** Case files, folders and client export files; `-` (standard input) only without `out`. */
  inputs: string[];
  out: string | undefined;
  asOf: string | undefined;
  lang: Language;
  format: Format;
}

export type PlanArgsResult = { ok: true; args: PlanArgs } | { ok: false; lang: Language; problems: Problem[] };

const isOption = (name: string): name is Option => Object.hasOwn(PLAN_OPTIONS, name);

/**
 * Read `plan`'s arguments. Problems: an option Pobyt does not know, an option without its
 * value, a --lang or --format it does not have, no case file (or several without --out),
 * standard input with --out, a folder without --out, and a case file that does not exist (with
 * --out a missing input is named when the batch reads it, and the other plans are written).
 */
export function readPlanArgs(argv: readonly string[], kindOf: (path: string) => PathKind): PlanArgsResult {
  const problems: Problem[] = [];
  const values: Partial<Record<Option, string>> = {};
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const name = flag.slice(2);
    if (!flag.startsWith('--') || !isOption(name)) {
      problems.push({ field: '', key: 'cli.problems.unknownOption', params: { value: excerpt(flag), options: Object.keys(PLAN_OPTIONS).map((o) => `--${o}`).join(', ') } });
      continue;
    }
    // `--out FOLDER` or `--out=FOLDER`; `--out --lang sk` gives --out no value.
    const next = argv[i + 1];
    const value = eq >= 0 ? arg.slice(eq + 1) : next !== undefined && (next === '-' || !next.startsWith('-')) ? argv[++i] : undefined;
    if (!value) problems.push({ field: flag, key: `cli.problems.missingValue.${PLAN_OPTIONS[name]}` });
    else values[name] = value;
  }

  const { lang, problem: langProblem } = languageOption(values.lang);
  if (langProblem) problems.unshift(langProblem);
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) problems.push({ field: '--format', key: 'cli.problems.unknownFormat', params: { value: excerpt(format), formats: FORMATS.join(', ') } });

  const batch = values.out !== undefined;
  if (batch) {
    if (inputs.includes('-')) problems.push({ field: '', key: 'cli.problems.stdinWithOut' });
    else if (inputs.length === 0) problems.push({ field: '', key: 'cli.problems.noInputWithOut' });
  } else if (inputs.length === 0) {
    problems.push({ field: '', key: 'cli.problems.noInput' });
  } else if (inputs.length > 1) {
    problems.push({ field: '', key: 'cli.problems.tooManyInputs' });
  } else if (inputs[0] !== '-') {
    const kind = kindOf(inputs[0]!);
    if (kind === 'folder') problems.push({ field: '', key: 'cli.problems.folderWithoutOut', params: { value: excerpt(inputs[0]!) } });
    if (kind === 'missing') problems.push({ field: '', key: 'cli.problems.noSuchFile', params: { value: excerpt(inputs[0]!) } });
  }
  if (problems.length > 0) return { ok: false, lang, problems };
  return { ok: true, args: { inputs, out: values.out, asOf: values['as-of'], lang, format: format as Format } };
}
