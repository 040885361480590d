import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../src/locales/i18n.ts';
import en from '../../../src/locales/en/bundle.ts';
import sk from '../../../src/locales/sk/bundle.ts';
import uk from '../../../src/locales/uk/bundle.ts';

/** Test helpers for the calculators: the app's own text bundles, and a way to switch language. */

export const BUNDLES: Record<Language, Record<string, unknown>> = { en, sk, uk };

/** An i18next instance as the app makes it (with the isoDate, shortDate and eur formatters). */
export const i18nFor = (lng: Language = 'en'): Promise<I18n> => createI18n(lng, BUNDLES[lng]);

/** Switch the language of a rendered tree, as the app's language buttons do. */
export async function switchLanguage(i18n: I18n, lng: Language): Promise<void> {
  i18n.addResourceBundle(lng, 'translation', BUNDLES[lng], true, true);
  await act(async () => {
    await i18n.changeLanguage(lng);
  });
}

export function renderWith(ui: ReactElement, i18n: I18n) {
  const user = userEvent.setup();
  const utils = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { user, ...utils };
}

/**
 * Put a date (YYYY-MM-DD, or '' to clear) into a calculator's date field: `input` is its day
 * box (the one named with the field's label); the month and year boxes are typed too.
 */
export function setDate(input: HTMLElement, value: string): void {
  const [year = '', month = '', day = ''] = value === '' ? [] : value.split('-');
  const part = (suffix: string) => {
    const el = document.getElementById(`${input.id}-${suffix}`);
    if (!el) throw new Error(`no ${suffix} box beside #${input.id}`);
    return el;
  };
  fireEvent.change(input, { target: { value: day } });
  fireEvent.change(part('month'), { target: { value: month } });
  fireEvent.change(part('year'), { target: { value: year } });
}

/** The date a calculator's date field holds, as YYYY-MM-DD ('' when empty), from its day box. */
export function dateValue(input: HTMLElement): string {
  const box = (suffix: string) => (document.getElementById(`${input.id}${suffix}`) as HTMLInputElement | null)?.value ?? '';
  const [day, month, year] = [box(''), box('-month'), box('-year')];
  return day === '' && month === '' && year === '' ? '' : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The date input labelled `label` inside the group (fieldset) named `group`. */
export function dateIn(group: string | RegExp, label: string | RegExp): HTMLElement {
  return within(screen.getByRole('group', { name: group })).getByLabelText(label);
}

/** The result region (polite live region named "Result", or its translation). */
export function resultRegion(name: string | RegExp = 'Result'): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The error summary, as an alert. */
export const errorSummary = (): HTMLElement => screen.getByRole('alert');

/** Text with every run of white space (including no-break spaces from Intl) made one space. */
export const flat = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ');
