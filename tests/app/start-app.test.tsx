// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { boot } from '../../src/app/boot.ts';
import { loadFullApp, type FullApp } from '../../src/app/load-full-app.ts';
import { SESSION_KEY } from '../../src/components/keep/storage-keys.ts';
import { loadSession, saveSession } from '../../src/components/keep/storage.ts';
import { encodeCaseFileFragment } from '../../src/components/keep/share-link.ts';
import { QUESTION_SCREENS } from '../../src/components/screens/question-screens.ts';
import { StartApp } from '../../src/app/start-app.tsx';
import { loadExample } from '../support/load-example.ts';
import { LANGS, loadTestLanguage, TODAY } from './app-test-kit.tsx';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

async function firstVisit(lng = 'en', loadApp: () => Promise<FullApp> = loadFullApp) {
  const booted = await boot({ store: localStorage, hash: '', browserLanguages: [lng], today: TODAY, languages: LANGS, load: loadTestLanguage });
  const props = { i18n: booted.i18n, today: TODAY, session: booted.session, store: localStorage, languages: LANGS, load: loadTestLanguage, loadApp };
  return { booted, props };
}

/**
 * A first visit (no saved answers, no link) gets StartApp: the start page without the
 * wizard, rules or plan loaded. It must look exactly like the app's start page (the
 * prerendered HTML is hydrated into it, and the app takes over from it), and hand over.
 */
describe.each(LANGS)('the first-visit start page (%s)', (lng) => {
  it('has the same markup as the app on its start page, and hydrates it without error', async () => {
    const { booted, props } = await firstVisit(lng);
    const app = render(
      <App i18n={booted.i18n} today={TODAY} session={booted.session} screens={QUESTION_SCREENS} store={localStorage} languages={LANGS} load={loadTestLanguage} />,
    );
    const appMarkup = app.container.innerHTML;
    app.unmount();
    const start = render(<StartApp {...props} />);
    expect(start.container.innerHTML).toBe(appMarkup);
    start.unmount();

    const container = document.createElement('div');
    container.innerHTML = appMarkup;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, <StartApp {...props} />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(appMarkup);
    container.remove();
  });
});

describe('handing over to the app', () => {
  it('Start loads the wizard and shows the first question, its heading focused', async () => {
    const { booted, props } = await firstVisit('en');
    render(<StartApp {...props} />);
    await userEvent.setup().click(screen.getByRole('button', { name: booted.i18n.t('app.start.button') }));
    const h1 = await screen.findByRole('heading', { level: 1, name: booted.i18n.t('questions.citizenship.title') });
    await waitFor(() => expect(document.activeElement).toBe(h1));
    expect(screen.getByRole('combobox')).toBeInTheDocument();
  });

  it('starts loading the wizard when a control gets focus, not before', async () => {
    const loadApp = vi.fn(loadFullApp);
    const { props } = await firstVisit('en', loadApp);
    render(<StartApp {...props} />);
    expect(loadApp).not.toHaveBeenCalled();
    await userEvent.setup().tab();
    expect(loadApp).toHaveBeenCalledTimes(1);
  });

  it('then makes ahead the first question\'s country names, in the page\'s language, once', async () => {
    const warm = vi.fn();
    const loadApp = vi.fn(async () => {
      const app = await loadFullApp();
      return { ...app, warm: (lng: string) => warm(lng, app.warm(lng)) };
    });
    const { props } = await firstVisit('sk', loadApp);
    render(<StartApp {...props} />);
    await userEvent.setup().tab();
    expect(loadApp).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(warm).toHaveBeenCalledWith('sk', undefined));
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('an imported case file goes to check your answers with its answers', async () => {
    const { booted, props } = await firstVisit('en');
    render(<StartApp {...props} />);
    const example = loadExample('eu-long-stay-employee');
    const file = new File([JSON.stringify(example)], 'case.json', { type: 'application/json' });
    await userEvent.setup().upload(screen.getByLabelText(booted.i18n.t('app.import.label')), file);
    const h1 = await screen.findByRole('heading', { level: 1, name: booted.i18n.t('app.check.title') });
    await waitFor(() => expect(document.activeElement).toBe(h1));
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).caseFile).toEqual(example);
  });

  it('a wizard that cannot load says so and keeps the start page', async () => {
    const { booted, props } = await firstVisit('en', () => Promise.reject(new Error('offline')));
    render(<StartApp {...props} />);
    await userEvent.setup().click(screen.getByRole('button', { name: booted.i18n.t('app.start.button') }));
    expect(await screen.findByText(booted.i18n.t('app.start.loadFailed'))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: booted.i18n.t('app.start.title') })).toBeInTheDocument();
  });

  it('switches language without loading the wizard', async () => {
    const loadApp = vi.fn(() => Promise.reject(new Error('not wanted')));
    const { props } = await firstVisit('en', loadApp);
    render(<StartApp {...props} />);
    // A click with no focus move first: only the language's texts load.
    fireEvent.click(screen.getByRole('button', { name: 'Slovenčina' }));
    const sk = await loadTestLanguage('sk');
    expect(await screen.findByRole('heading', { level: 1, name: sk.t('app.start.title') }, { timeout: 3000 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sk');
    expect(loadApp).not.toHaveBeenCalled();
  });
});

describe('answers saved in another window meanwhile', () => {
  const theirs = { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' } as const;

  it('"Continue where you left off" appears, and continues from them', async () => {
    const { booted, props } = await firstVisit('en');
    render(<StartApp {...props} />);
    const t = booted.i18n.t.bind(booted.i18n);
    expect(screen.queryByRole('button', { name: t('app.continue.button') })).not.toBeInTheDocument();
    saveSession({ wizard: { state: 'euBasis' }, caseFile: theirs }, { store: localStorage });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: t('app.continue.button') }));
    // Their page (an EU citizen's basis of residence), not the first question or the start page.
    expect(await screen.findByRole('heading', { level: 1, name: t('questions.euBasis.title') })).toBeInTheDocument();
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toEqual(theirs);
  });

  it('goes again when the other window clears its data', async () => {
    saveSession({ wizard: { state: 'purpose' }, caseFile: theirs }, { store: localStorage });
    const { booted, props } = await firstVisit('en');
    render(<StartApp {...props} session={{ status: 'absent' }} />);
    const t = booted.i18n.t.bind(booted.i18n);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }));
    });
    expect(await screen.findByRole('button', { name: t('app.continue.button') })).toBeInTheDocument();
    localStorage.clear();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: t('app.continue.button') })).not.toBeInTheDocument());
  });

  it('Start begins from them (unannounced): the first question shows their answer, and it is kept', async () => {
    const { booted, props } = await firstVisit('en');
    render(<StartApp {...props} />);
    saveSession({ wizard: { state: 'purpose' }, caseFile: theirs }, { store: localStorage });
    await userEvent.setup().click(screen.getByRole('button', { name: booted.i18n.t('app.start.button') }));
    await screen.findByRole('heading', { level: 1, name: booted.i18n.t('questions.citizenship.title') });
    expect(screen.getByRole('combobox')).toHaveValue('DE');
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' && saved.value.caseFile).toEqual(theirs);
  });
});

describe('answers saved or cleared around the hand-over', () => {
  it('answers saved after start-up read the session, before the page listened: Continue appears all the same', async () => {
    const { booted, props } = await firstVisit('en');
    saveSession({ wizard: { state: 'euBasis' }, caseFile: { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' } }, { store: localStorage });
    render(<StartApp {...props} />);
    expect(await screen.findByRole('button', { name: booted.i18n.t('app.continue.button') })).toBeInTheDocument();
  });

  it('data cleared while the wizard loads stays cleared: Start opens an empty first question and saves nothing of it', async () => {
    saveSession({ wizard: { state: 'euBasis' }, caseFile: { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' } }, { store: localStorage });
    let release: () => void = () => undefined;
    const loadApp = () => new Promise<FullApp>((resolve) => (release = () => void loadFullApp().then(resolve)));
    const { booted, props } = await firstVisit('en', loadApp);
    render(<StartApp {...props} session={{ status: 'absent' }} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: booted.i18n.t('app.start.button') }));
    // A second press while it loads does nothing more.
    await user.click(screen.getByRole('button', { name: booted.i18n.t('app.start.button') }));
    localStorage.clear();
    release();
    await screen.findByRole('heading', { level: 1, name: booted.i18n.t('questions.citizenship.title') });
    expect(screen.getByRole('combobox')).toHaveValue('');
    const saved = loadSession(localStorage);
    expect(saved.status === 'ok' ? saved.value.caseFile.citizenship : undefined).toBeUndefined();
  });
});

describe('boot on a first visit', () => {
  it('reads no session and no link when there is none', async () => {
    const { booted } = await firstVisit('en');
    expect(booted.session).toEqual({ status: 'absent' });
    expect(booted.incoming).toBeUndefined();
  });

  it('still reads a share link and a saved session when they are there', async () => {
    localStorage.setItem(SESSION_KEY, '{not json');
    const hash = encodeCaseFileFragment({ schemaVersion: 1, citizenship: 'SK' });
    const booted = await boot({ store: localStorage, hash, browserLanguages: ['en'], today: TODAY, languages: LANGS, load: loadTestLanguage });
    expect(booted.session.status).toBe('corrupt');
    expect(booted.incoming).toEqual({ status: 'ok', caseFile: { schemaVersion: 1, citizenship: 'SK' } });
  });
});
