import { makePlan } from '../../../src/rules/make-plan.ts';
import { loadExample } from '../../support/load-example.ts';

// The dated competence table decides where EU registration and the family member's card are
// filed: only the department for the address before 1 July 2025, any department from then.
describe.each([
  ['eu-long-stay-employee', 'euRegistration'],
  ['eu-family-member', 'familyMemberCard'],
])('%s: %s', (example, stepId) => {
  const where = (asOf: string) => {
    const cf = { ...(loadExample(example) as object), arrivalDate: asOf };
    const r = makePlan(cf, asOf);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.plan.steps.find((s) => s.id === stepId)!.where.text.key;
  };
  it('the department for the address on 30 June 2025', () => expect(where('2025-06-30')).toBe('where.foreignPoliceForAddress'));
  it('any department from 1 July 2025', () => expect(where('2025-07-01')).toBe('where.foreignPoliceAny'));
});

// The EU citizen's card is a residence document: the department for the address issues it,
// before and after the registration moved to any department (the table, not the module).
describe('eu-long-stay-employee: euCitizenCard', () => {
  const where = (asOf: string) => {
    const r = makePlan({ ...(loadExample('eu-long-stay-employee') as object), arrivalDate: asOf }, asOf);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.plan.steps.find((s) => s.id === 'euCitizenCard')!.where;
  };
  it('the department for the address on 30 June 2025 and on 1 July 2025', () => {
    expect(where('2025-06-30').text.key).toBe('where.foreignPoliceForAddress');
    expect(where('2025-07-01').text.key).toBe('where.foreignPoliceForAddress');
    expect(where('2025-07-01').url).toBe('https://www.minv.sk/?ocp');
  });
});
