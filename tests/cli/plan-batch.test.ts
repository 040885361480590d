import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPeople, writeBatch } from '../../src/cli/plan-batch.ts';
import { createI18n } from '../../src/locales/i18n.ts';
import { loadResources } from '../../src/locales/load-resources.ts';
import { planToMarkdown } from '../../src/locales/plan-markdown.ts';
import { resolvePlan, strictTranslate } from '../../src/locales/resolve-plan.ts';
import { planSchema } from '../../src/rules/schema/plan.ts';

const AS_OF = '2026-11-23';
const examples = path.resolve('examples');
const files = path.resolve('tests/support/files');

async function setup(lng: 'en' | 'sk' = 'en') {
  const i18n = await createI18n(lng, await loadResources(lng));
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options ?? {});
  const options = (outDir: string, now = new Date('2026-11-23T09:00:00Z')) => ({
    asOf: AS_OF,
    outDir,
    format: 'json' as const,
    t,
    resolve: (p: Parameters<typeof resolvePlan>[0]) => resolvePlan(p, lng, strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k))),
    toMarkdown: (p: Parameters<typeof planToMarkdown>[0]) => planToMarkdown(p, t),
    now,
  });
  return { t, options, roleName: (r: string) => t(`adviser.role.${r}`) };
}

/** A folder with two case files, a plain client export, an encrypted one and a broken file. */
function desk(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-'));
  copyFileSync(path.join(examples, 'eu-long-stay-employee.json'), path.join(dir, 'eu-long-stay-employee.json'));
  copyFileSync(path.join(examples, 'third-country-employment.json'), path.join(dir, 'third-country-employment.json'));
  copyFileSync(path.join(files, 'clients-v1-plain.json'), path.join(dir, 'clients.json'));
  copyFileSync(path.join(files, 'clients-v1-encrypted.json'), path.join(dir, 'locked.json'));
  writeFileSync(path.join(dir, 'broken.json'), '{"schemaVersion": 1,');
  writeFileSync(path.join(dir, 'notes.txt'), 'not read');
  return dir;
}

const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);
const field = (event: string, name: string) => new RegExp(`^${name}[;:](.*)$`, 'm').exec(event.replace(/\r\n /g, ''))?.[1];

describe('plan for a whole desk (case files, folders, client exports)', { timeout: 60_000 }, () => {
  it('reads every .json of a folder: case files by their name, every person of a plain export; the encrypted and broken files are named', async () => {
    const { roleName } = await setup();
    const { people, problems } = readPeople([desk()], roleName);
    expect(people.map((p) => [p.id, p.clientName, p.who])).toEqual([
      ['Rodina-Horvathova-Peter', 'Rodina Horváthová', 'Peter'],
      ['Rodina-Horvathova-Jana', 'Rodina Horváthová', 'Jana'],
      ['eu-long-stay-employee', 'eu-long-stay-employee', 'Main person'],
      ['third-country-employment', 'third-country-employment', 'Main person'],
    ]);
    expect(problems.map((p) => [path.basename(p.source), p.problems.map((x) => x.key)])).toEqual([
      ['broken.json', ['problems.notJsonAt']],
      ['locked.json', ['adviser.batch.encryptedExport']],
    ]);
  });

  it('writes one schema-valid plan per person, the merged timeline by date and one calendar; a person without a plan is named with the problems', async () => {
    const { roleName, options } = await setup();
    const { people } = readPeople([desk()], roleName);
    const out = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-out-'));
    const r = writeBatch(people, options(out));
    expect(r.planned).toBe(3);
    expect(r.written.sort()).toEqual(['Rodina-Horvathova-Peter.json', 'calendar.ics', 'eu-long-stay-employee.json', 'third-country-employment.json', 'timeline.json', 'timeline.md']);
    // Jana's answers stop after the citizenship: named, with what is missing.
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.field.includes('clients.json (Rodina Horváthová: Jana)'))).toBe(true);
    const peter = planSchema.parse(JSON.parse(readFileSync(path.join(out, 'Rodina-Horvathova-Peter.json'), 'utf8')));
    expect(peter.deadlines.map((d) => d.date)).toEqual(['2027-01-07', '2027-03-10', '2027-04-19']);

    const timeline = JSON.parse(readFileSync(path.join(out, 'timeline.json'), 'utf8')) as { actions: { date: string; client: string; person: string; plan: string }[] };
    const dates = timeline.actions.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
    // From abroad, with no arrival date yet, the third-country plan has no dated step.
    expect(new Set(timeline.actions.map((a) => a.plan))).toEqual(new Set(['Rodina-Horvathova-Peter.json', 'eu-long-stay-employee.json']));
    expect(readFileSync(path.join(out, 'timeline.md'), 'utf8')).toContain('| 7 January 2027 (Thursday) | Rodina Horváthová · Peter | [Report your stay (notice of stay)](Rodina-Horvathova-Peter.json) |');

    const ics = readFileSync(path.join(out, 'calendar.ics'), 'utf8');
    const ev = events(ics);
    expect(ev).toHaveLength(timeline.actions.length);
    expect(ev.map((e) => field(e, 'DTSTART')?.replace('VALUE=DATE:', ''))).toEqual(dates.map((d) => d.replace(/-/g, '')));
    expect(field(ev[0]!, 'SUMMARY')).toMatch(/^(Rodina Horváthová \(Peter\)|eu-long-stay-employee \(Main person\)): /);
    const uids = ev.map((e) => field(e, 'UID'));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('plans each member of a client export for their role, as the desk does: a spouse gets no documents meant for a child', async () => {
    const { roleName, options } = await setup();
    const answers = JSON.parse(readFileSync(path.join(examples, 'third-country-family-reunification.json'), 'utf8'));
    const dir = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-roles-'));
    const member = (id: string, role: string) => ({ id, role, name: id, answers });
    const client = { id: 'k1', name: 'Family', notes: '', createdAt: '2026-11-20T13:05:00.000Z', updatedAt: '2026-11-20T13:05:00.000Z', members: [member('Anna', 'main'), member('Petro', 'spouse'), member('Taras', 'child')] };
    writeFileSync(path.join(dir, 'family.json'), JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data: { clients: [client] } }));
    const out = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-roles-out-'));
    writeBatch(readPeople([dir], roleName).people, options(out));
    const docs = (who: string) =>
      new Set(planSchema.parse(JSON.parse(readFileSync(path.join(out, `Family-${who}.json`), 'utf8'))).steps.flatMap((s) => (s.documents ?? []).map((d) => d.id)));
    const childOnly = [...docs('Taras')].filter((d) => !docs('Petro').has(d));
    expect(childOnly.length).toBeGreaterThan(0);
    for (const d of childOnly) expect(docs('Petro').has(d)).toBe(false);
  });

  it('a second run a day later gives the same events (UIDs) so a calendar updates, not duplicates', async () => {
    const { roleName, options } = await setup();
    const { people } = readPeople([desk()], roleName);
    const a = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-a-'));
    const b = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-b-'));
    writeBatch(people, options(a));
    writeBatch(people, options(b, new Date('2026-11-24T09:00:00Z')));
    const uids = (dir: string) => events(readFileSync(path.join(dir, 'calendar.ics'), 'utf8')).map((e) => field(e, 'UID'));
    expect(uids(b)).toEqual(uids(a));
  });

  it('writes Markdown plans and the timeline in Slovak', async () => {
    const { roleName, options } = await setup('sk');
    const { people } = readPeople([path.join(examples, 'eu-long-stay-employee.json')], roleName);
    const out = mkdtempSync(path.join(tmpdir(), 'pobyt-desk-sk-'));
    const r = writeBatch(people, { ...options(out), format: 'markdown' });
    expect(r.written.sort()).toEqual(['calendar.ics', 'eu-long-stay-employee.md', 'timeline.json', 'timeline.md']);
    expect(readFileSync(path.join(out, 'eu-long-stay-employee.md'), 'utf8')).toContain('# Váš plán pobytu na Slovensku');
    expect(readFileSync(path.join(out, 'timeline.md'), 'utf8')).toMatch(/^# Termíny všetkých klientov/);
  });
});
