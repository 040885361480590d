import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';
import { checkDate, DATE_PARTS, joinDate, normaliseDate, splitDate, type DateProblemCode } from '../calculators/calc-checks.ts';

export interface PlanAsOfProps {
  /** Today: the date the plan is built for unless the person picks another. */
  today: string;
  /** The date the plan is shown for now. */
  shown: string;
  onChange: (date: string) => void;
}

/**
 * "Show my plan as of …": the same answers counted on another day, to see the plan on
 * either side of a change in the law. The answers are not changed; "Back to today" returns.
 */
export function PlanAsOf({ today, shown, onChange }: PlanAsOfProps) {
  const { t } = useTranslation();
  const id = useId();
  // The boxes as typed, kept as the calculators keep them ('' or `year-month-day`).
  const [value, setValue] = useState(shown);
  const parts = splitDate(value);
  const [problem, setProblem] = useState<{ code: DateProblemCode; params?: Record<string, string> } | null>(null);
  const inputId = `${id}-date`;
  const errorId = `${id}-error`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = checkDate(value, AS_OF_RANGE);
    setProblem(p);
    if (!p) onChange(normaliseDate(value));
  };
  return (
    <section className="app-section app-no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('uiPlan.asOfChange.heading')}</h2>
      <p id={`${id}-hint`}>{t('uiPlan.asOfChange.hint', { min: AS_OF_RANGE.min, max: AS_OF_RANGE.max })}</p>
      <form noValidate onSubmit={submit}>
        <fieldset className="app-as-of-field">
          <legend id={`${id}-legend`} className="app-label">
            {t('uiPlan.asOfChange.label')}
          </legend>
          {problem && (
            <p id={errorId} className="app-error-message" role="alert">
              {t(`uiPlan.asOfChange.errors.${problem.code}`, problem.params)}
            </p>
          )}
          <div className="app-date-parts">
            {DATE_PARTS.map((part) => {
              const partId = part === 'day' ? inputId : `${inputId}-${part}`;
              return (
                <div className="app-date-part" key={part}>
                  <label id={`${partId}-label`} className="app-date-part-label" htmlFor={partId}>
                    {t(`form.date.${part}`)}
                  </label>
                  <input
                    id={partId}
                    className={`app-date-box app-date-box--${part === 'year' ? 'year' : 'short'}${problem ? ' app-date-box--error' : ''}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    value={parts[part]}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-hint ${errorId}` : `${id}-hint`}
                    {...(part === 'day' ? { 'aria-labelledby': `${id}-legend ${partId}-label` } : {})}
                    onChange={(e) => {
                      setValue(joinDate({ ...parts, [part]: e.currentTarget.value }));
                    }}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
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
