/**
 * Schengen 90/180-day calculator on the command line.
 *
 *   npm run --silent schengen -- --stay 2026-01-01/2026-03-31 --on 2026-06-29
 *   npm run --silent schengen -- --stay 2025-10-01/2025-12-29 --enter 2026-03-30 [--exit 2026-06-28]
 *
 * Prints JSON on stdout; bad input prints one `error: <flag>: <message>` line per problem on
 * stderr, every one in the language of --lang (message keys: the rules' and `cli.schengen.*`
 * in src/locales/*\/cli.json; an unknown --lang in English) and exits with status 2. --help
 * prints how the command is used, in the language of --lang.
 */
import { parseArgs } from 'node:util';
import { checkTrip, earliestEntryFor, latestExitFor, statusOn } from '../rules/schengen.ts';
import { SchengenInputError, mergeStays, type Stay } from '../rules/schengen-stays.ts';
import { isLanguage, type Language } from '../locales/i18n.ts';
import { excerpt } from '../rules/problems.ts';
import type { Problem } from '../rules/schema/problem.ts';
import { fail, languageOption, printJson, runCli, sayProblems, translatorFor } from './cli-output.ts';

const OPTIONS = {
  stay: { type: 'string', multiple: true },
  on: { type: 'string' },
  enter: { type: 'string' },
  exit: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The key that says what value an option needs (`cli.schengen.missingValue.*`). */
const NEEDS: Record<string, string> = { stay: 'stay', on: 'date', enter: 'date', exit: 'date', lang: 'lang' };

/** Turn a node:util parseArgs error into one problem (a message key) naming the option. */
function parseArgsProblem(error: unknown, args: readonly string[]): Problem {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(?:-\w, )?(--?[^' <]+)/.exec(message)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return { field: '', key: 'cli.problems.unknownOption', params: { value: excerpt(flag), options: Object.keys(OPTIONS).map((o) => `--${o}`).join(', ') } };
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = args.find((a) => !a.startsWith('-') && message.includes(`'${a}'`)) ?? '';
    return { field: '', key: 'cli.schengen.unexpected', params: { value: excerpt(arg) } };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return { field: flag, key: 'cli.schengen.takesNoValue' };
    return { field: flag, key: `cli.schengen.missingValue.${NEEDS[name] ?? 'date'}`, params: { option: flag } };
  }
  return { field: '', key: 'cli.schengen.unreadable' };
}

/** Rules fields (`stays[1].exit`, `date`, `entry`, `exit`) back to the flags the user typed. */
function toFlag(field: string): string | undefined {
  const stay = /^stays\[(\d+)\]/.exec(field);
  if (stay) return `--stay[${Number(stay[1]) + 1}]`;
  const flags: Record<string, string> = { date: '--on', entry: '--enter', exit: '--exit', notBefore: '--enter' };
  return flags[field];
}

/** Say the problems in the language `lng`, each under the option it is about, and exit with status 2. */
async function failWith(problems: readonly Problem[], lng: Language): Promise<never> {
  fail(sayProblems(problems, await translatorFor(lng), (field) => (field.startsWith('--') ? field : toFlag(field))));
}

/** The language asked for, as far as it can be read before the rest of the arguments. */
function langOf(args: readonly string[]): Language {
  const at = args.lastIndexOf('--lang');
  const given = at >= 0 ? args[at + 1] : args.findLast((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return given !== undefined && isLanguage(given) ? given : 'en';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    return failWith([parseArgsProblem(error, args)], langOf(args));
  }
  const { values, tokens } = parsed;
  const { lang, problem: langProblem } = languageOption(values.lang);
  const t = await translatorFor(lang);
  if (values.help) {
    process.stdout.write(`${t('cli.schengen.usage')}\n`);
    return;
  }

  const problems: Problem[] = [];
  if (langProblem) problems.push(langProblem);
  for (const name of ['on', 'enter', 'exit'] as const) {
    const count = tokens.filter((t) => t.kind === 'option' && t.name === name).length;
    if (count > 1) problems.push({ field: `--${name}`, key: 'cli.schengen.givenTwice' });
  }

  const stays: Stay[] = [];
  (values.stay ?? []).forEach((raw, i) => {
    const parts = raw.split('/');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
      problems.push({ field: `--stay[${i + 1}]`, key: 'cli.schengen.stayFormat', params: { value: excerpt(raw) } });
    } else {
      stays.push({ entry: parts[0]!.trim(), exit: parts[1]!.trim() });
    }
  });

  const { on, enter, exit } = values;
  if (on !== undefined && (enter !== undefined || exit !== undefined)) {
    problems.push({ field: '--on', key: 'cli.schengen.onWith', params: { option: enter !== undefined ? '--enter' : '--exit' } });
  } else if (exit !== undefined && enter === undefined) {
    problems.push({ field: '--exit', key: 'cli.schengen.exitNeedsEnter' });
  } else if (on === undefined && enter === undefined) {
    problems.push({ field: '', key: 'cli.schengen.onOrEnter' });
  }
  if (problems.length > 0) return failWith(problems, lang);

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
