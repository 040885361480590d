import { checkCaseFile } from '../../src/rules/case-file-check.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { z } from 'zod';
import { excerpt, problemsOfIssue } from '../../src/rules/problems.ts';
import { problemSchema } from '../../src/rules/schema/problem.ts';

const AS_OF = '2026-11-22';
const base = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'facility' };

const problemsOf = (input: unknown, asOf = AS_OF) => {
  const r = checkCaseFile(input, asOf);
  return r.ok ? [] : r.problems;
};

describe('bad case files give one clear problem per field, never a throw', () => {
  it.each([
    ['not an object', 'hello', ''],
    ['null', null, ''],
    ['an array', [], ''],
    ['wrong schema version', { ...base, schemaVersion: 2 }, 'schemaVersion'],
    ['lower-case country', { ...base, citizenship: 'de' }, 'citizenship'],
    ['unknown country', { ...base, citizenship: 'ZZ' }, 'citizenship'],
    ['impossible date', { ...base, arrivalDate: '2026-02-30' }, 'arrivalDate'],
    ['date in another format', { ...base, arrivalDate: '18.12.2026' }, 'arrivalDate'],
    ['enum value not in the set', { ...base, stayLength: 'forever' }, 'stayLength'],
    ['unknown field', { ...base, favouriteColour: 'blue' }, ''],
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
    for (const p of problems) expect(problemSchema.parse(p).key).toMatch(/^problems\.[a-zA-Z.]+$/);
  });

  it('rejects an impossible or out-of-range plan date', () => {
    expect(problemsOf(base, '2026-13-01')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2046-01-01')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2023-12-31')[0]!.field).toBe('asOf');
    expect(problemsOf(base, '2046-01-01')[0]).toEqual({ field: 'asOf', key: 'problems.outsideDates', params: { value: '"2046-01-01"', min: '2024-01-01', max: '2045-12-31' } });
    expect(problemsOf(base, '2026-13-01')[0]).toEqual({ field: 'asOf', key: 'problems.impossibleDate', params: { value: '"2026-13-01"' } });
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
    expect(p.find((x) => x.field === 'residenceSince')!.params).toMatchObject({ min: '1993-01-01', max: AS_OF });
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

describe('problems are message keys: zod issues by code, rules by name, all in one pass', () => {
  const only = (input: unknown, asOf = AS_OF) => problemsOf(input, asOf);

  it.each([
    ['a missing required field', { ...base, citizenship: undefined }, { field: 'citizenship', key: 'problems.missing' }],
    ['a value of the wrong type', { ...base, arrivalDate: 20261218 }, { field: 'arrivalDate', key: 'problems.notText', params: { value: '20261218' } }],
    ['an enum value not in the set', { ...base, stayLength: 'forever' }, { field: 'stayLength', key: 'problems.notAnOption', params: { value: '"forever"' } }],
    ['a date in another format', { ...base, arrivalDate: '18.12.2026' }, { field: 'arrivalDate', key: 'problems.notADate', params: { value: '"18.12.2026"' } }],
    ['an impossible date', { ...base, arrivalDate: '2026-02-30' }, { field: 'arrivalDate', key: 'problems.impossibleDate', params: { value: '"2026-02-30"' } }],
    ['a badly written country code', { ...base, citizenship: 'de' }, { field: 'citizenship', key: 'problems.badFormat', params: { value: '"de"' } }],
    ['an unknown key', { ...base, favouriteColour: 'blue' }, { field: '', key: 'problems.unknownField', params: { name: '"favouriteColour"' } }],
    ['another schema version', { ...base, schemaVersion: 2 }, { field: 'schemaVersion', key: 'problems.schemaVersion', params: { value: '2' } }],
    ['not an object at all', [1, 2], { field: '', key: 'problems.notAnObject', params: { value: '[1,2]' } }],
    ['an unknown country', { ...base, citizenship: 'ZZ' }, { field: 'citizenship', key: 'problems.unknownCountry', params: { value: '"ZZ"' } }],
    ['a date outside the range', { ...base, arrivalDate: '2046-01-01' }, { field: 'arrivalDate', key: 'problems.outsideDates', params: { value: '"2046-01-01"', min: '2013-10-18', max: '2045-12-31' } }],
    ['a question the branch needs', { ...base, accommodation: undefined }, { field: 'accommodation', key: 'problems.missing' }],
    ['an answer from another branch', { ...base, purpose: 'employment' }, { field: 'purpose', key: 'problems.doesNotApply', params: { value: '"employment"' } }],
  ])('%s', (_name, input, expected) => {
    expect(only(JSON.parse(JSON.stringify(input)))).toEqual([expected]);
  });

  it('a residence start in the future (after the plan date) is its own key', () => {
    const resident = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'longTermResidence', residenceSince: '2026-11-23' };
    expect(only(resident)).toContainEqual({ field: 'residenceSince', key: 'problems.afterPlanDate', params: { value: '"2026-11-23"', asOf: AS_OF } });
  });

  it('too long, too many: the limits as parameters', () => {
    const issues = (schema: z.ZodType, v: unknown) => {
      const r = schema.safeParse(v);
      return r.success ? [] : r.error.issues.flatMap((i) => problemsOfIssue(i, v));
    };
    expect(issues(z.object({ name: z.string().max(3) }), { name: 'abcd' })).toEqual([{ field: 'name', key: 'problems.tooLong', params: { value: '"abcd"', max: 3 } }]);
    expect(issues(z.object({ name: z.string().min(1) }), { name: '' })).toEqual([{ field: 'name', key: 'problems.emptyText' }]);
    expect(issues(z.object({ list: z.array(z.number()).max(1) }), { list: [1, 2] })).toEqual([{ field: 'list', key: 'problems.tooMany', params: { value: '[1,2]', max: 1 } }]);
    expect(issues(z.object({ n: z.number().min(1) }), { n: 0 })).toEqual([{ field: 'n', key: 'problems.tooSmall', params: { value: '0', min: 1 } }]);
    expect(issues(z.array(z.object({ a: z.string() })), [{ a: 1 }])).toEqual([{ field: '[0].a', key: 'problems.notText', params: { value: '1' } }]);
  });

  it('an unknown country AND an impossible date: both named, with a shape problem and a rule problem beside them', () => {
    const input = { ...base, citizenship: 'QQ', arrivalDate: '2026-02-30', stayLength: 'forever', extra: 1 };
    expect(only(input)).toEqual([
      { field: 'citizenship', key: 'problems.unknownCountry', params: { value: '"QQ"' } },
      { field: 'stayLength', key: 'problems.notAnOption', params: { value: '"forever"' } },
      { field: 'arrivalDate', key: 'problems.impossibleDate', params: { value: '"2026-02-30"' } },
      { field: '', key: 'problems.unknownField', params: { name: '"extra"' } },
    ]);
  });

  it('a rule problem is reported beside a shape problem of another field (a date out of range, a bad type)', () => {
    expect(only({ ...base, arrivalDate: '2046-01-01', accommodation: 7 }).map((p) => p.key)).toEqual(['problems.outsideDates', 'problems.notAnOption']);
  });

  it('a bad plan date and a bad file together', () => {
    expect(only({ ...base, citizenship: 'ZZ' }, '2023-01-01').map((p) => `${p.field} ${p.key}`)).toEqual(['asOf problems.outsideDates', 'citizenship problems.unknownCountry']);
  });

  it('an excerpt is short and escaped: no control or bidi characters, at most 40 characters', () => {
    const [p] = only({ ...base, stayLength: `evil\u202e\n${'x'.repeat(100)}` });
    const value = String(p!.params!.value);
    expect(value.length).toBeLessThanOrEqual(40);
    expect(value.endsWith('…')).toBe(true);
    expect(value).not.toMatch(/[\u202e\n]/);
    expect(value).toContain('\\u202e');
    expect(excerpt('short')).toBe('"short"');
    expect(excerpt({ a: 1 })).toBe('{"a":1}');
  });
});
