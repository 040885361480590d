import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { dueDate, stepAnchor } from './plan-format.ts';

export interface NextActionProps {
  next: NonNullable<Plan['next']>;
  /** The step's number in the plan (1-based). */
  number: number | undefined;
  /** Makes the ids unique when several plans stand on one page (the household pack). */
  idPrefix?: string;
  /** The heading level: 2 on the plan page, 3 inside a person's section. */
  level?: 2 | 3;
}

/**
 * What to do next, first on the plan: the first open step, by when (its date with weekday,
 * the working and calendar days left, or "overdue" and what to do now), and where.
 */
export function NextAction({ next, number, idPrefix, level = 2 }: NextActionProps) {
  const { t, i18n } = useTranslation();
  const headingId = idPrefix ? `${idPrefix}-next-heading` : 'pv-next-heading';
  const Heading = level === 2 ? 'h2' : 'h3';
  const anchor = idPrefix ? `${idPrefix}-${stepAnchor(next.stepId)}` : stepAnchor(next.stepId);
  const working = next.workingDaysLeft ?? 0;
  const calendar = next.calendarDaysLeft ?? 0;
  return (
    <section className={`pv-next${next.overdue ? ' pv-next-overdue' : ''}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="pv-next-heading">
        {t('uiPlan.next.heading')}
      </Heading>
      <p className="pv-next-what">
        <a href={`#${anchor}`}>
          {number !== undefined && (
            <>
              <span className="pv-next-number">{t('uiPlan.steps.number', { number })}:</span>{' '}
            </>
          )}
          {next.what}
        </a>
      </p>
      {next.by ? (
        <p className="pv-next-when">
          <span className="pv-label">{t(`uiPlan.steps.dueKind.${next.kind ?? 'deadline'}`)}</span>{' '}
          <time dateTime={next.by} className="pv-next-date">
            {dueDate(next.by, next.kind ?? 'deadline', i18n.language)}
          </time>
          <span className="pv-block pv-next-left">
            {next.overdue ? (
              <strong className="pv-badge pv-badge-overdue">
                {t('uiPlan.next.overdue', { count: -calendar })}
              </strong>
            ) : calendar === 0 ? (
              <strong className="pv-badge pv-badge-dueToday">{t('uiPlan.steps.status.dueToday')}</strong>
            ) : (
              t('uiPlan.next.left', {
                working: t('uiPlan.next.workingDays', { count: working }),
                calendar: t('uiPlan.next.calendarDays', { count: calendar }),
              })
            )}
          </span>
        </p>
      ) : (
        <p className="pv-next-when">
          <span className="pv-label">{t('uiPlan.steps.when')}:</span> {next.timing ?? t('uiPlan.steps.status.noDate')}
        </p>
      )}
      {next.whatNow && (
        <p className="pv-next-now">
          <span className="pv-label">{t('uiPlan.steps.whatNow')}:</span> {next.whatNow}
        </p>
      )}
      <p className="pv-next-where">
        <span className="pv-label">{t('uiPlan.steps.where')}:</span> {next.where.text}
        {next.where.nameSk && (
          <>
            {' '}
            (<span lang="sk">{next.where.nameSk}</span>)
          </>
        )}
      </p>
    </section>
  );
}
