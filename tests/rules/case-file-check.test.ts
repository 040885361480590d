import { checkCaseFile } from '../../src/rules/case-file-check.ts';
import { makePlan } from '../../src/rules/make-plan.ts';

const AS_OF = '2026-11-22';
const base = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'facility' };

const problemsOf = (input: unknown, asOf = AS_OF) => {
  const r = checkCaseFile(input, asOf);
  return r.ok ? [] : r.problems;
};

describe('bad case files give one clear problem per field, never a throw', () => {
  it.each([
    ['not an object', 'hello', '(case file)'],
    ['null', null, '(case file)'],
    ['an array', [], '(case file)'],
    ['wrong schema version', { ...base, schemaVersion: 2 }, 'schemaVersion'],
    ['lower-case country', { ...base, citizenship: 'de' }, 'citizenship'],
    ['unknown country', { ...base, citizenship: 'ZZ' }, 'citizenship'],
    ['impossible date', { ...base, arrivalDate: '2026-02-30' }, 'arrivalDate'],
    ['date in another format', { ...base, arrivalDate: '18.12.2026' }, 'arrivalDate'],
    ['enum value not in the set', { ...base, stayLength: 'forever' }, 'stayLength'],
    ['unknown field', { ...base, favouriteColour: 'blue' }, 'favouriteColour'],
    ['field missing for the branch', { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days', arrivalDate: '2026-12-18', accommodation: 'private' }, 'euBasis'],
    ['field from another branch', { ...base, purpose: 'employment' }, 'purpose'],
    ['goal not possible for the status', {
      schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'permanentResidence',
      residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2027-01-31', filingChannel: 'online', cardChip: 'yes', bokActive: 'no',
    }, 'residentGoal'],
    ['arrival before 18 Oct 2013', { ...base, arrivalDate: '2013-10-17' }, 'arrivalDate'],
    ['arrival after 2045', { ...base, arrivalDate: '2046-01-01' }, 'arrivalDate'],
  ])('%s', (_name, input, field) => {
    const problems = problemsOf(input);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.field)).toContain(field);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(5);
  });

  it('rejects an impossible or out-of-range plan date', () => {
    expect(problemsOf(base, '2026-13-01')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2046-01-01')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2023-12-31')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2046-01-01')[0]!.message).toContain('2024-01-01 to 2045-12-31');
  });

  it('accepts dates far from today: an arrival in 2013 or 2045, a plan as of 2030', () => {
    expect(checkCaseFile({ ...base, arrivalDate: '2013-10-18' }, AS_OF).ok).toBe(true);
    expect(checkCaseFile({ ...base, arrivalDate: '2045-12-31' }, AS_OF).ok).toBe(true);
    expect(checkCaseFile({ ...base, arrivalDate: '2030-03-01' }, '2030-02-01').ok).toBe(true);
  });

  it('residence since: from 1993 to the plan date, naming the field and the range', () => {
    const resident = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'longTermResidence', residenceSince: '1992-12-31' };
    const p = problemsOf(resident);
    expect(p.map((x) => x.field)).toContain('residenceSince');
    expect(p.find((x) => x.field === 'residenceSince')!.message).toContain('1993-01-01');
    expect(problemsOf({ ...resident, residenceSince: '0000-01-01' }).map((x) => x.field)).toContain('residenceSince');
  });

  it('accepts a complete, consistent case file', () => {
    expect(checkCaseFile(base, AS_OF).ok).toBe(true);
  });

  it('a deadline past the end of 2027 is counted from the law in force today, not refused', () => {
    const r = makePlan({ ...base, stayLength: 'over90Days', euBasis: 'employee', arrivalDate: '2027-11-20' }, AS_OF);
    expect(r.ok).toBe(true);
  });
});
