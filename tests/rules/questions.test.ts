import fc from 'fast-check';
import { answerKind, pruneAnswers, QUESTION_IDS, questionPath, withAnswersAddedLater } from '../../src/rules/questions.ts';

const AS_OF = '2026-11-22';

describe('questionPath follows the decision tree', () => {
  it.each([
    [{}, ['citizenship'], false],
    [{ citizenship: 'SK' }, ['citizenship'], true],
    [{ citizenship: 'GB' }, ['citizenship', 'ukResidentBefore2021'], false],
    [{ citizenship: 'GB', ukResidentBefore2021: 'yes' }, ['citizenship', 'ukResidentBefore2021', 'cardChip'], false],
    [{ citizenship: 'GB', ukResidentBefore2021: 'no' }, ['citizenship', 'ukResidentBefore2021', 'euFamilyMember'], false],
    [{ citizenship: 'DE' }, ['citizenship', 'stayLength'], false],
    [{ citizenship: 'DE', stayLength: 'over90Days' }, ['citizenship', 'stayLength', 'euBasis'], false],
    [{ citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days' }, ['citizenship', 'euFamilyMember', 'stayLength', 'currentStatus'], false],
    [
      { citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'renewal' },
      ['citizenship', 'euFamilyMember', 'stayLength', 'currentStatus', 'residentGoal', 'purpose'],
      false,
    ],
    [
      { citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'visaFree', purpose: 'employment' },
      ['citizenship', 'euFamilyMember', 'stayLength', 'currentStatus', 'purpose', 'arrivalDate'],
      false,
    ],
    [
      { citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'studies' },
      ['citizenship', 'euFamilyMember', 'stayLength', 'currentStatus', 'purpose'],
      true,
    ],
  ] as const)('%j → %j', (answers, path, complete) => {
    expect(questionPath(answers as never, AS_OF)).toEqual({ path, complete });
  });
});

describe('the family tie for permanent residence (§43)', () => {
  const RESIDENT = { citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence' } as const;
  const PR = { ...RESIDENT, residentGoal: 'permanentResidence', residenceSince: '2021-05-01' } as const;

  it('is asked of a temporary resident who wants permanent residence, after residenceSince and before the card', () => {
    expect(questionPath(PR, AS_OF)).toEqual({ path: ['citizenship', 'euFamilyMember', 'stayLength', 'currentStatus', 'residentGoal', 'residenceSince', 'permanentResidenceTie'], complete: false });
    expect(questionPath({ ...PR, permanentResidenceTie: 'none' }, AS_OF).path.at(-1)).toBe('cardChip');
  });

  it('is not asked for long-term residence, nor of a permanent resident', () => {
    expect(questionPath({ ...PR, residentGoal: 'longTermResidence' }, AS_OF).path).not.toContain('permanentResidenceTie');
    expect(questionPath({ ...RESIDENT, currentStatus: 'permanentResidence', residentGoal: 'permanentResidence', permitExpiry: '2027-01-31' }, AS_OF).path).not.toContain('permanentResidenceTie');
  });

  it('a case file from before the question plans as "don\'t know", and one from before the BOK question too', () => {
    const old = { schemaVersion: 1, ...PR, cardChip: 'yes' } as const;
    expect(withAnswersAddedLater(old, AS_OF)).toEqual({ ...old, permanentResidenceTie: 'dontKnow', bokActive: 'dontKnow' });
    const answered = { ...old, permanentResidenceTie: 'none', bokActive: 'yes' } as const;
    expect(withAnswersAddedLater(answered, AS_OF)).toBe(answered);
  });

  it('an older question still missing is not filled in', () => {
    const missingSince = { schemaVersion: 1, ...RESIDENT, residentGoal: 'permanentResidence', cardChip: 'no' } as const;
    expect(withAnswersAddedLater(missingSince, AS_OF)).toBe(missingSince);
  });

  it('is dropped when the goal changes', () => {
    expect(pruneAnswers({ ...PR, residentGoal: 'longTermResidence', permanentResidenceTie: 'none' }, AS_OF)).toEqual({ ...PR, residentGoal: 'longTermResidence' });
  });
});

describe('pruneAnswers drops answers from branches the person left', () => {
  it('switching a Ukrainian resident to German keeps stayLength and drops the third-country branch', () => {
    const a = {
      schemaVersion: 1 as const,
      citizenship: 'DE',
      euFamilyMember: 'no' as const,
      stayLength: 'over90Days' as const,
      currentStatus: 'temporaryResidence' as const,
      residentGoal: 'renewal' as const,
      purpose: 'employment' as const,
      permitExpiry: '2027-02-28',
      cardChip: 'yes' as const, bokActive: 'no' as const,
    };
    expect(pruneAnswers(a, AS_OF)).toEqual({ schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' });
  });

  it('keeps later answers that are still on the path', () => {
    const a = { citizenship: 'FR', stayLength: 'over90Days' as const, euBasis: 'student' as const, arrivalDate: '2026-12-01', accommodation: 'private' as const };
    expect(pruneAnswers(a, AS_OF)).toEqual(a);
  });

  it('keeps answers after an unanswered question when they stay reachable', () => {
    const a = { citizenship: 'FR', stayLength: 'over90Days' as const, arrivalDate: '2026-12-01', accommodation: 'private' as const };
    expect(pruneAnswers(a, AS_OF)).toEqual(a);
  });
});

describe('questionPath on damaged answers', () => {
  it('an unknown country code answers nothing: the path stops at citizenship, nothing throws', () => {
    expect(questionPath({ citizenship: 'XX', stayLength: 'over90Days', currentStatus: 'temporaryResidence' } as never, '2026-11-22')).toEqual({
      path: ['citizenship'],
      complete: false,
    });
  });

  it('never throws on partial answers with any country string (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            citizenship: fc.oneof(fc.constantFrom('SK', 'DE', 'GB', 'UA', 'US', 'XX', 'ZZ', ''), fc.string({ maxLength: 3 })),
            euFamilyMember: fc.constantFrom('yes', 'no'),
            ukResidentBefore2021: fc.constantFrom('yes', 'no'),
            stayLength: fc.constantFrom('upTo90Days', 'over90Days'),
            currentStatus: fc.constantFrom('abroad', 'visaFree', 'temporaryResidence', 'permanentResidence', 'temporaryRefuge'),
          },
          { requiredKeys: [] },
        ),
        (answers) => {
          expect(() => questionPath(answers as never, '2026-11-22')).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('answerKind: how an answer is put in words, from the case-file schema', () => {
  it('names the country, the days, the yes / no questions and the questions with their own options', () => {
    const byKind = (kind: string) => QUESTION_IDS.filter((q) => answerKind(q) === kind);
    expect(byKind('country')).toEqual(['citizenship']);
    expect(byKind('date')).toEqual(['permitExpiry', 'residenceSince', 'arrivalDate']);
    expect(byKind('yesNo')).toEqual(['ukResidentBefore2021', 'euFamilyMember', 'cardChip', 'bokActive']);
    expect(byKind('options')).toContain('permanentResidenceTie');
    expect(byKind('options')).toHaveLength(QUESTION_IDS.length - 8);
  });
});
