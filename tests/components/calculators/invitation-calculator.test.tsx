// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { InvitationCalculator } from '../../../src/components/calculators/invitation-calculator.tsx';
import { invitationMoney } from '../../../src/rules/calculators/invitation.ts';
import { errorSummary, flat, i18nFor, renderWith, resultRegion, setDate, switchLanguage } from './calc-test-kit.tsx';

let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

async function fill(user: UserEvent, people: string, days: string, date: string, names = { people: 'Number of people invited', days: 'Number of days of the visit', date: 'Date of the verification', go: 'Calculate' }) {
  const p = screen.getByRole('textbox', { name: names.people });
  await user.clear(p);
  if (people) await user.type(p, people);
  const d = screen.getByRole('textbox', { name: names.days });
  await user.clear(d);
  if (days) await user.type(d, days);
  setDate(screen.getByLabelText(names.date), date);
  await user.click(screen.getByRole('button', { name: names.go }));
}

describe('Invitation calculator', () => {
  // Handbook §2: 12 × subsistence minimum + 56 EUR a day for each person invited.
  // facts.md C1/§7: 284.13 EUR a month from 1 Jul 2025 (Measure 168/2025), no amount found from
  // 1 Jul 2026 (carried on, Low). On 22 Nov 2026 for 2 people and 10 days:
  // 12 × 284.13 = 3,409.56; 56 × 10 × 2 = 1,120; total 4,529.56 EUR.
  it('agrees with the rules function', () => {
    expect(invitationMoney(2, 10, '2026-11-22')).toMatchObject({ baseEur: 3409.56, guestsEur: 1120, totalEur: 4529.56, feeEur: 33 });
    // 12 × 273.99 = 3,287.88; 56 × 30 = 1,680; total 4,967.88.
    expect(invitationMoney(1, 30, '2025-01-10').totalEur).toBe(4967.88);
  });

  it('shows the amount, the breakdown, the subsistence minimum used with its source and dates, and marks what is unconfirmed', async () => {
    const { user } = renderWith(<InvitationCalculator asOf="2026-11-22" />, i18n);
    expect(screen.getByRole('heading', { level: 2, name: 'Money the person inviting you must show' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Number of people invited' })).toHaveAttribute('inputmode', 'numeric');
    await fill(user, '2', '10', '2026-11-22');

    const result = resultRegion();
    expect(result).toHaveAttribute('aria-live', 'polite');
    const text = flat(result.textContent);
    expect(text).toContain('The person inviting you must show at least €4,529.56, counted as of 22 November 2026 (Sunday).');
    expect(text).toContain('12 × the subsistence minimum of €284.13 = €3,409.56');
    expect(text).toContain('€56.00 a day × 10 days × 2 people = €1,120.00');
    expect(text).toContain('Total€4,529.56');
    // The amount from 1 Jul 2026 is not confirmed: said beside it and in the note.
    expect(text).toContain('€284.13 a month, in force from 1 July 2026 (Wednesday); no later amount known not confirmed');
    expect(text).toContain('Source: Porada.sk: subsistence minimum from 1 Jul 2025 (Measure 168/2025 Z. z.) (Measure MPSVR SR 168/2025 Z. z.)');
    expect(text).toContain('Check with the Foreign Police');
    expect(text).toContain('This could not be confirmed for this date and may be out of date');
    expect(text).toContain('Verification fee€33.00, paid by the person inviting you');
    expect(text).toContain('The Foreign Police decides within 15 days; a verified invitation is valid for 90 days.');
    expect(within(result).getByRole('link', { name: /Decree 499\/2011 Z\. z\.: amount of financial means/ })).toBeInTheDocument();
  });

  it('shows the validity dates of an earlier subsistence minimum', async () => {
    const { user } = renderWith(<InvitationCalculator asOf="2026-11-22" />, i18n);
    await fill(user, '1', '30', '2025-01-10');
    const text = flat(resultRegion().textContent);
    expect(text).toContain('at least €4,967.88');
    expect(text).toContain('€273.99 a month, in force from 1 July 2024 (Monday) to 30 June 2025 (Monday)');
    expect(text).toContain('€56.00 a day × 30 days × 1 person = €1,680.00');
  });

  it('refuses people and days out of range, letters and a date outside the rules', async () => {
    const { user } = renderWith(<InvitationCalculator asOf="2026-11-22" />, i18n);
    await fill(user, '0', '91', '2046-01-01');
    const summary = errorSummary();
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Number of people invited: enter a number from 1 to 50',
      'Number of days of the visit: enter a number from 1 to 90',
      'Date of the verification: enter a date on or before 31 Dec 2045',
    ]);
    expect(screen.getByRole('textbox', { name: 'Number of people invited' })).toHaveAttribute('aria-invalid', 'true');
    expect(resultRegion()).toHaveTextContent('Fill in the form and select Calculate');

    await fill(user, 'two', '', '2026-11-22');
    expect(within(errorSummary()).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Number of people invited: enter a whole number, like 2',
      'Number of days of the visit: enter a number',
    ]);
  });

  it('speaks Slovak after a language switch, with Slovak number format', async () => {
    const { user } = renderWith(<InvitationCalculator asOf="2026-11-22" />, i18n);
    await switchLanguage(i18n, 'sk');
    await fill(user, '2', '10', '2026-11-22', {
      people: 'Počet pozvaných osôb',
      days: 'Počet dní návštevy',
      date: 'Dátum overenia',
      go: 'Vypočítať',
    });
    const text = flat(resultRegion('Výsledok').textContent);
    expect(text).toContain('Osoba, ktorá vás pozýva, musí preukázať aspoň 4 529,56 €');
    expect(text).toContain('56,00 € na deň × 10 dní × 2 osoby = 1 120,00 €');
    expect(text).toContain('Overte si na oddelení cudzineckej polície');
  });
});
