// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { ticksKey } from '../../../src/components/keep/storage.ts';
import { PlanView, type PlanViewProps } from '../../../src/components/plan/plan-view.tsx';
import { createI18n } from '../../../src/locales/i18n.ts';
import { resolvePlan, strictTranslate } from '../../../src/locales/resolve-plan.ts';
import uiPlanEn from '../../../src/locales/en/ui-plan.json';
import { makePlan } from '../../../src/rules/make-plan.ts';
import type { Plan } from '../../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';
let i18n: I18n;

beforeAll(async () => {
  const bundle = (await import('../../../src/locales/en/bundle.ts')).default;
  i18n = await createI18n('en', { ...bundle, ...uiPlanEn });
});

beforeEach(() => localStorage.clear());

function planOf(example: string): Plan {
  const made = makePlan(loadExample(example), AS_OF);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return resolvePlan(made.plan, 'en', strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k)));
}

function view(props: PlanViewProps) {
  return <I18nextProvider i18n={i18n}>{<PlanView {...props} />}</I18nextProvider>;
}

const noop = { onPrint: () => {}, onDownloadCalendar: () => {}, onExportCaseFile: () => {} };

describe('PlanView: an EU employee', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = planOf('eu-long-stay-employee');
  });

  it('shows the title, outcome, not-legal-advice statement and generation date', () => {
    render(view({ plan, generatedOn: '2026-11-22', ...noop }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your residence plan for Slovakia' })).toBeInTheDocument();
    expect(screen.getByText(plan.outcome)).toBeInTheDocument();
    expect(screen.getByText(/guidance, not legal advice/i, { selector: 'p' })).toHaveTextContent(plan.disclaimer);
    expect(screen.getByText(/^Generated on /)).toHaveTextContent(/22 November 2026/);
  });

  it('has headings in order: h1, then h2 sections, h3 steps', () => {
    render(view({ plan, ...noop }));
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // No warning concerns the whole plan, so no "Warnings" section at the top.
    expect(h2).toEqual(['Your next step', 'Steps', 'Fees in total', 'Sources']);
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
  });

  it('opens with the next action: what, by when, the working and calendar days left, where', () => {
    render(view({ plan, ...noop }));
    const next = screen.getByRole('region', { name: 'Your next step' });
    // Before everything else in the plan but its title.
    const all = [...document.querySelectorAll('h1, h2, section, p')];
    expect(all.indexOf(next)).toBeLessThan(all.indexOf(screen.getByText(plan.outcome)));
    expect(within(next).getByRole('link', { name: `Step 1: ${plan.steps[0]!.title}` })).toHaveAttribute('href', '#step-noticeOfStay');
    expect(next.querySelector('time')).toHaveAttribute('datetime', '2027-01-07');
    expect(next.querySelector('time')).toHaveTextContent(/^Thursday,? 7 January 2027$/);
    expect(within(next).getByText('In 30 working days (46 calendar days)')).toBeInTheDocument();
    expect(next).toHaveTextContent(`Where to go: ${plan.steps[0]!.where.text} (${plan.steps[0]!.where.nameSk})`);
    expect(next).not.toHaveClass('pv-next-overdue');
  });

  it('shows the steps as an ordered timeline, dated steps with date and weekday', () => {
    render(view({ plan, ...noop }));
    const steps = screen.getByRole('region', { name: 'Steps' });
    const timeline = within(steps).getAllByRole('list')[0]!;
    expect(timeline.tagName).toBe('OL');
    const items = within(timeline).getAllByRole('article');
    expect(items.map((a) => within(a).getByRole('heading', { level: 3 }).textContent)).toEqual(
      plan.steps.map((s, i) => `Step ${i + 1}: ${s.title}`),
    );
    const [notice, booking, registration] = items;
    // Booking the registration visit: slots up to 19 Apr 2027 open 40 days ahead, from 10 Mar.
    expect(booking!.querySelector('time')).toHaveAttribute('datetime', '2027-03-10');
    expect(within(registration!).getByRole('link', { name: 'Step 2: Book your visit to register your residence' })).toHaveAttribute('href', '#step-bookEuRegistration');
    const noticeDate = notice!.querySelector('time')!;
    expect(noticeDate).toHaveAttribute('datetime', '2027-01-07');
        expect(noticeDate).toHaveTextContent(/^Thursday,? 7 January 2027$/);
    expect(registration!.querySelector('time')).toHaveAttribute('datetime', '2027-04-19');
    expect(registration!.querySelector('time')).toHaveTextContent(/^Monday,? 19 April 2027$/);
    expect(within(notice!).getByText('Upcoming')).toBeInTheDocument();
    expect(within(notice!).getByText('(in 46 days)')).toBeInTheDocument();
    expect(within(notice!).getByText(plan.steps[0]!.due!.rule)).toBeInTheDocument();
    // The rule in words and where to go, with the Slovak office name.
    expect(within(notice!).getByText('oddelenie cudzineckej polície')).toHaveAttribute('lang', 'sk');
    // An undated step shows its timing instead of a date.
    const card = items[3]!;
    expect(card.querySelector('time')).toBeNull();
    expect(within(card).getByText('No date yet')).toBeInTheDocument();
    expect(within(card).getByText(plan.steps[3]!.timing!)).toBeInTheDocument();
  });

  it('shows each step\u2019s documents as a checklist with the Slovak names and requirements', () => {
    render(view({ plan, ...noop }));
    const registration = screen.getByRole('article', { name: /Register your residence/ });
    const docs = within(registration).getByRole('region', { name: /Documents/ });
    const boxes = within(docs).getAllByRole('checkbox');
    expect(boxes).toHaveLength(plan.steps[2]!.documents.length);
    const accommodation = plan.steps[2]!.documents.find((d) => d.id === 'accommodation')!;
    const box = within(docs).getByRole('checkbox', { name: accommodation.name });
    expect(box).toHaveAccessibleDescription(/doklad o zabezpečení ubytovania/);
    expect(box).toHaveAccessibleDescription(/not older than 90 days/);
    expect(box).toHaveAccessibleDescription(/obtain no earlier than .*2027/);
    expect(box).toHaveAccessibleDescription(/signature officially verified/);
  });

  it('keeps a ticked checkbox across re-renders and remounts, per case', async () => {
    const user = userEvent.setup();
    const first = render(view({ plan, ...noop }));
    const name = plan.steps[0]!.documents[0]!.name;
    const box = () => within(screen.getByRole('article', { name: /Report your stay/ })).getByRole('checkbox', { name });
    expect(box()).not.toBeChecked();
    await user.click(box());
    expect(box()).toBeChecked();
    expect(screen.getByRole('article', { name: /Report your stay/ })).toHaveTextContent('1 of 2 ready');

    first.rerender(view({ plan, ...noop }));
    expect(box()).toBeChecked();
    first.unmount();

    render(view({ plan, ...noop }));
    expect(box()).toBeChecked();
    expect(JSON.parse(localStorage.getItem(ticksKey(caseFileHash(plan.caseFile)))!)).toEqual({
      ticked: [`noticeOfStay/${plan.steps[0]!.documents[0]!.id}`],
    });
  });

  it('starts a fresh list and says so when the saved ticks are corrupt', () => {
    localStorage.setItem(ticksKey(caseFileHash(plan.caseFile)), 'not json at all');
    render(view({ plan, ...noop }));
    expect(screen.getByText(/saved ticks could not be read/)).toBeInTheDocument();
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });

  it('shows fees per step and the totals, with what is optional', () => {
    render(view({ plan, ...noop }));
    const card = screen.getByRole('article', { name: /residence card/ });
    const fees = within(card).getByRole('table');
    expect(within(fees).getByRole('rowheader', { name: /Expedited residence card.*optional/ })).toBeInTheDocument();
    expect(within(fees).getAllByRole('cell', { name: /e-kolok/ }).length).toBe(3);
    const totals = within(screen.getByRole('region', { name: 'Fees in total' })).getByRole('table');
    expect(within(totals).getByRole('row', { name: /Required.*€0\.00/ })).toBeInTheDocument();
    // The standard (€6) and expedited (€35) card are alternatives: at most €35 + €4 delivery, never €45.
    expect(within(totals).getByRole('row', { name: /Optional.*up to €39\.00/ })).toBeInTheDocument();
    expect(within(totals).getByRole('row', { name: /In all, depending on your choices.*€0\.00 to €39\.00/ })).toBeInTheDocument();
    expect(within(totals).queryByRole('row', { name: /€45/ })).toBeNull();
  });

  it('lists the sources with links and last-verified dates', () => {
    render(view({ plan, ...noop }));
    const sources = screen.getByRole('region', { name: 'Sources' });
    const items = within(within(sources).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(plan.sources.length);
    const first = plan.sources[0]!;
    const link = within(items[0]!).getByRole('link', { name: first.title });
    expect(link).toHaveAttribute('href', first.url);
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(items[0]).toHaveTextContent(/last verified .*2026/);
  });

  it('shows each warning at its step, beside the fact it qualifies; none at the top', () => {
    render(view({ plan, ...noop }));
    expect(screen.queryByRole('region', { name: 'Warnings' })).toBeNull();
    const text = (id: string) => plan.warnings.find((w) => w.id === id)!.text;
    const bok = screen.getByRole('article', { name: /Step 5: Activate your BOK/ });
    // Where to activate the BOK is not confirmed: said in "Where to go", marked as such.
    const where = within(bok).getByText('Where to go').nextElementSibling as HTMLElement;
    expect(within(where).getByText(text('uncertain.bokPlaces'))).toBeInTheDocument();
    expect(where.querySelector('.pv-fact-warnings .pv-warning-uncertain')).toHaveTextContent(/^Check with the Foreign Police:/);
    // A conflict about the step as a whole: under "Take care".
    const takeCare = within(bok).getByRole('heading', { name: 'Take care' }).nextElementSibling as HTMLElement;
    expect(takeCare).toHaveTextContent(`Sources disagree: ${text('conflict.bokLockout')}`);
    // Documents not all confirmed: under the documents' heading.
    const card = screen.getByRole('article', { name: /Step 4:/ });
    const docs = within(card).getByRole('region', { name: /Documents/ });
    expect(within(docs).getByText(text('documents.uncertain.euCitizenCard'))).toBeInTheDocument();
  });

  it('shows each step\u2019s primary sources by title, all of them behind a disclosure', () => {
    render(view({ plan, ...noop }));
    const reg = screen.getByRole('article', { name: /Step 3: Register your residence/ });
    const step = plan.steps[2]!;
    const box = reg.querySelector('.pv-step-sources')!;
    const primary = within(box as HTMLElement).getAllByRole('listitem');
    expect(primary.length).toBeGreaterThanOrEqual(1);
    expect(primary.length).toBeLessThanOrEqual(3);
    const titles = step.primarySourceIds.map((id) => plan.sources.find((x) => x.id === id)!.title);
    expect(primary.map((li) => li.textContent!.replace(/^\[\d+\] /, ''))).toEqual(titles);
    const all = box.querySelector('details')!;
    expect(all.querySelector('summary')).toHaveTextContent(`All sources (${step.sourceIds.length})`);
    expect(within(all).getAllByRole('link', { hidden: true })).toHaveLength(step.sourceIds.length);
  });

  it('runs the actions it is given', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    render(
      view({
        plan,
        onPrint: () => calls.push('print'),
        onDownloadCalendar: () => calls.push('ics'),
        onExportCaseFile: () => calls.push('json'),
        onCopyShareLink: async () => {
          calls.push('share');
          return { copied: false, url: 'https://pobyt.example/#case=abc.12345678' };
        },
      }),
    );
    const toolbar = screen.getByRole('group', { name: 'Keep and share this plan' });
    await user.click(within(toolbar).getByRole('button', { name: /Print/ }));
    await user.click(within(toolbar).getByRole('button', { name: /calendar/ }));
    await user.click(within(toolbar).getByRole('button', { name: /Save your answers/ }));
    await user.click(within(toolbar).getByRole('button', { name: /Copy a link/ }));
    expect(calls).toEqual(['print', 'ics', 'json', 'share']);
    // The clipboard refused: the link is shown to copy by hand.
    expect(await screen.findByRole('textbox', { name: 'Link to this plan' })).toHaveValue('https://pobyt.example/#case=abc.12345678');
  });

  it('copies a share link with the case in the fragment by default', async () => {
    const user = userEvent.setup();
    render(view({ plan, ...noop }));
    await user.click(screen.getByRole('button', { name: /Copy a link/ }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(new URL(copied).search).toBe('');
    expect(new URL(copied).hash).toMatch(/^#case=/);
  });
});

describe('PlanView: business residence for a visa-free third-country national', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = planOf('third-country-business-visa-free');
  });

  it('keeps the warnings at their steps: the forbidden place under "Where to go", nothing above Step 1 but the next action', () => {
    render(view({ plan, ...noop }));
    expect(screen.queryByRole('region', { name: 'Warnings' })).toBeNull();
    const step = screen.getByRole('article', { name: /Step 2:/ });
    const where = within(step).getByText('Where to go').nextElementSibling as HTMLElement;
    expect(where.querySelector('.pv-warning-forbidden')).toHaveTextContent(/^Not allowed:.*only at a Slovak embassy, not at the Foreign Police/);
    // The processing time is not confirmed: said beside the step's timing.
    const header = step.querySelector('.pv-step-header')!;
    expect(header.querySelector('.pv-fact-warnings .pv-warning-uncertain')).toHaveTextContent(
      plan.warnings.find((w) => w.id === 'uncertain.periods.trProcessing')!.text,
    );
  });

  it('shows a warning about the whole plan at the top, grouped by kind', () => {
    const family = planOf('eu-family-member');
    render(view({ plan: family, ...noop }));
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(within(warnings).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['iGood to know']);
    expect(within(warnings).getAllByRole('listitem').map((li) => li.textContent)).toEqual(family.warnings.filter((w) => !w.stepId).map((w) => w.text));
  });

  it('opens with the overdue notice of stay: how long ago and what to do now', () => {
    render(view({ plan, ...noop }));
    const next = screen.getByRole('region', { name: 'Your next step' });
    expect(next).toHaveClass('pv-next-overdue');
    expect(within(next).getByText('Overdue: the date passed 17 days ago')).toBeInTheDocument();
    expect(next).toHaveTextContent(`What to do now: ${plan.steps[0]!.due!.whatNow!}`);
  });

  it('with no date yet, says when instead', () => {
    const abroad = planOf('third-country-employment');
    render(view({ plan: abroad, ...noop }));
    const next = screen.getByRole('region', { name: 'Your next step' });
    expect(next.querySelector('time')).toBeNull();
    expect(next).toHaveTextContent(`When: ${abroad.next!.timing!}`);
  });

  it('flags the overdue step with what to do now', () => {
    render(view({ plan, ...noop }));
    const notice = screen.getByRole('article', { name: /Step 1: Report your stay/ });
    expect(within(notice).getByText('Overdue')).toBeInTheDocument();
    expect(within(notice).getByText('(17 days ago)')).toBeInTheDocument();
    expect(within(notice).getByRole('heading', { name: 'What to do now' })).toBeInTheDocument();
    expect(within(notice).getByText(plan.steps[0]!.due!.whatNow!)).toBeInTheDocument();
  });

  it('shows the forbidden warning at the step it concerns', () => {
    render(view({ plan, ...noop }));
    const step = screen.getByRole('article', { name: /Step 2:/ });
    expect(within(step).getByText(/only at a Slovak embassy/)).toBeInTheDocument();
  });

  it('totals the required and optional fees', () => {
    render(view({ plan, ...noop }));
    const totals = within(screen.getByRole('region', { name: 'Fees in total' })).getByRole('table');
    expect(within(totals).getByRole('row', { name: /Required.*€520\.00/ })).toBeInTheDocument();
    // The expedited card (€35) is instead of the standard one (€6): the options add €35 − €6 + €4 delivery.
    expect(within(totals).getByRole('row', { name: /Optional.*up to €33\.00/ })).toBeInTheDocument();
    expect(within(totals).getByRole('row', { name: /In all.*€520\.00 to €553\.00/ })).toBeInTheDocument();
    // The next action (the notice of stay) costs nothing; the next payment is the application's.
    expect(within(totals).getByRole('row', { name: new RegExp(`Next payment.*€${plan.feeTotals.dueNowEur}\\.00`) })).toBeInTheDocument();
    expect(plan.feeTotals.dueNowEur).toBeGreaterThan(0);
    expect(within(totals).getAllByRole('row')).toHaveLength(1 + plan.fees.length + 4);
  });

  it('has separate ticks from another case', async () => {
    const user = userEvent.setup();
    const other = planOf('eu-long-stay-employee');
    const { unmount } = render(view({ plan: other, ...noop }));
    await user.click(screen.getAllByRole('checkbox')[0]!);
    unmount();
    render(view({ plan, ...noop }));
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });

  it('hides the calendar button when no step has a date', () => {
    render(view({ plan: { ...plan, deadlines: [] }, ...noop }));
    expect(screen.queryByRole('button', { name: /calendar/ })).toBeNull();
  });

  it('shows a booking life situation with its Slovak name', () => {
    const withBooking: Plan = {
      ...plan,
      steps: plan.steps.map((s, i) =>
        i === 1
          ? { ...s, booking: { lifeSituation: 'Temporary residence – application', lifeSituationSk: 'Prechodný pobyt – žiadosť', authorisedOnly: true, rules: ['Book up to 40 days ahead.'] } }
          : s,
      ),
    };
    render(view({ plan: withBooking, ...noop }));
    const step = screen.getByRole('article', { name: /Step 2:/ });
    expect(within(step).getByText('Prechodný pobyt – žiadosť')).toHaveAttribute('lang', 'sk');
    expect(within(step).getByText(/Only an authorised booking/)).toBeInTheDocument();
  });
});

describe.each([
  ['sk', 'Kroky', 'o 46 dní', /^štvrtka 7\. januára 2027$/, 'Váš ďalší krok', 'O 30 pracovných dní (46 kalendárnych dní)'],
  ['uk', 'Кроки', 'через 46 днів', /^четверга, 7 січня 2027 р\.$/, 'Ваш наступний крок', 'Через 30 робочих днів (46 календарних днів)'],
] as const)('PlanView in %s', (lng, stepsHeading, relative, date, nextHeading, left) => {
  it('shows its own words, plural forms and dates', async () => {
    const texts = (await import(`../../../src/locales/${lng}/ui-plan.json`)).default as Record<string, unknown>;
    // The plan's own texts stay English here: only the view's words are checked.
    const local = await createI18n(lng as never, { ...texts });
    const plan = planOf('eu-long-stay-employee');
    render(
      <I18nextProvider i18n={local}>
        <PlanView plan={{ ...plan, language: lng }} {...noop} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: stepsHeading })).toBeInTheDocument();
    const first = screen.getAllByRole('article')[1]!;
    expect(within(first).getByText(`(${relative})`)).toBeInTheDocument();
    expect(first.querySelector('time')).toHaveTextContent(date);
    const next = screen.getByRole('region', { name: nextHeading });
    expect(next.querySelector('time')).toHaveTextContent(date);
    expect(within(next).getByText(left)).toBeInTheDocument();
  });
});

describe('PlanView: source titles in another language than the page', () => {
  it('says their language once above the list and marks each title with lang for screen readers (uk)', async () => {
    const bundle = (await import('../../../src/locales/uk/bundle.ts')).default;
    const uk = await createI18n('uk', bundle);
    const made = makePlan(loadExample('eu-long-stay-employee'), AS_OF);
    if (!made.ok) throw new Error('example');
    const plan = resolvePlan(made.plan, 'uk', strictTranslate(uk.t.bind(uk) as never, (k) => uk.exists(k)));
    render(
      <I18nextProvider i18n={uk}>
        <PlanView plan={plan} {...noop} />
      </I18nextProvider>,
    );
    const sources = screen.getByRole('region', { name: 'Джерела' });
    expect(within(sources).getAllByText('Назви джерел подано англійською мовою.')).toHaveLength(1);
    const links = within(within(sources).getByRole('list')).getAllByRole('link');
    expect(links).toHaveLength(plan.sources.length);
    for (const [i, link] of links.entries()) {
      expect(link).toHaveAttribute('lang', 'en');
      expect(link).toHaveTextContent(plan.sources[i]!.title);
    }
    expect(sources).not.toHaveTextContent('(англійською)');
    const stepTitles = document.querySelectorAll('.pv-step-source-title');
    expect(stepTitles.length).toBeGreaterThan(0);
    stepTitles.forEach((el) => expect(el).toHaveAttribute('lang', 'en'));
  });

  it('in English, no note and no lang of their own', () => {
    render(view({ plan: planOf('eu-long-stay-employee'), ...noop }));
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).not.toHaveTextContent('Source titles are in');
    expect(sources.querySelectorAll('[lang]')).toHaveLength(0);
    expect(document.querySelectorAll('.pv-step-source-title[lang]')).toHaveLength(0);
  });
});

describe('PlanView renders every example', () => {
  it.each(exampleNames())('%s', (name) => {
    const plan = planOf(name);
    const { unmount } = render(view({ plan, ...noop }));
    expect(screen.getAllByRole('article').length).toBe(plan.steps.length + 1);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(plan.steps.reduce((n, s) => n + s.documents.length, 0));
    expect(screen.queryByText(/\{\{|undefined|NaN/)).toBeNull();
    unmount();
  });
});
