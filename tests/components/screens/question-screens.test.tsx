// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateErrorCode } from '../../../src/components/form/date-parts.ts';
import { QUESTION_SCREENS } from '../../../src/components/screens/question-screens.ts';
import { LANGUAGES, type Language } from '../../../src/locales/i18n.ts';
import { QUESTION_IDS, schemaOptions } from '../../../src/rules/questions.ts';
import type { QuestionId } from '../../../src/rules/schema/case-file.ts';
import { i18nFor, renderAt, UI_QUESTIONS } from './screen-harness.tsx';

const SCREENS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../src/components/screens');
const kebab = (id: string) => id.replace(/([a-z])([A-Z]|\d+)/g, '$1-$2').toLowerCase();

const DATE_QUESTIONS: Partial<Record<QuestionId, readonly DateErrorCode[]>> = {
  arrivalDate: ['required', 'incomplete', 'missingDay', 'missingMonth', 'missingYear', 'impossible', 'yearDigits', 'dayTooLarge', 'tooEarly', 'tooLate'],
  permitExpiry: ['required', 'incomplete', 'missingDay', 'missingMonth', 'missingYear', 'impossible', 'yearDigits', 'dayTooLarge', 'tooEarly', 'tooLate'],
  residenceSince: ['required', 'incomplete', 'missingDay', 'missingMonth', 'missingYear', 'impossible', 'yearDigits', 'dayTooLarge', 'tooEarly', 'future'],
};

/** The value at a dotted path of a locale file. */
function at(lng: Language, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), UI_QUESTIONS[lng]);
}
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

describe('the screen registry', () => {
  it('has exactly one screen per question id', () => {
    expect(Object.keys(QUESTION_SCREENS).sort()).toEqual([...QUESTION_IDS].sort());
  });

  it.each(QUESTION_IDS)('%s has its own file, named after the id', (q) => {
    expect(existsSync(join(SCREENS_DIR, `${kebab(q)}-screen.tsx`)), `${kebab(q)}-screen.tsx`).toBe(true);
  });

  it('names the files as the brief says', () => {
    expect(kebab('ukResidentBefore2021')).toBe('uk-resident-before-2021');
    expect(kebab('euFamilyMember')).toBe('eu-family-member');
  });
});

describe.each(LANGUAGES)('%s texts', (lng) => {
  it.each(QUESTION_IDS)('%s has a title, and a label for every option of its enum', (q) => {
    expect(isText(at(lng, `questions.${q}.title`))).toBe(true);
    const missing = (schemaOptions(q) ?? []).filter((o) => !isText(at(lng, `questions.${q}.options.${o}.label`)));
    expect(missing).toEqual([]);
    if (schemaOptions(q)) expect(isText(at(lng, `questions.${q}.errors.required`))).toBe(true);
  });

  it('has every date error message', () => {
    for (const [q, codes] of Object.entries(DATE_QUESTIONS)) {
      const missing = codes.filter((c) => !isText(at(lng, `questions.${q}.errors.${c}`)));
      expect(missing, q).toEqual([]);
    }
  });

  it('has the citizenship placeholder and errors', () => {
    for (const key of ['placeholder', 'errors.required', 'errors.unknown']) expect(isText(at(lng, `questions.citizenship.${key}`)), key).toBe(true);
  });

  it('has the form texts', () => {
    const keys = ['continue', 'back', 'errorSummaryTitle', 'errorPrefix', 'or', 'dontKnow', 'serviceName', 'date.day', 'date.month', 'date.year', 'date.hint'];
    expect(keys.filter((k) => !isText(at(lng, `form.${k}`)))).toEqual([]);
  });

  it('has no option text for a value the schema does not have', () => {
    const extra: string[] = [];
    for (const q of QUESTION_IDS) {
      const options = at(lng, `questions.${q}.options`);
      if (!options) continue;
      for (const k of Object.keys(options)) if (!(schemaOptions(q) ?? []).includes(k)) extra.push(`${q}.${k}`);
    }
    expect(extra).toEqual([]);
  });
});

describe('every screen renders in every language', () => {
  // Earlier answers that put the wizard on each question (the routing itself is tested in tests/machines).
  const UA = { citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days' } as const;
  const RESIDENT = { ...UA, currentStatus: 'temporaryResidence' } as const;
  const BEFORE: Record<QuestionId, object> = {
    citizenship: {},
    ukResidentBefore2021: { citizenship: 'GB' },
    euFamilyMember: { citizenship: 'UA' },
    stayLength: { citizenship: 'DE' },
    currentStatus: UA,
    refugeGoal: { ...UA, currentStatus: 'temporaryRefuge' },
    residentGoal: RESIDENT,
    purpose: { ...UA, currentStatus: 'abroad' },
    euBasis: { citizenship: 'DE', stayLength: 'over90Days' },
    permitExpiry: { ...RESIDENT, residentGoal: 'renewal', purpose: 'employment' },
    residenceSince: { ...RESIDENT, residentGoal: 'longTermResidence' },
    permanentResidenceTie: { ...RESIDENT, residentGoal: 'permanentResidence', residenceSince: '2022-03-01' },
    arrivalDate: { citizenship: 'DE', stayLength: 'upTo90Days' },
    accommodation: { citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18' },
    filingChannel: { ...RESIDENT, residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2027-03-31' },
    cardChip: { ...RESIDENT, residentGoal: 'continuingDuties' },
    bokActive: { ...RESIDENT, residentGoal: 'continuingDuties', cardChip: 'yes' },
  };

  it.each(LANGUAGES)('%s: one focused h1 with the question, a Continue and a Back button, no missing key', async (lng) => {
    const i18n = await i18nFor(lng);
    const missing: string[] = [];
    i18n.options.saveMissing = true;
    i18n.on('missingKey', (_lngs: readonly string[], _ns: string, key: string) => missing.push(key));
    for (const q of QUESTION_IDS) {
      renderAt(q, BEFORE[q], i18n);
      const h1 = screen.getByRole('heading', { level: 1 });
      expect(h1).toHaveTextContent(i18n.t(`questions.${q}.title`));
      expect(h1).toHaveFocus();
      expect(screen.getByRole('button', { name: i18n.t('form.continue') })).toHaveAttribute('type', 'submit');
      expect(screen.getByRole('button', { name: i18n.t('form.back') })).toHaveAttribute('type', 'button');
      expect(document.body.textContent).not.toMatch(/questions\.|form\.|\{\{/);
      cleanup();
    }
    expect(missing).toEqual([]);
  });
});
