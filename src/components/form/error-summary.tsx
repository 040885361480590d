import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  /** The id of the field to move to (the first radio, the day box, the select). */
  fieldId: string;
  message: string;
}

/**
 * The two things every error summary does (questions, calculators, adviser pages): take
 * focus when it shows and on each failed attempt (`focusKey` changes; not while `when` is
 * false), and let each message's link move focus to its field.
 */
export function useSummaryFocus(focusKey: number, when = true) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (when) ref.current?.focus();
  }, [focusKey, when]);
  return ref;
}

/**
 * A summary link's click: focus the field without changing the address (the app may read
 * the fragment). Where `contextOf` names the field's question (its legend or group), that
 * is scrolled into view with it.
 */
export function goToField(fieldId: string, contextOf: (field: HTMLElement) => Element | null | undefined = () => null) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    e.preventDefault();
    const context = contextOf(field);
    context?.scrollIntoView?.();
    field.focus({ preventScroll: Boolean(context) });
  };
}

/** A question's legend (radios, dates) or its form group (select, text). */
const questionOf = (field: HTMLElement) => field.closest('fieldset')?.querySelector('legend') ?? field.closest('.qp-form-group');

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
  const ref = useSummaryFocus(focusKey);

  return (
    <div className="qp-error-summary" role="alert" aria-labelledby="qp-error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="qp-error-summary-title" className="qp-error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="qp-error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a href={`#${item.fieldId}`} onClick={goToField(item.fieldId, questionOf)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
