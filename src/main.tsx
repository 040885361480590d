// First: configure zod before any module parses with it (CSP: no eval).
import './components/app-zod-config.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { boot, canHydrate, todayLocal } from './components/app-boot.ts';
import { defaultStore } from './components/keep/storage.ts';
import { QUESTION_SCREENS } from './components/screens/question-screens.ts';
// Offline use after the first visit (production builds; same origin only).
import './register-sw.ts';

/**
 * Start-up: the language (saved choice → the page's language, /sk/ or /uk/ → browser
 * language → English) with only its texts loaded, the session saved in this browser, and
 * a share link in the address (`#case=…`, offered to the person, never loaded silently).
 * Then the app: hydrating the prerendered start page when it matches, else rendered afresh.
 */
async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // What the served HTML holds: a prerendered start page in its <html lang>, or nothing.
  const prerendered = { hasMarkup: root.firstElementChild !== null, lang: document.documentElement.lang };
  const store = defaultStore();
  const today = todayLocal();
  const booted = await boot({
    store,
    hash: window.location.hash,
    pathname: window.location.pathname,
    browserLanguages: navigator.languages?.length ? navigator.languages : [navigator.language],
    today,
  });
  const { i18n, session, incoming } = booted;
  document.documentElement.lang = i18n.language;
  const app = (
    <StrictMode>
      <App i18n={i18n} today={today} session={session} incoming={incoming} screens={QUESTION_SCREENS} store={store} />
    </StrictMode>
  );
  // The prerendered page is hydrated when the first render matches it; else React replaces it.
  if (canHydrate(prerendered, booted)) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

main().catch((e: unknown) => {
  // Only when the texts themselves cannot load: the one message not translated.
  console.error(e);
  const root = document.getElementById('root');
  if (root) root.textContent = 'Pobyt could not start. Reload the page to try again. Your saved answers are kept in this browser.';
});
