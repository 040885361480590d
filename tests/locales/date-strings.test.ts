import { dayInWords } from '../../src/components/app-format.ts';
import { createI18n, formatIsoDate, LANGUAGES, type Language } from '../../src/locales/i18n.ts';
import { loadResources } from '../../src/locales/load-resources.ts';
import { planToMarkdown } from '../../src/locales/plan-markdown.ts';
import { resolvePlan } from '../../src/locales/resolve-plan.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import type { Plan } from '../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../support/load-example.ts';
import { strictT } from '../support/resolve.ts';
import { localeStrings } from './locale-strings.ts';

/**
 * Every string that takes a date, rendered with real dates the way the app writes them, reads
 * well: a long date already ends with "(weekday)", so a date inside brackets comes out as
 * "Lehota (27. novembra 2026 (piatok)) už uplynula." The locale files are read at test time,
 * so a new string is covered without touching this test.
 */

/** A Friday with a two-digit day and a Sunday with a one-digit day. */
const DATES = ['2026-11-27', '2026-12-06'] as const;

/** `{{name}}` or `{{name, format}}`. */
const PLACEHOLDER = /\{\{\s*([^{},\s]+)\s*(?:,\s*([^{}\s]+)\s*)?\}\}/g;

/**
 * A plain `{{date}}` is filled by the components with the day in words (`dayInWords`); the
 * `isoDate` and `shortDate` formats are the i18n formatters. Either counts as a date.
 */
const takesDate = (text: string): boolean =>
  [...text.matchAll(PLACEHOLDER)].some(([, name, format]) => format === 'isoDate' || format === 'shortDate' || (!format && name === 'date'));

/** Parameters for a string: each date placeholder gets `iso`, everything else a plain value. */
function params(text: string, iso: string, lng: Language): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [, name, format] of text.matchAll(PLACEHOLDER)) {
    if (!name) continue;
    if (format === 'isoDate' || format === 'shortDate') out[name] = iso;
    else if (format === 'eur') out[name] = 284.13;
    else if (name === 'date') out[name] = dayInWords(iso, lng);
    // A string, so i18next looks the key up as written (a plural form is its own leaf here).
    else out[name] = '5';
  }
  return out;
}

/** What is wrong with one rendered string, if anything. */
function problems(rendered: string, lng: Language): string[] {
  const found: string[] = [];
  if (rendered.includes('))')) found.push('"))": a bracket closes right after another');
  if (/\)\s*\(/.test(rendered)) found.push('") (": two brackets in a row');
  let depth = 0;
  for (const ch of rendered) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth > 1) {
      found.push('"(…(": a bracket opens inside a bracket');
      break;
    }
  }
  // "k" takes the dative ("k 27. novembru"); a date is written in the genitive ("27. novembra"),
  // so "k" + a date reads wrong: write "ku dňu 27. novembra 2026".
  if (lng === 'sk' && /(?<!\p{L})k \d{1,2}\. /iu.test(rendered)) found.push('"k <date>": write "ku dňu <date>"');
  return found;
}

it('catches the patterns it looks for', () => {
  expect(problems('Lehota (27. novembra 2026 (piatok)) už uplynula.', 'sk')).toHaveLength(2);
  expect(problems('Plán k 6. decembra 2026 (nedeľa)', 'sk')).toEqual(['"k <date>": write "ku dňu <date>"']);
  expect(problems('K 27. novembra 2026 (piatok) máte', 'sk')).toHaveLength(1);
  expect(problems('until 27 November 2026 (Friday) (5 days in all)', 'en')).toHaveLength(1);
  expect(problems('Plán ku dňu 6. decembra 2026 (nedeľa)', 'sk')).toEqual([]);
  expect(problems('Lehota, 27. novembra 2026 (piatok), už uplynula.', 'sk')).toEqual([]);
});

it('writes a long date with the weekday in brackets (what the checks above guard against)', () => {
  expect(formatIsoDate('2026-11-27', 'sk')).toBe('27. novembra 2026 (piatok)');
});

describe.each(LANGUAGES)('%s strings that take a date', (lng) => {
  const dated = localeStrings(lng).filter((s) => takesDate(s.text));

  it('are found', () => {
    expect(dated.length).toBeGreaterThan(50);
  });

  it.each(DATES)('read well with %s filled in', async (iso) => {
    const i18n = await createI18n(lng, await loadResources(lng));
    const bad: string[] = [];
    for (const { key, text } of dated) {
      const rendered = i18n.t(key, params(text, iso, lng));
      expect(rendered, key).not.toBe(key);
      expect(rendered, key).not.toMatch(/\{\{/);
      for (const p of problems(rendered, lng)) bad.push(`${key}: ${p}: ${rendered}`);
    }
    expect(bad).toEqual([]);
  });
});

/** The example plans on dates that give overdue steps, dates still ahead and refuge or visa-free limits. */
const PLAN_DATES = ['2025-06-30', '2026-11-22', '2027-06-01'] as const;

/** Every text of a resolved plan a person reads, except the sources (titles and legal references are data). */
function planTexts(p: Plan): string[] {
  return [
    p.outcome,
    ...p.warnings.map((w) => w.text),
    ...p.steps.flatMap((s) => [s.title, s.due?.rule, s.due?.whatNow, s.timing, s.where.text, ...s.details, ...s.documents.flatMap((d) => [d.name, d.note])]),
  ].filter((x): x is string => typeof x === 'string');
}

describe.each(LANGUAGES)('%s example plans', (lng) => {
  it('read well on screen and in Markdown', async () => {
    const t = await strictT(lng);
    const bad = new Set<string>();
    let plans = 0;
    for (const name of exampleNames()) {
      for (const asOf of PLAN_DATES) {
        const r = makePlan(loadExample(name), asOf);
        if (!r.ok) continue;
        plans += 1;
        const p = resolvePlan(r.plan, lng, t);
        for (const text of planTexts(p)) for (const e of problems(text, lng)) bad.add(`${e}: ${text}`);
        // Source lines ("- `id` title (Act …, §19(7)) — url — …") quote legal references as they are.
        const lines = planToMarkdown(p, t).split('\n').filter((l) => !l.startsWith('- `'));
        for (const l of lines) for (const e of problems(l, lng)) bad.add(`${name} on ${asOf}: ${e}: ${l}`);
      }
    }
    expect(plans).toBeGreaterThan(20);
    expect([...bad]).toEqual([]);
  }, 60_000);
});
