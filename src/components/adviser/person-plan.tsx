import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { caseFileHash } from '../keep/share-link.ts';
import { TicksNotice } from '../plan/document-checklist.tsx';
import { NextAction } from '../plan/next-action.tsx';
import { groupWarnings, stepNumbers } from '../plan/plan-format.ts';
import { StepList } from '../plan/step-timeline.tsx';
import { useChecklistTicks } from '../plan/use-checklist-ticks.ts';
import { InlineWarnings } from '../plan/warning-list.tsx';
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

/**
 * One person's plan inside the household pack: the next action, outcome, warnings, the steps with their dates,
 * places, documents (ticks shared with the person's own plan view, kept per case) and fees,
 * the fee totals and the not-legal-advice statement. The plan view's own steps (in their brief
 * form) and classes; ids prefixed so that many plans stand on one page.
 */
export function PersonPlan({ plan, idPrefix, heading, person, store }: PersonPlanProps) {
  const { t } = useTranslation();
  const caseHash = useMemo(() => caseFileHash(plan.caseFile), [plan.caseFile]);
  const ticks = useChecklistTicks(caseHash, store);
  const warnings = groupWarnings(plan.warnings.filter((w) => !w.stepId || w.kind === 'overdue')).flatMap((g) => g.warnings);
  const titleId = `${idPrefix}-title`;

  return (
    <section className="pv adv-person" lang={plan.language} aria-labelledby={titleId}>
      <h2 id={titleId}>{heading}</h2>
      {plan.next && <NextAction next={plan.next} number={stepNumbers(plan).get(plan.next.stepId)} idPrefix={idPrefix} level={3} />}
      <p className="pv-outcome">{plan.outcome}</p>

      {warnings.length > 0 && (
        <section className="adv-person-warnings" aria-labelledby={`${idPrefix}-warnings`}>
          <h3 id={`${idPrefix}-warnings`}>{t('uiPlan.warnings.heading')}</h3>
          <InlineWarnings warnings={warnings} className="adv-warning-list" />
        </section>
      )}

      <TicksNotice ticks={ticks} />

      <StepList plan={plan} ticks={ticks} idPrefix={idPrefix} brief className="adv-steps" label={t('adviser.household.stepsOf', { name: person })} />

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
              <dd>{t('uiPlan.fees.upTo', { amount: plan.feeTotals.optionalEur })}</dd>
            </div>
            <div>
              <dt>{t('uiPlan.fees.range')}</dt>
              <dd>{t('uiPlan.fees.rangeValue', { min: plan.feeTotals.requiredEur, max: plan.feeTotals.maxEur })}</dd>
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
