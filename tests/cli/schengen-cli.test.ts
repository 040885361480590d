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
      lines: ['error: --stay[1]: "2026-01-01" must be written ENTRY/EXIT, e.g. 2026-01-01/2026-01-10'],
    },
    {
      name: '--on together with --enter',
      args: ['--on', '2026-01-01', '--enter', '2026-01-02'],
      lines: ['error: --on: cannot be combined with --enter; give --on DATE or --enter DATE [--exit DATE]'],
    },
    { name: '--exit without --enter', args: ['--exit', '2026-01-02'], lines: ['error: --exit: needs --enter DATE'] },
    { name: 'neither --on nor --enter', args: [], lines: ['error: --on/--enter: give --on DATE or --enter DATE [--exit DATE] (see --help)'] },
    { name: 'missing value', args: ['--on'], lines: ['error: --on: missing value (expected YYYY-MM-DD)'] },
    { name: 'missing value before another flag', args: ['--enter', '--exit', '2026-01-01'], lines: ['error: --enter: missing value (expected YYYY-MM-DD)'] },
    { name: 'unknown flag', args: ['--on', '2026-01-01', '--days', '3'], lines: ['error: --days: unknown flag (use --stay, --on, --enter, --exit, --lang or --help)'] },
    { name: 'flag given twice', args: ['--on', '2026-01-01', '--on', '2026-01-02'], lines: ['error: --on: given 2 times; give it once'] },
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
    { name: '--lang that is not a language', args: ['--lang', 'de', '--on', '2026-01-01'], lines: ['error: --lang: "de" is not one of en, sk, uk'] },
  ];

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
