import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deskToIcs } from '../locales/desk-ics.ts';
import type { Translate } from '../locales/problem-text.ts';
import { deskActions, type DeskAction } from '../rules/desk.ts';
import { makePlan } from '../rules/make-plan.ts';
import { safeFileName as safe } from '../rules/file-name.ts';
import { excerpt, parseJsonText, problem } from '../rules/problems.ts';
import { isClientExport, plainClientExportSchema } from '../rules/schema/client.ts';
import { planSchema, type Plan } from '../rules/schema/plan.ts';
import type { MemberRole } from '../rules/schema/household.ts';
import type { Problem } from '../rules/schema/problem.ts';
import { sayProblems, type CliProblem } from './cli-output.ts';

/**
 * The command line for an adviser's whole desk: case files (one person each), folders of them
 * and plain client export files (every person of every client) in; one plan per person, one
 * merged timeline (JSON and Markdown) and one calendar file out. A person whose answers give no
 * plan is named with the problems, and the others are still written.
 */

/** One person to plan: from a case file, or a member of a client in an export file. */
export interface BatchPerson {
  /** File name of the person's plan (without extension): unique in the batch. */
  id: string;
  clientId: string;
  clientName: string;
  memberId: string;
  /** How the person is named in the timeline: the member's name or role (a case file's person is the main person). */
  who: string;
  /** The person's place in the household: the documents their plan lists follow it. */
  role: MemberRole;
  /** The file the person came from. */
  source: string;
  answers: unknown;
}

export interface BatchInputProblem {
  source: string;
  problems: Problem[];
}

/** Every .json file a path names: the file itself, or a folder's .json files by name (not its sub-folders). */
export function jsonFilesOf(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
    .map((e) => path.join(p, e.name))
    .sort();
}

/** Read the people of the inputs: never throws; a file that cannot be read or understood is a problem, the rest are read. */
export function readPeople(inputs: readonly string[], roleName: (role: string) => string): { people: BatchPerson[]; problems: BatchInputProblem[] } {
  const people: BatchPerson[] = [];
  const problems: BatchInputProblem[] = [];
  const taken = new Set<string>();
  const unique = (base: string) => {
    let id = safe(base);
    for (let n = 2; taken.has(id); n++) id = `${safe(base)}-${n}`;
    taken.add(id);
    return id;
  };
  for (const input of inputs) {
    let files: string[];
    try {
      files = jsonFilesOf(input);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({ source: input, problems: [missing ? { field: '', key: 'cli.problems.noSuchFile', params: { value: excerpt(input) } } : problem('', 'cannotRead', { value: excerpt(input) })] });
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        problems.push({ source: file, problems: [problem('', 'cannotRead', { value: excerpt(file) })] });
        continue;
      }
      const json = parseJsonText(text);
      if (!json.ok) {
        problems.push({ source: file, problems: json.problems });
        continue;
      }
      const base = path.basename(file).replace(/\.json$/i, '');
      if (!isClientExport(json.json)) {
        people.push({ id: unique(base), clientId: base, clientName: base, memberId: 'main', who: roleName('main'), role: 'main', source: file, answers: json.json });
        continue;
      }
      if (json.json.encrypted === true) {
        problems.push({ source: file, problems: [{ field: '', key: 'adviser.batch.encryptedExport' }] });
        continue;
      }
      const exported = plainClientExportSchema.safeParse(json.json);
      if (!exported.success) {
        problems.push({ source: file, problems: [{ field: '', key: 'adviser.batch.notAClientExport' }] });
        continue;
      }
      for (const c of exported.data.data.clients) {
        for (const m of c.members) {
          people.push({
            id: unique(`${c.name}-${m.name ?? m.id}`),
            clientId: c.id,
            clientName: c.name,
            memberId: m.id,
            who: m.name ?? roleName(m.role),
            role: m.role,
            source: file,
            answers: m.answers,
          });
        }
      }
    }
  }
  return { people, problems };
}

export interface BatchOptions {
  asOf: string;
  outDir: string;
  format: 'json' | 'markdown';
  t: Translate;
  /** Turn an engine plan into the person's language (as the single-file command does). */
  resolve: (plan: Extract<ReturnType<typeof makePlan>, { ok: true }>['plan']) => Plan;
  toMarkdown: (plan: Plan) => string;
  /** When the files are made (the calendar's DTSTAMP). */
  now: Date;
}

export interface BatchResult {
  written: string[];
  /** Problems, each led by the file and person they concern. */
  problems: CliProblem[];
  planned: number;
}

/** Plan every person, write their plans, the merged timeline and the calendar into `outDir`. */
export function writeBatch(people: readonly BatchPerson[], o: BatchOptions): BatchResult {
  mkdirSync(o.outDir, { recursive: true });
  const written: string[] = [];
  const problems: CliProblem[] = [];
  const planned: { person: BatchPerson; plan: Plan; file: string }[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(path.join(o.outDir, name), text);
    written.push(name);
  };
  for (const person of people) {
    const made = makePlan(person.answers, o.asOf, person.role);
    if (!made.ok) {
      const lead = `${person.source} (${person.clientName}: ${person.who})`;
      problems.push(...sayProblems(made.problems, o.t).map((p) => ({ field: p.field ? `${lead} ${p.field}` : lead, message: p.message })));
      continue;
    }
    const checked = planSchema.safeParse(o.resolve(made.plan));
    if (!checked.success) {
      problems.push({ field: `${person.source} (${person.who})`, message: checked.error.issues.map((i) => `plan.${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    const file = `${person.id}.${o.format === 'markdown' ? 'md' : 'json'}`;
    write(file, o.format === 'markdown' ? o.toMarkdown(checked.data) : `${JSON.stringify(checked.data, null, 2)}\n`);
    planned.push({ person, plan: checked.data, file });
  }

  // The desk's one sorted list, each person by their id in the batch (unique, unlike a member's id).
  const byId = new Map(planned.map((p) => [p.person.id, p]));
  const actions = deskActions<string, Plan>(planned.map((p) => ({ clientId: p.person.clientId, clientName: p.person.clientName, memberId: p.person.id, plan: p.plan })));
  const rows = actions.map((a: DeskAction<string>) => {
    const p = byId.get(a.memberId)!;
    return { date: a.date, overdue: a.overdue, kind: a.kind, client: a.clientName, person: p.person.who, stepId: a.stepId, title: a.title, plan: p.file };
  });
  write('timeline.json', `${JSON.stringify({ asOf: o.asOf, people: planned.length, actions: rows }, null, 2)}\n`);
  write('timeline.md', timelineMarkdown(rows, o));
  write(
    'calendar.ics',
    deskToIcs(
      actions.map((a) => {
        const p = byId.get(a.memberId)!;
        return {
          clientId: safe(a.clientId),
          memberId: safe(p.person.memberId),
          stepId: a.stepId,
          date: a.date,
          summary: o.t('adviser.desk.eventSummary', { client: a.clientName, who: p.person.who, what: a.title }),
          description: o.t(`adviser.desk.kind.${a.kind}`),
          booking: a.kind === 'booking',
        };
      }),
      o.now,
    ),
  );
  return { written, problems, planned: planned.length };
}

type Row = { date: string; overdue: boolean; kind: string; client: string; person: string; title: string; plan: string };

/** The merged timeline as a Markdown table, the overdue first, in the person's language. */
function timelineMarkdown(rows: readonly Row[], o: Pick<BatchOptions, 'asOf' | 't'>): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = [
    `# ${o.t('adviser.desk.heading')}`,
    '',
    `${o.t('output.asOf', { date: o.asOf })}`,
    '',
    `| ${o.t('adviser.desk.col.date')} | ${o.t('adviser.desk.col.who')} | ${o.t('adviser.desk.col.what')} | ${o.t('adviser.desk.col.kind')} |`,
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${o.t('adviser.batch.date', { date: r.date })}${r.overdue ? ` (${o.t('adviser.desk.overdue')})` : ''} | ${cell(r.client)} · ${cell(r.person)} | [${cell(r.title)}](${r.plan}) | ${o.t(`adviser.desk.kind.${r.kind}`)} |`,
    ),
  ];
  if (rows.length === 0) lines.push('', o.t('adviser.desk.none'));
  return `${lines.join('\n')}\n`;
}
