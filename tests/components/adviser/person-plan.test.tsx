// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { PersonPlan } from '../../../src/components/adviser/person-plan.tsx';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { ticksKey } from '../../../src/components/keep/storage.ts';
import { PlanView } from '../../../src/components/plan/plan-view.tsx';
import { resolvePlan, strictTranslate } from '../../../src/locales/resolve-plan.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import type { Plan } from '../../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../../support/load-example.ts';
import { i18nFor, TODAY } from './adviser-test-kit.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});
beforeEach(() => localStorage.clear());

function planOf(example: string): Plan {
  const made = makePlan(loadExample(example), TODAY);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return resolvePlan(made.plan, 'en', strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k)));
}

const withI18n = (ui: ReactElement) => <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>;

const person = (plan: Plan, idPrefix: string, who: string) => (
  <PersonPlan plan={plan} idPrefix={idPrefix} heading={`Plan for ${who}`} person={who} store={localStorage} />
);

const noop = { onPrint: () => {}, onDownloadCalendar: () => {}, onExportCaseFile: () => {}, onCopyShareLink: async () => ({ copied: true, url: '' }) };

/** What a step shows in both places: its heading, its date line and its documents (by accessible name). */
function stepFacts(article: HTMLElement) {
  return {
    title: within(article).getByRole('heading', { level: 3 }).textContent,
    due: article.querySelector('.pv-due')!.textContent,
    facts: article.querySelector('.pv-facts dt')!.textContent,
    documents: within(article)
      .queryAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-describedby') && document.getElementById(box.getAttribute('aria-describedby')!)!.textContent),
    labels: within(article)
      .queryAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent),
  };
}

describe('PersonPlan: one person’s plan in the household pack, from the plan view’s parts', () => {
  it('two plans of the same case stand on one page: every id prefixed and unique, every reference resolved', () => {
    const plan = planOf('eu-family-member');
    render(
      withI18n(
        <>
          {person(plan, 'adv-m-a', 'Jana (Spouse)')}
          {person(plan, 'adv-m-b', 'Anna (Child)')}
        </>,
      ),
    );
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [prefix, who] of [
      ['adv-m-a', 'Jana (Spouse)'],
      ['adv-m-b', 'Anna (Child)'],
    ] as const) {
      const section = screen.getByRole('region', { name: `Plan for ${who}` });
      for (const el of section.querySelectorAll('[id]')) expect(el.id.startsWith(`${prefix}-`)).toBe(true);
      for (const step of plan.steps) {
        expect(document.getElementById(`${prefix}-step-${step.id}`)).toHaveAccessibleName(new RegExp(step.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
      const boxes = within(section).getAllByRole('checkbox');
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.id.startsWith(`${prefix}-doc-`)).toBe(true);
        expect(box).toHaveAccessibleName();
        expect(box).toHaveAccessibleDescription();
      }
      for (const el of section.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')) {
        const refs = [el.getAttribute('aria-labelledby'), el.getAttribute('aria-describedby'), el.getAttribute('for')].filter(Boolean) as string[];
        for (const ref of refs) expect(section.querySelector(`[id="${ref}"]`)).not.toBeNull();
      }
    }
  });

  it.each(exampleNames())('%s: each step shows what the plan view shows for it, in the brief form', (example) => {
    const made = makePlan(loadExample(example), TODAY);
    if (!made.ok) return;
    const plan = planOf(example);
    const full = render(withI18n(<PlanView plan={plan} storage={localStorage} {...noop} />));
    const expected = plan.steps.map((s) => stepFacts(document.getElementById(`step-${s.id}`)!));
    full.unmount();

    render(withI18n(person(plan, 'adv-m-x', 'Olena (Main person)')));
    const list = screen.getByRole('list', { name: 'Steps for Olena (Main person)' });
    expect(list).toHaveClass('pv-timeline', 'adv-steps');
    expect(plan.steps.map((s) => stepFacts(document.getElementById(`adv-m-x-step-${s.id}`)!))).toEqual(expected);
    // The brief form: no details, booking rules, "take care" heading, links or sources.
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
    expect(list.querySelector('.pv-details, .pv-step-sources')).toBeNull();
    expect(within(list).queryByRole('heading', { name: /Take care|Details/ })).not.toBeInTheDocument();
  });

  it('shares its ticks with the person’s own plan view', async () => {
    const user = userEvent.setup();
    const plan = planOf('eu-long-stay-employee');
    const doc = plan.steps[0]!.documents[0]!;
    const pack = render(withI18n(person(plan, 'adv-m-main', 'Olena (Main person)')));
    await user.click(within(document.getElementById('adv-m-main-step-noticeOfStay')!).getByRole('checkbox', { name: doc.name }));
    expect(JSON.parse(localStorage.getItem(ticksKey(caseFileHash(plan.caseFile)))!)).toEqual({ ticked: [`noticeOfStay/${doc.id}`] });
    pack.unmount();

    render(withI18n(<PlanView plan={plan} storage={localStorage} {...noop} />));
    expect(within(document.getElementById('step-noticeOfStay')!).getByRole('checkbox', { name: doc.name })).toBeChecked();
  });

  it('says so when the saved ticks are corrupt', () => {
    const plan = planOf('eu-long-stay-employee');
    localStorage.setItem(ticksKey(caseFileHash(plan.caseFile)), 'not json at all');
    render(withI18n(person(plan, 'adv-m-main', 'Olena (Main person)')));
    expect(screen.getByRole('status')).toHaveTextContent(/saved ticks could not be read/);
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });
});
