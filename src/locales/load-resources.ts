import type { Language } from './i18n.ts';

/** The texts of one language, loaded on demand so only the active language is fetched. */
export async function loadResources(lng: Language): Promise<Record<string, unknown>> {
  switch (lng) {
    case 'en':
      return (await import('./en/bundle.ts')).default;
    case 'sk':
      return (await import('./sk/bundle.ts')).default;
    case 'uk':
      return (await import('./uk/bundle.ts')).default;
  }
}
