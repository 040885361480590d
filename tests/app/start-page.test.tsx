// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { LANGUAGE_KEY } from '../../src/app/boot.ts';
import { dayInWords } from '../../src/locales/day-in-words.ts';
import { RULES_LAST_VERIFIED } from '../../src/rules/rules-verified.ts';
import { renderApp } from './app-test-kit.tsx';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('the start page', () => {
  it('says what Pobyt does, how long it takes, and has one h1 and a Start button', async () => {
    await renderApp();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/live legally in Slovakia/);
    expect(screen.getByText(/personal plan/)).toBeInTheDocument();
    expect(screen.getByText('It takes about 5 minutes.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start now' })).toBeInTheDocument();
    // Nothing saved yet: no "continue" section.
    expect(screen.queryByRole('heading', { name: 'Continue where you left off' })).not.toBeInTheDocument();
  });

  it('says that answers never leave the device and are stored only in this browser', async () => {
    await renderApp();
    const privacy = screen.getByRole('region', { name: 'Your answers stay on your device' });
    expect(privacy).toHaveTextContent(/never leave your device/);
    expect(privacy).toHaveTextContent(/stored only in this browser/);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Nothing leaves your device/);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/not legal advice/);
  });

  it('shows the date the rules were last verified', async () => {
    await renderApp();
    expect(RULES_LAST_VERIFIED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const text = `Rules last verified: ${dayInWords(RULES_LAST_VERIFIED, 'en')}.`;
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('has the landmarks, a skip link to the main content and "Clear my data" in the header', async () => {
    const { user } = await renderApp();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Pobyt')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Clear my data' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('offers each language in its own name, and switching changes the text to Slovak', async () => {
    const { user } = await renderApp();
    expect(document.documentElement.lang).toBe('en');
    const languages = screen.getByRole('navigation', { name: 'Language' });
    const buttons = within(languages).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['English', 'Slovenčina', 'Українська']);
    expect(buttons.map((b) => b.getAttribute('lang'))).toEqual(['en', 'sk', 'uk']);
    expect(within(languages).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(languages).getByRole('button', { name: 'Slovenčina' }));
    expect(await screen.findByRole('heading', { level: 1, name: /legálne žiť na Slovensku/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Začať' })).toBeInTheDocument();
    expect(screen.getByText('Trvá to asi 5 minút.')).toBeInTheDocument();
    expect(screen.getByText(`Pravidlá naposledy overené: ${dayInWords(RULES_LAST_VERIFIED, 'sk')}.`)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Jazyk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Slovenčina' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('sk');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('sk');
  });

  it('starts in the saved language, else the browser language', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'uk');
    const first = await renderApp({ lng: 'sk' });
    expect(screen.getByRole('button', { name: 'Почати' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('uk');
    first.unmount();
    localStorage.clear();
    window.history.replaceState(null, '', '/');
    const second = await renderApp({ lng: 'sk' });
    expect(screen.getByRole('button', { name: 'Začať' })).toBeInTheDocument();
    second.unmount();
  });

  it('starts in the language the address names, whatever was chosen before', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'uk');
    window.history.replaceState(null, '', '/en/');
    await renderApp({ lng: 'sk' });
    expect(screen.getByRole('button', { name: 'Start now' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the answers when the language changes mid-way', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    await user.selectOptions(screen.getByRole('combobox'), 'DE');
    await user.click(document.querySelector<HTMLButtonElement>('button[type=submit]')!);
    expect(document.querySelector('input[value=upTo90Days]')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Українська' }));
    await screen.findByRole('button', { name: 'Видалити мої дані' });
    // Still on the same question, and Back returns to the citizenship answered before.
    expect(document.querySelector('input[value=upTo90Days]')).toBeInTheDocument();
    await user.click(document.querySelector<HTMLButtonElement>('.qp-back')!);
    expect(screen.getByRole('combobox')).toHaveValue('DE');
  });
});
