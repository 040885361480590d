import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../rules/calendar/iso-date.ts';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';

export interface PlanAsOfProps {
  /** Today: the date the plan is built for unless the person picks another. */
  today: string;
  /** The date the plan is shown for now. */
  shown: string;
  onChange: (date: string) => void;
}

type Problem = { key: 'missing' | 'invalid' | 'tooEarly' | 'tooLate'; params?: Record<string, string> };

function check(value: string): Problem | null {
  const v = value.trim();
  if (v === '') return { key: 'missing' };
  if (!isIsoDate(v)) return { key: 'invalid' };
  if (v < AS_OF_RANGE.min) return { key: 'tooEarly', params: { min: AS_OF_RANGE.min } };
  if (v > AS_OF_RANGE.max) return { key: 'tooLate', params: { max: AS_OF_RANGE.max } };
  return null;
}

/**
 * "Show my plan as of …": the same answers counted on another day, to see the plan on
 * either side of a change in the law. The answers are not changed; "Back to today" returns.
 */
export function PlanAsOf({ today, shown, onChange }: PlanAsOfProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(shown);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inputId = `${id}-date`;
  const errorId = `${id}-error`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = check(value);
    setProblem(p);
    if (!p) onChange(value.trim());
  };
  return (
    <section className="app-section app-no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('uiPlan.asOfChange.heading')}</h2>
      <p id={`${id}-hint`}>{t('uiPlan.asOfChange.hint', { min: AS_OF_RANGE.min, max: AS_OF_RANGE.max })}</p>
      <form noValidate onSubmit={submit}>
        <label className="app-label" htmlFor={inputId}>
          {t('uiPlan.asOfChange.label')}
        </label>
        {problem && (
          <p id={errorId} className="app-error-message" role="alert">
            {t(`uiPlan.asOfChange.errors.${problem.key}`, problem.params)}
          </p>
        )}
        <input
          id={inputId}
          className="app-file"
          type="date"
          min={AS_OF_RANGE.min}
          max={AS_OF_RANGE.max}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${errorId}` : `${id}-hint`}
          onChange={(e) => setValue(e.currentTarget.value)}
        />{' '}
        <button type="submit" className="app-button app-button-secondary">
          {t('uiPlan.asOfChange.show')}
        </button>{' '}
        {shown !== today && (
          <button
            type="button"
            className="app-button app-button-secondary"
            onClick={() => {
              setValue(today);
              setProblem(null);
              onChange(today);
            }}
          >
            {t('uiPlan.asOfChange.today')}
          </button>
        )}
      </form>
    </section>
  );
}
