import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { DocumentChecklist } from './document-checklist.tsx';
import { StepFees } from './fee-table.tsx';
import { dateWithWeekday, daysBetween, sourceAnchor, stepAnchor, stepSources, stepWarnings, type Step } from './plan-format.ts';
import type { ChecklistTicks } from './use-checklist-ticks.ts';

export interface StepTimelineProps {
  plan: Plan;
  ticks: ChecklistTicks;
}

/** The steps in the plan's order, as a timeline: an ordered list, one article per step. */
export function StepTimeline({ plan, ticks }: StepTimelineProps) {
  const { t } = useTranslation();
  return (
    <section className="pv-section pv-steps" aria-labelledby="pv-steps-heading">
      <h2 id="pv-steps-heading">{t('uiPlan.steps.heading')}</h2>
      <p>{t('uiPlan.steps.intro')}</p>
      <ol className="pv-timeline">
        {plan.steps.map((step, i) => (
          <StepItem key={step.id} step={step} number={i + 1} plan={plan} ticks={ticks} />
        ))}
      </ol>
    </section>
  );
}

interface StepItemProps {
  step: Step;
  number: number;
  plan: Plan;
  ticks: ChecklistTicks;
}

type DueView =
  | { dated: true; iso: string; date: string; kindLabel: string; rule: string; status: string; statusClass: string; relative: string; whatNow?: string }
  | { dated: false; timing?: string; status: string; statusClass: string };

function useDueView(step: Step, asOf: string): DueView {
  const { t, i18n } = useTranslation();
  const due = step.due;
  if (!due) {
    return { dated: false, timing: step.timing, status: t('uiPlan.steps.status.noDate'), statusClass: 'pv-badge-none' };
  }
  const days = daysBetween(asOf, due.date);
  const relative =
    days === 0 ? t('uiPlan.steps.today') : days > 0 ? t('uiPlan.steps.daysLeft', { count: days }) : t('uiPlan.steps.daysAgo', { count: -days });
  return {
    dated: true,
    iso: due.date,
    date: dateWithWeekday(due.date, i18n.language),
    kindLabel: t(`uiPlan.steps.dueKind.${due.kind}`),
    rule: due.rule,
    status: t(`uiPlan.steps.status.${due.status}`),
    statusClass: `pv-badge-${due.status}`,
    relative,
    ...(due.whatNow ? { whatNow: due.whatNow } : {}),
  };
}

function StepItem({ step, number, plan, ticks }: StepItemProps) {
  const { t } = useTranslation();
  const view = useDueView(step, plan.asOf);
  const titleId = `${stepAnchor(step.id)}-title`;
  const warnings = stepWarnings(step, plan);
  const sources = stepSources(step, plan);
  const overdue = step.due?.status === 'overdue';

  return (
    <li className={`pv-step${overdue ? ' pv-step-overdue' : ''}${view.dated ? '' : ' pv-step-undated'}`}>
      <article id={stepAnchor(step.id)} aria-labelledby={titleId} tabIndex={-1}>
        <div className="pv-step-marker" aria-hidden="true">
          {number}
        </div>
        <header className="pv-step-header">
          <h3 id={titleId}>
            <span className="pv-visually-hidden">{t('uiPlan.steps.number', { number })}:</span> {step.title}
          </h3>
          {view.dated ? (
            <p className="pv-due">
              <span className="pv-due-kind">{view.kindLabel}</span>{' '}
              <time dateTime={view.iso} className="pv-due-date">
                {view.date}
              </time>{' '}
              <span className={`pv-badge ${view.statusClass}`}>{view.status}</span>{' '}
              <span className="pv-relative">({view.relative})</span>
            </p>
          ) : (
            <p className="pv-due">
              <span className={`pv-badge ${view.statusClass}`}>{view.status}</span>
              {view.timing && (
                <>
                  {' '}
                  <span className="pv-label">{t('uiPlan.steps.when')}:</span> {view.timing}
                </>
              )}
            </p>
          )}
        </header>

        {view.dated && view.whatNow && (
          <div className="pv-what-now">
            <h4 className="pv-subheading">{t('uiPlan.steps.whatNow')}</h4>
            <p>{view.whatNow}</p>
          </div>
        )}

        <dl className="pv-facts">
          {view.dated && (
            <div>
              <dt>{t('uiPlan.steps.rule')}</dt>
              <dd>{view.rule}</dd>
            </div>
          )}
          <div>
            <dt>{t('uiPlan.steps.where')}</dt>
            <dd>
              {step.where.url ? (
                <a href={step.where.url} rel="noreferrer">
                  {step.where.text}
                </a>
              ) : (
                step.where.text
              )}
              {step.where.nameSk && (
                <>
                  {' '}
                  (<span lang="sk">{step.where.nameSk}</span>)
                </>
              )}
            </dd>
          </div>
          {step.booking && (
            <div>
              <dt>{t('uiPlan.steps.booking')}</dt>
              <dd>
                {step.booking.lifeSituation} (<span lang="sk">{step.booking.lifeSituationSk}</span>)
                {step.booking.authorisedOnly && <span className="pv-block">{t('uiPlan.steps.authorisedOnly')}</span>}
                {step.booking.rules.length > 0 && (
                  <ul className="pv-plain-list">
                    {step.booking.rules.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          )}
        </dl>

        {warnings.length > 0 && (
          <div className="pv-step-warnings">
            <h4 className="pv-subheading">{t('uiPlan.steps.takeCare')}</h4>
            <ul className="pv-plain-list">
              {warnings.map((w, i) => (
                <li key={`${w.id}-${i}`} className={`pv-inline-warning pv-warning-${w.kind}`}>
                  <strong>{t(`uiPlan.warnings.kind.${w.kind}`)}:</strong> {w.text}
                </li>
              ))}
            </ul>
          </div>
        )}

        {step.details.length > 0 && (
          <>
            <h4 className="pv-subheading">{t('uiPlan.steps.details')}</h4>
            <ul className="pv-details">
              {step.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </>
        )}

        <DocumentChecklist step={step} ticks={ticks} headingId={`${stepAnchor(step.id)}-documents`} />
        <StepFees fees={step.fees} headingId={`${stepAnchor(step.id)}-fees`} />

        {sources.length > 0 && (
          <p className="pv-step-sources">
            {t('uiPlan.steps.sources')}{' '}
            {sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <a href={`#${sourceAnchor(s.id)}`} aria-label={t('uiPlan.steps.sourceRef', { number: s.number, title: s.title })}>
                  [{s.number}]
                </a>
              </span>
            ))}
          </p>
        )}
      </article>
    </li>
  );
}
