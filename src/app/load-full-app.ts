import { withSchemas } from '../components/keep/with-schemas.ts';

/**
 * The wizard, the rules and the plan, loaded apart from the start page: a first visit's
 * start page needs none of them, so it shows and answers without waiting for them.
 * Loaded once; the start page asks for it as soon as the person reaches for a control.
 */
let loading: Promise<FullApp> | undefined;

export interface FullApp {
  App: typeof import('./app.tsx').App;
  screens: typeof import('../components/screens/question-screens.ts').QUESTION_SCREENS;
}

export function loadFullApp(): Promise<FullApp> {
  loading ??= withSchemas(() => Promise.all([import('./app.tsx'), import('../components/screens/question-screens.ts')])).then(
    ([app, screens]) => ({ App: app.App, screens: screens.QUESTION_SCREENS }),
    (e: unknown) => {
      // A failed load (network gone before the app was kept offline) may be tried again.
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
