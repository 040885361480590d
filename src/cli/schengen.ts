/**
 * Schengen 90/180-day calculator on the command line.
 *
 *   npm run --silent schengen -- --stay 2026-01-01/2026-03-31 --on 2026-06-29
 *   npm run --silent schengen -- --stay 2025-10-01/2025-12-29 --enter 2026-03-30 [--exit 2026-06-28]
 *
 * Prints JSON on stdout; bad input prints one `error: <flag>: <message>` line per problem on
 * stderr (the rules' problems in the language of --lang) and exits with status 2.
 */
import { parseArgs } from 'node:util';
import { checkTrip, earliestEntryFor, latestExitFor, statusOn } from '../rules/schengen.ts';
import { SchengenInputError, mergeStays, type Stay } from '../rules/schengen-stays.ts';
import { isLanguage, LANGUAGES } from '../locales/i18n.ts';
import { fail, printJson, runCli, sayProblems, translatorFor } from './cli-output.ts';
import type { CliProblem } from './cli-output.ts';

const USAGE = `Usage: npm run --silent schengen -- [--stay ENTRY/EXIT ...] (--on DATE | --enter DATE [--exit DATE])

  --stay ENTRY/EXIT  a previous or planned stay, e.g. 2026-01-01/2026-03-31 (repeatable;
                     entry and exit days both count; none = no previous stays)
  --on DATE          days used, left or over in the 180-day window ending on DATE, and
                     the last day one may stay if in (or entering) on DATE
  --enter DATE       latest exit and longest trip for an entry on DATE
  --exit DATE        with --enter: does the planned trip fit?
  --lang en|sk|uk    the language of the problems (default en)
  --help             this text

Overlapping stays are merged and counted once; the merges are listed in the output.
Dates are written YYYY-MM-DD. Output is JSON; bad input exits with status 2.
`;

const OPTIONS = {
  stay: { type: 'string', multiple: true },
  on: { type: 'string' },
  enter: { type: 'string' },
  exit: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  help: { type: 'boolean', short: 'h' },
} as const;

const EXPECTED: Record<string, string> = {
  stay: 'ENTRY/EXIT, e.g. 2026-01-01/2026-01-10',
  on: 'YYYY-MM-DD',
  enter: 'YYYY-MM-DD',
  exit: 'YYYY-MM-DD',
  lang: 'en, sk or uk',
};

/** Turn a node:util parseArgs error into one problem naming the flag. */
function parseArgsProblem(error: unknown): CliProblem {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(?:-\w, )?(--?[^' <]+)/.exec(message)?.[1] ?? 'arguments';
  const name = flag.replace(/^-+/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return { field: flag, message: 'unknown flag (use --stay, --on, --enter, --exit, --lang or --help)' };
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /^Unexpected argument '([^']*)'/.exec(message)?.[1] ?? '';
    return { field: 'arguments', message: `unexpected ${JSON.stringify(arg)}: every value must follow its flag, e.g. --on 2026-03-31` };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return { field: flag, message: 'takes no value' };
    const expected = EXPECTED[name];
    return { field: flag, message: expected ? `missing value (expected ${expected})` : 'missing value' };
  }
  return { field: 'arguments', message };
}

/** Rules fields (`stays[1].exit`, `date`, `entry`, `exit`) back to the flags the user typed. */
function toFlag(field: string): string | undefined {
  const stay = /^stays\[(\d+)\]/.exec(field);
  if (stay) return `--stay[${Number(stay[1]) + 1}]`;
  const flags: Record<string, string> = { date: '--on', entry: '--enter', exit: '--exit', notBefore: '--enter' };
  return flags[field];
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    fail([parseArgsProblem(error)]);
  }
  const { values, tokens } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }

  const problems: CliProblem[] = [];
  const lang = values.lang ?? 'en';
  if (!isLanguage(lang)) fail([{ field: '--lang', message: `"${lang}" is not one of ${LANGUAGES.join(', ')}` }]);
  const t = await translatorFor(lang);
  for (const name of ['on', 'enter', 'exit'] as const) {
    const count = tokens.filter((t) => t.kind === 'option' && t.name === name).length;
    if (count > 1) problems.push({ field: `--${name}`, message: `given ${count} times; give it once` });
  }

  const stays: Stay[] = [];
  (values.stay ?? []).forEach((raw, i) => {
    const parts = raw.split('/');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
      problems.push({ field: `--stay[${i + 1}]`, message: `${JSON.stringify(raw)} must be written ENTRY/EXIT, e.g. 2026-01-01/2026-01-10` });
    } else {
      stays.push({ entry: parts[0]!.trim(), exit: parts[1]!.trim() });
    }
  });

  const { on, enter, exit } = values;
  if (on !== undefined && (enter !== undefined || exit !== undefined)) {
    problems.push({ field: '--on', message: `cannot be combined with ${enter !== undefined ? '--enter' : '--exit'}; give --on DATE or --enter DATE [--exit DATE]` });
  } else if (exit !== undefined && enter === undefined) {
    problems.push({ field: '--exit', message: 'needs --enter DATE' });
  } else if (on === undefined && enter === undefined) {
    problems.push({ field: '--on/--enter', message: 'give --on DATE or --enter DATE [--exit DATE] (see --help)' });
  }
  if (problems.length > 0) fail(problems);

  try {
    if (on !== undefined) {
      const status = statusOn(stays, on);
      printJson({
        on,
        windowStart: status.windowStart,
        daysUsed: status.daysUsed,
        daysLeft: status.daysLeft,
        daysOver: status.daysOver,
        stayUntil: status.stayUntil?.latestExit ?? null,
        stayUntilLimitedBy: status.stayUntil?.limitedBy ?? null,
        earliestEntry: status.earliestEntry,
        merges: status.merges,
      });
    } else if (enter !== undefined && exit === undefined) {
      const latest = latestExitFor(stays, enter);
      const { merges } = mergeStays(stays);
      if (latest) {
        printJson({ ...latest, merges });
      } else {
        const earliest = earliestEntryFor(stays, 1, enter);
        printJson({ entry: enter, latestExit: null, maxDays: 0, earliestPossibleEntry: earliest?.entry ?? null, merges });
      }
    } else if (enter !== undefined && exit !== undefined) {
      const check = checkTrip(stays, enter, exit);
      const latest = latestExitFor(stays, enter);
      printJson({ ...check, latestExit: latest?.latestExit ?? null, maxDays: latest?.maxDays ?? 0, merges: mergeStays(stays).merges });
    }
  } catch (error) {
    if (error instanceof SchengenInputError) fail(sayProblems(error.problems, t, toFlag));
    throw error;
  }
}

runCli(main);
