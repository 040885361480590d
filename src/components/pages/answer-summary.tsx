import { useTranslation } from 'react-i18next';
import { questionPath } from '../../rules/questions.ts';
import type { CaseFile, QuestionId } from '../../rules/schema/case-file.ts';
import { answerInWords } from './answer-format.ts';

export interface AnswerSummaryProps {
  answers: Partial<CaseFile>;
  asOf: string;
  /** Given: each row has a "Change" button that calls it. */
  onChange?: (question: QuestionId) => void;
}

/** The answered questions on the path, in order (questionPath): the GOV.UK summary list. */
export function answeredOnPath(answers: Partial<CaseFile>, asOf: string): QuestionId[] {
  return questionPath(answers, asOf).path.filter((q) => answers[q] !== undefined);
}

/**
 * Every answered question on the person's path with the answer in words and, when
 * `onChange` is given, a "Change" button named after the question ("Change Citizenship").
 */
export function AnswerSummary({ answers, asOf, onChange }: AnswerSummaryProps) {
  const { t, i18n } = useTranslation();
  const rows = answeredOnPath(answers, asOf);
  if (rows.length === 0) return <p>{t('app.check.none')}</p>;
  return (
    <dl className="app-summary">
      {rows.map((q) => {
        const label = t(`app.questions.${q}`);
        return (
          <div className="app-summary-row" key={q}>
            <dt className="app-summary-key">{label}</dt>
            <dd className="app-summary-value">{answerInWords(q, answers[q]!, t, i18n.language)}</dd>
            {onChange && (
              <dd className="app-summary-actions">
                <button type="button" className="app-link-button" onClick={() => onChange(q)}>
                  {t('app.check.change')}{' '}
                  <span className="app-visually-hidden">{label}</span>
                </button>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
