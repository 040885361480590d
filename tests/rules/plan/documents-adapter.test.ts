import { makeHouseholdPlan } from '../../../src/rules/make-household-plan.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { fitsRole } from '../../../src/rules/params/documents.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';

/**
 * Issue 12: a spouse does not get documents meant for children. The documents a household
 * member's plan lists follow the member's role (documents.md §1, family reunification; §2.2).
 */
const AS_OF = '2026-11-22';
const joining = { schemaVersion: 1, citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'familyReunification' };
const withEuCitizen = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'yes', stayLength: 'over90Days', arrivalDate: '2026-12-18', accommodation: 'private' };
const main = { schemaVersion: 1, citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'employment' };

const docs = (p: EnginePlan, stepId: string) => (p.steps.find((s) => s.id === stepId)?.documents ?? []).map((d) => d.id);
const uncertainCount = (p: EnginePlan, stepId: string) => p.warnings.find((w) => w.id === `documents.uncertain.${stepId}`)?.text.params?.count;

function household(caseFile: Record<string, unknown>) {
  const r = makeHouseholdPlan(
    {
      schemaVersion: 1,
      kind: 'household',
      members: [
        { id: 'anna', role: 'main', caseFile: main },
        { id: 'oleh', role: 'spouse', caseFile },
        { id: 'ivan', role: 'child', caseFile },
        { id: 'olga', role: 'dependentParent', caseFile },
      ],
    },
    AS_OF,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return Object.fromEntries(r.plan.members.map((m) => [m.id, m.plan]));
}

describe('documents follow the household member\'s role', () => {
  it('family reunification: the spouse gets no parental consent and no affidavit about a child or a dependant; the child gets both', () => {
    const p = household(joining);
    expect(docs(p.oleh!, 'trApplication')).not.toEqual(expect.arrayContaining(['parentalConsent']));
    expect(docs(p.oleh!, 'trApplication')).not.toContain('familyAffidavit');
    expect(docs(p.oleh!, 'trApplication')).toEqual(expect.arrayContaining(['civilStatusDocument', 'passport', 'accommodation']));
    expect(docs(p.ivan!, 'trApplication')).toEqual(expect.arrayContaining(['parentalConsent', 'familyAffidavit']));
    // A dependent parent: the affidavit (dependency), never a parent's consent.
    expect(docs(p.olga!, 'trApplication')).toContain('familyAffidavit');
    expect(docs(p.olga!, 'trApplication')).not.toContain('parentalConsent');
  });

  it('the "not confirmed" count counts only the documents the member gets', () => {
    const p = household(joining);
    const child = uncertainCount(p.ivan!, 'trApplication');
    const spouse = uncertainCount(p.oleh!, 'trApplication');
    expect(typeof child).toBe('number');
    // The parent's consent and the family affidavit (both Med) are on the child's list only.
    expect(spouse).toBe((child as number) - 2);
  });

  it('family member of an EU citizen: proof of dependency for a child or a dependent parent, not for a spouse', () => {
    const p = household(withEuCitizen);
    expect(docs(p.oleh!, 'familyMemberCard')).not.toContain('dependencyEvidence');
    expect(docs(p.ivan!, 'familyMemberCard')).toContain('dependencyEvidence');
    expect(docs(p.olga!, 'familyMemberCard')).toContain('dependencyEvidence');
  });

  it('one person\'s plan (no role) and the main person keep every document, each with its note saying whom it is for', () => {
    const r = makePlan(joining, AS_OF);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(docs(r.plan, 'trApplication')).toEqual(expect.arrayContaining(['parentalConsent', 'familyAffidavit']));
    const consent = r.plan.steps.find((s) => s.id === 'trApplication')?.documents.find((d) => d.id === 'parentalConsent');
    expect(consent?.note?.key).toBe('documents.parentalConsent.noteFamily');
    const asMain = makePlan(joining, AS_OF, 'main');
    expect(asMain.ok && docs(asMain.plan, 'trApplication')).toEqual(docs(r.plan, 'trApplication'));
  });

  it('fitsRole: a document for some roles fits those, the main person and no role; any role fits a document for everyone', () => {
    const forChild = { forRoles: ['child'] as const };
    expect([undefined, 'main', 'child', 'spouse', 'dependentParent'].map((r) => fitsRole(forChild, r as never))).toEqual([true, true, true, false, false]);
    expect(fitsRole({}, 'spouse')).toBe(true);
  });
});
