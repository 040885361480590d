import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planSchema } from '../../src/rules/schema/plan.ts';

function run(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/plan.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', input });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

// Each test starts tsx and loads a language's texts: seconds each on a busy machine.
describe('npm run plan', { timeout: 30_000 }, () => {
  it('prints a schema-valid plan in JSON for an example', () => {
    const r = run(['examples/eu-long-stay-employee.json', '--as-of', '2026-11-22']);
    expect(r.status).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.deadlines.map((d) => d.date)).toEqual(['2027-01-07', '2027-03-10', '2027-04-19']);
    expect(plan.steps[0]!.title).toBe('Report your stay (notice of stay)');
    expect(plan.language).toBe('en');
    expect(plan.next).toMatchObject({
      stepId: 'noticeOfStay',
      what: 'Report your stay (notice of stay)',
      by: '2027-01-07',
      workingDaysLeft: 30,
      calendarDaysLeft: 46,
      overdue: false,
      where: { officeType: 'foreignPolice' },
    });
  });

  it('plans a whole folder and a client export with --out: one plan per person, the timeline and the calendar; the person without a plan named on stderr', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pobyt-cli-desk-'));
    const r = run(['examples', 'tests/support/files/clients-v1-plain.json', '--out', out, '--as-of', '2026-11-22', '--lang', 'uk']);
    const summary = JSON.parse(r.stdout) as { people: number; planned: number; written: string[] };
    const examples = readdirSync('examples').filter((f) => f.endsWith('.json')).length;
    expect(summary.people).toBe(examples + 2);
    expect(summary.planned).toBe(examples + 1);
    expect(readdirSync(out).sort()).toEqual([...summary.written].sort());
    expect(summary.written).toEqual(expect.arrayContaining(['timeline.json', 'timeline.md', 'calendar.ics', 'Rodina-Horvathova-Peter.json', 'eu-long-stay-employee.json']));
    planSchema.parse(JSON.parse(readFileSync(path.join(out, 'eu-long-stay-employee.json'), 'utf8')));
    expect(readFileSync(path.join(out, 'calendar.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Jana's answers stop after the citizenship: named, in Ukrainian, and the exit status says so.
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: tests\/support\/files\/clients-v1-plain\.json \(Rodina Horváthová: Jana\) /m);
    expect(r.stderr).not.toMatch(/[A-Za-z]+ is missing/);
  });

  it('a folder without --out is refused with the usage', () => {
    const r = run(['examples']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('error: "examples" is a folder: add --out FOLDER to plan every case file in it.');
    expect(r.stderr).toMatch(/^usage: npm run --silent plan -- /m);
  });

  it('--lang sk: every problem with the arguments at once, in Slovak, then the usage in Slovak', () => {
    const r = run(['examples', '--lang', 'sk', '--format', 'pdf', '--verbose']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'error: Pobyt nepozná voľbu "--verbose": voľby sú --as-of, --lang, --format, --out.',
      'error: --format: "pdf" nie je formát výstupu, ktorý Pobyt zapisuje. Formáty sú json, markdown.',
      'error: "examples" je priečinok: pridajte --out PRIEČINOK a naplánuje sa každý súbor prípadu v ňom.',
      'použitie: npm run --silent plan -- <prípad.json|-> [--as-of RRRR-MM-DD] [--lang en|sk|uk] [--format json|markdown]',
    ]);
  });

  it('--out with a case file that is not there: named in Ukrainian, the other plans written', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pobyt-cli-gone-'));
    const r = run(['examples/eu-long-stay-employee.json', 'no-such-file.json', '--out', out, '--as-of', '2026-11-22', '--lang', 'uk']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: no-such-file.json: Файлу "no-such-file.json" не існує.');
    expect(readdirSync(out)).toContain('eu-long-stay-employee.json');
  });

  it('reads a case file that starts with a byte-order mark; plans a renewal in 2031 as of 2030', () => {
    const cf = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2031-06-30', filingChannel: 'inPerson', cardChip: 'yes', bokActive: 'no' };
    const r = run(['-', '--as-of', '2030-12-01'], `\uFEFF${JSON.stringify(cf)}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    // Mon 30 Jun 2031 is a working day: the last day of validity itself.
    expect(plan.steps.find((s) => s.id === 'renewal')?.due?.date).toBe('2031-06-30');
    expect(plan.warnings.some((w) => w.id === 'calendar.projected')).toBe(true);
  });

  it('names an empty key readably', () => {
    const r = run(['-'], '{"schemaVersion":1,"citizenship":"SK","":1}');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error: Field "": Pobyt does not know this field: remove it.');
  });

  it('reads standard input and prints Markdown', () => {
    const cf = JSON.stringify({ schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'upTo90Days', arrivalDate: '2026-11-13', accommodation: 'private' });
    const r = run(['-', '--as-of', '2026-11-14', '--format', 'markdown'], cf);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Your residence plan for Slovakia');
    expect(r.stdout).toContain('18 November 2026 (Wednesday)');
    // The next action first: Sat 14 Nov to Wed 18 Nov 2026 is 3 working days, 4 calendar days.
    expect(r.stdout.indexOf('## Your next step')).toBeLessThan(r.stdout.indexOf('## Steps'));
    expect(r.stdout).toContain('- **By:** 18 November 2026 (Wednesday) — in 3 working days (4 calendar days)');
  });

  it.each([
    ['not JSON', ['-'], '{oops', /^error: This file is not a Pobyt case file: it is not valid JSON/],
    ['unknown country', ['-'], '{"schemaVersion":1,"citizenship":"ZZ"}', /^error: citizenship \(Citizenship\): "ZZ" is not a country code Pobyt knows/],
    ['impossible date', ['-', '--as-of', '2026-11-22'], '{"schemaVersion":1,"citizenship":"DE","stayLength":"upTo90Days","arrivalDate":"2026-02-30","accommodation":"private"}', /^error: arrivalDate \(Date of arrival in Slovakia\): "2026-02-30" is not a real calendar date\.$/],
    ['missing field', ['-'], '{"schemaVersion":1,"citizenship":"DE","stayLength":"over90Days"}', /^error: euBasis \(Basis of your residence\): This is missing/],
    ['bad --as-of', ['-', '--as-of', '2026-02-30'], '{"schemaVersion":1,"citizenship":"SK"}', /^error: asOf \(Plan date\): "2026-02-30" is not a real calendar date/],
    ['bad --lang', ['-', '--lang', 'xx'], '{"schemaVersion":1,"citizenship":"SK"}', /^error: --lang: "xx" is not a language Pobyt speaks\. The languages are en, sk, uk\.$/m],
    ['bad --format', ['-', '--format', 'pdf'], '{"schemaVersion":1,"citizenship":"SK"}', /^error: --format: /],
    ['missing file', ['no-such-file.json'], undefined, /^error: There is no file "no-such-file.json"\.$/m],
  ])('%s exits 2 with one clear line per problem and no stack trace', (_n, args, input, pattern) => {
    const r = run(args, input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toContain('    at ');
  });

  it('--lang sk: every problem of the file at once, in Slovak, each field named as its question names it', () => {
    const file = '{"schemaVersion":1,"citizenship":"QQ","stayLength":"upTo90Days","arrivalDate":"2026-02-30","accommodation":"hotel","pet":"cat"}';
    const r = run(['-', '--as-of', '2026-11-22', '--lang', 'sk'], file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'error: citizenship (Štátne občianstvo): "QQ" nie je kód krajiny, ktorý Pobyt pozná (dve veľké písmená, napríklad UA).',
      'error: arrivalDate (Dátum príchodu na Slovensko): "2026-02-30" nie je skutočný kalendárny dátum.',
      'error: accommodation (Kde bývate): "hotel" nie je žiadna z odpovedí na túto otázku.',
      'error: Pole "pet": Pobyt toto pole nepozná: odstráňte ho.',
    ]);
  });

  it('--lang sk: a file that is not JSON says so in Slovak, with no parser text', () => {
    const r = run(['-', '--lang', 'sk'], '{\n  "schemaVersion": 1,\n}');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: Tento súbor nie je súbor prípadu Pobyt: nie je to platný JSON/);
    expect(r.stderr).not.toMatch(/Unexpected|position|Expected/);
  });

  it('--lang uk: a date outside the plan range, in Ukrainian', () => {
    const r = run(['-', '--as-of', '2050-01-01', '--lang', 'uk'], '{"schemaVersion":1,"citizenship":"SK"}');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: asOf \(Дата плану\): "2050-01-01" поза датами, які Pobyt для цього рахує/);
  });
});
