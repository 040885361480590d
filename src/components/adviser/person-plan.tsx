import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { caseFileHash } from '../keep/share-link.ts';
import { StepFees } from '../plan/fee-table.tsx';
import { dateWithWeekday, daysBetween, documentMarks, groupWarnings, stepWarnings, tickId, type DocumentMark, type Step } from '../plan/plan-format.ts';
import { useChecklistTicks, type ChecklistTicks } from '../plan/use-checklist-ticks.ts';
import '../plan/plan-print.css';

export interface PersonPlanProps {
  plan: Plan;
  /** Makes every id on the page unique: several people's plans share step and document ids. */
  idPrefix: string;
  /** The section's heading ("Plan for Jana (Spouse)"). */
  heading: string;
  /** The person, with their role ("Jana (Spouse)"): names the list of steps. */
  person: string;
  store: Storage | undefined;
}

export const personStepAnchor = (idPrefix: string, stepId: string) => `${idPrefix}-step-${stepId}`;

/**
 * One person's plan inside the household pack: outcome, warnings, the steps with their dates,
 * places, documents (ticks shared with the person's own plan view, kept per case) and fees,
 * the fee totals and the not-legal-advice statement. The plan view's classes and texts; ids
 * prefixed so that many plans stand on one page.
 */
export function PersonPlan({ plan, idPrefix, heading, person, store }: PersonPlanProps) {
  const { t } = useTranslation();
  const caseHash = useMemo(() => caseFileHash(plan.caseFile), [plan.caseFile]);
  const ticks = useChecklistTicks(caseHash, store);
  const groups = groupWarnings(plan.warnings.filter((w) => !w.stepId || w.kind === 'overdue'));
  const ticksNotice = ticks.notice === 'none' ? undefined : t(ticks.notice === 'corrupt' ? 'uiPlan.documents.ticksCorrupt' : 'uiPlan.documents.ticksNotSaved');
  const titleId = `${idPrefix}-title`;

  return (
    <section className="pv adv-person" lang={plan.language} aria-labelledby={titleId}>
      <h2 id={titleId}>{heading}</h2>
      <p className="pv-outcome">{plan.outcome}</p>

      {groups.length > 0 && (
        <section className="adv-person-warnings" aria-labelledby={`${idPrefix}-warnings`}>
          <h3 id={`${idPrefix}-warnings`}>{t('uiPlan.warnings.heading')}</h3>
          <ul className="pv-plain-list adv-warning-list">
            {groups.flatMap(({ kind, warnings }) =>
              warnings.map((w, i) => (
                <li key={`${w.id}-${i}`} className={`pv-inline-warning pv-warning-${kind}`}>
                  <strong>{t(`uiPlan.warnings.kind.${kind}`)}:</strong> {w.text}
                </li>
              )),
            )}
          </ul>
        </section>
      )}

      {ticksNotice && (
        <p className="pv-note" role="status">
          {ticksNotice}
        </p>
      )}

      <ol className="pv-timeline adv-steps" aria-label={t('adviser.household.stepsOf', { name: person })}>
        {plan.steps.map((step, i) => (
          <PersonStep key={step.id} step={step} number={i + 1} plan={plan} ticks={ticks} idPrefix={idPrefix} />
        ))}
      </ol>

      <section aria-labelledby={`${idPrefix}-totals`}>
        <h3 id={`${idPrefix}-totals`}>{t('uiPlan.fees.totalsHeading')}</h3>
        {plan.fees.length === 0 ? (
          <p>{t('uiPlan.fees.none')}</p>
        ) : (
          <dl className="adv-totals">
            <div>
              <dt>{t('uiPlan.fees.required')}</dt>
              <dd>{t('uiPlan.fees.money', { amount: plan.feeTotals.requiredEur })}</dd>
            </div>
            <div>
              <dt>{t('uiPlan.fees.optionalTotal')}</dt>
              <dd>{t('uiPlan.fees.money', { amount: plan.feeTotals.optionalEur })}</dd>
            </div>
          </dl>
        )}
      </section>

      <p className="pv-disclaimer">
        <strong>{t('uiPlan.disclaimerLabel')}.</strong> {plan.disclaimer}
      </p>
      <p className="pv-note">
        {t('uiPlan.asOf', { date: plan.asOf })} · {t('uiPlan.rulesVerified', { date: plan.rulesLastVerified })}
      </p>
    </section>
  );
}

interface PersonStepProps {
  step: Step;
  number: number;
  plan: Plan;
  ticks: ChecklistTicks;
  idPrefix: string;
}

function PersonStep({ step, number, plan, ticks, idPrefix }: PersonStepProps) {
  const { t, i18n } = useTranslation();
  const anchor = personStepAnchor(idPrefix, step.id);
  const titleId = `${anchor}-title`;
  const due = step.due;
  const warnings = stepWarnings(step, plan);
  const days = due ? daysBetween(plan.asOf, due.date) : 0;
  const relative = days === 0 ? t('uiPlan.steps.today') : days > 0 ? t('uiPlan.steps.daysLeft', { count: days }) : t('uiPlan.steps.daysAgo', { count: -days });

  return (
    <li className={`pv-step${due?.status === 'overdue' ? ' pv-step-overdue' : ''}${due ? '' : ' pv-step-undated'}`}>
      <article id={anchor} aria-labelledby={titleId} tabIndex={-1}>
        <div className="pv-step-marker" aria-hidden="true">
          {number}
        </div>
        <header className="pv-step-header">
          <h3 id={titleId}>
            <span className="pv-visually-hidden">{t('uiPlan.steps.number', { number })}:</span> {step.title}
          </h3>
          {due ? (
            <p className="pv-due">
              <span className="pv-due-kind">{t(`uiPlan.steps.dueKind.${due.kind}`)}</span>{' '}
              <time dateTime={due.date} className="pv-due-date">
                {dateWithWeekday(due.date, i18n.language)}
              </time>{' '}
              <span className={`pv-badge pv-badge-${due.status}`}>{t(`uiPlan.steps.status.${due.status}`)}</span>{' '}
              <span className="pv-relative">({relative})</span>
            </p>
          ) : (
            <p className="pv-due">
              <span className="pv-badge pv-badge-none">{t('uiPlan.steps.status.noDate')}</span>
              {step.timing && (
                <>
                  {' '}
                  <span className="pv-label">{t('uiPlan.steps.when')}:</span> {step.timing}
                </>
              )}
            </p>
          )}
        </header>

        {due?.whatNow && (
          <div className="pv-what-now">
            <h4 className="pv-subheading">{t('uiPlan.steps.whatNow')}</h4>
            <p>{due.whatNow}</p>
          </div>
        )}

        <dl className="pv-facts">
          {due && (
            <div>
              <dt>{t('uiPlan.steps.rule')}</dt>
              <dd>{due.rule}</dd>
            </div>
          )}
          <div>
            <dt>{t('uiPlan.steps.where')}</dt>
            <dd>
              {step.where.text}
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
              </dd>
            </div>
          )}
        </dl>

        {warnings.length > 0 && (
          <ul className="pv-plain-list adv-warning-list">
            {warnings.map((w, i) => (
              <li key={`${w.id}-${i}`} className={`pv-inline-warning pv-warning-${w.kind}`}>
                <strong>{t(`uiPlan.warnings.kind.${w.kind}`)}:</strong> {w.text}
              </li>
            ))}
          </ul>
        )}

        <PersonDocuments step={step} ticks={ticks} idPrefix={anchor} />
        <StepFees fees={step.fees} headingId={`${anchor}-fees`} />
      </article>
    </li>
  );
}

/** A step's documents as a checklist (the plan view's, with ids unique on the household page). */
function PersonDocuments({ step, ticks, idPrefix }: { step: Step; ticks: ChecklistTicks; idPrefix: string }) {
  const { t } = useTranslation();
  if (step.documents.length === 0) return null;
  const ids = step.documents.map((d) => tickId(step.id, d.id));
  const headingId = `${idPrefix}-documents`;
  const markText = (m: DocumentMark): string => {
    switch (m.key) {
      case 'maxAge':
        return t('uiPlan.documents.maxAge', { count: m.count });
      case 'obtainNoEarlierThan':
        return t('uiPlan.documents.obtainNoEarlierThan', { date: m.date });
      default:
        return t(`uiPlan.documents.${m.key}`);
    }
  };
  return (
    <section className="pv-documents" aria-labelledby={headingId}>
      <h4 id={headingId} className="pv-subheading">
        {t('uiPlan.documents.heading')}{' '}
        <span className="pv-progress">({t('uiPlan.documents.progress', { done: ticks.count(ids), total: ids.length })})</span>
      </h4>
      <ul className="pv-checklist">
        {step.documents.map((doc) => {
          const id = tickId(step.id, doc.id);
          const inputId = `${idPrefix}-doc-${doc.id}`;
          const marks = documentMarks(doc).map(markText);
          return (
            <li key={doc.id} className="pv-check">
              <input
                type="checkbox"
                id={inputId}
                className="pv-check-box"
                checked={ticks.isTicked(id)}
                aria-describedby={`${inputId}-sk`}
                onChange={(e) => ticks.setTicked(id, e.currentTarget.checked)}
              />
              <div className="pv-check-body">
                <label htmlFor={inputId} className="pv-check-label">
                  {doc.name}
                </label>
                <div id={`${inputId}-sk`} className="pv-check-more">
                  <p className="pv-sk">
                    <span className="pv-sk-label">{t('uiPlan.documents.inSlovak')}:</span> <span lang="sk">{doc.nameSk}</span>
                  </p>
                  {marks.length > 0 && (
                    <ul className="pv-marks">
                      {marks.map((m, i) => (
                        <li key={i}>{m}</li>
                      ))}
                    </ul>
                  )}
                  {doc.note && <p className="pv-note">{doc.note}</p>}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
