import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { AppFrame, focusHeading } from './frame.tsx';
import { useLanguage } from './use-language.ts';
import { writeAddress } from './address-bar.ts';
import type { AddressProblem } from '../machines/address.ts';
import { hasAnswers, readSession, resumedAnswers, type LanguageLoader } from './boot.ts';
import { loadFullApp, type FullApp } from './load-full-app.ts';
import type { Enter } from './enter.ts';
import { clearAll, SESSION_KEY } from '../components/keep/storage-keys.ts';
import type { LoadResult, SavedSession } from '../components/keep/storage.ts';
import { StartPage } from '../components/pages/start-page.tsx';

export interface StartAppProps {
  i18n: I18n;
  today: string;
  /** The session read at start-up (no answers in it: else the whole app starts at once); read again when another window saves one. */
  session: LoadResult<SavedSession>;
  store: Storage | undefined;
  languages: readonly string[];
  load: LanguageLoader;
  /** Loads the wizard; load-full-app.ts unless given (tests). */
  loadApp?: () => Promise<FullApp>;
  /** Called once the page answers presses (hydrated or rendered). */
  onInteractive?: () => void;
  /** The address was not taken as it stood (a language we do not offer): said on the page. */
  note?: AddressProblem | undefined;
}

type Notice = 'cleared' | 'loading' | 'loadFailed' | undefined;

/**
 * A first visit: the start page alone, with the same frame and markup as the app's (so the
 * prerendered HTML hydrates into it). It switches language and clears data by itself; to
 * start or import it loads the wizard (load-full-app.ts) and hands over to the app, which
 * then does what was asked, with the session saved at that moment. When another window
 * saves answers meanwhile, "Continue where you left off" appears, as on a fresh load, and
 * Start begins from those answers instead of beside them.
 */
export function StartApp({ i18n: initialI18n, today, session, store, languages, load, loadApp = loadFullApp, onInteractive, note }: StartAppProps) {
  const { i18n, failed, change } = useLanguage(initialI18n, load, store);
  // The start page's address names its language: /en/, /sk/, /uk/ (until the app takes over).
  const [next, setNext] = useState<{ app: FullApp; enter: Enter; session: LoadResult<SavedSession> }>();
  useEffect(() => {
    if (!next) writeAddress(`/${i18n.language}/`, 'replace');
  }, [i18n, next]);
  const interactive = useRef(onInteractive);
  useEffect(() => interactive.current?.(), []);

  if (next) {
    const { App, screens } = next.app;
    return (
      <App
        i18n={i18n}
        today={today}
        session={next.session}
        screens={screens}
        store={store}
        languages={languages}
        load={load}
        enter={next.enter}
      />
    );
  }
  return (
    <I18nextProvider i18n={i18n}>
      <StartFrame
        today={today}
        session={session}
        store={store}
        languages={languages}
        onLanguage={(lng) => void change(lng)}
        languageFailed={failed}
        note={note}
        loadApp={loadApp}
        onReady={(app, enter, kept) => setNext({ app, enter, session: kept })}
      />
    </I18nextProvider>
  );
}

interface StartFrameProps {
  today: string;
  session: LoadResult<SavedSession>;
  store: Storage | undefined;
  languages: readonly string[];
  onLanguage: (lng: string) => void;
  languageFailed: boolean;
  note: AddressProblem | undefined;
  loadApp: () => Promise<FullApp>;
  onReady: (app: FullApp, enter: Enter, session: LoadResult<SavedSession>) => void;
}

function StartFrame({ today, session, store, languages, onLanguage, languageFailed, note, loadApp, onReady }: StartFrameProps) {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<Notice>();
  // Whether answers are saved (by another window since start-up): "Continue" is offered. A
  // boolean, so reading the same nothing again renders nothing again.
  const [saved, setSaved] = useState(() => hasAnswers(resumedAnswers(session)));
  const main = useRef<HTMLElement>(null);

  // Reaching for any control (pointer or keyboard focus) starts loading the wizard, so
  // Start rarely waits for it, then makes ahead what its first question needs (FullApp.warm),
  // in a task of its own; nothing loads for a visitor who only reads.
  const language = useRef(i18n.language);
  useEffect(() => {
    language.current = i18n.language;
  }, [i18n.language]);
  useEffect(() => {
    const preload = () => {
      document.removeEventListener('focusin', preload);
      document.removeEventListener('pointerover', preload);
      loadApp().then(
        (app) => setTimeout(() => app.warm(language.current), 0),
        () => undefined,
      );
    };
    document.addEventListener('focusin', preload);
    document.addEventListener('pointerover', preload);
    return () => {
      document.removeEventListener('focusin', preload);
      document.removeEventListener('pointerover', preload);
    };
  }, [loadApp]);

  // Another window saved (or cleared) the session: read it again. Once now as well (after the
  // first render, which matched the prerendered page), for a save made since start-up read it.
  useEffect(() => {
    if (!store) return;
    let live = true;
    const reread = () =>
      readSession(store).then(
        (s) => {
          if (live) setSaved(hasAnswers(resumedAnswers(s)));
        },
        () => undefined,
      );
    const onStorage = (e: StorageEvent) => {
      if (e.key !== null && e.key !== SESSION_KEY) return;
      void reread();
    };
    void reread();
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);

  // One way in: a second press while the wizard loads does nothing.
  const going = useRef(false);
  const go = async (enter: Enter) => {
    if (going.current) return;
    going.current = true;
    setNotice('loading');
    try {
      const app = await loadApp();
      // The session as saved once the wizard has loaded, not before: another window may have
      // saved answers meanwhile, or the person (or another window) cleared them while it loaded.
      onReady(app, enter, await readSession(store));
    } catch {
      going.current = false;
      setNotice('loadFailed');
    }
  };

  const clear = () => {
    clearAll(store);
    setSaved(false);
    setNotice('cleared');
    focusHeading(main.current, { toTop: true });
  };

  const noticeText =
    notice === 'cleared' ? t('app.clear.done') : notice ? t(`app.start.${notice}`) : note ? t(`app.address.${note}`) : undefined;

  return (
    <AppFrame
        languages={languages}
        onLanguage={onLanguage}
        languageFailed={languageFailed}
        onClear={clear}
        saving
        mainRef={main}
        view="start"
        titleFromHeading
      >
        <StartPage
          asOf={today}
          canContinue={saved}
          notice={noticeText}
          onStart={() => void go({ type: 'start' })}
          onContinue={() => void go({ type: 'continue' })}
          onImport={(caseFile) => void go({ type: 'import', caseFile })}
          onTool={(area) => void go({ type: 'area', area })}
        />
    </AppFrame>
  );
}
