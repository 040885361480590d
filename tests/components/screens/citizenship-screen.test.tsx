// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { countryOptions } from '../../../src/components/form/country-options.ts';
import { ISO_COUNTRY_CODES } from '../../../src/rules/params/countries.ts';
import { i18nFor, renderAt } from './screen-harness.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});

const TITLE = 'What is your citizenship?';
const picker = (name = TITLE) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.text);

describe('the citizenship question', () => {
  it('is a native select labelled by the h1, which takes focus', () => {
    renderAt('citizenship', {}, i18n);
    const h1 = screen.getByRole('heading', { level: 1, name: TITLE });
    expect(h1).toHaveFocus();
    expect(within(h1).getByText(TITLE).tagName).toBe('LABEL');
    expect(picker()).toHaveAccessibleDescription(/passport/);
  });

  it('lists every country the rules know, by its English name, sorted, valued by ISO code', () => {
    renderAt('citizenship', {}, i18n);
    const select = picker();
    expect(select.options).toHaveLength(ISO_COUNTRY_CODES.length + 1);
    expect(select.options[0]).toHaveTextContent('Choose a country');
    expect(select.options[0]).toHaveValue('');
    const names = optionTexts(select).slice(1);
    expect(names).toEqual([...names].sort(new Intl.Collator('en-GB').compare));
    expect(screen.getByRole('option', { name: 'Ukraine' })).toHaveValue('UA');
    expect(screen.getByRole('option', { name: 'Kosovo' })).toHaveValue('XK');
    expect(screen.getByRole('option', { name: 'Slovakia' })).toHaveValue('SK');
  });

  it('sends the ISO code of the country chosen, and moves on', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('citizenship', {}, i18n);
    await user.selectOptions(picker(), 'Ukraine');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(actor().getSnapshot().context.answers.citizenship).toBe('UA');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Are you joining or travelling with a family member who is an EU, EEA or Swiss citizen?' }),
    ).toHaveFocus();
  });

  it('a Slovak citizen is done at once', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('citizenship', {}, i18n);
    await user.selectOptions(picker(), 'SK');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(actor().getSnapshot().value).toBe('check');
  });

  it('with no country chosen, shows the error summary linking to the select', async () => {
    const user = userEvent.setup();
    renderAt('citizenship', {}, i18n);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(within(alert).getByRole('link', { name: 'Choose the country of your citizenship' })).toHaveAttribute('href', '#citizenship');
    expect(picker()).toHaveAttribute('aria-invalid', 'true');
    expect(picker()).toHaveAccessibleDescription(/Error: Choose the country of your citizenship/);
  });

  it('a saved code the list does not know stays visible and is refused with a clear message', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('citizenship', { citizenship: 'ZZ' }, i18n);
    expect(picker()).toHaveValue('ZZ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a country from the list');
    expect(actor().getSnapshot().value).toBe('citizenship');
  });

  it('is prefilled with the current answer, EU spellings mapped to ISO', () => {
    renderAt('citizenship', { citizenship: 'EL' }, i18n);
    expect(picker()).toHaveValue('GR');
  });

  it('can be answered by keyboard: Tab to the select, choose, Tab to Continue, Enter', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('citizenship', {}, i18n);
    await user.tab();
    expect(picker()).toHaveFocus();
    await user.selectOptions(picker(), 'CA');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(actor().getSnapshot().context.answers.citizenship).toBe('CA');
  });

  it('lists the names in Slovak, sorted the Slovak way (Č after C)', async () => {
    renderAt('citizenship', {}, await i18nFor('sk'));
    const select = picker('Aké je vaše štátne občianstvo?');
    const names = optionTexts(select).slice(1);
    expect(screen.getByRole('option', { name: 'Ukrajina' })).toHaveValue('UA');
    expect(screen.getByRole('option', { name: 'Nemecko' })).toHaveValue('DE');
    const cyprus = names.indexOf('Cyprus');
    const czechia = names.findIndex((n) => n.startsWith('Česk'));
    const chad = names.indexOf('Čad');
    expect(cyprus).toBeGreaterThan(-1);
    expect(chad).toBeGreaterThan(cyprus);
    expect(czechia).toBeGreaterThan(cyprus);
    expect(names.findIndex((n) => n.startsWith('D'))).toBeGreaterThan(czechia);
  });

  it('lists the names in Ukrainian', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('citizenship', {}, await i18nFor('uk'));
    expect(screen.getByRole('option', { name: 'Україна' })).toHaveValue('UA');
    await user.selectOptions(picker('Яке у вас громадянство?'), 'Україна');
    await user.click(screen.getByRole('button', { name: 'Продовжити' }));
    expect(actor().getSnapshot().context.answers.citizenship).toBe('UA');
  });
});

describe('countryOptions', () => {
  it('names every code (none left as a bare code) in each language', () => {
    for (const lng of ['en', 'sk', 'uk']) {
      const options = countryOptions(lng);
      expect(options.map((o) => o.code).sort()).toEqual([...ISO_COUNTRY_CODES].sort());
      expect(options.filter((o) => o.name === o.code)).toEqual([]);
    }
  });
});
