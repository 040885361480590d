import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createI18n, isLanguage, LANGUAGES } from '../locales/i18n.ts';
import { loadResources } from '../locales/load-resources.ts';
import { planToMarkdown } from '../locales/plan-markdown.ts';
import { resolvePlan, strictTranslate } from '../locales/resolve-plan.ts';
import { makePlan } from '../rules/make-plan.ts';
import { planSchema } from '../rules/schema/plan.ts';
import type { Translate } from '../locales/problem-text.ts';
import { excerpt, parseJsonText, problem } from '../rules/problems.ts';
import { fail, formatProblems, printJson, runCli, sayProblems, type CliProblem, EXIT_USAGE } from './cli-output.ts';
import { readPeople, writeBatch } from './plan-batch.ts';

const USAGE =
  'usage: npm run --silent plan -- <case.json|-> [--as-of YYYY-MM-DD] [--lang en|sk|uk] [--format json|markdown]\n' +
  '   or: npm run --silent plan -- <case.json|folder|clients-export.json>... --out FOLDER [--as-of …] [--lang …] [--format …]';

/** Whether a path is a folder (a path that cannot be read is not: reading it says why). */
const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function readInput(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        lang: { type: 'string', default: 'en' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
      },
    });
  } catch (e) {
    fail([{ field: 'arguments', message: `${(e as Error).message}; ${USAGE}` }]);
  }
  const { values, positionals } = parsed;
  const problems: CliProblem[] = [];
  const batch = values.out !== undefined;
  if (batch) {
    if (positionals.length === 0 || positionals.includes('-')) problems.push({ field: 'case file', message: `give one or more case files, folders or client export files (not -) with --out; ${USAGE}` });
  } else if (positionals.length !== 1) {
    problems.push({ field: 'case file', message: `give exactly one case file path or - for standard input, or several with --out FOLDER; ${USAGE}` });
  } else if (isFolder(positionals[0]!)) {
    problems.push({ field: 'case file', message: `${positionals[0]} is a folder: give --out FOLDER to plan every case file in it; ${USAGE}` });
  }
  const lang = values.lang ?? 'en';
  if (!isLanguage(lang)) problems.push({ field: '--lang', message: `"${lang}" is not one of ${LANGUAGES.join(', ')}` });
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') problems.push({ field: '--format', message: `"${format}" is not json or markdown` });
  if (problems.length) fail(problems);

  const language = lang as (typeof LANGUAGES)[number];
  const i18n = await createI18n(language, await loadResources(language));
  const t: Translate = (key, options) => i18n.t(key, options ?? {});
  const asOf = values['as-of'] ?? todayLocal();
  const strict = strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k));
  if (batch) {
    // The whole desk: one plan per person, the merged timeline and one calendar in --out.
    const read = readPeople(positionals, (role) => t(`adviser.role.${role}`));
    const r = writeBatch(read.people, {
      asOf,
      outDir: values.out!,
      format: format as 'json' | 'markdown',
      t,
      resolve: (p) => resolvePlan(p, language, strict),
      toMarkdown: (p) => planToMarkdown(p, (k, o) => i18n.t(k, o ?? {})),
      now: new Date(),
    });
    const unread = read.problems.flatMap((f) => sayProblems(f.problems, t).map((p) => ({ field: p.field ? `${f.source} ${p.field}` : f.source, message: p.message })));
    printJson({ outDir: values.out, asOf, people: read.people.length, planned: r.planned, written: r.written });
    const all = [...unread, ...r.problems];
    if (all.length > 0) {
      process.stderr.write(formatProblems(all));
      process.exit(EXIT_USAGE);
    }
    return;
  }
  const path = positionals[0]!;
  let text: string;
  try {
    text = readInput(path);
  } catch {
    fail(sayProblems([problem('', 'cannotRead', { value: excerpt(path) })], t));
  }
  const json = parseJsonText(text);
  if (!json.ok) fail(sayProblems(json.problems, t));

  const result = makePlan(json.json, asOf);
  if (!result.ok) fail(sayProblems(result.problems, t));

  const plan = resolvePlan(result.plan, language, strict);
  const checked = planSchema.safeParse(plan);
  if (!checked.success) {
    fail(checked.error.issues.map((i) => ({ field: `plan.${i.path.join('.')}`, message: i.message })));
  }
  if (format === 'markdown') process.stdout.write(planToMarkdown(checked.data, (k, p) => i18n.t(k, p ?? {})));
  else printJson(checked.data);
});
