import { makePlan } from '../../../src/rules/make-plan.ts';
import { enginePlanSchema, type EnginePlan } from '../../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';

function planOf(name: string, asOf = AS_OF): EnginePlan {
  const r = makePlan(loadExample(name), asOf);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  return r.plan;
}

const dueOf = (p: EnginePlan, stepId: string) => p.steps.find((s) => s.id === stepId)?.due?.date;
const stepIds = (p: EnginePlan) => p.steps.map((s) => s.id);

describe('every example case file gives a schema-valid plan', () => {
  it('ships at least one example per main branch', () => {
    const names = exampleNames();
    for (const needed of [
      'eu-short-stay',
      'eu-long-stay-employee',
      'uk-withdrawal-agreement',
      'eu-family-member',
      'third-country-short-stay-visa',
      'third-country-employment',
      'third-country-eu-blue-card',
      'third-country-business-visa-free',
      'third-country-studies',
      'third-country-research-visa-free',
      'third-country-special-activity',
      'third-country-family-reunification',
      'third-country-seasonal-work',
      'resident-renewal',
      'temporary-refuge',
    ]) {
      expect(names).toContain(needed);
    }
  });

  it.each(exampleNames())('%s', (name) => {
    const plan = planOf(name);
    expect(enginePlanSchema.safeParse(plan).success).toBe(true);
    // Steps in date order: every dated step precedes the undated ones and dates ascend.
    const dated = plan.steps.filter((s) => s.due).map((s) => s.due!.date);
    expect(dated).toEqual([...dated].sort());
    const firstUndated = plan.steps.findIndex((s) => !s.due);
    if (firstUndated >= 0) expect(plan.steps.slice(firstUndated).every((s) => !s.due)).toBe(true);
    // Every step cites a source that is in the plan's source list.
    const ids = new Set(plan.sources.map((s) => s.id));
    for (const s of plan.steps) for (const id of s.sourceIds) expect(ids).toContain(id);
    // Totals add up.
    const req = plan.fees.filter((f) => !f.optional).reduce((t, f) => t + f.amountEur, 0);
    expect(plan.feeTotals.requiredEur).toBeCloseTo(req, 2);
  });
});

describe('deadlines on the handbook worked examples', () => {
  it('EU citizen arriving Fri 18 Dec 2026: notice by Thu 7 Jan 2027, registration by Mon 19 Apr 2027', () => {
    const p = planOf('eu-long-stay-employee');
    expect(p.group).toBe('eu');
    expect(dueOf(p, 'noticeOfStay')).toBe('2027-01-07');
    expect(dueOf(p, 'euRegistration')).toBe('2027-04-19');
    const reg = p.steps.find((s) => s.id === 'euRegistration')!;
    expect(reg.due!.rule).toEqual({
      key: 'due.monthsThenDaysAfterRolled',
      params: { months: 3, days: 30, from: '2026-12-18', unrolled: '2027-04-17' },
    });
    // With the booking action: slots for 19 Apr open 40 days ahead (no BOK), on 10 Mar 2027.
    expect(p.deadlines.map((d) => [d.stepId, d.date])).toEqual([
      ['noticeOfStay', '2027-01-07'],
      ['bookEuRegistration', '2027-03-10'],
      ['euRegistration', '2027-04-19'],
    ]);
  });

  it('third-country national arriving Fri 28 Aug 2026: notice by Wed 2 Sep 2026 (1 Sep is a working day)', () => {
    const p = planOf('third-country-short-stay-visa-free');
    expect(dueOf(p, 'noticeOfStay')).toBe('2026-09-02');
    // 90 days counting the day of entry: 28 Aug + 89 days.
    expect(dueOf(p, 'leaveSchengen')).toBe('2026-11-25');
  });

  it('family member arriving Fri 13 Nov 2026: notice in 10 working days (17 Nov works), card by Mon 15 Mar 2027', () => {
    const p = planOf('eu-family-member');
    expect(dueOf(p, 'noticeOfStay')).toBe('2026-11-27');
    expect(dueOf(p, 'familyMemberCard')).toBe('2027-03-15');
  });

  it('third-country national arriving Fri 13 Nov 2026 must report by Wed 18 Nov 2026', () => {
    const r = makePlan(
      { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'upTo90Days', arrivalDate: '2026-11-13', accommodation: 'private' },
      '2026-11-14',
    );
    expect(r.ok && dueOf(r.plan, 'noticeOfStay')).toBe('2026-11-18');
  });

  it('EU citizen arriving Thu 30 Apr 2026: notice by Fri 15 May 2026 (1 May rests, 8 May 2026 works)', () => {
    const r = makePlan(
      { schemaVersion: 1, citizenship: 'FR', stayLength: 'upTo90Days', arrivalDate: '2026-04-30', accommodation: 'private' },
      '2026-05-01',
    );
    expect(r.ok && dueOf(r.plan, 'noticeOfStay')).toBe('2026-05-15');
  });
});

describe('branches', () => {
  it('a Slovak citizen gets no steps', () => {
    const p = planOf('slovak-citizen');
    expect(p.group).toBe('slovak');
    expect(p.steps).toEqual([]);
    expect(p.outcome.key).toBe('outcome.slovak');
  });

  it('UK Withdrawal Agreement: the passed 2021 deadline is warned, fees conflict shown', () => {
    const p = planOf('uk-withdrawal-agreement');
    expect(p.group).toBe('ukWithdrawalAgreement');
    const ids = p.warnings.map((w) => w.id);
    expect(ids).toContain('ukWa.deadlinePassed');
    expect(ids).toContain('conflict.ukWaFees');
    expect(stepIds(p)).toEqual(expect.arrayContaining(['ukWaDocument', 'bok', 'continuingDuties']));
  });

  it('business filed from a visa-free stay after 1 Jul 2025 is sent to an embassy with a warning', () => {
    const p = planOf('third-country-business-visa-free');
    const tr = p.steps.find((s) => s.id === 'trApplication')!;
    expect(tr.where.officeType).toBe('embassy');
    expect(tr.fees.find((f) => f.id === 'trFirst')!.amountEur).toBe(350);
    expect(p.warnings.find((w) => w.id === 'forbidden.businessEmbassyOnly')?.kind).toBe('forbidden');
  });

  it('business from a visa-free stay before 1 Jul 2025 is filed at the Foreign Police for 330 EUR', () => {
    const cf = { ...(loadExample('third-country-business-visa-free') as object), arrivalDate: '2025-05-02' };
    const r = makePlan(cf, '2025-05-05');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const tr = r.plan.steps.find((s) => s.id === 'trApplication')!;
    expect(tr.where.officeType).toBe('foreignPolice');
    expect(tr.fees.find((f) => f.id === 'trFirst')!.amountEur).toBe(330);
    expect(r.plan.warnings.some((w) => w.kind === 'forbidden')).toBe(false);
  });

  it('visa-free applicant must file by the last working day of the 90-day stay', () => {
    const p = planOf('third-country-research-visa-free');
    // 13 Nov 2026 + 89 days = Wed 10 Feb 2027, a working day.
    expect(dueOf(p, 'trApplication')).toBe('2027-02-10');
  });

  it('a renewal is due by the last working day of validity, booking needs a BOK since Aug 2025', () => {
    const p = planOf('resident-renewal');
    // 28 Feb 2027 is a Sunday: offices are closed, so Fri 26 Feb.
    expect(dueOf(p, 'renewal')).toBe('2027-02-26');
    const step = p.steps.find((s) => s.id === 'renewal')!;
    expect(step.due!.rule.key).toBe('due.lastDayOfValidityClosed');
    expect(step.fees.find((f) => f.id === 'trRenewal')!.amountEur).toBe(140);
  });

  it('temporary refuge runs to 4 Mar 2027 as of November 2026', () => {
    const p = planOf('temporary-refuge');
    expect(dueOf(p, 'refugeValidity')).toBe('2027-03-04');
  });

  it('long-term residence: 5 years from 1 Sep 2021 gives 1 Sep 2026, so the person can apply now', () => {
    const p = planOf('resident-long-term');
    const s = p.steps.find((x) => x.id === 'longTermResidence')!;
    expect(s.due).toBeUndefined();
    expect(s.timing?.key).toBe('timing.canApplyNow');
    expect(s.details.map((d) => d.key)).toContain('steps.longTermResidence.languageA2');
  });
});
