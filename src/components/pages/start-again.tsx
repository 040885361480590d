import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Start again" at the end of the plan: asks first, in place (the button opens a short panel,
 * its heading takes focus; Cancel or Escape closes it and focus returns to the button). Only
 * the confirmation starts again; the page after it offers Undo (StartAgainUndo).
 */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const cancel = () => {
    setConfirming(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      cancel();
    }
  };
  return (
    <section className="app-section app-no-print" aria-labelledby="app-again-heading">
      <h2 id="app-again-heading">{t('app.plan.startAgainHeading')}</h2>
      <p>{t('app.plan.startAgainText')}</p>
      <button
        type="button"
        ref={button}
        className="app-button app-button-secondary"
        aria-expanded={confirming}
        aria-controls="app-again-confirm"
        onClick={() => setConfirming((c) => !c)}
      >
        {t('app.plan.startAgain')}
      </button>
      {confirming && (
        <div id="app-again-confirm" className="app-clear app-again-confirm" role="group" aria-labelledby="app-again-confirm-heading" onKeyDown={onKeyDown}>
          <h3 id="app-again-confirm-heading" tabIndex={-1} ref={heading}>
            {t('app.plan.startAgainConfirmHeading')}
          </h3>
          <p>{t('app.plan.startAgainConfirmText')}</p>
          <div className="app-button-group">
            <button
              type="button"
              className="app-button app-button-warning"
              onClick={() => {
                setConfirming(false);
                onConfirm();
              }}
            >
              {t('app.plan.startAgainConfirm')}
            </button>
            <button type="button" className="app-button app-button-secondary" onClick={cancel}>
              {t('app.plan.startAgainCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * After "Start again": a status message with Undo, on the start page for as long as the page
 * is open (until Undo, another start again or "Clear my data"). Undo brings back every answer.
 */
export function StartAgainUndo({ onUndo }: { onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="app-notice app-again-undo" role="status">
      <p>{t('app.restarted.text')}</p>
      <button type="button" className="app-button app-button-secondary" onClick={onUndo}>
        {t('app.restarted.undo')}
      </button>
    </div>
  );
}
