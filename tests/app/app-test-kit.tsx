import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { boot } from '../../src/app/boot.ts';
import type { QuestionScreens } from '../../src/components/pages/question-page.tsx';
import { QUESTION_SCREENS } from '../../src/components/screens/question-screens.ts';
import { createI18n, type Language } from '../../src/locales/i18n.ts';

/** The day the tests run "today" (the worked example: arrival 18 Dec 2026 → notice by 7 Jan 2027). */
export const TODAY = '2026-11-22';
/** The interface languages (i18n.ts's LANGUAGES is growing to these three). */
export const LANGS = ['en', 'sk', 'uk'] as const;

// Every locale file of a language, merged (what its bundle.ts holds once the app files are added).
const LOCALE_FILES = import.meta.glob<Record<string, unknown>>('../../src/locales/*/*.json', { eager: true, import: 'default' });

export function resourcesFor(lng: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, texts] of Object.entries(LOCALE_FILES)) if (path.includes(`/locales/${lng}/`)) Object.assign(out, texts);
  return out;
}

/** The test's language loader: one language's texts only, like load-resources.ts. */
export const loadTestLanguage = async (lng: string) => createI18n(lng as Language, resourcesFor(lng));

export interface RenderOptions {
  lng?: string;
  hash?: string;
  screens?: QuestionScreens;
  onShareHandled?: () => void;
}

/** Start the app as main.tsx does (boot from localStorage and the address), then render it. */
export async function renderApp({ lng = 'en', hash = '', screens = QUESTION_SCREENS, onShareHandled }: RenderOptions = {}) {
  const { i18n, session, incoming } = await boot({
    store: localStorage,
    hash,
    pathname: window.location.pathname,
    browserLanguages: [lng],
    today: TODAY,
    languages: LANGS,
    load: loadTestLanguage,
  });
  const user = userEvent.setup();
  const utils = render(
    <App
      i18n={i18n}
      today={TODAY}
      session={session}
      incoming={incoming}
      screens={screens}
      store={localStorage}
      languages={LANGS}
      load={loadTestLanguage}
      {...(onShareHandled ? { onShareHandled } : {})}
    />,
  );
  return { user, ...utils };
}

/** What the app keeps in localStorage, key by key. */
export function savedKeys(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)!;
    out[k] = localStorage.getItem(k)!;
  }
  return out;
}
