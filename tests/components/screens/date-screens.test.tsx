// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { i18nFor, renderAt } from './screen-harness.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});

const DE_SHORT = { citizenship: 'DE', stayLength: 'upTo90Days' } as const;
const ARRIVAL = 'When did you arrive, or when will you arrive, in Slovakia?';

async function typeDate(user: UserEvent, day: string, month: string, year: string) {
  for (const [label, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const box = screen.getByRole('textbox', { name: label });
    await user.clear(box);
    if (value) await user.type(box, value);
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

const summary = () => screen.getByRole('alert');

describe('a date question (arrivalDate)', () => {
  it('is a fieldset whose legend is the h1, with a hint, a format example and three numeric boxes', () => {
    renderAt('arrivalDate', DE_SHORT, i18n);
    const h1 = screen.getByRole('heading', { level: 1, name: ARRIVAL });
    expect(h1).toHaveFocus();
    expect(h1.closest('legend')).not.toBeNull();
    const group = screen.getByRole('group', { name: ARRIVAL });
    expect(group).toHaveAccessibleDescription(/notice of stay.*For example, 18 12 2026/);
    for (const label of ['Day', 'Month', 'Year']) {
      expect(within(group).getByRole('textbox', { name: label })).toHaveAttribute('inputmode', 'numeric');
    }
  });

  it('accepts a real date and sends it as YYYY-MM-DD', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '18', '12', '2026');
    expect(actor().getSnapshot().context.answers.arrivalDate).toBe('2026-12-18');
    expect(screen.getByRole('heading', { level: 1, name: 'Where will you stay in Slovakia?' })).toHaveFocus();
  });

  it('accepts leading zeros and spaces', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, ' 05', '03 ', '2027');
    expect(actor().getSnapshot().context.answers.arrivalDate).toBe('2027-03-05');
  });

  it('is prefilled with the current answer', () => {
    renderAt('arrivalDate', { ...DE_SHORT, arrivalDate: '2026-12-08' }, i18n);
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('8');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveValue('12');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('2026');
  });

  it('rejects 30 February with a clear message, marking the day, and sends nothing', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '30', '2', '2026');
    const message = 'The date of arrival must be a real date: that month has 28 days';
    expect(summary()).toHaveFocus();
    expect(within(summary()).getByRole('link', { name: message })).toHaveAttribute('href', '#arrivalDate-day');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Month' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: ARRIVAL })).toHaveAccessibleDescription(new RegExp(`Error: ${message}`));
    expect(actor().getSnapshot().value).toBe('arrivalDate');
    expect(actor().getSnapshot().context.answers.arrivalDate).toBeUndefined();
  });

  it('knows leap years: 29 February 2025 is not a date, 29 February 2024 is', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '29', '2', '2025');
    expect(summary()).toHaveTextContent('that month has 28 days');
    await typeDate(user, '29', '2', '2024');
    expect(actor().getSnapshot().context.answers.arrivalDate).toBe('2024-02-29');
  });

  it('rejects a month 13 and letters', async () => {
    const user = userEvent.setup();
    renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '1', '13', '2026');
    expect(within(summary()).getByRole('link', { name: 'The date of arrival must be a real date' })).toHaveAttribute(
      'href',
      '#arrivalDate-month',
    );
    await typeDate(user, 'x', '1', '2026');
    expect(within(summary()).getByRole('link', { name: 'The date of arrival must be a real date' })).toHaveAttribute(
      'href',
      '#arrivalDate-day',
    );
    expect(summary()).toHaveFocus();
  });

  it('says which part is missing', async () => {
    const user = userEvent.setup();
    renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '18', '', '2026');
    expect(within(summary()).getByRole('link', { name: 'The date of arrival must include a month' })).toHaveAttribute(
      'href',
      '#arrivalDate-month',
    );
    await typeDate(user, '', '', '2026');
    expect(summary()).toHaveTextContent('The date of arrival must include a day, month and year');
    await typeDate(user, '', '', '');
    expect(summary()).toHaveTextContent('Enter the date you arrived or will arrive in Slovakia');
  });

  it('wants a four-digit year', async () => {
    const user = userEvent.setup();
    renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '18', '12', '26');
    expect(within(summary()).getByRole('link', { name: 'Year must include 4 numbers' })).toHaveAttribute('href', '#arrivalDate-year');
  });

  it('accepts only 18 October 2013 to 31 December 2045, and names the limit', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('arrivalDate', DE_SHORT, i18n);
    await typeDate(user, '1', '1', '2046');
    expect(summary()).toHaveTextContent("The date of arrival must be on or before 31 December 2045, the last day Pobyt's rules cover");
    await typeDate(user, '17', '10', '2013');
    expect(summary()).toHaveTextContent('The date of arrival must be on or after 18 October 2013');
    await typeDate(user, '3', '1', '2028');
    expect(actor().getSnapshot().context.answers.arrivalDate).toBe('2028-01-03');
  });
});

describe('permitExpiry', () => {
  const RENEWAL = {
    citizenship: 'UA',
    euFamilyMember: 'no',
    stayLength: 'over90Days',
    currentStatus: 'temporaryResidence',
    residentGoal: 'renewal',
    purpose: 'employment',
  } as const;

  it('takes the last day of validity and goes on to the filing channel', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('permitExpiry', RENEWAL, i18n);
    expect(screen.getByRole('heading', { level: 1, name: 'When does your current residence end?' })).toBeInTheDocument();
    await typeDate(user, '30', '6', '2029');
    expect(actor().getSnapshot().context.answers.permitExpiry).toBe('2029-06-30');
    expect(screen.getByRole('heading', { level: 1, name: 'How will you apply for the renewal?' })).toBeInTheDocument();
  });
});

describe('residenceSince', () => {
  const LONG_TERM = {
    citizenship: 'UA',
    euFamilyMember: 'no',
    stayLength: 'over90Days',
    currentStatus: 'temporaryResidence',
    residentGoal: 'longTermResidence',
  } as const;

  it('may be years ago', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('residenceSince', LONG_TERM, i18n);
    await typeDate(user, '1', '9', '2019');
    expect(actor().getSnapshot().context.answers.residenceSince).toBe('2019-09-01');
  });

  it('may be today (the wizard as-of date) but not in the future', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('residenceSince', LONG_TERM, i18n);
    await typeDate(user, '23', '11', '2026');
    expect(summary()).toHaveTextContent('The date your residence started must be today or in the past');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
    await typeDate(user, '22', '11', '2026');
    expect(actor().getSnapshot().context.answers.residenceSince).toBe('2026-11-22');
  });
});

describe('in Slovak and Ukrainian', () => {
  it('names the limit date in the language', async () => {
    const user = userEvent.setup();
    renderAt('arrivalDate', DE_SHORT, await i18nFor('sk'));
    expect(screen.getByRole('heading', { level: 1, name: 'Kedy ste prišli alebo prídete na Slovensko?' })).toBeInTheDocument();
    for (const [label, value] of [
      ['Deň', '1'],
      ['Mesiac', '1'],
      ['Rok', '2046'],
    ] as const) {
      await user.type(screen.getByRole('textbox', { name: label }), value);
    }
    await user.click(screen.getByRole('button', { name: 'Pokračovať' }));
    expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'Vyskytol sa problém' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('31. decembra 2045');
  });

  it('says how many days the month has, in Ukrainian', async () => {
    const user = userEvent.setup();
    renderAt('arrivalDate', DE_SHORT, await i18nFor('uk'));
    for (const [label, value] of [
      ['День', '31'],
      ['Місяць', '4'],
      ['Рік', '2026'],
    ] as const) {
      await user.type(screen.getByRole('textbox', { name: label }), value);
    }
    await user.click(screen.getByRole('button', { name: 'Продовжити' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Дата приїзду має бути справжньою датою: кількість днів у цьому місяці — 30');
  });
});
