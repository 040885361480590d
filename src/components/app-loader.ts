/**
 * The wizard, the rules and the plan, loaded apart from the start page: a first visit's
 * start page needs none of them, so it shows and answers without waiting for them.
 * Loaded once; the start page asks for it as soon as the person reaches for a control.
 */
let loading: Promise<FullApp> | undefined;

export interface FullApp {
  App: typeof import('./app.tsx').App;
  screens: typeof import('./screens/question-screens.ts').QUESTION_SCREENS;
}

/**
 * Load modules that hold zod schemas (the rules, storage, share links) after zod is set up
 * for the page's Content-Security-Policy (app-zod-config.ts): the only way the browser
 * should load them.
 */
export function withSchemas<T>(load: () => Promise<T>): Promise<T> {
  return import('./app-zod-config.ts').then(load);
}

export function loadFullApp(): Promise<FullApp> {
  loading ??= withSchemas(() => Promise.all([import('./app.tsx'), import('./screens/question-screens.ts')])).then(
    ([app, screens]) => ({ App: app.App, screens: screens.QUESTION_SCREENS }),
    (e: unknown) => {
      // A failed load (network gone before the app was kept offline) may be tried again.
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
