import { readFileSync, statSync } from 'node:fs';
import { createI18n } from '../locales/i18n.ts';
import { loadCliResources } from '../locales/load-cli-resources.ts';
import { planToMarkdown } from '../locales/plan-markdown.ts';
import { resolvePlan, strictTranslate } from '../locales/resolve-plan.ts';
import { makePlan } from '../rules/make-plan.ts';
import { planSchema } from '../rules/schema/plan.ts';
import type { Translate } from '../locales/problem-text.ts';
import { excerpt, parseJsonText, problem } from '../rules/problems.ts';
import { fail, formatProblems, printJson, runCli, sayProblems, translatorFor, EXIT_USAGE } from './cli-output.ts';
import { readPlanArgs, type PathKind } from './plan-args.ts';
import { readPeople, writeBatch } from './plan-batch.ts';

/** What a path on the command line is (a path that cannot be looked at is missing: reading it says more). */
const kindOf = (p: string): PathKind => {
  try {
    return statSync(p).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
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
  const read = readPlanArgs(process.argv.slice(2), kindOf);
  if (!read.ok) {
    // Every problem with the arguments at once, in the language of --lang (English when it is
    // not one Pobyt speaks), each under the option it is about; then how the command is used.
    const say = await translatorFor(read.lang);
    fail(
      sayProblems(read.problems, say, (field) => (field.startsWith('--') ? field : undefined)),
      say('cli.usage'),
    );
  }
  const { inputs, out, format, lang: language } = read.args;

  const i18n = await createI18n(language, await loadCliResources(language));
  const t: Translate = (key, options) => i18n.t(key, options ?? {});
  const asOf = read.args.asOf ?? todayLocal();
  const strict = strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k));
  if (out !== undefined) {
    // The whole desk: one plan per person, the merged timeline and one calendar in --out.
    const desk = readPeople(inputs, (role) => t(`adviser.role.${role}`));
    const r = writeBatch(desk.people, {
      asOf,
      outDir: out,
      format,
      t,
      resolve: (p) => resolvePlan(p, language, strict),
      toMarkdown: (p) => planToMarkdown(p, (k, o) => i18n.t(k, o ?? {})),
      now: new Date(),
    });
    const unread = desk.problems.flatMap((f) => sayProblems(f.problems, t).map((p) => ({ field: p.field ? `${f.source} ${p.field}` : f.source, message: p.message })));
    printJson({ outDir: out, asOf, people: desk.people.length, planned: r.planned, written: r.written });
    const all = [...unread, ...r.problems];
    if (all.length > 0) {
      process.stderr.write(formatProblems(all));
      process.exit(EXIT_USAGE);
    }
    return;
  }
  const path = inputs[0]!;
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
