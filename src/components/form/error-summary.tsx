import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** The id of the field to move to (the first radio, the day box, the select). */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  /** Changes on every submit: the summary takes focus again after each failed Continue. */
  focusKey: number;
}

/**
 * "There is a problem" at the top of the page (GOV.UK error summary): announced as an
 * alert, focused after a failed submit, each message a link that moves to its field.
 */
export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  const goTo = (fieldId: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Move focus without changing the URL (the app may route on the hash), and bring the
    // question (legend or label) into view with the field.
    e.preventDefault();
    const context = field.closest('fieldset')?.querySelector('legend') ?? field.closest('.qp-form-group');
    context?.scrollIntoView?.();
    field.focus({ preventScroll: Boolean(context) });
  };

  return (
    <div className="qp-error-summary" role="alert" aria-labelledby="qp-error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="qp-error-summary-title" className="qp-error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="qp-error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a href={`#${item.fieldId}`} onClick={goTo(item.fieldId)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
