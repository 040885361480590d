import { createI18n, type Language } from '../../src/locales/i18n.ts';
import { loadResources } from '../../src/locales/load-resources.ts';
import { strictTranslate, type Translate } from '../../src/locales/resolve-plan.ts';

/** A strict translate function for a language: a missing key throws. */
export async function strictT(lng: Language): Promise<Translate> {
  const i18n = await createI18n(lng, await loadResources(lng));
  return strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k));
}
