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
