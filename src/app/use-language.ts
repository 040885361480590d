import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveLanguageChoice, type LanguageLoader } from './boot.ts';

/**
 * The interface language: starts with the one loaded at start-up; a switch loads only the
 * new language's texts, keeps the choice in this browser and sets `<html lang>`. The last
 * switch asked for wins; a language that cannot load leaves the current one and says so.
 */
export function useLanguage(initial: I18n, load: LanguageLoader, store: Storage | undefined) {
  const [i18n, setI18n] = useState(initial);
  const [failed, setFailed] = useState(false);
  const requested = useRef(initial.language);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n]);

  const change = useCallback(
    async (lng: string) => {
      requested.current = lng;
      try {
        const next = await load(lng);
        if (requested.current !== lng) return;
        setI18n(next);
        setFailed(false);
        saveLanguageChoice(lng, store);
      } catch {
        if (requested.current === lng) setFailed(true);
      }
    },
    [load, store],
  );

  return { i18n, failed, change };
}
