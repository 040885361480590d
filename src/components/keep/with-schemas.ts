/**
 * Load modules that hold zod schemas (the rules, storage, share links) after zod is set up
 * for the page's Content-Security-Policy (zod-config.ts): the only way the browser
 * should load them.
 */
export function withSchemas<T>(load: () => Promise<T>): Promise<T> {
  return import('./zod-config.ts').then(load);
}
