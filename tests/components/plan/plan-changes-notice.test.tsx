// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { loadSeenPlan, saveSeenPlan } from '../../../src/components/keep/storage.ts';
import { PlanChangesNotice } from '../../../src/components/plan/plan-changes-notice.tsx';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { planDigest } from '../../../src/rules/plan-changes.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';
import { loadExample } from '../../support/load-example.ts';
import { i18nFor, renderWith } from '../adviser/adviser-test-kit.tsx';

let i18n: Record<string, I18n> = {};
beforeAll(async () => {
  i18n = { en: await i18nFor('en'), sk: await i18nFor('sk'), uk: await i18nFor('uk') };
});
beforeEach(() => localStorage.clear());

function plan(asOf = '2026-11-23'): EnginePlan {
  const r = makePlan(loadExample('eu-long-stay-employee'), asOf);
  if (!r.ok) throw new Error('no plan');
  return r.plan;
}

describe('what changed in the plan since it was last seen', () => {
  it('a plan seen for the first time says nothing and is remembered', () => {
    const p = plan();
    renderWith(i18n.en!, <PlanChangesNotice plan={p} store={localStorage} />);
    expect(screen.queryByRole('heading', { name: /since you last saw it/ })).toBeNull();
    const seen = loadSeenPlan(caseFileHash(p.caseFile), localStorage);
    expect(seen.status === 'ok' && seen.value).toEqual(planDigest(p));
  });

  it('the same answers on a later day: nothing to say', () => {
    const earlier = plan('2026-11-23');
    saveSeenPlan(caseFileHash(earlier.caseFile), planDigest(earlier), localStorage);
    renderWith(i18n.en!, <PlanChangesNotice plan={plan('2027-01-02')} store={localStorage} />);
    expect(screen.queryByRole('heading', { name: /since you last saw it/ })).toBeNull();
  });

  it.each(['en', 'sk', 'uk'] as const)('after a change of rules, names each change (%s); noting them makes this plan the one seen', async (lng) => {
    const p = plan();
    const now = planDigest(p);
    const dated = now.steps.find((s) => s.date)!;
    const fee = now.fees[0]!;
    const before = {
      ...now,
      asOf: '2026-10-01',
      steps: now.steps.map((s) => (s.id === dated.id ? { ...s, date: '2026-12-01' } : s)),
      fees: now.fees.map((f) => (f.key === fee.key ? { ...f, amountEur: f.amountEur + 4.5 } : f)),
    };
    saveSeenPlan(caseFileHash(p.caseFile), before, localStorage);
    const { user } = renderWith(i18n[lng]!, <PlanChangesNotice plan={p} store={localStorage} />);
    const t = i18n[lng]!.t.bind(i18n[lng]!);
    const region = screen.getByRole('region', { name: t('uiPlan.changes.heading', { count: 2 }) });
    const items = [...region.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    const stepTitle = t(dated.title.key, dated.title.params ?? {});
    expect(items[0]).toContain(stepTitle);
    expect(items[0]).toMatch(lng === 'en' ? /1 December 2026/ : /2026/);
    expect(items[1]).toContain(t(fee.title.key, fee.title.params ?? {}));
    expect(region).toHaveTextContent(lng === 'en' ? 'since you last saw this plan (Thursday, 1 October 2026)' : '2026');
    await user.click(screen.getByRole('button', { name: t('uiPlan.changes.noted') }));
    expect(screen.queryByRole('region', { name: t('uiPlan.changes.heading', { count: 2 }) })).toBeNull();
    const seen = loadSeenPlan(caseFileHash(p.caseFile), localStorage);
    expect(seen.status === 'ok' && seen.value).toEqual(now);
  });
});
