import type { Language } from './i18n.ts';
import { loadResources } from './load-resources.ts';

/** The command line's own texts (its arguments, its usage): never part of the app's download. */
async function cliTexts(lng: Language): Promise<Record<string, unknown>> {
  switch (lng) {
    case 'en':
      return (await import('./en/cli.json')).default;
    case 'sk':
      return (await import('./sk/cli.json')).default;
    case 'uk':
      return (await import('./uk/cli.json')).default;
  }
}

/** Every text of the app in one language, plus the command line's own. */
export async function loadCliResources(lng: Language): Promise<Record<string, unknown>> {
  const [app, cli] = await Promise.all([loadResources(lng), cliTexts(lng)]);
  return { ...app, ...cli };
}
