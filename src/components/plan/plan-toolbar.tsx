import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyResult, PlanActions } from './plan-actions.ts';

export interface PlanToolbarProps {
  actions: PlanActions;
  /** Hide the calendar button when the plan has no dated step. */
  hasDeadlines: boolean;
}

type ShareState = { state: 'idle' } | { state: 'done'; result: CopyResult };

/** Print, calendar, export and share buttons; none of them is printed. */
export function PlanToolbar({ actions, hasDeadlines }: PlanToolbarProps) {
  const { t } = useTranslation();
  const [share, setShare] = useState<ShareState>({ state: 'idle' });
  const noteId = useId();
  const linkId = useId();

  const copy = async () => {
    try {
      setShare({ state: 'done', result: await actions.onCopyShareLink() });
    } catch {
      setShare({ state: 'idle' });
    }
  };

  return (
    <div className="pv-actions pv-no-print" role="group" aria-label={t('uiPlan.actions.label')}>
      <div className="pv-buttons">
        <button type="button" className="pv-button" onClick={actions.onPrint}>
          {t('uiPlan.actions.print')}
        </button>
        {hasDeadlines && (
          <button type="button" className="pv-button" onClick={actions.onDownloadCalendar}>
            {t('uiPlan.actions.calendar')}
          </button>
        )}
        <button type="button" className="pv-button" onClick={actions.onExportCaseFile}>
          {t('uiPlan.actions.exportCaseFile')}
        </button>
        <button type="button" className="pv-button" onClick={() => void copy()} aria-describedby={noteId}>
          {t('uiPlan.actions.copyShareLink')}
        </button>
      </div>
      <p id={noteId} className="pv-note">
        {t('uiPlan.actions.shareNote')}
      </p>
      <div role="status" className="pv-share-status">
        {share.state === 'done' && share.result.copied && <p>{t('uiPlan.actions.copied')}</p>}
        {share.state === 'done' && !share.result.copied && (
          <>
            <p>{t('uiPlan.actions.copyFailed')}</p>
            <label htmlFor={linkId} className="pv-label pv-block">
              {t('uiPlan.actions.shareLinkLabel')}
            </label>
            <input
              id={linkId}
              className="pv-share-input"
              type="text"
              readOnly
              value={share.result.url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        )}
      </div>
    </div>
  );
}
