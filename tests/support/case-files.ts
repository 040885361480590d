import fc from 'fast-check';
import { addDays, maxDate } from '../../src/rules/calendar/iso-date.ts';
import { ISO_COUNTRY_CODES } from '../../src/rules/params/countries.ts';
import { allowedOptions, questionPath, schemaOptions } from '../../src/rules/questions.ts';
import type { CaseFile, QuestionId } from '../../src/rules/schema/case-file.ts';

/** Citizenships that cover every branch; random ones are added by the arbitrary. */
export const SAMPLE_CITIZENSHIPS = ['SK', 'DE', 'NO', 'CH', 'GB', 'UA', 'US', 'IN', 'RS', 'VN', 'XK'] as const;

/** Raw choices for every question; the tree decides which are used. */
export interface Choices {
  citizenship: string;
  enums: Record<string, number>;
  arrivalOffset: number;
  expiryOffset: number;
  residenceYears: number;
}

const DATE_BASE = '2024-01-01';

/**
 * Walk the decision tree with the choices, answering each question the tree asks, so the
 * result is a complete case file on some branch.
 */
export function caseFileFromChoices(c: Choices, asOf: string): CaseFile {
  const a: Record<string, unknown> = { schemaVersion: 1 };
  for (let i = 0; i < 20; i++) {
    const { path, complete } = questionPath(a as Partial<CaseFile>, asOf);
    if (complete) return a as unknown as CaseFile;
    const q = path[path.length - 1]! as QuestionId;
    a[q] = answerFor(q, c, a as Partial<CaseFile>, asOf);
  }
  throw new Error('decision tree did not finish');
}

function answerFor(q: QuestionId, c: Choices, a: Partial<CaseFile>, asOf: string): string {
  switch (q) {
    case 'citizenship':
      return c.citizenship;
    case 'arrivalDate':
      return addDays(DATE_BASE, c.arrivalOffset);
    case 'permitExpiry':
      return maxDate(addDays(asOf, c.expiryOffset), '2024-03-01');
    case 'residenceSince':
      return addDays(asOf, -Math.round(c.residenceYears * 365));
    default: {
      const options = q === 'residentGoal' || q === 'purpose' ? allowedOptions(q, a) : schemaOptions(q)!;
      return options[(c.enums[q] ?? 0) % options.length]!;
    }
  }
}

const enumKeys = ['ukResidentBefore2021', 'euFamilyMember', 'stayLength', 'currentStatus', 'refugeGoal', 'residentGoal', 'purpose', 'euBasis', 'accommodation', 'filingChannel', 'cardChip', 'bokActive', 'permanentResidenceTie'];

export const choicesArb: fc.Arbitrary<Choices> = fc.record({
  citizenship: fc.oneof(fc.constantFrom(...SAMPLE_CITIZENSHIPS), fc.constantFrom(...ISO_COUNTRY_CODES)),
  enums: fc.record(Object.fromEntries(enumKeys.map((k) => [k, fc.nat(20)])) as Record<string, fc.Arbitrary<number>>),
  // Arrival from 2024-01-01 to 2027-08-31, so every deadline stays in the kept calendar.
  arrivalOffset: fc.integer({ min: 0, max: 1338 }),
  expiryOffset: fc.integer({ min: -60, max: 360 }),
  residenceYears: fc.double({ min: 0.1, max: 12, noNaN: true }),
});

/** Plan dates from 2024-01-01 to 2026-12-31 (so expiry dates stay in range). */
export const asOfArb: fc.Arbitrary<string> = fc.integer({ min: 0, max: 1095 }).map((n) => addDays(DATE_BASE, n));
