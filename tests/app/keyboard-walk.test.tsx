// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { SESSION_KEY } from '../../src/components/keep/storage.ts';
import { renderApp } from './app-test-kit.tsx';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const h1 = () => screen.getByRole('heading', { level: 1 });
const focused = () => document.activeElement as HTMLElement;

/**
 * Keyboard only: Tab, Space and Enter, from the start page to the plan. (A native <select>
 * cannot be driven by arrow keys in jsdom; the country is picked with selectOptions while
 * the select has keyboard focus.)
 */
describe('a keyboard-only walk: German citizen, up to 90 days, in a hotel', () => {
  it('reaches the plan with the notice-of-stay deadline, focus on each new page heading', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = await renderApp();

    // Start page: Tab to the Start button (skip link, languages, Clear my data come first).
    const start = screen.getByRole('button', { name: 'Start now' });
    while (focused() !== start) await user.tab();
    await user.keyboard('{Enter}');

    // Citizenship: the heading takes focus; the select is the next stop.
    expect(h1()).toHaveFocus();
    await user.tab();
    const country = screen.getByRole('combobox');
    expect(country).toHaveFocus();
    await user.selectOptions(country, 'DE');
    await user.tab();
    expect(focused()).toHaveAttribute('type', 'submit');
    await user.keyboard('{Enter}');

    // Stay length: Tab to the first radio ("up to 90 days"), Space to choose it.
    expect(h1()).toHaveFocus();
    await user.tab();
    expect(focused()).toHaveAttribute('value', 'upTo90Days');
    await user.keyboard(' ');
    expect(focused()).toBeChecked();
    await user.tab();
    expect(focused()).toHaveAttribute('type', 'submit');
    await user.keyboard('{Enter}');

    // Arrival date: day, month, year boxes.
    expect(h1()).toHaveFocus();
    await user.tab();
    expect(focused()).toHaveAttribute('id', 'arrivalDate-day');
    await user.keyboard('18');
    await user.tab();
    await user.keyboard('12');
    await user.tab();
    await user.keyboard('2026');
    await user.tab();
    expect(focused()).toHaveAttribute('type', 'submit');
    await user.keyboard('{Enter}');

    // Accommodation: the first radio is the facility (hotel, hostel, dormitory).
    expect(h1()).toHaveFocus();
    await user.tab();
    expect(focused()).toHaveAttribute('value', 'facility');
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');

    // Check your answers.
    expect(h1()).toHaveTextContent('Check your answers');
    expect(h1()).toHaveFocus();
    const summary = screen.getAllByRole('term')[0]!.closest('dl')!;
    expect(within(summary).getAllByRole('term').map((t) => t.textContent)).toEqual([
      'Citizenship',
      'Length of stay in Slovakia',
      'Date of arrival in Slovakia',
      'Where you stay',
    ]);
    expect(within(summary).getAllByRole('definition').filter((d) => !d.querySelector('button')).map((d) => d.textContent)).toEqual([
      'Germany',
      'Up to 90 days',
      '18 December 2026',
      'Hotel, hostel or dormitory',
    ]);
    const build = screen.getByRole('button', { name: 'Build my plan' });
    while (focused() !== build) await user.tab();
    await user.keyboard('{Enter}');

    // The plan: its heading focused, the notice of stay due Thursday 7 January 2027.
    expect(h1()).toHaveTextContent('Your residence plan for Slovakia');
    expect(h1()).toHaveFocus();
    const notice = screen.getByRole('heading', { level: 3, name: /notice of stay/i }).closest('article')!;
    expect(notice.querySelector('time')).toHaveAttribute('datetime', '2027-01-07');
    expect(notice.querySelector('time')).toHaveTextContent(/7 January 2027/);
    // The window's title and the saved page follow once the plan has painted.
    await waitFor(() => expect(document.title).toBe('Your residence plan for Slovakia – Pobyt'));

    // Saved on the way, and nothing went over the network.
    await waitFor(() => expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).wizard).toEqual({ state: 'plan' }));
    const saved = JSON.parse(localStorage.getItem(SESSION_KEY)!);
    expect(saved.caseFile).toEqual({ schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'facility' });
    expect(fetchSpy).not.toHaveBeenCalled();

    // Start again (confirmed): back to the start page, no answers left, Undo offered.
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(h1()).toHaveTextContent('Your residence plan for Slovakia');
    await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(screen.getByRole('button', { name: 'Undo: bring my answers back' })).toBeInTheDocument();
    expect(h1()).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Continue where you left off' })).not.toBeInTheDocument();
  });
});
