import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { QuestionScreens } from '../components/pages/question-page.tsx';
import { defaultStore } from '../components/keep/storage-keys.ts';
import type { LoadResult, SavedSession } from '../components/keep/storage.ts';
import { WizardContext } from '../components/wizard-context.ts';
import { AppShell } from './app-shell.tsx';
import { APP_LANGUAGES, loadLanguage, resumedAnswers, type IncomingShare, type LanguageLoader } from './boot.ts';
import type { Enter } from './enter.ts';
import { currentAddress } from './use-address.ts';
import { useLanguage } from './use-language.ts';

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
  /** What the person did on the start page before the wizard loaded (start-app.tsx): done on arrival. */
  enter?: Enter | undefined;
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
  enter,
}: AppProps) {
  const { i18n, failed: languageFailed, change: changeLanguage } = useLanguage(initialI18n, load, store);
  // Created once: the actor lives as long as the app, whatever the language.
  const [options] = useState(() => ({ input: { asOf: today, answers: resumedAnswers(session) } }));
  // The page the address names, opened on arrival (a link, a bookmark, a reload); none when
  // the start page handed over what the person did there.
  const [address] = useState(() => (enter ? undefined : currentAddress(languages)));

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
          onLanguage={(lng) => void changeLanguage(lng)}
          languageFailed={languageFailed}
          onShareHandled={onShareHandled}
          enter={enter}
          address={address}
        />
      </WizardContext.Provider>
    </I18nextProvider>
  );
}
