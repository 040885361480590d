import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '../components/ui/confirm-panel.tsx';
import { useConfirm } from '../components/ui/use-confirm.ts';

export interface AppHeaderProps {
  languages: readonly string[];
  onLanguage: (lng: string) => void;
  languageFailed: boolean;
  /** The person confirmed "Clear my data". */
  onClear: () => void;
}

/**
 * The header on every page: the app's name, the language switch (each language in its own
 * name; the answers stay) and "Clear my data", which asks first.
 */
export const AppHeader = memo(function AppHeader({ languages, onLanguage, languageFailed, onClear }: AppHeaderProps) {
  // The language shown now: the one of the i18next instance the app provides.
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const opener = useRef<HTMLButtonElement>(null);
  const clear = useConfirm(onClear, opener);

  return (
    <header className="app-header">
      <div className="app-header-inner app-width">
        <p className="app-name">
          <span className="app-name-text">{t('app.name')}</span>
          <span className="app-tagline">{t('app.tagline')}</span>
        </p>
        <div className="app-header-tools">
          {languages.length > 1 && (
            <nav className="app-languages" aria-label={t('app.language.label')}>
              <ul>
                {languages.map((lng) => (
                  <li key={lng}>
                    <button
                      type="button"
                      lang={lng}
                      className="app-language"
                      aria-pressed={lng === language}
                      onClick={() => lng !== language && onLanguage(lng)}
                    >
                      {t(`app.language.names.${lng}`, { defaultValue: lng })}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <button
            type="button"
            ref={opener}
            className="app-header-button"
            aria-expanded={clear.open}
            aria-controls="app-clear"
            onClick={clear.toggle}
          >
            {t('app.clear.button')}
          </button>
        </div>
      </div>
      {languageFailed && (
        <p className="app-width app-header-error" role="alert">
          {t('app.language.failed')}
        </p>
      )}
      {clear.open && (
        <ConfirmPanel
          id="app-clear"
          as="section"
          level={2}
          className="app-width"
          heading={t('app.clear.heading')}
          text={t('app.clear.text')}
          confirmLabel={t('app.clear.confirm')}
          cancelLabel={t('app.clear.cancel')}
          onConfirm={clear.onConfirm}
          onCancel={clear.onCancel}
        />
      )}
    </header>
  );
});
