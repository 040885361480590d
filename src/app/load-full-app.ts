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
  /**
   * Makes ahead what the first question needs in the language: the countries named and
   * sorted (Intl.DisplayNames and Intl.Collator). The first Intl object a page makes also
   * starts the browser's ICU data (~20 ms on a laptop, 4× that on a slow phone): done here,
   * in a task of its own while the person reaches for Start, neither is in the press.
   */
  warm: (lng: string) => void;
}

export function loadFullApp(): Promise<FullApp> {
  loading ??= withSchemas(() => Promise.all([import('./app.tsx'), import('../components/screens/question-screens.ts')])).then(
    ([app, screens]) => ({ App: app.App, screens: screens.QUESTION_SCREENS, warm: screens.warmFirstQuestion }),
    (e: unknown) => {
      // A failed load (network gone before the app was kept offline) may be tried again.
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
