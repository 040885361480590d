// @vitest-environment jsdom
import type { i18n as I18n } from 'i18next';
import { memberHeading, memberLabel, tableDate, tableDateTime } from '../../../src/components/adviser/adviser-format.ts';
import { documentProgress, householdFees, memberStates, mergedTimeline, type ReadyMember } from '../../../src/components/adviser/household-view.ts';
import type { Client, ClientMember } from '../../../src/components/keep/client-store.ts';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { saveTicks } from '../../../src/components/keep/storage.ts';
import { makeHouseholdPlan } from '../../../src/rules/make-household-plan.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { client, example, i18nFor, TODAY } from './adviser-test-kit.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});
beforeEach(() => localStorage.clear());

function household(): Client {
  const c = client('H');
  c.members = [
    { id: 'main', role: 'main', name: 'Olena', answers: example('eu-long-stay-employee') },
    { id: 'sp', role: 'spouse', answers: example('eu-family-member') },
    { id: 'ch', role: 'child', answers: example('third-country-family-reunification') },
    { id: 'ch2', role: 'child', answers: example('eu-short-stay') },
  ];
  return c;
}

describe('the household view', () => {
  it('merges the deadlines in the order makeHouseholdPlan gives', () => {
    const c = household();
    const states = memberStates(c, TODAY, i18n);
    expect(states.map((s) => s.status)).toEqual(['ready', 'ready', 'ready', 'ready']);
    const timeline = mergedTimeline(states as ReadyMember[]);
    const engine = makeHouseholdPlan(
      { schemaVersion: 1, kind: 'household', members: c.members.map((m) => ({ id: m.id, role: m.role, caseFile: m.answers })) },
      TODAY,
    );
    if (!engine.ok) throw new Error(JSON.stringify(engine.problems));
    expect(timeline.map((d) => [d.date, d.member.id, d.stepId])).toEqual(engine.plan.timeline.map((d) => [d.date, d.memberId, d.stepId]));
    // Same day: household order (main before the second child on 7 Jan 2027).
    expect(timeline.filter((d) => d.date === '2027-01-07').map((d) => d.member.id)).toEqual(['main', 'ch2']);
    expect(timeline[0]).toMatchObject({ kind: 'deadline', status: 'upcoming' });
    expect(householdFees(states as ReadyMember[])).toEqual(engine.plan.feeTotals);
  });

  it('tells incomplete answers from answers the rules cannot plan for', () => {
    const c = client('H');
    c.members = [
      { id: 'main', role: 'main', answers: { schemaVersion: 1, citizenship: 'DE' } },
      { id: 'late', role: 'spouse', answers: { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2046-01-02', accommodation: 'private' } },
    ];
    const [main, late] = memberStates(c, TODAY, i18n);
    expect(main).toMatchObject({ status: 'incomplete', answered: 1, asked: 2 });
    expect(late).toMatchObject({ status: 'problems' });
  });

  it('counts the documents ticked per case, over the members with a plan', () => {
    const c = household();
    expect(documentProgress({ ...c, members: [{ id: 'main', role: 'main', answers: { schemaVersion: 1 } }] }, TODAY, localStorage)).toBeUndefined();
    const made = makePlan(c.members[1]!.answers, TODAY, c.members[1]!.role);
    if (!made.ok) throw new Error('no plan');
    const total = c.members.reduce((n, m) => {
      // Each member's documents as their role has them (a spouse none of a child's).
      const p = makePlan(m.answers, TODAY, m.role);
      return p.ok ? n + p.plan.steps.reduce((k, s) => k + s.documents.length, 0) : n;
    }, 0);
    expect(documentProgress(c, TODAY, localStorage)).toEqual({ ticked: 0, total });
    const step = made.plan.steps.find((s) => s.documents.length > 1)!;
    saveTicks(caseFileHash(made.plan.caseFile), [`${step.id}/${step.documents[0]!.id}`, `${step.id}/${step.documents[1]!.id}`, 'other/stale'], localStorage);
    expect(documentProgress(c, TODAY, localStorage)).toEqual({ ticked: 2, total });
    expect(documentProgress(c, TODAY, undefined)).toEqual({ ticked: 0, total });
  });

  it('writes table dates as dd.mm.yyyy and names people by name or numbered role', () => {
    expect(tableDate('2027-01-07', 'sk')).toBe('07.01.2027');
    expect(tableDate('2027-01-07', 'uk')).toBe('07.01.2027');
    // English never writes 07.01.2027 (1 July to some readers).
    expect(tableDate('2027-01-07', 'en')).toBe('7 Jan 2027');
    expect(tableDate('soon', 'en')).toBe('soon');
    expect(tableDateTime('2026-11-20T12:00:00.000Z', 'sk')).toMatch(/^(19|20|21)\.11\.2026 \d\d:\d\d$/);
    expect(tableDateTime('2026-11-20T12:00:00.000Z', 'en')).toMatch(/^(19|20|21) Nov 2026 \d\d:\d\d$/);
    const t = i18n.t.bind(i18n);
    const members: ClientMember[] = [
      { id: 'main', role: 'main', answers: { schemaVersion: 1 } },
      { id: 'a', role: 'child', answers: { schemaVersion: 1 } },
      { id: 'b', role: 'child', name: 'Anna', answers: { schemaVersion: 1 } },
      { id: 'c', role: 'child', answers: { schemaVersion: 1 } },
    ];
    expect(members.map((m) => memberLabel(m, members, t))).toEqual(['Main person', 'Child 1', 'Anna', 'Child 2']);
    expect(members.map((m) => memberHeading(m, members, t))).toEqual(['Main person', 'Child 1', 'Anna (Child)', 'Child 2']);
  });
});
