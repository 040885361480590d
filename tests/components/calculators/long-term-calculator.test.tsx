// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { LongTermCalculator } from '../../../src/components/calculators/long-term-calculator.tsx';
import { longTermResidence, RESIDENCE_KINDS } from '../../../src/rules/calculators/long-term-residence.ts';
import { LONG_TERM_RESIDENCE } from '../../../src/rules/params/periods.ts';
import { entryAt } from '../../../src/rules/value-at.ts';
import { dateIn, errorSummary, flat, i18nFor, renderWith, resultRegion, setDate, switchLanguage } from './calc-test-kit.tsx';

let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

const calculate = () => screen.getByRole('button', { name: 'Calculate' });

describe('Long-term residence calculator: five years of temporary residence from 1 Sep 2021', () => {
  // Handbook §2: five years of uninterrupted legal residence directly before applying, so from
  // 1 Sep 2021 the five years are complete on 1 Sep 2026. On 22 Nov 2026: counted from
  // 1 Sep 2021 to 21 Nov 2026 = 1,826 days (five years with 29 Feb 2024) + 81 (30 + 31 + 20)
  // + 1 = 1,908 days; needed: 22 Nov 2021 to 22 Nov 2026 = 1,826 days. 1,908 / 365.25 = 5.2.
  const PERIODS = [{ from: '2021-09-01', to: '2027-08-31', kind: 'temporaryResidence' as const }];

  it('agrees with the rules function', () => {
    const r = longTermResidence(PERIODS, [], '2026-11-22');
    expect(r).toMatchObject({ earliest: '2026-09-01', canApplyOn: true, creditedDaysOnAsOf: 1908, neededDaysOnAsOf: 1826 });
  });

  it('says the person can apply, with the earliest date, the days counted, sources and an uncertainty mark', async () => {
    const { user } = renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    expect(screen.getByRole('heading', { level: 2, name: 'Long-term residence: when can you apply?' })).toBeInTheDocument();
    const period = screen.getByRole('group', { name: 'Period 1' });
    expect(within(period).getByRole('combobox', { name: 'Kind of residence' })).toHaveValue('temporaryResidence');
    setDate(dateIn('Period 1', 'From'), '2021-09-01');
    setDate(dateIn('Period 1', 'To'), '2027-08-31');
    await user.click(calculate());

    const result = resultRegion();
    expect(result).toHaveAttribute('aria-live', 'polite');
    const text = flat(result.textContent);
    expect(text).toContain('You can apply for long-term residence on 22 November 2026 (Sunday).');
    expect(text).toContain('Earliest date to apply1 September 2026 (Tuesday)');
    expect(text).toContain('1,908 of the 1,826 days needed (about 5.2 years)');
    expect(text).toContain('You also need to show Slovak at level A2.');
    // A computed result of Med confidence: marked, never shown as certain.
    expect(text).toContain('Check with the Foreign Police');
    expect(text).toContain('This rests on a single source');
    expect(within(result).getByRole('link', { name: 'Migration Information Centre (IOM): long-term residence' })).toBeInTheDocument();
    expect(text).toContain('(Act 404/2011 Z. z., §52)');
    expect(text).not.toContain('What stands in the way');
  });
});

describe('Long-term residence calculator: what stands in the way, in words', () => {
  // An absence of 212 days (1 Jan – 31 Jul 2022: 31+28+31+30+31+30+31) is 212 / 30.4375 = 7.0
  // months, over 6: the five years count again from 1 Aug 2022 and end on 1 Aug 2027.
  it('an absence over 6 months restarts the five years', async () => {
    const r = longTermResidence(
      [{ from: '2020-01-01', to: '2027-12-31', kind: 'temporaryResidence' }],
      [{ from: '2022-01-01', to: '2022-07-31' }],
      '2026-11-22',
    );
    expect(r.earliest).toBe('2027-08-01');

    const { user } = renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    setDate(dateIn('Period 1', 'From'), '2020-01-01');
    setDate(dateIn('Period 1', 'To'), '2027-12-31');
    expect(screen.getByText('No time abroad entered.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add time abroad' }));
    expect(dateIn('Time abroad 1', 'First day abroad')).toHaveFocus();
    setDate(dateIn('Time abroad 1', 'First day abroad'), '2022-01-01');
    setDate(dateIn('Time abroad 1', 'Last day abroad'), '2022-07-31');
    await user.click(calculate());

    const result = resultRegion();
    const text = flat(result.textContent);
    expect(text).toContain('The earliest date you can apply is 1 August 2027 (Sunday).');
    expect(within(result).getByRole('heading', { name: 'What stands in the way' })).toBeInTheDocument();
    const items = within(result)
      .getAllByRole('listitem')
      .map((li) => flat(li.textContent));
    expect(items).toContain(
      'You were abroad from 1 January 2022 (Saturday) to 31 July 2022 (Sunday), about 7.0 months: more than 6 months at once, so the 5 years count again from the day after.',
    );
    // From 1 Aug 2022 to 21 Nov 2026: 1,461 days (four years with 29 Feb 2024) + 112 + 1 = 1,574.
    expect(items).toContain('By 22 November 2026 (Sunday) you have 1,574 days that count, of the 1,826 needed for 5 years.');
  });

  it('temporary refuge does not count: no date, and the status is named', async () => {
    const { user } = renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of residence' }), 'temporaryRefuge');
    setDate(dateIn('Period 1', 'From'), '2022-03-01');
    setDate(dateIn('Period 1', 'To'), '2027-03-04');
    await user.click(calculate());
    const text = flat(resultRegion().textContent);
    expect(text).toContain('The periods you entered never reach 5 years of residence that counts, so there is no date yet.');
    expect(text).toContain('While you hold temporary refuge, you cannot apply for long-term residence.');
  });

  // Found on a walk: five years that ended in February were shown as "You can apply" in December.
  it.each([
    ['en', 'Calculate', 'Result', 'Your residence in the periods you entered ended on 28 February 2026 (Saturday).'],
    ['sk', 'Vypočítať', 'Výsledok', 'Pobyt v zadaných obdobiach skončil 28. februára 2026 (sobota).'],
    ['uk', 'Розрахувати', 'Результат', 'Проживання у введених періодах закінчилося 28 лютого 2026 р. (субота).'],
  ] as const)('residence that ended before the day checked: no "you can apply", and the end is named (%s)', async (lng, go, result, ended) => {
    const { user } = renderWith(<LongTermCalculator asOf="2026-12-07" />, i18n);
    if (lng !== 'en') await switchLanguage(i18n, lng);
    const [period] = screen.getAllByRole('group').filter((g) => /^(Period|Obdobie|Період) 1$/.test(g.getAttribute('aria-label') ?? g.querySelector('legend')?.textContent ?? ''));
    const boxes = within(period!).getAllByRole('group');
    setDate(within(boxes[0]!).getAllByRole('textbox')[0]!, '2021-03-01');
    setDate(within(boxes[1]!).getAllByRole('textbox')[0]!, '2026-02-28');
    await user.click(screen.getByRole('button', { name: go }));
    const text = flat(resultRegion(result).textContent);
    expect(text).toContain(ended);
    expect(text).not.toMatch(/You can apply|môžete požiadať 7|можете подати заяву/);
    // Led by the end, not by "never reach 5 years"; the days as they stood when it ended.
    expect(text).not.toMatch(/never reach|nikdy nedosiahnu|ніколи не досягають/);
    expect(text).toMatch(/1[ ,\u00a0]?826/);
  });
});

describe('Long-term residence calculator: invalid input', () => {
  it('names overlapping periods, an end before the start and an absence outside the range, in the order of the form', async () => {
    const { user } = renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    setDate(dateIn('Period 1', 'From'), '2021-09-01');
    setDate(dateIn('Period 1', 'To'), '2024-08-31');
    await user.click(screen.getByRole('button', { name: 'Add another period' }));
    setDate(dateIn('Period 2', 'From'), '2024-08-01');
    setDate(dateIn('Period 2', 'To'), '2029-08-31');
    await user.click(screen.getByRole('button', { name: 'Add another period' }));
    setDate(dateIn('Period 3', 'From'), '2030-01-01');
    setDate(dateIn('Period 3', 'To'), '2029-12-31');
    await user.click(screen.getByRole('button', { name: 'Add time abroad' }));
    setDate(dateIn('Time abroad 1', 'First day abroad'), '1990-01-01');
    setDate(dateIn('Time abroad 1', 'Last day abroad'), '1990-02-01');
    await user.click(calculate());

    const summary = errorSummary();
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Period 2, from: period 2 overlaps period 1. Enter each day once',
      'Period 3, to: the end cannot be before the start',
      'Time abroad 1, first day: enter a date on or after 1 Jan 1993',
      'Time abroad 1, last day: enter a date on or after 1 Jan 1993',
    ]);
    expect(dateIn('Period 3', 'To')).toHaveAttribute('aria-invalid', 'true');
    expect(resultRegion()).toHaveTextContent('Fill in the form and select Calculate');
  });

  it('asks for at least one period', async () => {
    const { user } = renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    await user.click(calculate());
    const link = within(errorSummary()).getByRole('link', { name: 'Enter at least one period of residence, with its dates' });
    expect(link).toHaveAttribute('href', `#${dateIn('Period 1', 'From').id}`);
  });
});

describe('Long-term residence calculator: language', () => {
  it('switches to Ukrainian: labels and every kind of residence', async () => {
    renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    await switchLanguage(i18n, 'uk');
    expect(screen.getByRole('heading', { level: 2, name: 'Довгострокове проживання: коли можна подати заяву?' })).toBeInTheDocument();
    const kind = within(screen.getByRole('group', { name: 'Період 1' })).getByRole('combobox', { name: 'Вид проживання' });
    expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Тимчасове проживання (не з метою навчання)',
      'Тимчасове проживання з метою навчання (зараховується наполовину)',
      'Постійне проживання',
      'Тимчасовий притулок (не зараховується)',
      'Толероване перебування (не зараховується)',
    ]);
    expect(within(kind).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual([...RESIDENCE_KINDS]);
    expect(screen.getByRole('button', { name: 'Розрахувати' })).toBeInTheDocument();
  });

  it('gives the result in Slovak', async () => {
    const { user } = renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    await switchLanguage(i18n, 'sk');
    setDate(dateIn('Obdobie 1', 'Od'), '2021-09-01');
    setDate(dateIn('Obdobie 1', 'Do'), '2027-08-31');
    await user.click(screen.getByRole('button', { name: 'Vypočítať' }));
    const text = flat(resultRegion('Výsledok').textContent);
    expect(text).toContain('O dlhodobý pobyt môžete požiadať 22. novembra 2026 (nedeľa).');
    expect(text).toContain('1 908 z potrebných 1 826 dní (približne 5,2 roka)');
  });
});

describe('Long-term residence calculator: the intro and sources follow the dated rules (issue 12)', () => {
  const introOf = () => flat(screen.getByRole('heading', { level: 2 }).nextElementSibling?.textContent ?? '');

  it('the intro takes the years and the longest absences from the rules in force, in every language', async () => {
    const rules = entryAt(LONG_TERM_RESIDENCE, '2026-11-22').value;
    renderWith(<LongTermCalculator asOf="2026-11-22" />, i18n);
    expect(introOf()).toBe(
      `Long-term residence needs ${rules.years} years of uninterrupted legal residence in Slovakia directly before you apply. ` +
        'Temporary residence for studies counts half; temporary refuge and tolerated stay do not count. ' +
        `One absence of more than ${rules.maxSingleAbsenceMonths} months, or absences of more than ${rules.maxTotalAbsenceMonths} months in all, break the ${rules.years} years.`,
    );
    await switchLanguage(i18n, 'sk');
    expect(introOf()).toContain(`potrebujete ${rules.years} rokov`);
    expect(introOf()).toContain(`dlhšia ako ${rules.maxSingleAbsenceMonths} mesiacov`);
    await switchLanguage(i18n, 'uk');
    expect(introOf()).toContain(`потрібно ${rules.years} років`);
    expect(introOf()).toContain(`понад ${rules.maxTotalAbsenceMonths} місяців`);
    expect(introOf()).not.toMatch(/\{\{|пʼять|päť|five/u);
  });

  it('cites the A2 source with the A2 condition (from 15 Jul 2025), and not before', async () => {
    const { user } = renderWith(<LongTermCalculator asOf="2025-07-15" />, i18n);
    setDate(dateIn('Period 1', 'From'), '2019-01-01');
    setDate(dateIn('Period 1', 'To'), '2027-08-31');
    await user.click(calculate());
    const a2 = { name: 'Move to Košice: Slovak A2 language certificate for long-term residence' };
    expect(flat(resultRegion().textContent)).toContain('You also need to show Slovak at level A2.');
    expect(within(resultRegion()).getByRole('link', a2)).toBeInTheDocument();
    setDate(screen.getByLabelText('Date to check'), '2025-07-14');
    await user.click(calculate());
    expect(flat(resultRegion().textContent)).not.toContain('Slovak at level A2');
    expect(within(resultRegion()).queryByRole('link', a2)).toBeNull();
  });
});
