import { blueCardFloor, graduateException } from '../../../src/rules/calculators/blue-card.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';

/**
 * Rules by route (issue 13): each on both sides of its dates, with its sources and confidence
 * on the plan. Expected values are the handbook's (facts.md, documents.md, seed 004).
 */
const base = { schemaVersion: 1, euFamilyMember: 'no' } as const;

function plan(cf: Record<string, unknown>, asOf: string): EnginePlan {
  const r = makePlan({ ...base, ...cf }, asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}
const step = (p: EnginePlan, id: string) => p.steps.find((s) => s.id === id);
const details = (p: EnginePlan, id: string) => (step(p, id)?.details ?? []).map((d) => d.key);
const param = (p: EnginePlan, id: string, key: string) => step(p, id)?.details.find((d) => d.key === key)?.params;
const warningIds = (p: EnginePlan) => p.warnings.map((w) => w.id);

function makeEu(): EnginePlan {
  const r = makePlan({ schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-01', accommodation: 'facility' }, '2026-11-22');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}

const studentAbroad = { citizenship: 'VN', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'studies' };

describe('students who work (seed 004, l. 98–99)', () => {
  it('a study plan states 20 hours a week or the equivalent, business allowed, no work permit, and 9 months after graduation', () => {
    const p = plan(studentAbroad, '2026-11-22');
    const s = step(p, 'studentWork');
    expect(s?.title.key).toBe('law.steps.studentWork.title');
    expect(param(p, 'studentWork', 'law.students.hours')).toEqual({ hours: 20 });
    expect(param(p, 'studentWork', 'law.students.afterGraduation')).toEqual({ months: 9 });
    expect(details(p, 'studentWork')).toEqual(expect.arrayContaining(['law.students.business', 'law.students.noPermit']));
    expect(s?.sourceIds).toEqual(expect.arrayContaining(['doc-eux-temporary-residence', 'law-euraxesspoint-graduate']));
    expect(s?.confidence).toBe('med');
    expect(warningIds(p)).toEqual(expect.arrayContaining(['uncertain.law.studentWork', 'uncertain.law.graduateJobSeeking']));
    expect(p.next?.stepId).not.toBe('studentWork');
  });

  it('also when renewing residence for studies, from the first day the dates cover', () => {
    const p = plan({ citizenship: 'VN', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'renewal', purpose: 'studies', permitExpiry: '2024-08-31', filingChannel: 'inPerson', cardChip: 'yes', bokActive: 'no' }, '2024-01-01');
    expect(step(p, 'studentWork')).toBeDefined();
  });

  it('not for other purposes, and not for a resident who only keeps their duties', () => {
    expect(step(plan({ ...studentAbroad, purpose: 'employment' }, '2026-11-22'), 'studentWork')).toBeUndefined();
    expect(step(plan({ citizenship: 'VN', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'continuingDuties', cardChip: 'yes', bokActive: 'no' }, '2026-11-22'), 'studentWork')).toBeUndefined();
  });
});

describe('short stays: EES and ETIAS (facts.md §5, §11)', () => {
  const visaFree = { citizenship: 'US', stayLength: 'upTo90Days', arrivalDate: '2026-12-01', accommodation: 'facility' };
  const visa = { ...visaFree, citizenship: 'IN' };
  const eesPhase = (asOf: string) => step(plan({ ...visaFree, arrivalDate: asOf }, asOf), 'ees')?.title.key;

  it('EES by phase: stamps before 12 Oct 2025, phased in from then, in full operation from 10 Apr 2026', () => {
    expect(eesPhase('2025-10-11')).toBe('law.steps.ees.title.notStarted');
    expect(eesPhase('2025-10-12')).toBe('law.steps.ees.title.phasingIn');
    expect(eesPhase('2026-04-09')).toBe('law.steps.ees.title.phasingIn');
    expect(eesPhase('2026-04-10')).toBe('law.steps.ees.title.operating');
    const p = plan({ ...visaFree, arrivalDate: '2026-01-10' }, '2026-01-10');
    expect(param(p, 'ees', 'law.ees.phasingIn')).toEqual({ started: '2025-10-12', full: '2026-04-10' });
    expect(details(p, 'ees')).toContain('law.ees.biometrics');
    expect(step(p, 'ees')?.sourceIds).toEqual(expect.arrayContaining(['law-ees-regulation', 'law-ees-start']));
  });

  it('ETIAS for visa-free travellers only: announced for the last quarter of 2026 from 18 Jul 2025, never confirmed, Low', () => {
    const before = plan({ ...visaFree, arrivalDate: '2025-07-17' }, '2025-07-17');
    expect(details(before, 'etias')).toContain('law.etias.noDate');
    const after = plan({ ...visaFree, arrivalDate: '2025-07-18' }, '2025-07-18');
    expect(details(after, 'etias')).toContain('law.etias.announced.lastQuarter2026');
    expect(param(after, 'etias', 'law.etias.announced.lastQuarter2026')).toEqual({ verified: '2026-12-06' });
    for (const p of [before, after, plan(visaFree, '2027-02-01')]) {
      expect(step(p, 'etias')?.confidence).toBe('low');
      expect(step(p, 'etias')?.title.key).toBe('law.steps.etias.title.notYet');
      expect(warningIds(p)).toContain('uncertain.law.etias');
    }
    const v = plan(visa, '2026-11-22');
    expect(step(v, 'etias')).toBeUndefined();
    expect(step(v, 'ees')).toBeDefined();
  });

  it('no EES or ETIAS step for EU citizens or long stays', () => {
    expect(step(makeEu(), 'ees')).toBeUndefined();
    expect(step(plan(studentAbroad, '2026-11-22'), 'ees')).toBeUndefined();
  });
});

describe('temporary refuge after 4 March 2027 (facts.md §6, §12)', () => {
  const refuge = { citizenship: 'UA', stayLength: 'over90Days', currentStatus: 'temporaryRefuge', refugeGoal: 'keepRefuge' };

  it('before the Commission proposal (26 Jun 2026): the end date in force only', () => {
    const p = plan(refuge, '2026-06-25');
    expect(step(p, 'refugeValidity')?.due?.date).toBe('2027-03-04');
    expect(details(p, 'refugeValidity')).not.toContain('law.refuge.proposed');
  });

  it('from the proposal: the end date stays 4 Mar 2027, the proposal to 4 Mar 2028 is said with what to watch and what to do, Low', () => {
    const p = plan(refuge, '2026-06-26');
    const s = step(p, 'refugeValidity');
    expect(s?.due).toMatchObject({ date: '2027-03-04', status: 'upcoming' });
    expect(param(p, 'refugeValidity', 'law.refuge.proposed')).toEqual({ proposedOn: '2026-06-26', proposed: '2028-03-04', until: '2027-03-04', verified: '2026-12-06' });
    expect(details(p, 'refugeValidity')).toEqual(expect.arrayContaining(['law.refuge.watch', 'law.refuge.ifNotExtended']));
    expect(s?.confidence).toBe('low');
    expect(s?.sourceIds).toContain('law-refuge-proposal-2028');
    expect(warningIds(p)).toContain('uncertain.law.refugeExtension');
  });

  it('on the last day it is still valid; the day after, it is neither valid nor "passed" while the extension is pending', () => {
    const last = plan(refuge, '2027-03-04');
    expect(step(last, 'refugeValidity')?.due?.status).toBe('dueToday');
    const after = plan(refuge, '2027-03-05');
    const s = step(after, 'refugeValidity');
    expect(s?.due).toBeUndefined();
    expect(s?.title.key).toBe('law.steps.refugeValidity.pendingTitle');
    expect(s?.timing).toEqual({ key: 'law.timing.refugePending', params: { until: '2027-03-04', proposed: '2028-03-04' } });
    expect(warningIds(after)).toContain('refuge.extensionPending');
    expect(warningIds(after)).not.toContain('refuge.ended');
    expect(warningIds(after)).not.toContain('overdue.refugeValidity');
  });
});

describe('EU Blue Card floor, every word dated (facts.md §7, §11)', () => {
  const blueCard = { citizenship: 'IN', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'euBlueCard' };

  it('the plan takes multiplier, wage, graduate exception and contract from the values in force', () => {
    const p = plan(blueCard, '2026-11-22');
    expect(param(p, 'trApplication', 'law.blueCard.floor')).toEqual({ floor: 1944, multiplier: 1.2, year: 2025, average: 1620 });
    expect(param(p, 'trApplication', 'law.blueCard.graduate')).toEqual({ graduateFloor: 1620, multiplier: 1, years: 3 });
    expect(param(p, 'trApplication', 'law.blueCard.contract')).toEqual({ months: 6 });
    expect(details(p, 'trApplication')).not.toContain('law.blueCard.wagePending');
  });

  it('before 15 Jul 2024: 1.5 × and no graduate exception or contract sentence', () => {
    const p = plan(blueCard, '2024-07-14');
    expect(param(p, 'trApplication', 'law.blueCard.floor')).toEqual({ floor: 2145, multiplier: 1.5, year: 2023, average: 1430 });
    expect(details(p, 'trApplication')).not.toContain('law.blueCard.graduate');
    expect(details(p, 'trApplication')).not.toContain('law.blueCard.contract');
    expect(details(plan(blueCard, '2024-07-15'), 'trApplication')).toContain('law.blueCard.graduate');
  });

  it('when the reference year is not published yet, the plan says which year is used, Low; published the next day', () => {
    const p = plan(blueCard, '2026-03-02');
    expect(param(p, 'trApplication', 'law.blueCard.wagePending')).toEqual({ referenceYear: 2025, year: 2024 });
    expect(step(p, 'trApplication')?.confidence).toBe('low');
    expect(warningIds(p)).toContain('blueCard.wagePending');
    const q = plan(blueCard, '2026-03-03');
    expect(details(q, 'trApplication')).not.toContain('law.blueCard.wagePending');
    expect(warningIds(q)).not.toContain('blueCard.wagePending');
    expect(param(plan(blueCard, '2027-01-01'), 'trApplication', 'law.blueCard.wagePending')).toEqual({ referenceYear: 2026, year: 2025 });
  });

  it('the calculator gives the same parts, and the exception with its first day', () => {
    expect(blueCardFloor('2026-03-02', false)).toMatchObject({ wageYear: 2024, referenceYear: 2025, wagePending: true, confidence: 'low', floorEur: 1828.8 });
    expect(blueCardFloor('2026-03-03', true)).toMatchObject({ wageYear: 2025, wagePending: false, confidence: 'med', floorEur: 1620, graduateWithinYears: 3, minContractMonths: 6, fileWithinDays: 90 });
    expect(blueCardFloor('2024-07-14', true)).toMatchObject({ multiplier: 1.5, graduateWithinYears: null, minContractMonths: null });
    expect(graduateException('2024-07-14')).toBeNull();
    expect(graduateException('2026-11-22')).toEqual({ from: '2024-07-15', years: 3 });
  });
});

describe('goals a resident cannot reach yet (facts.md §3; documents.md §2, §5)', () => {
  const resident = { citizenship: 'IN', stayLength: 'over90Days', currentStatus: 'temporaryResidence', cardChip: 'yes', bokActive: 'no' };

  const pr = (tie: string | undefined, asOf = '2026-11-22') =>
    plan({ ...resident, residentGoal: 'permanentResidence', residenceSince: '2023-02-10', ...(tie ? { permanentResidenceTie: tie } : {}) }, asOf);

  it('no family tie: no application, said plainly, with long-term residence from 5 years after residenceSince', () => {
    const p = pr('none');
    expect(step(p, 'permanentFiveYears')).toBeUndefined();
    expect(p.outcome.key).toBe('outcome.resident.permanentResidenceNoRoute');
    const w = p.warnings.find((x) => x.id === 'goal.permanentNoRoute');
    expect(w).toMatchObject({ kind: 'forbidden', stepId: 'longTermInstead', text: { key: 'law.goals.permanentNone' } });
    expect(w?.sourceIds).toEqual(expect.arrayContaining(['res-mic-pr5', 'res-mic-long-term']));
    const s = step(p, 'longTermInstead');
    expect(s?.due).toMatchObject({ date: '2028-02-10', kind: 'earliest' });
    expect(param(p, 'longTermInstead', 'law.goals.longTermFrom')).toEqual({ date: '2028-02-10', years: 5, from: '2023-02-10' });
    expect(details(p, 'longTermInstead')).toEqual(expect.arrayContaining(['steps.longTermResidence.absences', 'steps.longTermResidence.languageA2', 'law.goals.longTermIncome']));
    expect(p.fees.map((f) => f.id)).not.toContain('permanentResidence');
  });

  it.each(['slovakFamily', 'childOfPermanentResident'])('a family tie (%s): the application alone, with its documents and the tie named', (tie) => {
    const p = pr(tie);
    expect(step(p, 'permanentFiveYears')?.documents.length).toBeGreaterThan(0);
    expect(details(p, 'permanentFiveYears')[0]).toBe(`law.goals.permanentTie.${tie}`);
    expect(step(p, 'longTermInstead')).toBeUndefined();
    expect(warningIds(p)).not.toContain('goal.permanentNoRoute');
    expect(p.outcome.key).toBe('outcome.resident.permanentResidence');
  });

  it.each([['dontKnow'], [undefined]])('not known (%s, or a case file from before the question): both routes, and the text says which applies when', (tie) => {
    const p = pr(tie);
    expect(step(p, 'permanentFiveYears')).toBeDefined();
    expect(step(p, 'longTermInstead')).toBeDefined();
    const w = p.warnings.find((x) => x.id === 'goal.permanentNoRoute');
    expect(w).toMatchObject({ kind: 'info', stepId: 'permanentFiveYears', text: { key: 'law.goals.permanentNoRoute' } });
    expect(p.outcome.key).toBe('outcome.resident.permanentResidence');
  });

  it('the day before and on the fifth anniversary: from then, or now', () => {
    const since = '2021-11-22';
    expect(step(plan({ ...resident, residentGoal: 'permanentResidence', residenceSince: since, permanentResidenceTie: 'none' }, '2026-11-21'), 'longTermInstead')?.due?.date).toBe('2026-11-22');
    const now = plan({ ...resident, residentGoal: 'permanentResidence', residenceSince: since, permanentResidenceTie: 'none' }, '2026-11-22');
    expect(step(now, 'longTermInstead')?.due).toBeUndefined();
    expect(details(now, 'longTermInstead')).toContain('law.goals.longTermNow');
  });

  it('A2 Slovak only from 15 Jul 2025', () => {
    const cf = { ...resident, residentGoal: 'permanentResidence', residenceSince: '2020-01-01' };
    expect(details(plan(cf, '2025-07-14'), 'longTermInstead')).not.toContain('steps.longTermResidence.languageA2');
    expect(details(plan(cf, '2025-07-15'), 'longTermInstead')).toContain('steps.longTermResidence.languageA2');
  });

  it('a renewal on its last day is a renewal; the day after, the plan says it can no longer be renewed and what is left', () => {
    const cf = { ...resident, residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2026-11-20', filingChannel: 'inPerson' };
    expect(step(plan(cf, '2026-11-20'), 'afterExpiry')).toBeUndefined();
    const p = plan(cf, '2026-11-21');
    const s = step(p, 'afterExpiry');
    expect(param(p, 'afterExpiry', 'law.goals.renewalExpired')).toEqual({ lastDay: '2026-11-20' });
    expect(details(p, 'afterExpiry')).toEqual(expect.arrayContaining(['law.goals.newApplication', 'law.goals.newApplicationEmbassy', 'law.goals.contactPolice']));
    expect(s?.confidence).toBe('med');
    expect(warningIds(p)).toContain('goal.afterExpiry');
    const visaFree = plan({ ...cf, citizenship: 'US' }, '2026-11-21');
    expect(details(visaFree, 'afterExpiry')).toContain('law.goals.newApplicationVisaFree');
  });

  it('after the last day the renewal leaves the plan: nothing books it or says the residence stays valid; what is left comes first', () => {
    const cf = { ...resident, residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2026-11-20', filingChannel: 'inPerson' };
    const before = plan(cf, '2026-11-20');
    expect(step(before, 'renewal')).toBeDefined();
    expect(step(before, 'bookRenewal')).toBeDefined();
    const p = plan(cf, '2026-11-21');
    expect(step(p, 'renewal')).toBeUndefined();
    expect(step(p, 'bookRenewal')).toBeUndefined();
    expect(p.warnings.filter((w) => w.stepId === 'renewal')).toEqual([]);
    expect(p.next?.stepId).toBe('afterExpiry');
    expect(p.fees.map((f) => f.stepId)).not.toContain('renewal');
  });

  it('a change of purpose after the permit expired: the change leaves the plan, what is left replaces it', () => {
    const p = plan({ ...resident, residentGoal: 'changeOfPurpose', purpose: 'employment', permitExpiry: '2026-11-20' }, '2026-11-23');
    expect(param(p, 'afterExpiry', 'law.goals.changeExpired')).toEqual({ lastDay: '2026-11-20' });
    expect(step(p, 'changeOfPurpose')).toBeUndefined();
    expect(p.next?.stepId).toBe('afterExpiry');
    expect(step(plan({ ...resident, residentGoal: 'changeOfPurpose', purpose: 'employment', permitExpiry: '2026-11-20' }, '2026-11-20'), 'changeOfPurpose')).toBeDefined();
  });
});

describe('medical certificate by route (documents.md §6)', () => {
  const tr = (purpose: string, currentStatus: string) =>
    plan({ citizenship: 'US', stayLength: 'over90Days', currentStatus, purpose, ...(currentStatus === 'abroad' ? {} : { arrivalDate: '2026-11-01', accommodation: 'private' }) }, '2026-11-22');

  it('temporary residence: from collecting the card', () => {
    const p = tr('employment', 'visaFree');
    expect(step(p, 'medicalCertificate')?.timing).toEqual({ key: 'timing.daysAfterCollecting', params: { n: 30 } });
    expect(details(p, 'medicalCertificate')).toContain('law.medical.route.temporaryResidence');
  });

  it('EU Blue Card filed at the Foreign Police: from filing (Med); filed at an embassy: from collecting the card', () => {
    const police = tr('euBlueCard', 'visaFree');
    expect(step(police, 'medicalCertificate')?.timing).toEqual({ key: 'law.timing.daysAfterFiling', params: { n: 30 } });
    expect(step(police, 'medicalCertificate')?.sourceIds).toContain('law-medical-blue-card');
    expect(warningIds(police)).toContain('uncertain.law.medicalStart.blueCardAtForeignPolice');
    const embassy = tr('euBlueCard', 'abroad');
    expect(step(embassy, 'medicalCertificate')?.timing?.key).toBe('timing.daysAfterCollecting');
  });

  it('permanent residence for 5 years: health insurance and the medical certificate from collecting the card; not for unlimited or long-term', () => {
    const resident = { citizenship: 'IN', stayLength: 'over90Days', cardChip: 'yes', bokActive: 'no' };
    const p = plan({ ...resident, currentStatus: 'temporaryResidence', residentGoal: 'permanentResidence', residenceSince: '2023-01-01' }, '2026-11-22');
    expect(step(p, 'medicalCertificate')?.timing).toEqual({ key: 'timing.daysAfterCollecting', params: { n: 30 } });
    expect(details(p, 'medicalCertificate')).toContain('law.medical.route.permanentFiveYears');
    expect(step(p, 'healthInsurance')?.timing).toEqual({ key: 'timing.workingDaysAfterCollecting', params: { n: 3 } });
    const unlimited = plan({ ...resident, currentStatus: 'permanentResidence', residentGoal: 'permanentResidence', permitExpiry: '2027-05-01' }, '2026-11-22');
    expect(step(unlimited, 'medicalCertificate')).toBeUndefined();
    const longTerm = plan({ ...resident, currentStatus: 'temporaryResidence', residentGoal: 'longTermResidence', residenceSince: '2020-01-01' }, '2026-11-22');
    expect(step(longTerm, 'medicalCertificate')).toBeUndefined();
  });
});

describe('Single Permit Directive (EU) 2024/1233 (facts.md §12)', () => {
  const employment = { citizenship: 'IN', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'employment' };
  const resident = { citizenship: 'IN', stayLength: 'over90Days', currentStatus: 'temporaryResidence', cardChip: 'yes', bokActive: 'no', permitExpiry: '2027-03-31' };

  it('before the Directive entered into force (20 May 2024): no note; from that day, to be transposed by 21 May 2026 (Med)', () => {
    expect(step(plan(employment, '2024-05-19'), 'employerChange')).toBeUndefined();
    const p = plan(employment, '2024-05-20');
    const s = step(p, 'employerChange');
    expect(s?.title.key).toBe('law.steps.employerChange.title');
    expect(param(p, 'employerChange', 'law.singlePermit.transposing')).toEqual({ deadline: '2026-05-21' });
    expect(s?.confidence).toBe('med');
    expect(warningIds(p)).toContain('uncertain.law.singlePermit');
  });

  it('the day before the transposition deadline, and on it: from 21 May 2026 no Slovak act found, today\'s rules apply, expected to change (Low)', () => {
    const before = plan(employment, '2026-05-20');
    expect(details(before, 'employerChange')).toContain('law.singlePermit.transposing');
    expect(details(before, 'employerChange')).not.toContain('law.singlePermit.deadlinePassed');
    expect(step(before, 'employerChange')?.confidence).toBe('med');
    const after = plan(employment, '2026-05-21');
    const s = step(after, 'employerChange');
    expect(param(after, 'employerChange', 'law.singlePermit.deadlinePassed')).toEqual({ deadline: '2026-05-21', verified: '2026-12-06' });
    expect(details(after, 'employerChange')).toEqual(['law.singlePermit.todayRules', 'law.singlePermit.deadlinePassed', 'law.singlePermit.directive', 'law.singlePermit.askFirst']);
    expect(param(after, 'employerChange', 'law.singlePermit.directive')).toEqual({ months: 3, years: 2, monthsAfterYears: 6 });
    expect(s?.confidence).toBe('low');
    expect(s?.sourceIds).toEqual(expect.arrayContaining(['law-single-permit-directive', 'law-single-permit-fragomen']));
    const w = after.warnings.find((x) => x.id === 'uncertain.law.singlePermit');
    expect(w).toMatchObject({ kind: 'uncertain', stepId: 'employerChange', text: { key: 'law.uncertain.singlePermit' } });
    expect(after.sources.map((x) => x.id)).toEqual(expect.arrayContaining(['law-single-permit-directive', 'law-single-permit-fragomen']));
    expect(after.next?.stepId).not.toBe('employerChange');
  });

  it('in every plan that leads to or renews residence for employment: first application, refuge to residence, renewal, change of purpose', () => {
    const asOf = '2026-11-22';
    expect(step(plan({ citizenship: 'UA', stayLength: 'over90Days', currentStatus: 'temporaryRefuge', refugeGoal: 'temporaryResidence', purpose: 'employment' }, asOf), 'employerChange')).toBeDefined();
    expect(step(plan({ ...resident, residentGoal: 'renewal', purpose: 'employment', filingChannel: 'inPerson' }, asOf), 'employerChange')).toBeDefined();
    expect(step(plan({ ...resident, residentGoal: 'changeOfPurpose', purpose: 'employment' }, asOf), 'employerChange')).toBeDefined();
  });

  it('not for the EU Blue Card, seasonal work or studies (their own directives), nor for a resident who only keeps their duties', () => {
    const asOf = '2026-11-22';
    for (const purpose of ['euBlueCard', 'seasonalWork', 'studies', 'business']) {
      expect(step(plan({ ...employment, purpose }, asOf), 'employerChange'), purpose).toBeUndefined();
    }
    expect(step(plan({ citizenship: 'IN', stayLength: 'over90Days', currentStatus: 'temporaryResidence', cardChip: 'yes', bokActive: 'no', residentGoal: 'continuingDuties' }, asOf), 'employerChange')).toBeUndefined();
  });
});

describe('renewal to seek work after studies: the months come from the dated value', () => {
  it('the renewal step says it with the months of GRADUATE_JOB_SEEKING, its source and confidence', () => {
    const p = plan({ citizenship: 'VN', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'renewal', purpose: 'research', permitExpiry: '2027-08-31', filingChannel: 'inPerson', cardChip: 'yes', bokActive: 'no' }, '2026-11-22');
    expect(param(p, 'renewal', 'steps.renewal.jobSeeking')).toEqual({ months: 9 });
    expect(step(p, 'renewal')?.sourceIds).toContain('law-euraxesspoint-graduate');
    expect(warningIds(p)).toContain('uncertain.law.graduateJobSeeking');
  });
});
