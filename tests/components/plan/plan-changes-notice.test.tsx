// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { loadSeenPlan, saveSeenPlan } from '../../../src/components/keep/storage.ts';
import { changeLine, PlanChangesNotice } from '../../../src/components/plan/plan-changes-notice.tsx';
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

  describe('a step whose date moved, or that gained or lost its date, in words', () => {
    const title = { key: 'steps.noticeOfStay.title' };
    const line = (lng: 'en' | 'sk' | 'uk', c: { from?: string; to?: string }) =>
      changeLine({ kind: 'deadlineMoved', stepId: 'noticeOfStay', title, ...c }, i18n[lng]!.t.bind(i18n[lng]!), lng);
    const name = (lng: 'en' | 'sk' | 'uk') => i18n[lng]!.t(title.key);

    it('moved: from the weekday in the genitive, to the weekday in the accusative (sk, uk)', () => {
      // Monday 28 December 2026 to Wednesday 30 December 2026.
      const moved = { from: '2026-12-28', to: '2026-12-30' };
      expect(line('sk', moved)).toBe(`${name('sk')}: dátum sa posunul z pondelka 28. decembra 2026 na stredu 30. decembra 2026`);
      expect(line('uk', moved)).toBe(`${name('uk')}: дату перенесено з понеділка, 28 грудня 2026 р. на середу, 30 грудня 2026 р.`);
      expect(line('en', moved)).toBe(`${name('en')}: the date moved from Monday, 28 December 2026 to Wednesday, 30 December 2026`);
    });

    it.each(['en', 'sk', 'uk'] as const)('gained or lost: says so, never "from no date" (%s)', (lng) => {
      const gained = line(lng, { to: '2027-01-07' });
      const lost = line(lng, { from: '2027-01-07' });
      for (const text of [gained, lost]) {
        expect(text).toContain(name(lng));
        expect(text).toMatch(/7\.? (January|januára|січня) 2027/);
        expect(text).not.toContain(i18n[lng]!.t('uiPlan.changes.noDate'));
      }
      expect(gained).not.toBe(lost);
    });
  });
});
