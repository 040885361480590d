import { dayInWords } from '../../src/locales/day-in-words.ts';
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
  [...text.matchAll(PLACEHOLDER)].some(([, name, withOptions]) => {
    const format = formatName(withOptions);
    return format === 'isoDate' || format === 'shortDate' || (!format && name === 'date');
  });

/** A format without its options: `isoDate(weekday:genitive)` is an `isoDate`. */
const formatName = (format: string | undefined): string | undefined => format?.replace(/\(.*\)$/, '');

/** Parameters for a string: each date placeholder gets `iso`, everything else a plain value. */
function params(text: string, iso: string, lng: Language): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [, name, withOptions] of text.matchAll(PLACEHOLDER)) {
    const format = formatName(withOptions);
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
  // A Ukrainian date ends with "р." (рік): a sentence's full stop after it is not doubled.
  if (lng === 'uk' && /(?<!\p{L})р\.\s*\./u.test(rendered)) found.push('"р..": a full stop after the date\'s own "р."');
  // After "не пізніше", "до", "з", "від", "після", "не раніше" the date is in the genitive, and so
  // is the weekday after it: "не пізніше 27 листопада 2026 р. (пʼятниці)"; after "по", the accusative.
  const ukDate = (preposition: string, weekdays: string) =>
    new RegExp(`(?<![\\p{L}ʼ])${preposition} \\d{1,2} \\p{L}+ \\d{4} р\\. \\((${weekdays})\\)`, 'iu');
  if (lng === 'uk' && ukDate('(?:не пізніше|не раніше|до|з|від|після)', UK_NOMINATIVE).test(rendered)) found.push('"не пізніше <date> (пʼятниця)": the weekday takes the genitive');
  if (lng === 'uk' && ukDate('по', 'середа|пʼятниця|субота|неділя').test(rendered)) found.push('"по <date> (пʼятниця)": the weekday takes the accusative');
  return found;
}

/** Ukrainian weekdays in the nominative (as Intl writes them). */
const UK_NOMINATIVE = 'понеділок|вівторок|середа|четвер|пʼятниця|субота|неділя';

it('catches the patterns it looks for', () => {
  expect(problems('Lehota (27. novembra 2026 (piatok)) už uplynula.', 'sk')).toHaveLength(2);
  expect(problems('Plán k 6. decembra 2026 (nedeľa)', 'sk')).toEqual(['"k <date>": write "ku dňu <date>"']);
  expect(problems('K 27. novembra 2026 (piatok) máte', 'sk')).toHaveLength(1);
  expect(problems('until 27 November 2026 (Friday) (5 days in all)', 'en')).toHaveLength(1);
  expect(problems('Plán ku dňu 6. decembra 2026 (nedeľa)', 'sk')).toEqual([]);
  expect(problems('Lehota, 27. novembra 2026 (piatok), už uplynula.', 'sk')).toEqual([]);
  // Ukrainian: the strings as they were before issue 13.
  expect(problems('Правила востаннє перевірено: 1 листопада 2026 р..', 'uk')).toHaveLength(1);
  expect(problems('Заяву треба подати не пізніше 26 лютого 2027 р. (пʼятниця), поки дозвіл ще чинний.', 'uk')).toHaveLength(1);
  expect(problems('Ви були за кордоном з 2 січня 2025 р. (четвер) по 27 листопада 2026 р. (пʼятниця).', 'uk')).toHaveLength(2);
  expect(problems('Правила востаннє перевірено: 1 листопада 2026 р.', 'uk')).toEqual([]);
  expect(problems('Заяву треба подати не пізніше 26 лютого 2027 р. (пʼятниці), поки дозвіл ще чинний.', 'uk')).toEqual([]);
  expect(problems('Ви були за кордоном з 2 січня 2025 р. (четверга) по 27 листопада 2026 р. (пʼятницю).', 'uk')).toEqual([]);
});

it('writes the Ukrainian weekday in the case its preposition asks for', () => {
  expect(formatIsoDate('2026-11-27', 'uk')).toBe('27 листопада 2026 р. (пʼятниця)');
  expect(formatIsoDate('2026-11-27', 'uk', 'long', 'genitive')).toBe('27 листопада 2026 р. (пʼятниці)');
  expect(formatIsoDate('2026-12-06', 'uk', 'long', 'genitive')).toBe('6 грудня 2026 р. (неділі)');
  expect(formatIsoDate('2026-11-27', 'uk', 'long', 'accusative')).toBe('27 листопада 2026 р. (пʼятницю)');
  // Other languages have no such option: the weekday stays as Intl writes it.
  expect(formatIsoDate('2026-11-27', 'sk', 'long', 'genitive')).toBe('27. novembra 2026 (piatok)');
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
