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
      residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2027-01-31', filingChannel: 'online', cardChip: 'yes',
    }, 'residentGoal'],
    ['arrival outside the kept calendar', { ...base, arrivalDate: '2023-06-01' }, 'arrivalDate'],
  ])('%s', (_name, input, field) => {
    const problems = problemsOf(input);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.field)).toContain(field);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(5);
  });

  it('rejects an impossible or out-of-range plan date', () => {
    expect(problemsOf(base, '2026-13-01')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2031-01-01')[0]!.field).toBe('asOf');
  });

  it('accepts a complete, consistent case file', () => {
    expect(checkCaseFile(base, AS_OF).ok).toBe(true);
  });

  it('a deadline past the kept calendar names the date field instead of crashing', () => {
    const r = makePlan({ ...base, stayLength: 'over90Days', euBasis: 'employee', arrivalDate: '2027-11-20' }, AS_OF);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toBe('arrivalDate');
  });
});
