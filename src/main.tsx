import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { APP_LANGUAGES, boot, canHydrate, isFirstVisitStart, loadLanguage, todayLocal } from './app/boot.ts';
import { loadFullApp } from './app/load-full-app.ts';
import { defaultStore, hasDamagedSessionCopy } from './components/keep/storage-keys.ts';
import { readAddress } from './machines/address.ts';
import { StartApp } from './app/start-app.tsx';
import { releaseEarlyClicks } from './early-clicks.ts';
// Offline use after the first visit (production builds; same origin only).
import './register-sw.ts';

/**
 * Start-up: the language (saved choice → the page's language, /sk/ or /uk/ → browser
 * language → English) with only its texts loaded, the session saved in this browser, and
 * a share link in the address (`#case=…`, offered to the person, never loaded silently).
 *
 * A first visit to the start page (no saved answers, no link) gets the start page alone
 * (StartApp), hydrating the prerendered HTML; the wizard, rules and plan load when the person
 * reaches for a control. Saved answers, a link or the address of another page (a question,
 * the plan, …) load the whole app at once, which opens the page the address names.
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
  // Only whether the address is the start page (the app reads the rest, with the questions).
  const address = readAddress(window.location.pathname, { languages: APP_LANGUAGES, questions: [], calculators: [] });
  const startPage = address.route.page === 'start' && address.problem !== 'unknownPage';

  if (isFirstVisitStart(startPage, booted, hasDamagedSessionCopy(store))) {
    const app = (
      <StrictMode>
        <StartApp
          i18n={i18n}
          today={today}
          session={session}
          store={store}
          languages={APP_LANGUAGES}
          load={loadLanguage}
          note={address.problem}
          onInteractive={() => releaseEarlyClicks()}
        />
      </StrictMode>
    );
    // The prerendered page is hydrated when the first render matches it; else React replaces
    // it. As a transition, so React works in short slices and the page stays responsive.
    startTransition(() => {
      if (canHydrate(prerendered, booted) && !address.problem) hydrateRoot(root, app);
      else createRoot(root).render(app);
    });
    return;
  }
  const { App, screens } = await loadFullApp();
  // This page is rendered afresh: a press on the prerendered markup has nothing to go back to.
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} today={today} session={session} incoming={incoming} screens={screens} store={store} />
    </StrictMode>,
  );
  releaseEarlyClicks({ replay: false });
}

// React DOM and the app's first modules were just evaluated, in one long task: start-up (the
// saved session, the texts) runs in a task of its own, so the page can answer in between.
await new Promise((resolve) => setTimeout(resolve, 0));
// A failure to start (the texts themselves cannot load) reaches entry.ts, which says so.
await main();
