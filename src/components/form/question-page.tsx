import { useEffect, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary.tsx';
import './form.css';

export interface QuestionPageProps {
  /** The question, as shown in the <h1> (used for the document title). */
  title: string;
  /** The errors of the last Continue; the summary shows when there are any. */
  errors: readonly ErrorSummaryItem[];
  /** The form's submit count: a failed Continue moves focus to the summary again. */
  submitCount: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Back to the previous question (sends `nav.back`). */
  onBack: () => void;
  /** The field: it renders the <h1> (in its legend or around its label), hint and error. */
  children: ReactNode;
}

/**
 * One question per page (GOV.UK question pages, ID-SK): a Back button, the error summary
 * at the top, the question's field and a Continue button. Validation runs on Continue only.
 */
export function QuestionPage({ title, errors, submitCount, onSubmit, onBack, children }: QuestionPageProps) {
  const { t } = useTranslation();
  const hasErrors = errors.length > 0;

  useEffect(() => {
    const prefix = hasErrors ? `${t('form.errorPrefix')} ` : '';
    document.title = `${prefix}${title} – ${t('form.serviceName')}`;
  }, [hasErrors, title, t]);

  return (
    <div className="qp">
      <button type="button" className="qp-back" onClick={onBack}>
        {t('form.back')}
      </button>
      {hasErrors && <ErrorSummary items={errors} focusKey={submitCount} />}
      <form className="qp-form" noValidate onSubmit={onSubmit}>
        {children}
        <button type="submit" className="qp-button">
          {t('form.continue')}
        </button>
      </form>
    </div>
  );
}
