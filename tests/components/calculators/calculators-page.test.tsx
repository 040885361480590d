// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { CALCULATOR_IDS } from '../../../src/components/calculators/calculator-ids.ts';
import { CalculatorsPage } from '../../../src/components/calculators/calculators-page.tsx';
import { dateIn, flat, i18nFor, renderWith, resultRegion, setDate, switchLanguage, dateValue } from './calc-test-kit.tsx';

let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

const NAV = ['90/180-day rule (Schengen)', 'Long-term residence', 'Money for an invitation', 'EU Blue Card salary'];
const HEADINGS = [
  '90/180-day rule for short stays',
  'Long-term residence: when can you apply?',
  'Money the person inviting you must show',
  'EU Blue Card: lowest salary',
];

describe('CalculatorsPage', () => {
  it('has an h1, an intro, a list of the four calculators and shows one at a time', () => {
    renderWith(<CalculatorsPage asOf="2026-11-22" />, i18n);
    expect(screen.getByRole('heading', { level: 1, name: 'Calculators' })).toBeInTheDocument();
    expect(screen.getByText(/guidance, not legal advice/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Choose a calculator' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(NAV);
    expect(buttons[0]).toHaveAttribute('aria-current', 'true');
    expect(buttons[0]).toHaveAccessibleDescription('Days used and left, and whether a planned trip fits.');
    // Only the first calculator is shown (the others are hidden, not removed).
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([HEADINGS[0]]);
    expect(screen.getAllByRole('region', { name: 'Result' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('opens a calculator from the list and moves focus to its heading', async () => {
    const { user } = renderWith(<CalculatorsPage asOf="2026-11-22" />, i18n);
    for (const [i, id] of CALCULATOR_IDS.entries()) {
      await user.click(screen.getByRole('button', { name: NAV[i] }));
      const h2 = screen.getByRole('heading', { level: 2, name: HEADINGS[i] });
      expect(h2).toHaveFocus();
      expect(h2.id).toBe(`calc-${id}-heading`);
      expect(screen.getByRole('button', { name: NAV[i] })).toHaveAttribute('aria-current', 'true');
      expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
      // Each calculator's result is a polite live region.
      expect(resultRegion()).toHaveAttribute('aria-live', 'polite');
    }
  });

  it('starts on the calculator asked for, without taking focus', () => {
    renderWith(<CalculatorsPage asOf="2026-11-22" initial="blueCard" />, i18n);
    const h2 = screen.getByRole('heading', { level: 2, name: 'EU Blue Card: lowest salary' });
    expect(h2).not.toHaveFocus();
    expect(screen.getByRole('button', { name: 'EU Blue Card salary' })).toHaveAttribute('aria-current', 'true');
    // Each calculator starts from the page's date.
    expect(dateValue(screen.getByLabelText('Date of the application'))).toBe('2026-11-22');
  });

  it('keeps what was typed in a calculator while another one is open', async () => {
    const { user } = renderWith(<CalculatorsPage asOf="2026-03-31" />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-01-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(flat(resultRegion().textContent)).toContain('90 days of 90');
    await user.click(screen.getByRole('button', { name: 'Money for an invitation' }));
    await user.click(screen.getByRole('button', { name: '90/180-day rule (Schengen)' }));
    expect(dateValue(dateIn('Stay 1', 'Date of entry'))).toBe('2026-01-01');
    expect(flat(resultRegion().textContent)).toContain('90 days of 90');
  });

  it('has a Back button when given onBack', async () => {
    const onBack = vi.fn();
    const { user } = renderWith(<CalculatorsPage asOf="2026-11-22" onBack={onBack} />, i18n);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('renders no style attribute (the Content-Security-Policy forbids them) and unique ids', () => {
    const { container } = renderWith(<CalculatorsPage asOf="2026-11-22" />, i18n);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every form control has a label.
    for (const control of container.querySelectorAll('input, select')) {
      expect(control.id).not.toBe('');
      expect(container.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
  });

  it('switches language: Slovak and Ukrainian titles and list', async () => {
    renderWith(<CalculatorsPage asOf="2026-11-22" />, i18n);
    await switchLanguage(i18n, 'sk');
    expect(screen.getByRole('heading', { level: 1, name: 'Kalkulačky' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Vyberte kalkulačku' })).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Pravidlo 90/180 dní (Schengen)',
      'Dlhodobý pobyt',
      'Peniaze na pozvanie',
      'Mzda pre modrú kartu EÚ',
    ]);
    await switchLanguage(i18n, 'uk');
    expect(screen.getByRole('heading', { level: 1, name: 'Калькулятори' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Довгострокове проживання' })).toBeInTheDocument();
  });
});
