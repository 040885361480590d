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
type Parts = { day: string; month: string; year: string };
const PARTS = ['day', 'month', 'year'] as const;

const toParts = (iso: string): Parts => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day, month, year };
};

/** Day, month and year as typed, written as an ISO date when they make one ('' when all empty). */
function fromParts(p: Parts): string {
  const [d, m, y] = [p.day.trim(), p.month.trim(), p.year.trim()];
  if (d === '' && m === '' && y === '') return '';
  return /^\d{4}$/.test(y) && /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : `${y}-${m}-${d}!`;
}

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
  const [parts, setParts] = useState<Parts>(() => toParts(shown));
  const value = fromParts(parts);
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
        <fieldset className="app-as-of-field">
          <legend id={`${id}-legend`} className="app-label">
            {t('uiPlan.asOfChange.label')}
          </legend>
          {problem && (
            <p id={errorId} className="app-error-message" role="alert">
              {t(`uiPlan.asOfChange.errors.${problem.key}`, problem.params)}
            </p>
          )}
          <div className="app-date-parts">
            {PARTS.map((part) => {
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
                      const v = e.currentTarget.value;
                      setParts((p) => ({ ...p, [part]: v }));
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
              setParts(toParts(today));
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
