import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, dismissUpdate, getServerUpdateState, getUpdateState, subscribeUpdate } from '../sw-update.ts';

/**
 * "New rules are available — reload": shown on every page when a new release's service
 * worker is installed and waits (register-sw.ts). A polite status message, not a dialog: the
 * focus stays where it is; "Reload" and "Later" follow the header in the tab order. The live
 * region is always in the page (empty until there is news), so screen readers announce it;
 * it is a status only while it has something to say (the page's own status messages stay
 * the one status on the page).
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeUpdate, getUpdateState, getServerUpdateState);
  // The buttons go with the banner: the focus goes on to the page's content, not to nowhere.
  const later = () => {
    dismissUpdate();
    document.getElementById('main')?.focus();
  };
  return (
    <div className="app-update-region" aria-live="polite" aria-atomic="true" role={state === 'none' ? undefined : 'status'}>
      {state !== 'none' && (
        <div className="app-update">
          <div className="app-update-inner app-width">
            <p className="app-update-text">{state === 'applying' ? t('app.update.reloading') : t('app.update.text')}</p>
            {state === 'ready' && (
              <div className="app-update-actions">
                <button type="button" className="app-button" onClick={applyUpdate}>
                  {t('app.update.reload')}
                </button>
                <button type="button" className="app-button app-button-secondary" onClick={later}>
                  {t('app.update.later')}
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
