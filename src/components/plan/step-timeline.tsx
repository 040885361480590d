import { useTranslation } from 'react-i18next';
import { giversOf } from '../../rules/plan/step-needs.ts';
import type { Plan } from '../../rules/schema/plan.ts';
import { DocumentChecklist } from './document-checklist.tsx';
import { StepFees } from './fee-table.tsx';
import { stepAnchor, stepSources, stepWarnings, warningsByFact, type PlanWarning, type Step } from './plan-format.ts';
import { StepSources } from './step-sources.tsx';
import { useDueView } from './use-due-view.ts';
import type { ChecklistTicks } from './use-checklist-ticks.ts';
import { InlineWarnings } from './warning-list.tsx';

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
      <StepList plan={plan} ticks={ticks} />
    </section>
  );
}

/** A step's id (`step-<id>`), after the prefix of its plan when several plans stand on one page. */
export const prefixedStepAnchor = (idPrefix: string | undefined, stepId: string) =>
  idPrefix ? `${idPrefix}-${stepAnchor(stepId)}` : stepAnchor(stepId);

export interface StepListProps {
  plan: Plan;
  ticks: ChecklistTicks;
  /** Put before every id (`<prefix>-step-<step>`, `<prefix>-doc-<step>-<document>`…) when several plans stand on one page. */
  idPrefix?: string;
  /**
   * The household pack's steps: without the details, the booking rules, the links (the place's
   * page, the sources) and the "take care" heading over the step's warnings.
   */
  brief?: boolean;
  /** Names the list when no heading does. */
  label?: string;
  /** Added to the list's class. */
  className?: string;
}

/** The timeline itself: the ordered list of the plan's steps. */
export function StepList({ plan, ticks, idPrefix, brief = false, label, className }: StepListProps) {
  return (
    <ol className={className ? `pv-timeline ${className}` : 'pv-timeline'} aria-label={label}>
      {plan.steps.map((step, i) => (
        <StepItem key={step.id} step={step} number={i + 1} plan={plan} ticks={ticks} idPrefix={idPrefix} brief={brief} />
      ))}
    </ol>
  );
}

interface StepItemProps {
  step: Step;
  number: number;
  plan: Plan;
  ticks: ChecklistTicks;
  idPrefix: string | undefined;
  brief: boolean;
}

/** "Do first": links to the earlier steps this one needs (an active BOK, a booking, the card, the permit); text in the brief form. */
function NeedsFirst({ step, plan, idPrefix, brief }: Pick<StepItemProps, 'step' | 'plan' | 'idPrefix' | 'brief'>) {
  const { t } = useTranslation();
  const givers = giversOf(plan.steps, step).map((g) => ({ id: g.step.id, number: g.number, title: g.step.title }));
  if (givers.length === 0) return null;
  return (
    <div>
      <dt>{t('uiPlan.steps.needsFirst')}</dt>
      <dd>
        {givers.map((g, i) => (
          <span key={g.id}>
            {i > 0 && '; '}
            {brief ? (
              t('uiPlan.steps.needStep', { number: g.number, title: g.title })
            ) : (
              <a href={`#${prefixedStepAnchor(idPrefix, g.id)}`}>{t('uiPlan.steps.needStep', { number: g.number, title: g.title })}</a>
            )}
          </span>
        ))}
      </dd>
    </div>
  );
}

function StepItem({ step, number, plan, ticks, idPrefix, brief }: StepItemProps) {
  const { t } = useTranslation();
  const view = useDueView(step, plan.asOf);
  const anchor = prefixedStepAnchor(idPrefix, step.id);
  const titleId = `${anchor}-title`;
  const warnings = warningsByFact(step, stepWarnings(step, plan));
  const sources = brief ? undefined : stepSources(step, plan);
  const overdue = step.due?.status === 'overdue';

  return (
    <li className={`pv-step${overdue ? ' pv-step-overdue' : ''}${view.dated ? '' : ' pv-step-undated'}`}>
      <article id={anchor} aria-labelledby={titleId} tabIndex={-1}>
        <div className="pv-step-marker" aria-hidden="true">
          {number}
        </div>
        <header className="pv-step-header">
          <h3 id={titleId}>
            <span className="app-visually-hidden">{t('uiPlan.steps.number', { number })}:</span> {step.title}
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
          <FactWarnings warnings={warnings.due} />
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
          <NeedsFirst step={step} plan={plan} idPrefix={idPrefix} brief={brief} />
          <div>
            <dt>{t('uiPlan.steps.where')}</dt>
            <dd>
              {step.where.url && !brief ? (
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
              <FactWarnings warnings={warnings.where} />
            </dd>
          </div>
          {step.booking && (
            <div>
              <dt>{t('uiPlan.steps.booking')}</dt>
              <dd>
                {step.booking.lifeSituation}
                {step.booking.lifeSituationSk && (
                  <>
                    {' '}
                    (<span lang="sk">{step.booking.lifeSituationSk}</span>)
                  </>
                )}
                {!brief && step.booking.authorisedOnly && <span className="pv-block">{t('uiPlan.steps.authorisedOnly')}</span>}
                {!brief && step.booking.rules.length > 0 && (
                  <ul className="pv-plain-list pv-booking-rules">
                    {step.booking.rules.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                )}
                <FactWarnings warnings={warnings.booking} />
              </dd>
            </div>
          )}
        </dl>

        {warnings.step.length > 0 && (
          <div className="pv-step-warnings">
            {!brief && <h4 className="pv-subheading">{t('uiPlan.steps.takeCare')}</h4>}
            <InlineWarnings warnings={warnings.step} />
          </div>
        )}

        {!brief && step.details.length > 0 && (
          <>
            <h4 className="pv-subheading">{t('uiPlan.steps.details')}</h4>
            <ul className="pv-details">
              {step.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </>
        )}

        <DocumentChecklist
          step={step}
          ticks={ticks}
          headingId={`${anchor}-documents`}
          idPrefix={idPrefix}
          notes={<FactWarnings warnings={warnings.documents} />}
        />
        <StepFees fees={step.fees} headingId={`${anchor}-fees`} notes={<FactWarnings warnings={warnings.fees} />} />

        {sources && sources.all.length > 0 && <StepSources primary={sources.primary} all={sources.all} />}
      </article>
    </li>
  );
}

/** Warnings beside the fact they qualify (a date, a place, the documents, the fees). */
function FactWarnings({ warnings }: { warnings: readonly PlanWarning[] }) {
  if (warnings.length === 0) return null;
  return <InlineWarnings warnings={warnings} className="pv-fact-warnings" />;
}
