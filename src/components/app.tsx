import type { i18n as I18n } from 'i18next';
import { Activity, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { CaseFile } from '../rules/schema/case-file.ts';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { AppHeader } from './app-header.tsx';
import { useAutosave } from './app-autosave.ts';
import {
  APP_LANGUAGES,
  hasAnswers,
  loadLanguage,
  resumedAnswers,
  resumedState,
  saveLanguageChoice,
  type IncomingShare,
  type LanguageLoader,
} from './app-boot.ts';
import { continueSession, isQuestionId, loadAnswers, type PageId } from './app-wizard.ts';
import { clearAll, defaultStore, type LoadResult, type SavedSession } from './keep/storage.ts';
import { CheckPage } from './pages/check-page.tsx';
import { PlanPage } from './pages/plan-page.tsx';
import { QuestionPage, type QuestionScreens } from './pages/question-page.tsx';
import { SharePage } from './pages/share-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { WizardContext } from './wizard-context.ts';
import './app.css';

export interface AppProps {
  /** i18next for the starting language, its texts loaded. */
  i18n: I18n;
  /** Today (YYYY-MM-DD): the date the plan is made for. */
  today: string;
  /** The session saved in this browser, as read at start-up. */
  session: LoadResult<SavedSession>;
  /** A share link found in the address at start-up. */
  incoming?: IncomingShare;
  /** One screen per question (QUESTION_SCREENS). */
  screens: QuestionScreens;
  /** Where answers are kept; the browser's localStorage unless given. */
  store?: Storage | undefined;
  languages?: readonly string[];
  /** Loads a language when the person switches (only that language's texts). */
  load?: LanguageLoader;
  /** The share link was answered (loaded, kept or failed): take it out of the address. */
  onShareHandled?: () => void;
}

/** Remove the `#case=…` fragment from the address so a reload does not ask again. */
export function forgetShareFragment(): void {
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  } catch {
    // Not in a browser that allows it: nothing to forget.
  }
}

/**
 * The app: providers (i18next, the wizard actor), header, main page, footer. The wizard
 * starts on the start page with the saved answers (if any) in its context; every change is
 * saved in this browser.
 */
export function App({
  i18n: initialI18n,
  today,
  session,
  incoming,
  screens,
  store = defaultStore(),
  languages = APP_LANGUAGES,
  load = loadLanguage,
  onShareHandled = forgetShareFragment,
}: AppProps) {
  const [i18n, setI18n] = useState(initialI18n);
  const [languageFailed, setLanguageFailed] = useState(false);
  // Created once: the actor lives as long as the app, whatever the language.
  const [options] = useState(() => ({ input: { asOf: today, answers: resumedAnswers(session) } }));
  const requested = useRef(initialI18n.language);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n]);

  const changeLanguage = useCallback(
    async (lng: string) => {
      requested.current = lng;
      try {
        const next = await load(lng);
        if (requested.current !== lng) return;
        setI18n(next);
        setLanguageFailed(false);
        saveLanguageChoice(lng, store);
      } catch {
        if (requested.current === lng) setLanguageFailed(true);
      }
    },
    [load, store],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <WizardContext.Provider options={options}>
        <AppShell
          today={today}
          session={session}
          incoming={incoming}
          screens={screens}
          store={store}
          languages={languages}
          language={i18n.language}
          onLanguage={(lng) => void changeLanguage(lng)}
          languageFailed={languageFailed}
          onShareHandled={onShareHandled}
        />
      </WizardContext.Provider>
    </I18nextProvider>
  );
}

interface AppShellProps {
  today: string;
  session: LoadResult<SavedSession>;
  incoming: IncomingShare | undefined;
  screens: QuestionScreens;
  store: Storage | undefined;
  languages: readonly string[];
  language: string;
  onLanguage: (lng: string) => void;
  languageFailed: boolean;
  onShareHandled: () => void;
}

/**
 * Focus the page's heading (WCAG 2.4.3): screen-reader and keyboard users start on the new
 * page. A new page also starts at the top, as a page load would (header and language first).
 */
function focusHeading(main: HTMLElement | null, { toTop = false } = {}): void {
  if (toTop) document.documentElement.scrollTo?.({ top: 0, behavior: 'instant' });
  const h1 = main?.querySelector('h1');
  if (!h1) {
    main?.focus({ preventScroll: toTop });
    return;
  }
  if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
  h1.focus({ preventScroll: toTop });
}

function AppShell({
  today,
  session,
  incoming,
  screens,
  store,
  languages,
  language,
  onLanguage,
  languageFailed,
  onShareHandled,
}: AppShellProps) {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const page = WizardContext.useSelector((s) => s.value) as PageId;
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const saving = useAutosave(actor, store);
  const [share, setShare] = useState(incoming);
  const [cleared, setCleared] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const main = useRef<HTMLElement>(null);
  const view = share ? 'share' : page;
  // One element for the life of the shell: revealing the pre-rendered plan re-renders nothing.
  const planPage = useMemo(() => <PlanPage store={store} />, [store]);

  // On every screen change (not on first load), focus the new page's heading.
  const shown = useRef({ view, focusRequest });
  useEffect(() => {
    if (shown.current.view === view && shown.current.focusRequest === focusRequest) return;
    shown.current = { view, focusRequest };
    focusHeading(main.current, { toTop: true });
  }, [view, focusRequest]);

  // The window title names the page (question screens set their own, with any error).
  useEffect(() => {
    if (isQuestionId(view)) return;
    const heading = main.current?.querySelector('h1')?.textContent?.trim();
    document.title = heading ? t('app.pageTitle', { page: heading }) : t('app.name');
  }, [view, t]);

  const leaveShare = () => {
    setShare(undefined);
    onShareHandled();
  };

  const load = (caseFile: Partial<CaseFile>) => {
    setCleared(false);
    loadAnswers(actor, caseFile);
  };

  const clear = () => {
    // Restart first (the autosave writes the empty session), then remove every key.
    actor.send({ type: 'nav.restart' });
    clearAll(store);
    setCleared(true);
    setFocusRequest((n) => n + 1);
  };

  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    focusHeading(main.current);
  };

  let content: ReactNode = null;
  if (share) {
    content = (
      <SharePage
        share={share}
        asOf={today}
        hasSaved={hasAnswers(answers)}
        onLoad={() => {
          if (share.status === 'ok') load(share.caseFile);
          leaveShare();
        }}
        onDismiss={leaveShare}
      />
    );
  } else if (page === 'start') {
    content = (
      <StartPage
        asOf={today}
        canContinue={hasAnswers(answers)}
        notice={cleared ? t('app.clear.done') : undefined}
        onStart={() => {
          setCleared(false);
          actor.send({ type: 'nav.start' });
        }}
        onContinue={() => {
          setCleared(false);
          continueSession(actor, resumedState(session));
        }}
        onImport={load}
      />
    );
  } else if (page === 'check') {
    content = <CheckPage />;
  } else if (isQuestionId(page)) {
    content = <QuestionPage question={page} screens={screens} />;
  }

  // The plan is rendered ahead, hidden, where the next step may show it: on check your
  // answers ("Build my plan") and on the start page when the saved session was on the plan
  // ("Continue"). Showing it is then a reveal, within the 50 ms answer budget; rendering a
  // plan takes longer. It keeps its place in the tree so React keeps what it rendered.
  const planShown = !share && page === 'plan';
  const planAhead =
    !share && (page === 'check' || (page === 'start' && hasAnswers(answers) && resumedState(session) === 'plan'));

  return (
    <div className="app">
      <a className="app-skip" href="#main" onClick={skip}>
        {t('app.skipLink')}
      </a>
      <AppHeader
        languages={languages}
        language={language}
        onLanguage={onLanguage}
        languageFailed={languageFailed}
        onClear={clear}
      />
      <main id="main" className="app-main app-width" ref={main} tabIndex={-1}>
        <AppErrorBoundary resetKey={view}>
          {content}
          {(planShown || planAhead) && (
            <Activity mode={planShown ? 'visible' : 'hidden'}>
              {/* Its own boundary: a plan that fails to render must not take the page before it along. */}
              <AppErrorBoundary resetKey={view}>{planPage}</AppErrorBoundary>
            </Activity>
          )}
        </AppErrorBoundary>
      </main>
      <footer className="app-footer">
        <div className="app-width">
          <p>{t('app.footer.disclaimer')}</p>
          <p>{t('app.footer.privacy')}</p>
          {!saving && (
            <p className="app-footer-warning" role="status">
              {t('app.footer.saveFailed')}
            </p>
          )}
        </div>
      </footer>
    </div>
  );
}
