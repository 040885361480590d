// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { BlueCardCalculator } from '../../../src/components/calculators/blue-card-calculator.tsx';
import { blueCardFloor } from '../../../src/rules/calculators/blue-card.ts';
import { errorSummary, flat, i18nFor, renderWith, resultRegion, setDate, switchLanguage, dateValue } from './calc-test-kit.tsx';

let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

describe('EU Blue Card calculator', () => {
  // facts.md §7: for filings in 2026 the reference is the 2025 average wage, 1,620 EUR:
  // 1.2 × 1,620 = 1,944.00 EUR, or 1.0 × 1,620 = 1,620 EUR for a degree in the last 3 years.
  // Before 15 Jul 2024 the floor was 1.5 × the average wage for everyone (1.5 × 1,430 = 2,145).
  it('agrees with the rules function', () => {
    expect(blueCardFloor('2026-11-22', false).floorEur).toBe(1944);
    expect(blueCardFloor('2026-11-22', true).floorEur).toBe(1620);
    expect(blueCardFloor('2024-05-01', true).floorEur).toBe(2145);
  });

  it('shows the floor with its basis and sources, marked as computed', async () => {
    const { user } = renderWith(<BlueCardCalculator asOf="2026-11-22" />, i18n);
    expect(screen.getByRole('heading', { level: 2, name: 'EU Blue Card: lowest salary' })).toBeInTheDocument();
    expect(dateValue(screen.getByLabelText('Date of the application'))).toBe('2026-11-22');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    const result = resultRegion();
    const text = flat(result.textContent);
    expect(text).toContain('Your gross monthly salary must be at least €1,944.00 if you apply on 22 November 2026 (Sunday).');
    expect(text).toContain('1.2 × the average monthly wage of 2025 (€1,620.00) = €1,944.00');
    expect(text).toContain('Average monthly wage in 2025€1,620.00, the reference since 3 March 2026 (Tuesday)');
    expect(text).toContain('Applies toEveryone without a recent degree');
    expect(text).toContain('Check with the Foreign Police');
    expect(text).toContain('Worked out by Pobyt from the rules: no office has stated this figure.');
    expect(within(result).getByRole('link', { name: 'TASR: average monthly wage in 2025 was 1,620 EUR' })).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'Labour Office (ÚPSVR): EU Blue Card salary condition' })).toBeInTheDocument();
  });

  it('gives the lower floor for a recent graduate, and says when there was none', async () => {
    const { user } = renderWith(<BlueCardCalculator asOf="2026-11-22" />, i18n);
    expect(screen.getByText('Since 15 July 2024 (Monday) a lower floor applies to a degree obtained at most 3 years before the application.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'I obtained my university degree recently' }));
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(flat(resultRegion().textContent)).toContain('at least €1,620.00');
    expect(flat(resultRegion().textContent)).toContain('1.0 × the average monthly wage of 2025');
    expect(flat(resultRegion().textContent)).toContain('A degree obtained in the last 3 years');
    expect(flat(resultRegion().textContent)).toContain('an employment contract for at least 6 months');
    expect(flat(resultRegion().textContent)).not.toContain('not published yet');

    setDate(screen.getByLabelText('Date of the application'), '2024-05-01');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    const text = flat(resultRegion().textContent);
    expect(text).toContain('at least €2,145.00');
    expect(text).toContain('1.5 × the average monthly wage of 2023 (€1,430.00)');
    expect(text).toContain('On this date there was no lower floor for recent graduates yet');
    expect(text).toContain('the shortest contract in force on this date is not recorded');

    // Before the 2025 average wage was published (3 Mar 2026), the 2024 one is used, and said so.
    setDate(screen.getByLabelText('Date of the application'), '2026-03-02');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    const pending = flat(resultRegion().textContent);
    expect(pending).toContain('The average wage of 2025 is not published yet, so this floor uses the wage of 2024');
    expect(pending).toContain('at least €1,524.00');
  });

  it('refuses an empty date and one outside the rules', async () => {
    const { user } = renderWith(<BlueCardCalculator asOf="2026-11-22" />, i18n);
    setDate(screen.getByLabelText('Date of the application'), '');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(errorSummary()).toHaveFocus();
    const link = within(errorSummary()).getByRole('link', { name: 'Date of the application: enter a date' });
    expect(link).toHaveAttribute('href', '#calc-bluecard-date');
    setDate(screen.getByLabelText('Date of the application'), '2023-12-31');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(errorSummary()).toHaveTextContent('Date of the application: enter a date on or after 1 Jan 2024');
    expect(resultRegion()).toHaveTextContent('Fill in the form and select Calculate');
  });

  it('agrees the word for "years" with the number in Slovak and Ukrainian (3 roky, 3 роки)', async () => {
    renderWith(<BlueCardCalculator asOf="2026-11-22" />, i18n);
    await switchLanguage(i18n, 'sk');
    expect(
      screen.getByText('Od 15. júla 2024 (pondelok) platí nižšia hranica pre diplom získaný najviac 3 roky pred podaním žiadosti.'),
    ).toBeInTheDocument();
    await switchLanguage(i18n, 'uk');
    expect(screen.getByText(/здобутого не раніше ніж за 3 роки до подання заяви\.$/)).toBeInTheDocument();
    // Other numbers take their own forms, from the same units (law.units.years).
    const hint = (lng: string, years: number) => i18n.getFixedT(lng)('calc.blueCard.graduateHint', { from: '2024-07-15', years });
    expect(hint('sk', 1)).toContain('najviac 1 rok pred');
    expect(hint('sk', 5)).toContain('najviac 5 rokov pred');
    expect(hint('uk', 5)).toContain('за 5 років до');
    expect(hint('en', 1)).toContain('at most 1 year before');
  });

  it('speaks Ukrainian after a language switch', async () => {
    const { user } = renderWith(<BlueCardCalculator asOf="2026-11-22" />, i18n);
    await switchLanguage(i18n, 'uk');
    expect(screen.getByRole('heading', { level: 2, name: 'Блакитна карта ЄС: найнижча зарплата' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Я здобув(ла) вищу освіту нещодавно' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Розрахувати' }));
    const text = flat(resultRegion('Результат').textContent);
    // Intl writes the euro as "€" or "EUR" in Ukrainian, depending on the ICU data.
    expect(text).toMatch(/Ваша місячна зарплата брутто має становити щонайменше 1 944,00 (€|EUR)/);
    expect(text).toContain('1,2 × середня місячна зарплата за 2025 рік');
  });
});
