// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BlueCardCalculator } from '../../../src/components/calculators/blue-card-calculator.tsx';
import { InvitationCalculator } from '../../../src/components/calculators/invitation-calculator.tsx';
import { LongTermCalculator } from '../../../src/components/calculators/long-term-calculator.tsx';
import { SchengenCalculator } from '../../../src/components/calculators/schengen-calculator.tsx';
import { calculatorKey, damagedCalculatorKey } from '../../../src/components/keep/calculator-store.ts';
import { memoryStore } from '../../support/fuzz-doors.ts';
import { dateIn, dateValue, flat, i18nFor, renderWith, resultRegion, setDate } from './calc-test-kit.tsx';

/** What a person typed into a calculator survives a reload (here: the calculator shown again). */

const TODAY = '2026-12-07';
let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

const RESTORED = 'Filled in with what you typed here before (kept in this browser only).';

describe('the 90/180-day calculator keeps what was typed', () => {
  it('shown again (a reload, a later visit): the stays, the trip and the note that says so', async () => {
    const store = memoryStore();
    const first = renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.queryByText(RESTORED)).toBeNull();
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-09-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-09-20');
    await first.user.click(screen.getByRole('button', { name: 'Add another stay' }));
    setDate(dateIn('Stay 2', 'Date of entry'), '2026-11-02');
    setDate(dateIn('A planned trip (optional)', 'Date of entry'), '2027-01-10');
    first.unmount();

    const again = renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.getByText(RESTORED)).toBeInTheDocument();
    expect(dateValue(dateIn('Stay 1', 'Date of entry'))).toBe('2026-09-01');
    expect(dateValue(dateIn('Stay 1', 'Date of exit'))).toBe('2026-09-20');
    expect(dateValue(dateIn('Stay 2', 'Date of entry'))).toBe('2026-11-02');
    expect(dateValue(dateIn('Stay 2', 'Date of exit'))).toBe('');
    expect(dateValue(dateIn('A planned trip (optional)', 'Date of entry'))).toBe('2027-01-10');
    expect(dateValue(screen.getByLabelText('Date to check'))).toBe(TODAY);
    // A row added after the reload gets a key of its own: three stays, each with its boxes.
    await again.user.click(screen.getByRole('button', { name: 'Add another stay' }));
    expect(dateIn('Stay 3', 'Date of entry')).toHaveFocus();
    expect(new Set(screen.getAllByRole('textbox').map((b) => b.id)).size).toBe(screen.getAllByRole('textbox').length);
  });

  it('"Clear the form" empties it and the result; Undo puts it back; focus goes to where the person goes on', async () => {
    const store = memoryStore();
    const { user } = renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.queryByRole('button', { name: 'Clear the form' })).toBeNull();
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-09-01');
    setDate(dateIn('Stay 1', 'Date of exit'), '2026-09-20');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(flat(resultRegion().textContent)).toContain('20 days of 90');
    expect(store.getItem(calculatorKey('schengen'))).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    expect(dateValue(dateIn('Stay 1', 'Date of entry'))).toBe('');
    expect(flat(resultRegion().textContent)).not.toContain('20 days of 90');
    expect(store.getItem(calculatorKey('schengen'))).toBeNull();
    const status = screen.getByRole('status');
    expect(flat(status.textContent)).toBe('The form is empty. Undo: bring back what I typed');
    expect(within(status).getByRole('button', { name: 'Undo: bring back what I typed' })).toHaveFocus();

    await user.click(within(status).getByRole('button', { name: 'Undo: bring back what I typed' }));
    expect(dateValue(dateIn('Stay 1', 'Date of entry'))).toBe('2026-09-01');
    expect(dateValue(dateIn('Stay 1', 'Date of exit'))).toBe('2026-09-20');
    expect(screen.getByRole('button', { name: 'Clear the form' })).toHaveFocus();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(JSON.parse(store.getItem(calculatorKey('schengen')) ?? '{}').inputs.stays[0]).toEqual({ entry: '2026-09-01', exit: '2026-09-20' });
  });

  it('typing into the emptied form: Undo is no longer offered (it would throw the new typing away)', async () => {
    const store = memoryStore();
    const { user } = renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    expect(screen.getByRole('button', { name: 'Undo: bring back what I typed' })).toBeInTheDocument();
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-10-05');
    expect(screen.queryByRole('button', { name: 'Undo: bring back what I typed' })).toBeNull();
    expect(JSON.parse(store.getItem(calculatorKey('schengen')) ?? '{}').inputs.stays[0].entry).toBe('2026-10-05');
  });

  it('a calculator shown in another tab, left untouched, does not write over what this one keeps', () => {
    const store = memoryStore();
    // The other tab: its own document (a container outside this one), open before this tab typed.
    const otherTab = (asOf: string) => (
      <I18nextProvider i18n={i18n}>
        <SchengenCalculator asOf={asOf} store={store} />
      </I18nextProvider>
    );
    const other = render(otherTab(TODAY), { container: document.createElement('div') });
    renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-09-01');
    const kept = store.getItem(calculatorKey('schengen'));
    expect(JSON.parse(kept ?? '{}').inputs.stays[0].entry).toBe('2026-09-01');
    // Rendered again (a new day at midnight, a change of language): still nothing written.
    other.rerender(otherTab('2026-12-08'));
    other.unmount();
    expect(store.getItem(calculatorKey('schengen'))).toBe(kept);
  });

  it('a damaged kept form: says so, starts from what can be read, and the damaged text is kept aside', () => {
    const store = memoryStore();
    const text = JSON.stringify({ savedOn: TODAY, inputs: { stays: [{ entry: '2026-09-01', exit: '2026-09-20' }, { entry: 5 }], checkDate: TODAY, tripEntry: [], tripExit: '' } });
    store.setItem(calculatorKey('schengen'), text);
    renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.getByText(/Part of what you typed here before could not be read from this browser and was left out\./)).toBeInTheDocument();
    expect(dateValue(dateIn('Stay 1', 'Date of entry'))).toBe('2026-09-01');
    expect(screen.queryByRole('group', { name: 'Stay 2' })).toBeNull();
    expect(store.getItem(damagedCalculatorKey('schengen'))).toBe(text);
  });

  it('the note goes once the form is emptied: what is typed after is new', async () => {
    const store = memoryStore();
    store.setItem(calculatorKey('schengen'), JSON.stringify({ savedOn: TODAY, inputs: { stays: [{ entry: '2026-09-01', exit: '' }], checkDate: TODAY, tripEntry: '', tripExit: '' } }));
    const { user } = renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.getByText(RESTORED)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    setDate(dateIn('Stay 1', 'Date of entry'), '2026-10-05');
    expect(screen.queryByText(RESTORED)).toBeNull();
  });

  it('a kept form of which nothing can be read: says the form starts empty (not "part of it")', () => {
    const store = memoryStore();
    store.setItem(calculatorKey('schengen'), '{bad');
    renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.getByText('What you typed here before could not be read from this browser, so the form starts empty.')).toBeInTheDocument();
    expect(screen.queryByText(/^Part of what you typed/)).toBeNull();
  });

  it('opening a calculator writes nothing, even when the form shown adds a blank row to what was kept', () => {
    const store = memoryStore();
    const kept = JSON.stringify({ savedOn: TODAY, inputs: { stays: [], checkDate: TODAY, tripEntry: '2027-01-10', tripExit: '' } });
    store.setItem(calculatorKey('schengen'), kept);
    renderWith(<SchengenCalculator asOf={TODAY} store={store} />, i18n);
    expect(screen.getByRole('group', { name: 'Stay 1' })).toBeInTheDocument();
    expect(store.getItem(calculatorKey('schengen'))).toBe(kept);
  });

  it('no storage in this browser: says that what is typed is not kept', () => {
    renderWith(<SchengenCalculator asOf={TODAY} store={undefined} />, i18n);
    expect(screen.getByText('This browser does not let Pobyt keep what you type here: it is gone when you close or reload the page.')).toBeInTheDocument();
  });
});

describe('the other calculators keep what was typed', () => {
  it('long-term residence: periods with their kinds, time abroad and the date', async () => {
    const store = memoryStore();
    const first = renderWith(<LongTermCalculator asOf={TODAY} store={store} />, i18n);
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Kind of residence' }), 'studies');
    setDate(dateIn('Period 1', 'From'), '2021-10-01');
    await first.user.click(screen.getByRole('button', { name: 'Add time abroad' }));
    setDate(dateIn('Time abroad 1', 'First day abroad'), '2023-07-01');
    setDate(screen.getByLabelText('Date to check'), '2027-02-01');
    first.unmount();

    renderWith(<LongTermCalculator asOf={TODAY} store={store} />, i18n);
    expect(within(screen.getByRole('group', { name: 'Period 1' })).getByRole('combobox', { name: 'Kind of residence' })).toHaveValue('studies');
    expect(dateValue(dateIn('Period 1', 'From'))).toBe('2021-10-01');
    expect(dateValue(dateIn('Time abroad 1', 'First day abroad'))).toBe('2023-07-01');
    expect(dateValue(screen.getByLabelText('Date to check'))).toBe('2027-02-01');
  });

  it('invitation: people, days; blue card: the graduate box; a date left at the day of saving follows today', async () => {
    const store = memoryStore();
    const inv = renderWith(<InvitationCalculator asOf={TODAY} store={store} />, i18n);
    await inv.user.clear(screen.getByRole('textbox', { name: 'Number of people invited' }));
    await inv.user.type(screen.getByRole('textbox', { name: 'Number of people invited' }), '3');
    await inv.user.type(screen.getByRole('textbox', { name: 'Number of days of the visit' }), '14');
    inv.unmount();
    const blue = renderWith(<BlueCardCalculator asOf={TODAY} store={store} />, i18n);
    await blue.user.click(screen.getByRole('checkbox', { name: 'I obtained my university degree recently' }));
    blue.unmount();

    const LATER = '2027-01-15';
    renderWith(<InvitationCalculator asOf={LATER} store={store} />, i18n);
    expect(screen.getByRole('textbox', { name: 'Number of people invited' })).toHaveValue('3');
    expect(screen.getByRole('textbox', { name: 'Number of days of the visit' })).toHaveValue('14');
    expect(dateValue(screen.getByLabelText('Date of the verification'))).toBe(LATER);
    renderWith(<BlueCardCalculator asOf={LATER} store={store} />, i18n);
    expect(screen.getByRole('checkbox', { name: 'I obtained my university degree recently' })).toBeChecked();
    expect(dateValue(screen.getByLabelText('Date of the application'))).toBe(LATER);
  });
});

describe('in Slovak and Ukrainian', () => {
  it.each([
    ['sk', 'Vyplnené tým, čo ste sem zadali naposledy (uložené len v tomto prehliadači).', 'Vymazať formulár', 'Formulár je prázdny. Vrátiť späť zadané údaje'],
    ['uk', 'Заповнено тим, що ви вводили тут минулого разу (збережено лише в цьому браузері).', 'Очистити форму', 'Форму очищено. Скасувати: повернути введене'],
  ] as const)('%s: the note, Clear and Undo', async (lng, note, clear, cleared) => {
    const tr = await i18nFor(lng);
    const store = memoryStore();
    store.setItem(calculatorKey('blueCard'), JSON.stringify({ savedOn: TODAY, inputs: { date: TODAY, graduate: true } }));
    const { user } = renderWith(<BlueCardCalculator asOf={TODAY} store={store} />, tr);
    expect(screen.getByText(note)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: clear }));
    expect(flat(screen.getByRole('status').textContent)).toBe(cleared);
    expect(screen.getByRole('checkbox')).not.toBeChecked();
  });
});
