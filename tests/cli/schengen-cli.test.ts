import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Run {
  status: number | null;
  stdout: string;
  /** stderr without npm's own notices (npx may warn about the user's npm configuration). */
  errors: string[];
  stderr: string;
}

function run(...args: string[]): Run {
  const result = spawnSync('npx', ['tsx', 'src/cli/schengen.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 30_000,
  });
  const errors = result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, errors };
}

const TIMEOUT = 60_000;

describe('schengen CLI', () => {
  it(
    '--on prints days used, left and over, how long one may stay, and the merges of overlapping stays',
    () => {
      const r = run('--stay', '2026-01-01/2026-03-31', '--on', '2026-06-30');
      expect(r.errors).toEqual([]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        on: '2026-06-30',
        windowStart: '2026-01-02',
        daysUsed: 89,
        daysLeft: 1,
        daysOver: 0,
        stayUntil: '2026-09-27',
        stayUntilLimitedBy: 'rule',
        earliestEntry: null,
        merges: [],
      });
      // 1 Jan – 10 Apr and 5–20 Jan (another country): merged, 100 days, 10 over on 10 Apr.
      const over = run('--stay', '2026-01-01/2026-04-10', '--stay', '2026-01-05/2026-01-20', '--on', '2026-04-10');
      expect(over.status).toBe(0);
      expect(JSON.parse(over.stdout)).toMatchObject({
        daysUsed: 100,
        daysLeft: 0,
        daysOver: 10,
        stayUntil: null,
        earliestEntry: '2026-07-10',
        merges: [{ entry: '2026-01-01', exit: '2026-04-10', stays: [0, 1] }],
      });
    },
    TIMEOUT,
  );

  it(
    '--enter prints the latest exit; no --stay means no previous stays',
    () => {
      const r = run('--enter', '2026-01-01');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ entry: '2026-01-01', latestExit: '2026-03-31', maxDays: 90, limitedBy: 'rule', merges: [] });
      // Already in on that day (inside a recorded stay): how long one may stay on.
      const inStay = run('--stay', '2026-01-01/2026-01-10', '--enter', '2026-01-05');
      expect(inStay.status).toBe(0);
      expect(JSON.parse(inStay.stdout)).toMatchObject({ latestExit: '2026-03-31', maxDays: 86, inStay: { entry: '2026-01-01', exit: '2026-01-10' } });
    },
    TIMEOUT,
  );

  it(
    '--enter with --exit checks the trip',
    () => {
      const r = run('--stay', '2025-10-01/2025-12-29', '--enter', '2026-03-30', '--exit', '2026-06-28');
      expect(r.errors).toEqual([]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        entry: '2026-03-30',
        exit: '2026-06-28',
        days: 91,
        fits: false,
        peakUsed: 91,
        firstOverstay: '2026-06-28',
        latestExit: '2026-06-27',
        maxDays: 90,
        overlaps: [],
        merges: [],
      });
    },
    TIMEOUT,
  );

  const bad: { name: string; args: string[]; lines: string[] }[] = [
    {
      name: 'stay with exit before entry and an impossible date, all at once (overlapping stays are merged, not refused)',
      args: ['--stay', '2026-01-10/2026-01-20', '--stay', '2026-02-01/2026-01-01', '--stay', '2026-01-15/2026-01-25', '--on', '2026-02-30'],
      lines: [
        'error: --stay[2]: The exit, 1 Jan 2026, is before the entry, 1 Feb 2026.',
        'error: --on: "2026-02-30" is not a real calendar date.',
      ],
    },
    {
      name: 'impossible date inside a stay',
      args: ['--stay', '2026-02-30/2026-03-05', '--enter', '2026-04-01'],
      lines: ['error: --stay[1]: "2026-02-30" is not a real calendar date.'],
    },
    {
      name: 'a stay without a slash',
      args: ['--stay', '2026-01-01', '--on', '2026-01-01'],
      lines: ['error: --stay[1]: "2026-01-01" must be written ENTRY/EXIT, for example 2026-01-01/2026-01-10.'],
    },
    {
      name: '--on together with --enter',
      args: ['--on', '2026-01-01', '--enter', '2026-01-02'],
      lines: ['error: --on: It cannot be combined with --enter: give --on DATE, or --enter DATE with or without --exit DATE.'],
    },
    { name: '--exit without --enter', args: ['--exit', '2026-01-02'], lines: ['error: --exit: It needs --enter DATE.'] },
    { name: '--exit without --enter, in Ukrainian', args: ['--exit', '2026-01-02', '--lang', 'uk'], lines: ['error: --exit: Потрібен також --enter ДАТА.'] },
    { name: 'neither --on nor --enter', args: [], lines: ['error: Give --on DATE, or --enter DATE with or without --exit DATE: see --help.'] },
    { name: 'neither --on nor --enter, in Slovak', args: ['--lang', 'sk'], lines: ['error: Uveďte --on DÁTUM alebo --enter DÁTUM, s voľbou --exit DÁTUM alebo bez nej: pozrite --help.'] },
    { name: 'missing value', args: ['--on'], lines: ['error: --on: Give a date after it: --on YYYY-MM-DD.'] },
    { name: 'missing value before another flag', args: ['--enter', '--exit', '2026-01-01'], lines: ['error: --enter: Give a date after it: --enter YYYY-MM-DD.'] },
    { name: 'missing value, in Ukrainian', args: ['--lang', 'uk', '--stay'], lines: ['error: --stay: Укажіть після нього перебування: --stay ВʼЇЗД/ВИЇЗД, наприклад --stay 2026-01-01/2026-01-10.'] },
    { name: 'unknown flag', args: ['--on', '2026-01-01', '--days', '3'], lines: ['error: Pobyt does not know the option "--days": the options are --stay, --on, --enter, --exit, --lang, --help.'] },
    { name: 'unknown flag, in Slovak', args: ['--lang', 'sk', '--on', '2026-01-01', '--days', '3'], lines: ['error: Pobyt nepozná voľbu "--days": voľby sú --stay, --on, --enter, --exit, --lang, --help.'] },
    { name: 'a value after no option, in Slovak', args: ['x', '--on', '2026-01-01', '--lang=sk'], lines: ['error: "x" nenasleduje za žiadnou voľbou: každá hodnota nasleduje za svojou voľbou, napríklad --on 2026-03-31.'] },
    { name: 'flag given twice', args: ['--on', '2026-01-01', '--on', '2026-01-02'], lines: ['error: --on: Give this option only once.'] },
    { name: 'flag given twice, in Ukrainian', args: ['--lang', 'uk', '--on', '2026-01-01', '--on', '2026-01-02'], lines: ['error: --on: Укажіть цей параметр лише один раз.'] },
    {
      name: 'a planned exit before the entry',
      args: ['--enter', '2026-02-01', '--exit', '2026-01-01'],
      lines: ['error: --exit: The exit, 1 Jan 2026, is before the entry, 1 Feb 2026.'],
    },
    {
      name: '--lang sk: the rules\' problems in Slovak, every one at once',
      args: ['--lang', 'sk', '--stay', '2026-02-01/2026-01-01', '--stay', '2026-02-30/2026-03-01', '--on', '2026-13-01'],
      lines: [
        'error: --stay[1]: Dátum výstupu 1. 1. 2026 je pred dátumom vstupu 1. 2. 2026.',
        'error: --stay[2]: "2026-02-30" nie je skutočný kalendárny dátum.',
        'error: --on: "2026-13-01" nie je skutočný kalendárny dátum.',
      ],
    },
    { name: '--lang that is not a language: in English, with the languages', args: ['--lang', 'de', '--on', '2026-01-01'], lines: ['error: --lang: "de" is not a language Pobyt speaks. The languages are en, sk, uk.'] },
  ];

  it.each([
    ['en', 'usage: npm run --silent schengen -- [--stay ENTRY/EXIT ...]'],
    ['sk', 'použitie: npm run --silent schengen -- [--stay VSTUP/VÝSTUP ...]'],
  ])(
    '--help in %s: how the command is used, in that language',
    (lng, first) => {
      const r = run('--help', '--lang', lng);
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith(first)).toBe(true);
      for (const option of ['--stay', '--on', '--enter', '--exit', '--lang', '--help']) expect(r.stdout).toContain(`\n  ${option} `);
    },
    TIMEOUT,
  );

  it.each(bad)(
    'bad input: $name',
    ({ args, lines }) => {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.errors).toEqual(lines);
      expect(r.stderr).not.toContain('    at ');
    },
    TIMEOUT,
  );
});
