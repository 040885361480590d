// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { calculatorsForPlan } from '../../../src/components/calculators/plan-calculators.ts';
import { PlanView } from '../../../src/components/plan/plan-view.tsx';
import { resolvePlan, strictTranslate } from '../../../src/locales/resolve-plan.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import type { Plan } from '../../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../../support/load-example.ts';
import { i18nFor, renderWith } from './calc-test-kit.tsx';

const AS_OF = '2026-11-22';
let i18n: I18n;

beforeAll(async () => {
  i18n = await i18nFor('en');
});
beforeEach(() => localStorage.clear());

function planOf(example: string): Plan {
  const made = makePlan(loadExample(example), AS_OF);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return resolvePlan(made.plan, 'en', strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k)));
}

const noop = { onPrint: () => {}, onDownloadCalendar: () => {}, onExportCaseFile: () => {} };

describe('which calculators a plan links to, from its data', () => {
  it.each([
    // A visa national on a short stay: the 90/180-day rule, and the invitation step.
    ['third-country-short-stay-visa', ['schengen', 'invitation']],
    ['third-country-short-stay-visa-free', ['schengen']],
    // Applying for residence from a visa-free stay in Slovakia: still on the 90/180-day clock.
    ['third-country-business-visa-free', ['schengen']],
    ['third-country-eu-blue-card', ['blueCard']],
    ['resident-long-term', ['longTerm']],
    ['resident-renewal', ['longTerm']],
    // The 90/180-day rule does not bind EU citizens; nothing for them.
    ['eu-short-stay', []],
    ['eu-long-stay-employee', []],
    ['slovak-citizen', []],
  ])('%s → %j', (example, ids) => {
    const plan = makePlan(loadExample(example), AS_OF);
    if (!plan.ok) throw new Error('example failed');
    expect(calculatorsForPlan(plan.plan)).toEqual(ids);
  });

  it('is decided by data, not prose: a plan whose texts are empty gets the same links', () => {
    const plan = planOf('third-country-short-stay-visa');
    const blank = { ...plan, steps: plan.steps.map((s) => ({ ...s, title: '', details: [] })), outcome: '' };
    expect(calculatorsForPlan(blank)).toEqual(calculatorsForPlan(plan));
  });
});

describe('PlanView with onCalculator', () => {
  it('shows nothing about calculators without the prop', () => {
    renderWith(<PlanView plan={planOf('third-country-short-stay-visa')} {...noop} />, i18n);
    expect(screen.queryByRole('heading', { name: 'Calculators for your plan' })).toBeNull();
  });

  it('links to the calculators that matter, each opening its calculator', async () => {
    const onCalculator = vi.fn();
    const { user } = renderWith(<PlanView plan={planOf('third-country-short-stay-visa')} onCalculator={onCalculator} {...noop} />, i18n);
    const section = screen.getByRole('region', { name: 'Calculators for your plan' });
    const buttons = within(section).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['90/180-day rule (Schengen)', 'Money for an invitation']);
    expect(buttons[1]).toHaveAccessibleDescription('What the person inviting you must show.');
    await user.click(buttons[1]!);
    expect(onCalculator).toHaveBeenCalledWith('invitation');
    // It sits before the sources, after the fees.
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2.indexOf('Calculators for your plan')).toBe(h2.indexOf('Sources') - 1);
  });

  it('shows no calculator section when none matters', () => {
    renderWith(<PlanView plan={planOf('eu-long-stay-employee')} onCalculator={() => {}} {...noop} />, i18n);
    expect(screen.queryByRole('heading', { name: 'Calculators for your plan' })).toBeNull();
  });

  it.each(exampleNames())('renders %s with the prop', (name) => {
    const { unmount } = renderWith(<PlanView plan={planOf(name)} onCalculator={() => {}} {...noop} />, i18n);
    unmount();
  });
});
