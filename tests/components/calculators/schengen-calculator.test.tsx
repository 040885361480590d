// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { SchengenCalculator } from '../../../src/components/calculators/schengen-calculator.tsx';
import { checkTrip, daysLeftOn, daysUsedOn, earliestEntryFor, latestExitFor, windowStartFor } from '../../../src/rules/schengen.ts';
import { dateIn, errorSummary, flat, i18nFor, renderWith, resultRegion, setDate, switchLanguage, dateValue } from './calc-test-kit.tsx';

let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

const calculate = () => screen.getByRole('button', { name: 'Calculate' });

describe('Schengen calculator: a worked case, 90 days from 1 Jan to 31 Mar 2026', () => {
  // By hand: January 31 + February 28 + March 31 = 90 days, so on 31 March all 90 are used.
  // The 180-day window ending 31 Mar 2026 starts 179 days earlier, on 3 Oct 2025.
  // A trip entering 1 Jun 2026: the window ending 1 Jun starts 4 Dec 2025 and still holds all
  // 90 days, so even the day of entry is over. A day of the old stay leaves the window each
  // day, so a 10-day trip first fits when the window starts on 2 Jan: entry 30 Jun (2 Jan + 179
  // days), exit 9 Jul.
  const STAYS = [{ entry: '2026-01-01', exit: '2026-03-31' }];

  it('agrees with the rules functions (cross-check of the hand count)', () => {
    expect(daysUsedOn(STAYS, '2026-03-31')).toBe(31 + 28 + 31);
    expect(daysLeftOn(STAYS, '2026-03-31')).toBe(0);
    expect(windowStartFor('2026-03-31')).toBe('2025-10-03');
    expect(latestExitFor(STAYS, '2026-06-01')).toBeNull();
    expect(checkTrip(STAYS, '2026-06-01', '2026-06-10').fits).toBe(false);
    expect(earliestEntryFor(STAYS, 10, '2026-06-01')).toEqual({ entry: '2026-06-30', exit: '2026-07-09', days: 10 });
  });

  it('shows days used and left, that the trip does not fit, and the earliest entry', async () => {
    const { user, container } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    expect(screen.getByRole('heading', { level: 2, name: '90/180-day rule for short stays' })).toBeInTheDocument();
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-01-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-03-31');
    expect(dateValue(screen.getByLabelText('Date to check'))).toBe('2026-03-31');
    setDate(dateIn('A planned trip (optional)', 'Date of entry'), '2026-06-01');
    setDate(dateIn('A planned trip (optional)', 'Date of exit'), '2026-06-10');
    await user.click(calculate());

    const result = resultRegion();
    expect(result).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('alert')).toBeNull();
    const text = flat(result.textContent);
    expect(text).toContain('Days used on 31 March 2026 (Tuesday)90 days of 90');
    expect(text).toContain('Days left0 days');
    expect(text).toContain('The 180-day window3 October 2025 (Friday) to 31 March 2026 (Tuesday)');
    expect(text).toMatch(/If you enter on 1 June 2026 \(Monday\), you break the rule on that very day/);
    expect(text).toContain('Does not fit.');
    expect(text).toContain('on 1 June 2026 (Monday) you would have more than 90 days of stay');
    expect(text).toContain('The earliest trip of 10 days that keeps the rule is from 30 June 2026 (Tuesday) to 9 July 2026 (Thursday).');
    // The source of the rule, with its legal reference and the date it was last checked.
    expect(within(result).getByRole('link', { name: /Schengen Borders Code, Article 6/ })).toBeInTheDocument();
    expect(text).toContain('(Regulation (EU) 2016/399, Art. 6)');
    expect(text).toMatch(/last verified 1 November 2026/);
    // The rule is of high confidence: no "check with the Foreign Police" mark.
    expect(text).not.toContain('Check with the Foreign Police');

    // The chart: an image with a text description, drawn with SVG attributes, no style attributes.
    const chart = within(result).getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Chart of the days from 3 October 2025 (Friday) to 31 March 2026 (Tuesday): 90 days in the Schengen area. Stays: 1 Jan 2026 to 31 Mar 2026.',
    );
    const stay = chart.querySelector('rect.calc-chart-stay')!;
    // 1 Jan 2026 is day 90 of the window that starts on 3 Oct 2025 (29 + 30 + 31 days before it).
    expect(stay).toHaveAttribute('x', String(29 + 30 + 31));
    expect(stay).toHaveAttribute('width', '90');
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('Schengen calculator: the command-line example (README)', () => {
  // Stay 1 Oct–29 Dec 2025 = 31 + 30 + 29 = 90 days. The window ending 30 Mar 2026 starts on
  // 2 Oct 2025, so it holds 89 of them: 1 day left. Entering on 30 Mar, each day one old day
  // leaves the window as a new one comes in, until the last old day (29 Dec) leaves on 27 Jun:
  // a stay of 90 days, 30 Mar–27 Jun, fits; one day more does not.
  const STAYS = [{ entry: '2025-10-01', exit: '2025-12-29' }];

  it('agrees with the rules functions', () => {
    expect(daysUsedOn(STAYS, '2026-03-30')).toBe(89);
    expect(latestExitFor(STAYS, '2026-03-30')).toMatchObject({ latestExit: '2026-06-27', maxDays: 90 });
    expect(checkTrip(STAYS, '2026-03-30', '2026-06-27').fits).toBe(true);
    expect(checkTrip(STAYS, '2026-03-30', '2026-06-28').fits).toBe(false);
  });

  it('shows 89 used, 1 left, the latest exit and that a 90-day trip fits', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-30" />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2025-10-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2025-12-29');
    setDate(dateIn('A planned trip (optional)', 'Date of entry'), '2026-03-30');
    setDate(dateIn('A planned trip (optional)', 'Date of exit'), '2026-06-27');
    await user.click(calculate());
    const text = flat(resultRegion().textContent);
    expect(text).toContain('89 days of 90');
    expect(text).toContain('Days left1 day');
    expect(text).toContain('the last day you may stay is 27 June 2026 (Saturday): 90 days in all.');
    expect(text).toContain('Fits.');
    expect(text).toContain('at most 90 of 90 days are used on any day of it');

    // One day longer: 91 days can never fit.
    setDate(dateIn('A planned trip (optional)', 'Date of exit'), '2026-06-28');
    await user.click(calculate());
    const after = flat(resultRegion().textContent);
    expect(after).toContain('Does not fit.');
    expect(after).toContain('A trip of 91 days is longer than 90 days and can never keep the rule');
  });

  it('counts a day shared by two stays (leaving and coming back the same day) once', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-01-20" />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-01-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-01-10');
    await user.click(screen.getByRole('button', { name: 'Add another stay' }));
    setDate(dateIn('Stay 2', 'Date of entry'), '2026-01-10');
    setDate(dateIn('Stay 2', 'Date of exit'), '2026-01-20');
    await user.click(calculate());
    // 1–20 January: 20 days, 10 January once.
    expect(flat(resultRegion().textContent)).toContain('20 days of 90');
  });
});

describe('Schengen calculator: rows', () => {
  it('adds a stay and moves focus to it; removing one moves focus to "Add another stay"', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    expect(screen.queryByRole('button', { name: /Remove stay/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add another stay' }));
    expect(dateIn('Stay 2', 'Date of entry')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove stay 2' }));
    expect(screen.queryByRole('group', { name: 'Stay 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add another stay' })).toHaveFocus();
  });
});

describe('Schengen calculator: invalid input shows an error summary, never a crash', () => {
  it('takes day, month and year boxes (no browser picker): 5 / 3 / 2026 is 5 March 2026; 31 / 2 is not a date', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    const day = dateIn('Stay 1', 'Date of entry');
    expect(day).toHaveAttribute('type', 'text');
    expect(day).toHaveAttribute('inputmode', 'numeric');
    setDate(day, '2026-3-5');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-2-31');
    await user.click(calculate());
    expect(within(errorSummary()).getAllByRole('link').map((a) => a.textContent)).toEqual(['Stay 1, date of exit: enter a real date']);
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-3-14');
    await user.click(calculate());
    // 5–14 March: 10 days.
    expect(flat(resultRegion().textContent)).toContain('10 days of 90');
  });

  it('names an exit before the entry and a date outside the range (overlapping stays are merged, not refused)', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-01-10');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-01-05');
    await user.click(screen.getByRole('button', { name: 'Add another stay' }));
    setDate(dateIn('Stay 2', 'Date of entry'), '2026-02-01');
    setDate(dateIn('Stay 2', 'Date of exit'), '2026-02-20');
    await user.click(screen.getByRole('button', { name: 'Add another stay' }));
    setDate(dateIn('Stay 3', 'Date of entry'), '2026-02-10');
    setDate(dateIn('Stay 3', 'Date of exit'), '2026-02-25');
    setDate(screen.getByLabelText('Date to check'), '2046-01-01');
    await user.click(calculate());

    const summary = errorSummary();
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Stay 1, date of exit: the date of exit cannot be before the date of entry',
      'Date to check: enter a date on or before 31 Dec 2045',
    ]);
    // Each link moves to its field; the field is marked and described by its error.
    const exit1 = dateIn('Stay 1', 'Date of exit');
    expect(links[0]).toHaveAttribute('href', `#${exit1.id}`);
    expect(exit1).toHaveAttribute('aria-invalid', 'true');
    expect(exit1).toHaveAccessibleDescription(/Error: Stay 1, date of exit: the date of exit cannot be before/);
    await user.click(links[1]!);
    expect(screen.getByLabelText('Date to check')).toHaveFocus();
    // No result while there is a problem.
    expect(resultRegion()).toHaveTextContent('Fill in the form and select Calculate');
  });

  it('names an empty date to check; a trip entering during a stay is not an error', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-01-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-01-31');
    setDate(screen.getByLabelText('Date to check'), '');
    setDate(dateIn('A planned trip (optional)', 'Date of entry'), '2026-01-15');
    await user.click(calculate());
    expect(within(errorSummary()).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Date to check: enter a date',
    ]);
  });

  it('clears the error summary once the form is right', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    setDate(screen.getByLabelText('Date to check'), '2013-10-17');
    await user.click(calculate());
    expect(errorSummary()).toHaveTextContent('Date to check: enter a date on or after 18 Oct 2013');
    setDate(screen.getByLabelText('Date to check'), '2026-03-31');
    await user.click(calculate());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(flat(resultRegion().textContent)).toContain('0 days of 90');
  });
});

describe('Schengen calculator: language', () => {
  it('switches to Slovak: headings, labels, button and result', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-31" />, i18n);
    await switchLanguage(i18n, 'sk');
    expect(screen.getByRole('heading', { level: 2, name: 'Pravidlo 90/180 dní pre krátkodobé pobyty' })).toBeInTheDocument();
    setDate(dateIn('Pobyt 1', 'Dátum vstupu'), '2026-01-01');
    setDate(dateIn('Pobyt 1', 'Dátum odchodu'), '2026-03-31');
    expect(screen.getByLabelText('Kontrolovaný dátum')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vypočítať' }));
    const text = flat(resultRegion('Výsledok').textContent);
    expect(text).toContain('90 dní z 90');
    expect(text).toContain('Zostávajúce dni0 dní');
  });

  it('switches to Ukrainian, with its plural forms', async () => {
    const { user } = renderWith(<SchengenCalculator asOf="2026-03-30" />, i18n);
    await switchLanguage(i18n, 'uk');
    setDate(dateIn('Перебування 1', 'Дата вʼїзду'), '2025-10-01');
    setDate(dateIn('Перебування 1', 'Дата виїзду'), '2025-12-29');
    await user.click(screen.getByRole('button', { name: 'Розрахувати' }));
    const text = flat(resultRegion('Результат').textContent);
    expect(text).toContain('89 днів з 90');
    expect(text).toContain('Залишилося днів1 день');
  });
});
