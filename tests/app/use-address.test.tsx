// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { saveSession } from '../../src/components/keep/storage.ts';
import { renderApp } from './app-test-kit.tsx';

beforeEach(() => localStorage.clear());

const h1 = () => screen.getByRole('heading', { level: 1 });
const at = (path: string) => waitFor(() => expect(window.location.pathname).toBe(path));

describe('the address follows the machines, and drives them', () => {
  it('each page pushes its address; Back and Forward move the wizard (one entry per page)', async () => {
    const { user } = await renderApp();
    await at('/en/');
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    await at('/en/questions/citizenship');
    await user.selectOptions(screen.getByRole('combobox'), 'DE');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await at('/en/questions/stayLength');
    expect(window.history.length).toBe(entries + 2);

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'What is your citizenship?' })).toBeInTheDocument();
    await at('/en/questions/citizenship');
    window.history.forward();
    expect(await screen.findByRole('heading', { level: 1, name: 'How long will you stay in Slovakia?' })).toBeInTheDocument();
    window.history.go(-2);
    expect(await screen.findByRole('heading', { level: 1, name: /^Find out what you must do/ })).toBeInTheDocument();
    // Moving through history adds no entry.
    expect(window.history.length).toBe(entries + 2);
  }, 20_000);

  it('a reload on a question opens it, in the language of the address', async () => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    window.history.replaceState(null, '', '/sk/questions/stayLength');
    await renderApp({ lng: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ako dlho zostanete na Slovensku?' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: '' })).toBeNull();
    await at('/sk/questions/stayLength');
  });

  it('a reload on a question keeps its address throughout: it never passes through the start page', async () => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    window.history.replaceState(null, '', '/en/questions/stayLength');
    const written: string[] = [];
    const spies = (['pushState', 'replaceState'] as const).map((m) => {
      const original = window.history[m].bind(window.history);
      return vi.spyOn(window.history, m).mockImplementation((data, unused, url) => {
        written.push(`${m} ${String(url)}`);
        original(data, unused, url);
      });
    });
    try {
      const entries = window.history.length;
      await renderApp();
      expect(await screen.findByRole('heading', { level: 1, name: 'How long will you stay in Slovakia?' })).toBeInTheDocument();
      await new Promise((r) => setTimeout(r, 50));
      expect(written).toEqual([]);
      expect(window.location.pathname).toBe('/en/questions/stayLength');
      expect(window.history.length).toBe(entries);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });

  it('a page the answers do not reach: the first open question, with a note', async () => {
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    window.history.replaceState(null, '', '/en/plan');
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'How long will you stay in Slovakia?' })).toBeInTheDocument();
    expect(screen.getByText(/Your answers do not lead to the page in this address yet/)).toBeInTheDocument();
    await at('/en/questions/stayLength');
  });

  it('switching language replaces the path, adding no entry', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    await at('/en/questions/citizenship');
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Slovenčina' }));
    await at('/sk/questions/citizenship');
    expect(h1()).toHaveTextContent('Aké je vaše štátne občianstvo?');
    expect(window.history.length).toBe(entries);
  });

  it('a calculator opened from the list gets its address; Back shows the one before', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Calculators' }));
    await at('/en/calculators');
    const nav = await screen.findByRole('navigation', { name: 'Choose a calculator' });
    await user.click(within(nav).getByRole('button', { name: 'Long-term residence' }));
    await at('/en/calculators/longTerm');
    expect(within(nav).getByRole('button', { name: 'Long-term residence' })).toHaveAttribute('aria-current', 'true');
    window.history.back();
    await at('/en/calculators');
    await waitFor(() => expect(within(nav).getByRole('button', { name: /90\/180/ })).toHaveAttribute('aria-current', 'true'));
  }, 20_000);
});
