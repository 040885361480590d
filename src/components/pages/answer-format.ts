import type { TFunction } from 'i18next';
import { intlLocale } from '../../locales/i18n.ts';
import { answerKind } from '../../rules/questions.ts';
import type { CaseFile, QuestionId } from '../../rules/schema/case-file.ts';
import { dayInWords } from '../../locales/day-in-words.ts';

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

/** The answer to a question in words, as the check-your-answers page shows it (the kind of answer from the case-file schema). */
export function answerInWords(q: QuestionId, value: NonNullable<CaseFile[QuestionId]>, t: TFunction, lng: string): string {
  const kind = answerKind(q);
  if (kind === 'country') return countryName(value, lng);
  if (kind === 'date') return dayInWords(value, lng);
  const key = `app.answers.${kind === 'yesNo' ? 'yesNo' : q}.${value}`;
  return t(key, { defaultValue: value });
}
