import type { TFunction } from 'i18next';
import { intlLocale } from '../../locales/i18n.ts';
import type { CaseFile, QuestionId } from '../../rules/schema/case-file.ts';
import { dayInWords } from './day-in-words.ts';

// Intl formatters are slow to make and cheap to use: one per language.
const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the language, from its ISO code (the browser knows the names). */
export function countryName(code: string, lng: string): string {
  try {
    let names = regionNames.get(lng);
    if (!names) {
      names = new Intl.DisplayNames([intlLocale(lng)], { type: 'region' });
      regionNames.set(lng, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const YES_NO: readonly QuestionId[] = ['ukResidentBefore2021', 'euFamilyMember', 'cardChip', 'bokActive'];
const DATES: readonly QuestionId[] = ['arrivalDate', 'permitExpiry', 'residenceSince'];

/** The answer to a question in words, as the check-your-answers page shows it. */
export function answerInWords(q: QuestionId, value: NonNullable<CaseFile[QuestionId]>, t: TFunction, lng: string): string {
  if (q === 'citizenship') return countryName(value, lng);
  if (DATES.includes(q)) return dayInWords(value, lng);
  const group = YES_NO.includes(q) ? 'yesNo' : q;
  const key = `app.answers.${group}.${value}`;
  return t(key, { defaultValue: value });
}
