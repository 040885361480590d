import { useEffect, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { afterNextPaint } from './after-paint.ts';
import { AppHeader } from './header.tsx';
import { UpdateBanner } from './update-banner.tsx';

/**
 * Focus the page's heading (WCAG 2.4.3): screen-reader and keyboard users start on the new
 * page. A new page also starts at the top, as a page load would (header and language first).
 */
export function focusHeading(main: HTMLElement | null, { toTop = false } = {}): void {
  if (toTop) document.documentElement.scrollTo?.({ top: 0, behavior: 'instant' });
  const h1 = main?.querySelector('h1');
  if (!h1) {
    main?.focus({ preventScroll: toTop });
    return;
  }
  if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
  h1.focus({ preventScroll: toTop });
}

export interface AppFrameProps {
  languages: readonly string[];
  onLanguage: (lng: string) => void;
  languageFailed: boolean;
  onClear: () => void;
  /** False once the browser refused to keep the answers. */
  saving: boolean;
  mainRef: RefObject<HTMLElement | null>;
  /** The page shown: the window title follows its heading when it changes. */
  view: string;
  /** Question pages set their own title (with any error). */
  titleFromHeading: boolean;
  children: ReactNode;
}

/**
 * What every page stands in: skip link, header (languages, clear my data), main, footer
 * (not legal advice, nothing leaves the device). The start page before the wizard loads
 * (start-app.tsx) and the app (app.tsx) render the same frame, so one hands over to the
 * other with the same markup.
 */
export function AppFrame({
  languages,
  onLanguage,
  languageFailed,
  onClear,
  saving,
  mainRef,
  view,
  titleFromHeading,
  children,
}: AppFrameProps) {
  const { t } = useTranslation();

  // The window title names the page.
  useEffect(() => {
    if (!titleFromHeading) return;
    return afterNextPaint(() => {
      const heading = mainRef.current?.querySelector('h1')?.textContent?.trim();
      document.title = heading ? t('app.pageTitle', { page: heading }) : t('app.name');
    });
  }, [view, t, titleFromHeading, mainRef]);

  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    focusHeading(mainRef.current);
  };

  return (
    <div className="app">
      <a className="app-skip" href="#main" onClick={skip}>
        {t('app.skipLink')}
      </a>
      <AppHeader languages={languages} onLanguage={onLanguage} languageFailed={languageFailed} onClear={onClear} />
      <UpdateBanner />
      <main id="main" className="app-main app-width" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <div className="app-width">
          <p>{t('app.footer.disclaimer')}</p>
          <p>{t('app.footer.privacy')}</p>
          {!saving && (
            <p className="app-footer-warning" role="status">
              {t('app.footer.saveFailed')}
            </p>
          )}
        </div>
      </footer>
    </div>
  );
}
