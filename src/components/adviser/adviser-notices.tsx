import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goToField, useSummaryFocus } from '../form/error-summary.tsx';

export interface ProblemItem {
  /** The field to move to, when the problem is about one. */
  fieldId?: string;
  message: string;
}

export interface AdviserErrorSummaryProps {
  id: string;
  items: readonly ProblemItem[];
  /** More under the list (what was not changed, the problems found in a file). */
  children?: ReactNode;
  /** Changes on every failed attempt: the summary takes focus again. */
  focusKey: number;
}

/**
 * "There is a problem" (GOV.UK error summary): announced as an alert and focused when it
 * shows, each message a link to its field.
 */
export function AdviserErrorSummary({ id, items, children, focusKey }: AdviserErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useSummaryFocus(focusKey);

  return (
    <div className="app-error-summary adv-error-summary" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1} ref={ref}>
      <h2 id={`${id}-title`} className="adv-error-summary-title">
        {t('adviser.errorSummary.title')}
      </h2>
      <ul className="adv-error-summary-list">
        {items.map((item, i) => (
          <li key={`${item.fieldId ?? ''}-${i}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={goToField(item.fieldId)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

export interface StatusNoticeProps {
  /** What happened; nothing shows when undefined (the live region stays in the page). */
  message: string | undefined;
  /** An Undo button after the message. */
  onUndo?: (() => void) | undefined;
  undoLabel?: string;
  /** Changes when focus should move to the message (after a delete, so Undo is one Tab away). */
  focusKey?: number;
}

/** A status message (role=status, always in the page so that changes are announced), with an optional Undo. */
export function StatusNotice({ message, onUndo, undoLabel, focusKey }: StatusNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focusKey) ref.current?.focus();
  }, [focusKey]);
  return (
    <div role="status" className={message ? 'adv-status app-notice' : 'adv-status'} tabIndex={-1} ref={ref}>
      {message && (
        <>
          <span>{message}</span>
          {onUndo && (
            <>
              {' '}
              <button type="button" className="app-button app-button-secondary adv-undo" onClick={onUndo}>
                {undoLabel}
              </button>
            </>
          )}
        </>
      )}
    </div>
  );
}
