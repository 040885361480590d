/**
 * The calculators, keyboard only: from the start page's "Calculators" button, each of the
 * four (90/180-day rule, long-term residence, invitation money, EU Blue Card floor) gets a
 * worked case whose result on screen must be what the rules (src/rules/…) compute, written
 * with the same texts and formats, and a mistake that shows the error summary, whose link
 * takes the focus to the field to put right. In English, and in Slovak and Ukrainian; then
 * from a plan to the calculator it links to. axe on every screen and state.
 */
import type { Locator, Page } from '@playwright/test';
import { formatEur, intlLocale } from '../../src/locales/i18n.ts';
import { blueCardFloor } from '../../src/rules/calculators/blue-card.ts';
import { invitationMoney } from '../../src/rules/calculators/invitation.ts';
import { longTermResidence, type Absence, type Blocker, type ResidencePeriod } from '../../src/rules/calculators/long-term-residence.ts';
import { addDays, maxDate, minDate } from '../../src/rules/calendar/iso-date.ts';
import { AVERAGE_WAGE_REFERENCE, SUBSISTENCE_MINIMUM } from '../../src/rules/params/money.ts';
import { LONG_TERM_RESIDENCE } from '../../src/rules/params/periods.ts';
import {
  checkTrip,
  daysLeftOn,
  daysUsedOn,
  earliestEntryFor,
  latestExitFor,
  MAX_DAYS,
  statusOn,
  WINDOW_DAYS,
  windowStartFor,
} from '../../src/rules/schengen.ts';
import type { Stay } from '../../src/rules/schengen-stays.ts';
import { entryAt } from '../../src/rules/value-at.ts';
import { AS_OF_RANGE } from '../../src/rules/date-ranges.ts';
import { AS_OF, assert, assertEqual, normaliseSpace, PHONE, test, type Session } from './fixtures.ts';
import { chooseSelectOption, fillByKeyboard, followLink, setCheckbox, tabTo } from './keyboard.ts';
import { readExample, type Texts } from './texts.ts';
import { buttonNamed, heading, openApp, walkToPlan } from './walk.ts';

type CalcId = 'schengen' | 'longTerm' | 'invitation' | 'blueCard';

const isFocused = (loc: Locator) => loc.evaluate((el) => el === document.activeElement);

/** The calculator's section: a region named by its <h2>. */
const section = (page: Page, tx: Texts, id: CalcId): Locator =>
  page.getByRole('region', { name: tx.t(`calc.${id}.heading`), exact: true });

/** The "Result" region inside a calculator. */
const resultRegion = (calc: Locator, tx: Texts): Locator => calc.getByRole('region', { name: tx.t('calc.common.resultHeading'), exact: true });

/** "There is a problem" inside a calculator. */
const errorSummary = (calc: Locator, tx: Texts): Locator => calc.getByRole('alert', { name: tx.t('calc.common.errorSummaryTitle'), exact: true });

/** Start page → Calculators (Tab to the button, Enter). Ends on the calculators page, axe checked. */
async function openCalculators(s: Session, tx: Texts): Promise<void> {
  await tabTo(s.page, buttonNamed(s.page, tx.t('app.tools.calculators')), 'the Calculators button');
  await s.page.keyboard.press('Enter');
  await heading(s.page, tx.t('calc.title')).waitFor();
  await s.checkA11y(`calculators page (${tx.lng})`);
}

/** Open one calculator from the page's list: its <h2> takes the focus. */
async function chooseCalculator(s: Session, tx: Texts, id: CalcId): Promise<Locator> {
  const nav = s.page.getByRole('navigation', { name: tx.t('calc.nav.label'), exact: true });
  const button = nav.getByRole('button', { name: tx.t(`calc.nav.${id}.title`), exact: true });
  await tabTo(s.page, button, `the ${id} calculator in the list`);
  await s.page.keyboard.press('Enter');
  const calc = section(s.page, tx, id);
  const h2 = calc.getByRole('heading', { level: 2, name: tx.t(`calc.${id}.heading`), exact: true });
  await h2.waitFor();
  await s.page.waitForFunction((hid) => document.activeElement?.id === hid, `calc-${id}-heading`);
  assertEqual(await button.getAttribute('aria-current'), 'true', `the ${id} button is not marked current`);
  return calc;
}

/**
 * A calculator's date field, by its label: the group (fieldset) the label names, and in it
 * the day box (the first; error links and Tab land there).
 */
const dateBox = (scope: Locator, label: string): Locator => scope.getByRole('group', { name: label, exact: true }).locator('input').first();

/** What a date field holds, as YYYY-MM-DD ('' when empty): its day, month and year boxes. */
async function dateValue(field: Locator): Promise<string> {
  return field.evaluate((day) => {
    const box = (suffix: string) => (document.getElementById(`${day.id}${suffix}`) as HTMLInputElement | null)?.value ?? '';
    const [d, m, y] = [box(''), box('-month'), box('-year')];
    return d === '' && m === '' && y === '' ? '' : `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  });
}

/**
 * Type a date into a calculator's date field, keyboard only, as on the question pages: Tab to
 * its day box, then the day, Tab, the month, Tab, the year (each box's old text selected and
 * replaced). No browser picker, so no browser-chosen order. Checks the value.
 */
async function typeDate(page: Page, field: Locator, what: string, iso: string): Promise<void> {
  await tabTo(page, field, what);
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const [i, part] of [d, m, y].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(part);
  }
  const value = await dateValue(field);
  if (value !== iso) throw new Error(`${what}: typed ${iso}, the field holds ${JSON.stringify(value)}`);
}

/** Tab to the calculator's own Calculate button and press Enter (the form submits). */
async function calculate(s: Session, tx: Texts, calc: Locator): Promise<void> {
  await tabTo(s.page, calc.getByRole('button', { name: tx.t('calc.common.calculate'), exact: true }), 'Calculate');
  await s.page.keyboard.press('Enter');
}

/**
 * Calculate with a mistake: the error summary shows and takes the focus, holding exactly
 * `messages` (each a link); the first link, followed by Enter, focuses `fixField`.
 */
async function expectErrors(s: Session, tx: Texts, calc: Locator, where: string, messages: string[], fixField: Locator): Promise<void> {
  await calculate(s, tx, calc);
  const summary = errorSummary(calc, tx);
  await summary.waitFor();
  await s.page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
  assert(await isFocused(summary), `${where}: the error summary did not take the focus`);
  const links = (await summary.getByRole('link').allInnerTexts()).map(normaliseSpace);
  assertEqual(links, messages.map(normaliseSpace), `${where}: the error summary's messages`);
  assert(!(await resultRegion(calc, tx).getByRole('term').count()), `${where}: a result is shown beside the errors`);
  await s.checkA11y(`${where}: error summary (${tx.lng})`);
  await followLink(s.page, messages[0]!);
  await s.page.waitForFunction(() => document.activeElement?.tagName === 'INPUT' || document.activeElement?.tagName === 'SELECT');
  assert(await isFocused(fixField), `${where}: the error's link did not take the focus to its field`);
}

/** After a good Calculate: the summary is gone and the result shows; its text, spaces made plain. */
async function resultText(s: Session, tx: Texts, calc: Locator, where: string): Promise<{ text: string; rows: [string, string][] }> {
  const region = resultRegion(calc, tx);
  await region.getByRole('term').first().waitFor();
  assertEqual(await errorSummary(calc, tx).count(), 0, `${where}: the error summary stays after a good Calculate`);
  const rows = await region.locator('.calc-summary-row').evaluateAll((els) =>
    els.map((el) => [el.querySelector('dt')?.textContent ?? '', el.querySelector('dd')?.textContent ?? ''] as [string, string]),
  );
  await s.checkA11y(`${where}: result (${tx.lng})`);
  return { text: normaliseSpace(await region.innerText()), rows: rows.map(([k, v]) => [normaliseSpace(k), normaliseSpace(v)]) };
}

function assertHolds(text: string, expected: string[], where: string): void {
  for (const e of expected) assert(text.includes(normaliseSpace(e)), `${where}: the result does not say\n    ${normaliseSpace(e)}\n  it says\n    ${text}`);
}

const plainRows = (rows: [string, string][]) => rows.map(([k, v]) => [normaliseSpace(k), normaliseSpace(v)] as [string, string]);

// ---------------------------------------------------------------------------------------
// 90/180-day rule

const STAYS: Stay[] = [
  { entry: '2026-07-01', exit: '2026-08-15' },
  { entry: '2026-09-10', exit: '2026-10-09' },
];
const TRIP = { entry: '2026-12-01', exit: '2026-12-20' };

async function schengenCase(s: Session, tx: Texts): Promise<void> {
  const page = s.page;
  const where = `Schengen (${tx.lng})`;
  const calc = await chooseCalculator(s, tx, 'schengen');
  const stayGroup = (n: number) => calc.getByRole('group', { name: tx.t('calc.schengen.stay', { number: n }), exact: true });
  const entryOf = (g: Locator) => dateBox(g, tx.t('calc.schengen.entry'));
  const exitOf = (g: Locator) => dateBox(g, tx.t('calc.schengen.exit'));
  const trip = calc.getByRole('group', { name: tx.t('calc.schengen.tripLegend'), exact: true });
  const checkField = dateBox(calc, tx.t('calc.schengen.checkDate'));
  assertEqual(await dateValue(checkField), AS_OF, `${where}: the date to check does not start as today`);
  await s.checkA11y(`${where}: empty form`);

  await typeDate(page, entryOf(stayGroup(1)), 'stay 1 entry', STAYS[0]!.entry);
  await typeDate(page, exitOf(stayGroup(1)), 'stay 1 exit', STAYS[0]!.exit);
  // Add another stay: the focus goes to its date of entry.
  await tabTo(page, calc.getByRole('button', { name: tx.t('calc.schengen.addStay'), exact: true }), 'Add another stay');
  await page.keyboard.press('Enter');
  await stayGroup(2).waitFor();
  assert(await isFocused(entryOf(stayGroup(2))), `${where}: Add another stay did not focus the new stay's date of entry`);
  await typeDate(page, entryOf(stayGroup(2)), 'stay 2 entry', STAYS[1]!.entry);
  await typeDate(page, exitOf(stayGroup(2)), 'stay 2 exit', STAYS[1]!.exit);
  // A third row, then removed: the focus goes back to Add another stay.
  const addStay = calc.getByRole('button', { name: tx.t('calc.schengen.addStay'), exact: true });
  await tabTo(page, addStay, 'Add another stay');
  await page.keyboard.press('Enter');
  await stayGroup(3).waitFor();
  await s.checkA11y(`${where}: three stay rows`);
  await tabTo(page, calc.getByRole('button', { name: tx.t('calc.schengen.removeStay', { number: 3 }), exact: true }), 'Remove stay 3');
  await page.keyboard.press('Enter');
  await stayGroup(3).waitFor({ state: 'detached' });
  assert(await isFocused(addStay), `${where}: removing a stay did not put the focus on Add another stay`);
  // The mistake: a trip that ends before it begins.
  await typeDate(page, entryOf(trip), 'trip entry', TRIP.entry);
  await typeDate(page, exitOf(trip), 'trip exit', addDays(TRIP.entry, -3));
  await s.checkA11y(`${where}: form filled, two stays`);
  const field = tx.t('calc.schengen.fields.tripExit');
  await expectErrors(s, tx, calc, where, [tx.t('calc.errors.exitBeforeEntry', { field })], exitOf(trip));
  assertEqual(await exitOf(trip).getAttribute('aria-invalid'), 'true', `${where}: the trip's date of exit is not marked invalid`);
  await typeDate(page, exitOf(trip), 'trip exit', TRIP.exit);
  await calculate(s, tx, calc);
  const shown = await resultText(s, tx, calc, where);

  // What the rules say.
  const used = daysUsedOn(STAYS, AS_OF);
  const left = daysLeftOn(STAYS, AS_OF);
  const windowStart = windowStartFor(AS_OF);
  const days = (count: number) => tx.t('calc.common.days', { count });
  assertEqual(
    shown.rows,
    plainRows([
      [tx.t('calc.schengen.result.used', { date: AS_OF }), tx.t('calc.schengen.result.usedValue', { days: days(used), max: MAX_DAYS })],
      [tx.t('calc.schengen.result.left'), days(left)],
      [tx.t('calc.schengen.result.window', { window: WINDOW_DAYS }), tx.t('calc.schengen.result.windowValue', { from: windowStart, to: AS_OF })],
    ]),
    `${where}: the days used and left`,
  );
  const latest = latestExitFor(STAYS, TRIP.entry);
  const check = checkTrip(STAYS, TRIP.entry, TRIP.exit);
  assert(latest && !check.fits, `${where}: the worked case should be a trip that does not fit`);
  const earliest = earliestEntryFor(STAYS, check.days, TRIP.entry);
  assert(earliest, `${where}: no earliest trip`);
  assertHolds(
    shown.text,
    [
      tx.t(latest.limitedBy === 'nextStay' ? 'calc.schengen.result.latestExitNextStay' : 'calc.schengen.result.latestExit', {
        entry: TRIP.entry,
        exit: latest.latestExit,
        days: days(latest.maxDays),
      }),
      `${tx.t('calc.schengen.result.notFitsTag')} ${tx.t('calc.schengen.result.notFits', {
        entry: TRIP.entry,
        exit: TRIP.exit,
        days: days(check.days),
        date: check.firstOverstay ?? TRIP.exit,
        max: MAX_DAYS,
        window: WINDOW_DAYS,
      })}`,
      tx.t('calc.schengen.result.earliest', { days: days(earliest.days), entry: earliest.entry, exit: earliest.exit }),
    ],
    where,
  );

  // The chart: an image named with the whole window, in words.
  const segments = STAYS.flatMap((st) => {
    const from = maxDate(st.entry, windowStart);
    const to = minDate(st.exit, AS_OF);
    return from <= to ? [tx.t('calc.schengen.chart.segment', { from, to })] : [];
  });
  const label = tx.t('calc.schengen.chart.label', {
    from: windowStart,
    to: AS_OF,
    days: days(used),
    stays: segments.length ? segments.join('; ') : tx.t('calc.schengen.chart.noStays'),
  });
  const chart = resultRegion(calc, tx).getByRole('img');
  assertEqual(await chart.count(), 1, `${where}: one chart`);
  assertEqual(normaliseSpace((await chart.getAttribute('aria-label')) ?? ''), normaliseSpace(label), `${where}: the chart's label`);
  assert(await chart.isVisible(), `${where}: the chart is not visible`);
}

/**
 * An overstay and overlapping stays: 1 Jun – 10 Sep 2026 in one country and 1–20 Aug in
 * another (the same days): merged, counted once; on the day checked (AS_OF) 102 days used,
 * 12 over, no day to stay, and the first day one may be back.
 */
const OVER_STAYS: Stay[] = [
  { entry: '2026-06-01', exit: '2026-09-10' },
  { entry: '2026-08-01', exit: '2026-08-20' },
];

async function schengenOverstayCase(s: Session, tx: Texts): Promise<void> {
  const page = s.page;
  const where = `Schengen overstay (${tx.lng})`;
  const calc = await chooseCalculator(s, tx, 'schengen');
  const stayGroup = (n: number) => calc.getByRole('group', { name: tx.t('calc.schengen.stay', { number: n }), exact: true });
  const entryOf = (g: Locator) => dateBox(g, tx.t('calc.schengen.entry'));
  const exitOf = (g: Locator) => dateBox(g, tx.t('calc.schengen.exit'));
  await typeDate(page, entryOf(stayGroup(1)), 'stay 1 entry', OVER_STAYS[0]!.entry);
  await typeDate(page, exitOf(stayGroup(1)), 'stay 1 exit', OVER_STAYS[0]!.exit);
  await tabTo(page, calc.getByRole('button', { name: tx.t('calc.schengen.addStay'), exact: true }), 'Add another stay');
  await page.keyboard.press('Enter');
  await stayGroup(2).waitFor();
  await typeDate(page, entryOf(stayGroup(2)), 'stay 2 entry', OVER_STAYS[1]!.entry);
  await typeDate(page, exitOf(stayGroup(2)), 'stay 2 exit', OVER_STAYS[1]!.exit);
  await calculate(s, tx, calc);
  const shown = await resultText(s, tx, calc, where);

  const status = statusOn(OVER_STAYS, AS_OF);
  assert(status.daysOver > 0 && status.stayUntil === null && status.merges.length === 1, `${where}: the worked case should be an overstay with a merge`);
  const days = (count: number) => tx.t('calc.common.days', { count });
  assert(
    shown.rows.some(([k, v]) => k === normaliseSpace(tx.t('calc.schengen.result.over')) && v === normaliseSpace(days(status.daysOver))),
    `${where}: no row with the days over (${status.daysOver}): ${JSON.stringify(shown.rows)}`,
  );
  const merge = status.merges[0]!;
  assertHolds(
    shown.text,
    [
      tx.t('calc.schengen.result.overLimit', { over: days(status.daysOver), max: MAX_DAYS, window: WINDOW_DAYS }),
      tx.t('calc.schengen.result.stayUntilNone', { date: AS_OF, earliest: status.earliestEntry ?? AS_OF }),
      tx.t('calc.schengen.result.merged', { numbers: merge.stays.map((i) => i + 1).join(', '), entry: merge.entry, exit: merge.exit }),
    ],
    where,
  );
}

// ---------------------------------------------------------------------------------------
// Long-term residence

const PERIODS: ResidencePeriod[] = [
  { kind: 'studies', from: '2020-09-01', to: '2023-08-31' },
  { kind: 'temporaryResidence', from: '2023-09-01', to: '2027-08-31' },
];
const ABSENCES: Absence[] = [{ from: '2023-07-01', to: '2023-08-31' }];

async function longTermCase(s: Session, tx: Texts): Promise<void> {
  const page = s.page;
  const where = `long-term residence (${tx.lng})`;
  const calc = await chooseCalculator(s, tx, 'longTerm');
  const periodGroup = (n: number) => calc.getByRole('group', { name: tx.t('calc.longTerm.period', { number: n }), exact: true });
  const absenceGroup = (n: number) => calc.getByRole('group', { name: tx.t('calc.longTerm.absence', { number: n }), exact: true });
  await s.checkA11y(`${where}: empty form`);

  // The mistake: Calculate with no period at all.
  await expectErrors(s, tx, calc, where, [tx.t('calc.longTerm.errors.noPeriods')], dateBox(periodGroup(1), tx.t('calc.longTerm.from')));

  for (const [i, p] of PERIODS.entries()) {
    const n = i + 1;
    if (n > 1) {
      await tabTo(page, calc.getByRole('button', { name: tx.t('calc.longTerm.addPeriod'), exact: true }), 'Add another period');
      await page.keyboard.press('Enter');
      await periodGroup(n).waitFor();
    }
    const g = periodGroup(n);
    await chooseSelectOption(page, g.getByLabel(tx.t('calc.longTerm.kind'), { exact: true }), `period ${n} kind`, tx.t(`calc.longTerm.kinds.${p.kind}`));
    await typeDate(page, dateBox(g, tx.t('calc.longTerm.from')), `period ${n} from`, p.from);
    await typeDate(page, dateBox(g, tx.t('calc.longTerm.to')), `period ${n} to`, p.to);
  }
  for (const [i, a] of ABSENCES.entries()) {
    const n = i + 1;
    await tabTo(page, calc.getByRole('button', { name: tx.t('calc.longTerm.addAbsence'), exact: true }), 'Add time abroad');
    await page.keyboard.press('Enter');
    await absenceGroup(n).waitFor();
    const g = absenceGroup(n);
    assert(await isFocused(dateBox(g, tx.t('calc.longTerm.absenceFrom'))), `${where}: Add time abroad did not focus its first day`);
    await typeDate(page, dateBox(g, tx.t('calc.longTerm.absenceFrom')), `absence ${n} from`, a.from);
    await typeDate(page, dateBox(g, tx.t('calc.longTerm.absenceTo')), `absence ${n} to`, a.to);
  }
  await calculate(s, tx, calc);
  const shown = await resultText(s, tx, calc, where);

  const r = longTermResidence(PERIODS, ABSENCES, AS_OF);
  const rules = entryAt(LONG_TERM_RESIDENCE, AS_OF).value;
  const oneDecimal = new Intl.NumberFormat(intlLocale(tx.lng), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(intlLocale(tx.lng), { maximumFractionDigits: 0 });
  const headline = r.canApplyOn
    ? tx.t('calc.longTerm.result.canApply', { date: AS_OF })
    : r.earliest === null
      ? tx.t('calc.longTerm.result.noDate', { years: rules.years })
      : r.earliest > AS_OF
        ? tx.t('calc.longTerm.result.earliest', { date: r.earliest })
        : tx.t('calc.longTerm.result.earliestPassed', { date: r.earliest, asOf: AS_OF });
  assert(r.earliest !== null, `${where}: the worked case should have an earliest date`);
  assertEqual(
    shown.rows,
    plainRows([
      [tx.t('calc.longTerm.result.earliestLabel'), tx.t('calc.longTerm.result.dateValue', { date: r.earliest })],
      [
        tx.t('calc.longTerm.result.countedLabel', { date: r.countedOn }),
        tx.t('calc.longTerm.result.countedValue', {
          credited: whole.format(r.creditedDaysOnAsOf),
          needed: whole.format(r.neededDaysOnAsOf),
          years: oneDecimal.format(r.creditedDaysOnAsOf / 365.25),
        }),
      ],
      [
        tx.t('calc.longTerm.result.rulesLabel'),
        tx.t('calc.longTerm.result.rulesValue', { years: rules.years, single: rules.maxSingleAbsenceMonths, total: rules.maxTotalAbsenceMonths }),
      ],
    ]),
    `${where}: the summary`,
  );
  const blockerText = (b: Blocker): string => {
    switch (b.kind) {
      case 'gap':
        return tx.t('calc.longTerm.blockers.gap', { from: b.from, to: b.to, years: rules.years });
      case 'residenceEnded':
        return tx.t('calc.longTerm.blockers.residenceEnded', { date: b.lastDay, years: rules.years });
      case 'absenceTooLong':
        return tx.t('calc.longTerm.blockers.absenceTooLong', {
          from: b.absence.from,
          to: b.absence.to,
          months: oneDecimal.format(b.months),
          max: rules.maxSingleAbsenceMonths,
          years: rules.years,
        });
      case 'absencesTooLongInTotal':
        return tx.t('calc.longTerm.blockers.absencesTooLongInTotal', {
          from: b.window.from,
          to: b.window.to,
          months: oneDecimal.format(b.months),
          max: rules.maxTotalAbsenceMonths,
        });
      case 'excludedStatus':
        return tx.t('calc.longTerm.blockers.excludedStatus', { status: tx.t(`calc.longTerm.kindNames.${b.status}`) });
      case 'notEnoughYet':
        return tx.t('calc.longTerm.blockers.notEnoughYet', {
          count: b.creditedDays,
          date: AS_OF,
          credited: whole.format(b.creditedDays),
          needed: whole.format(b.neededDays),
          years: rules.years,
        });
    }
  };
  assert(r.earliest > AS_OF && r.blockers.length > 0, `${where}: the worked case should be one that cannot apply yet`);
  assertHolds(shown.text, [headline, tx.t('calc.longTerm.result.blockersHeading'), ...r.blockers.map(blockerText)], where);
}

// ---------------------------------------------------------------------------------------
// Invitation

const GUESTS = 2;
const VISIT_DAYS = 14;

async function invitationCase(s: Session, tx: Texts): Promise<void> {
  const where = `invitation (${tx.lng})`;
  const calc = await chooseCalculator(s, tx, 'invitation');
  const people = calc.getByLabel(tx.t('calc.invitation.people'), { exact: true });
  const daysField = calc.getByLabel(tx.t('calc.invitation.days'), { exact: true });
  await s.checkA11y(`${where}: empty form`);

  // The mistakes: people not a whole number, no days.
  await fillByKeyboard(s.page, people, 'number of people', 'two');
  await expectErrors(
    s,
    tx,
    calc,
    where,
    [
      tx.t('calc.errors.wholeNumber', { field: tx.t('calc.invitation.fields.people') }),
      tx.t('calc.errors.numberMissing', { field: tx.t('calc.invitation.fields.days') }),
    ],
    people,
  );
  await s.page.keyboard.press('ControlOrMeta+A');
  await s.page.keyboard.type(String(GUESTS));
  await fillByKeyboard(s.page, daysField, 'number of days', String(VISIT_DAYS));
  await calculate(s, tx, calc);
  const shown = await resultText(s, tx, calc, where);

  const m = invitationMoney(GUESTS, VISIT_DAYS, AS_OF);
  const eur = (n: number) => formatEur(n, tx.lng);
  const sub = entryAt(SUBSISTENCE_MINIMUM, AS_OF);
  const nextSub = SUBSISTENCE_MINIMUM.history.find((e) => e.from > sub.from);
  assertHolds(shown.text, [tx.t('calc.invitation.result.total', { amount: eur(m.totalEur), date: AS_OF })], where);
  const rows = new Map(shown.rows);
  const row = (key: string) => rows.get(normaliseSpace(tx.t(key)));
  assertEqual(
    row('calc.invitation.result.baseLabel'),
    normaliseSpace(tx.t('calc.invitation.result.baseValue', { months: m.months, subsistence: eur(m.subsistenceMinimum), amount: eur(m.baseEur) })),
    `${where}: the host's own amount`,
  );
  assertEqual(
    row('calc.invitation.result.guestsLabel'),
    normaliseSpace(
      tx.t('calc.invitation.result.guestsValue', {
        daily: eur(m.dailyEur),
        days: tx.t('calc.common.days', { count: m.days }),
        people: tx.t('calc.invitation.result.people', { count: m.people }),
        amount: eur(m.guestsEur),
      }),
    ),
    `${where}: the guests' amount`,
  );
  assertEqual(row('calc.invitation.result.totalLabel'), normaliseSpace(eur(m.totalEur)), `${where}: the total`);
  assertEqual(row('calc.invitation.result.feeLabel'), normaliseSpace(tx.t('calc.invitation.result.feeValue', { amount: eur(m.feeEur) })), `${where}: the fee`);
  const subText = nextSub
    ? tx.t('calc.invitation.result.subsistenceValue', { amount: eur(sub.value), from: sub.from, to: addDays(nextSub.from, -1) })
    : tx.t('calc.invitation.result.subsistenceOpen', { amount: eur(sub.value), from: sub.from });
  assert(row('calc.invitation.result.subsistenceLabel')?.includes(normaliseSpace(subText)), `${where}: the subsistence minimum used`);
  // The subsistence minimum from 1 July 2026 is not confirmed: it must not read as certain.
  if (sub.confidence !== 'high') assertHolds(shown.text, [tx.t(`calc.common.confidenceTag.${sub.confidence}`), tx.t('calc.common.uncertainLabel')], where);
}

// ---------------------------------------------------------------------------------------
// EU Blue Card

async function blueCardCase(s: Session, tx: Texts): Promise<void> {
  const where = `EU Blue Card (${tx.lng})`;
  const calc = await chooseCalculator(s, tx, 'blueCard');
  const dateField = dateBox(calc, tx.t('calc.blueCard.asOf'));
  assertEqual(await dateValue(dateField), AS_OF, `${where}: the date does not start as today`);
  await s.checkA11y(`${where}: empty form`);

  // The mistake: a date before the years the rules are kept for.
  await typeDate(s.page, dateField, 'the date of the application', '2020-06-15');
  await expectErrors(s, tx, calc, where, [tx.t('calc.errors.tooEarly', { field: tx.t('calc.blueCard.fields.asOf'), min: AS_OF_RANGE.min })], dateField);
  await typeDate(s.page, dateField, 'the date of the application', AS_OF);
  await setCheckbox(s.page, tx.t('calc.blueCard.graduate'), true);
  await calculate(s, tx, calc);
  const shown = await resultText(s, tx, calc, where);

  const f = blueCardFloor(AS_OF, true);
  const eur = (n: number) => formatEur(n, tx.lng);
  const multiplier = new Intl.NumberFormat(intlLocale(tx.lng), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(f.multiplier);
  assertHolds(shown.text, [tx.t('calc.blueCard.result.floor', { amount: eur(f.floorEur), date: AS_OF })], where);
  assertEqual(
    shown.rows,
    plainRows([
      [
        tx.t('calc.blueCard.result.basisLabel'),
        tx.t('calc.blueCard.result.basisValue', { multiplier, year: f.wageYear, wage: eur(f.averageWageEur), amount: eur(f.floorEur) }),
      ],
      [
        tx.t('calc.blueCard.result.wageLabel', { year: f.wageYear }),
        tx.t('calc.blueCard.result.wageValue', { wage: eur(f.averageWageEur), from: entryAt(AVERAGE_WAGE_REFERENCE, AS_OF).from }),
      ],
      [tx.t('calc.blueCard.result.whoLabel'), tx.t('calc.blueCard.result.whoGraduate', { years: f.graduateWithinYears ?? 0 })],
    ]),
    `${where}: the summary`,
  );
  assert(f.floorEur < blueCardFloor(AS_OF, false).floorEur, `${where}: the worked case should have a lower floor for a recent graduate`);
}

// ---------------------------------------------------------------------------------------

test('tools: calculators (en): the four, worked cases and mistakes, keyboard only', async ({ session }) => {
  const s = await session();
  const tx = await openApp(s, 'en');
  await openCalculators(s, tx);
  // The 90/180-day rule is shown first.
  await section(s.page, tx, 'schengen').getByRole('heading', { level: 2 }).waitFor();
  await schengenCase(s, tx);
  await longTermCase(s, tx);
  await invitationCase(s, tx);
  await blueCardCase(s, tx);
  // What was typed survives a look at another calculator.
  await chooseCalculator(s, tx, 'schengen');
  assert(await resultRegion(section(s.page, tx, 'schengen'), tx).getByRole('img').isVisible(), 'the Schengen result is gone after the other calculators');
});

test('tools: calculators (sk, uk): invitation and EU Blue Card in Slovak, 90/180 days in Ukrainian', async ({ session }) => {
  const sk = await session();
  const txSk = await openApp(sk, 'sk');
  await openCalculators(sk, txSk);
  await invitationCase(sk, txSk);
  await blueCardCase(sk, txSk);

  const uk = await session();
  const txUk = await openApp(uk, 'uk');
  await openCalculators(uk, txUk);
  await schengenCase(uk, txUk);
});

for (const lng of ['en', 'sk', 'uk'] as const) {
  test(`tools: 90/180 days, an overstay and overlapping stays (${lng})`, async ({ session }) => {
    const s = await session();
    const tx = await openApp(s, lng);
    await openCalculators(s, tx);
    await schengenOverstayCase(s, tx);
  });
}

test('tools: a calculator keeps what was typed through a reload, until Clear the form or Clear my data (uk, phone)', async ({ session }) => {
  const s = await session();
  await s.page.setViewportSize(PHONE);
  const tx = await openApp(s, 'uk');
  await openCalculators(s, tx);
  const calc = section(s.page, tx, 'schengen');
  const stay = (n: number) => calc.getByRole('group', { name: tx.t('calc.schengen.stay', { number: n }), exact: true });
  await typeDate(s.page, dateBox(stay(1), tx.t('calc.schengen.entry')), 'stay 1 entry', '2026-10-01');
  await typeDate(s.page, dateBox(stay(1), tx.t('calc.schengen.exit')), 'stay 1 exit', '2026-10-10');
  const invitation = await chooseCalculator(s, tx, 'invitation');
  const days = invitation.getByRole('textbox', { name: tx.t('calc.invitation.days'), exact: true });
  await fillByKeyboard(s.page, days, 'days of the visit', '14');

  // A reload: the calculator in the address, filled in as it was left, and saying so.
  await s.page.reload();
  await heading(s.page, tx.t('calc.title')).waitFor();
  await invitation.waitFor();
  assertEqual(await days.inputValue(), '14', 'days of the visit after a reload');
  await invitation.getByText(tx.t('calc.kept.restored'), { exact: true }).waitFor();
  await chooseCalculator(s, tx, 'schengen');
  assertEqual(await dateValue(dateBox(stay(1), tx.t('calc.schengen.entry'))), '2026-10-01', 'stay 1 entry after a reload');
  assertEqual(await dateValue(dateBox(stay(1), tx.t('calc.schengen.exit'))), '2026-10-10', 'stay 1 exit after a reload');
  await s.checkA11y('a calculator filled in from this browser (uk, phone)');

  // Clear the form, then Undo, keyboard only: the focus lands on the next thing to press.
  const clear = calc.getByRole('button', { name: tx.t('calc.kept.clear'), exact: true });
  await tabTo(s.page, clear, 'Clear the form');
  const box = await clear.boundingBox();
  assert(box !== null && box.height >= 24 && box.x + box.width <= PHONE.width, `Clear the form is ${JSON.stringify(box)} on a ${PHONE.width} px screen`);
  await s.page.keyboard.press('Enter');
  const undo = calc.getByRole('status').getByRole('button', { name: tx.t('calc.kept.undo'), exact: true });
  await undo.waitFor();
  assert(await isFocused(undo), 'Undo does not have the focus after Clear the form');
  assertEqual(await dateValue(dateBox(stay(1), tx.t('calc.schengen.entry'))), '', 'stay 1 entry after Clear the form');
  await s.page.keyboard.press('Enter');
  await clear.waitFor();
  assert(await isFocused(clear), 'Clear the form does not have the focus after Undo');
  assertEqual(await dateValue(dateBox(stay(1), tx.t('calc.schengen.entry'))), '2026-10-01', 'stay 1 entry after Undo');

  // "Clear my data" removes the calculators' forms with everything else.
  await tabTo(s.page, buttonNamed(s.page, tx.t('app.clear.button')), 'Clear my data');
  await s.page.keyboard.press('Enter');
  await tabTo(s.page, buttonNamed(s.page, tx.t('app.clear.confirm')), 'Yes, clear my data');
  await s.page.keyboard.press('Enter');
  await s.page.getByText(tx.t('app.clear.done'), { exact: true }).waitFor();
  assertEqual(await s.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pobyt:'))), [], 'keys left after Clear my data');
  await s.page.goto(`${s.origin}/uk/calculators/schengen`);
  await heading(s.page, tx.t('calc.title')).waitFor();
  await stay(1).waitFor();
  assertEqual(await dateValue(dateBox(stay(1), tx.t('calc.schengen.entry'))), '', 'stay 1 entry after Clear my data');
  assertEqual(await calc.getByText(tx.t('calc.kept.restored'), { exact: true }).count(), 0, 'the kept-form note after Clear my data');
});

test('tools: a short-stay plan links to the 90/180-day calculator', { tag: '@timed' }, async ({ session }) => {
  const s = await session();
  const tx = await openApp(s, 'en');
  await walkToPlan(s, tx, readExample('third-country-short-stay-visa-free'));
  const links = s.page.getByRole('region', { name: tx.t('calc.planLinks.heading'), exact: true });
  await links.waitFor();
  const button = links.getByRole('button', { name: tx.t('calc.nav.schengen.title'), exact: true });
  await tabTo(s.page, button, 'the plan link to the 90/180-day calculator');
  await s.page.keyboard.press('Enter');
  await heading(s.page, tx.t('calc.title')).waitFor();
  const calc = section(s.page, tx, 'schengen');
  await calc.waitFor();
  assert(await calc.isVisible(), 'the 90/180-day calculator is not the one shown');
  const current = s.page.getByRole('navigation', { name: tx.t('calc.nav.label') }).getByRole('button', { name: tx.t('calc.nav.schengen.title') });
  assertEqual(await current.getAttribute('aria-current'), 'true', 'the 90/180-day calculator is not marked current');
  assert(await s.page.evaluate(() => document.activeElement?.tagName === 'H1'), 'the focus is not on the calculators page heading');
  await s.checkA11y('calculators page from the plan (en)');
  // It works from there: one stay → the days used.
  await typeDate(s.page, dateBox(calc.getByRole('group', { name: tx.t('calc.schengen.stay', { number: 1 }) }), tx.t('calc.schengen.entry')), 'stay 1 entry', '2026-10-01');
  await typeDate(s.page, dateBox(calc.getByRole('group', { name: tx.t('calc.schengen.stay', { number: 1 }) }), tx.t('calc.schengen.exit')), 'stay 1 exit', '2026-10-10');
  await calculate(s, tx, calc);
  const shown = await resultText(s, tx, calc, 'Schengen from the plan');
  const used = daysUsedOn([{ entry: '2026-10-01', exit: '2026-10-10' }], AS_OF);
  assertHolds(shown.text, [tx.t('calc.schengen.result.usedValue', { days: tx.t('calc.common.days', { count: used }), max: MAX_DAYS })], 'Schengen from the plan');
  // Back: to the plan it came from.
  await tabTo(s.page, buttonNamed(s.page, tx.t('app.back')), 'Back');
  await s.page.keyboard.press('Enter');
  await heading(s.page, tx.t('uiPlan.title')).waitFor();
});
