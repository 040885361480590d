import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENTS_KEY } from '../keep/client-store.ts';
import { downloadText } from '../keep/download.ts';

/** The saved list cannot be read: say so, offer its raw text as a file, and delete it only when asked twice. */
export function CorruptList({ store, onReset }: { store: Storage | undefined; onReset: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  useLayoutEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const download = () => {
    let raw: string | null = null;
    try {
      raw = store?.getItem(CLIENTS_KEY) ?? null;
    } catch {
      raw = null;
    }
    downloadText('pobyt-clients-unreadable.txt', raw ?? '', 'text/plain');
  };

  return (
    <div className="app-error-summary adv-error-summary" role="alert" aria-labelledby="adv-corrupt-title" tabIndex={-1} ref={ref}>
      <h2 id="adv-corrupt-title" className="adv-error-summary-title">
        {t('adviser.storage.corruptHeading')}
      </h2>
      <p>{t('adviser.storage.corruptText')}</p>
      {confirming ? (
        <>
          <h3 id="adv-corrupt-confirm" tabIndex={-1} ref={confirmRef}>
            {t('adviser.storage.corruptConfirmHeading')}
          </h3>
          <p>{t('adviser.storage.corruptConfirmText')}</p>
          <div className="app-button-group">
            <button type="button" className="app-button app-button-warning" onClick={onReset}>
              {t('adviser.storage.corruptConfirm')}
            </button>
            <button type="button" className="app-button app-button-secondary" onClick={() => setConfirming(false)}>
              {t('adviser.storage.corruptCancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="app-button-group">
          <button type="button" className="app-button" onClick={download}>
            {t('adviser.storage.corruptDownload')}
          </button>
          <button type="button" className="app-button app-button-secondary" onClick={() => setConfirming(true)}>
            {t('adviser.storage.corruptReset')}
          </button>
        </div>
      )}
    </div>
  );
}
