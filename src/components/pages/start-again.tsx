import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '../ui/confirm-panel.tsx';
import { useConfirm } from '../ui/use-confirm.ts';

/**
 * "Start again" at the end of the plan: asks first, in place (the button opens a short panel,
 * its heading takes focus; Cancel or Escape closes it and focus returns to the button). Only
 * the confirmation starts again; the page after it offers Undo (StartAgainUndo).
 */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation();
  const opener = useRef<HTMLButtonElement>(null);
  const again = useConfirm(onConfirm, opener);
  return (
    <section className="app-section app-no-print" aria-labelledby="app-again-heading">
      <h2 id="app-again-heading">{t('app.plan.startAgainHeading')}</h2>
      <p>{t('app.plan.startAgainText')}</p>
      <button
        type="button"
        ref={opener}
        className="app-button app-button-secondary"
        aria-expanded={again.open}
        aria-controls="app-again-confirm"
        onClick={again.toggle}
      >
        {t('app.plan.startAgain')}
      </button>
      {again.open && (
        <ConfirmPanel
          id="app-again-confirm"
          as="group"
          level={3}
          className="app-again-confirm"
          heading={t('app.plan.startAgainConfirmHeading')}
          text={t('app.plan.startAgainConfirmText')}
          confirmLabel={t('app.plan.startAgainConfirm')}
          cancelLabel={t('app.plan.startAgainCancel')}
          onConfirm={again.onConfirm}
          onCancel={again.onCancel}
        />
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
