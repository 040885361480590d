// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QUESTION_SCREENS } from '../../src/components/screens/question-screens.ts';
import { loadSession, saveSession } from '../../src/components/keep/storage.ts';
import { App } from '../../src/app/app.tsx';
import { boot } from '../../src/app/boot.ts';
import { createI18n } from '../../src/locales/i18n.ts';
import { LANGS, loadTestLanguage, renderApp, resourcesFor, TODAY } from './app-test-kit.tsx';

const ANSWERS = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days' } as const;

function Broken(): never {
  throw new Error('secret internal detail at line 42');
}

beforeEach(() => {
  localStorage.clear();
  saveSession({ wizard: { state: 'arrivalDate' }, caseFile: ANSWERS }, { store: localStorage });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('the error boundary', () => {
  it('shows a plain message with no technical detail and keeps the saved answers', async () => {
    const { user } = await renderApp({ screens: { ...QUESTION_SCREENS, citizenship: Broken } });
    await user.click(screen.getByRole('button', { name: 'Start now' }));

    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('Sorry, something went wrong');
    expect(h1).toHaveFocus();
    expect(screen.getByText(/Your answers are still saved in this browser/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/secret internal detail|line 42|Error:/);
    // Header and footer still work around it.
    expect(screen.getByRole('button', { name: 'Clear my data' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();

    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toEqual(ANSWERS);
  });

  it('a question without a screen shows a message with a way back, not a crash', async () => {
    const { user } = await renderApp({ screens: {} });
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This question cannot be shown');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/live legally in Slovakia/);
  });

  it('a plan that cannot be shown (a text missing) leaves check your answers working, then shows the message', async () => {
    saveSession({ wizard: { state: 'check' }, caseFile: { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'facility' } }, { store: localStorage });
    const broken = async () => {
      const texts = { ...resourcesFor('en') };
      delete texts.outcome;
      return createI18n('en', texts);
    };
    const booted = await boot({ store: localStorage, hash: '', browserLanguages: ['en'], today: TODAY, languages: LANGS, load: broken });
    render(
      <App i18n={booted.i18n} today={TODAY} session={booted.session} screens={QUESTION_SCREENS} store={localStorage} languages={LANGS} load={loadTestLanguage} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, something went wrong');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile.citizenship).toBe('DE');
  });
});
