import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { paymentMethods, stepAnchor, type PlanFee } from './plan-format.ts';

function FeeTitle({ fee }: { fee: PlanFee }) {
  const { t } = useTranslation();
  const flags = [fee.optional ? t('uiPlan.fees.optional') : '', fee.confidence === 'low' ? t('uiPlan.fees.unconfirmed') : ''].filter(
    Boolean,
  );
  return (
    <>
      {fee.title}
      {flags.length > 0 && <span className="pv-fee-flag"> ({flags.join('; ')})</span>}
      {fee.note && <span className="pv-note pv-block">{fee.note}</span>}
    </>
  );
}

export interface StepFeesProps {
  fees: readonly PlanFee[];
  headingId: string;
  /** Shown under the heading: the warnings about these fees. */
  notes?: ReactNode;
}

/** The fees of one step: what, how much, optional or not, how to pay. */
export function StepFees({ fees, headingId, notes }: StepFeesProps) {
  const { t } = useTranslation();
  if (fees.length === 0) return null;
  return (
    <section className="pv-fees" aria-labelledby={headingId}>
      <h4 id={headingId} className="pv-subheading">
        {t('uiPlan.fees.heading')}
      </h4>
      {notes}
      <table className="pv-table">
        <thead>
          <tr>
            <th scope="col">{t('uiPlan.fees.fee')}</th>
            <th scope="col" className="pv-num">
              {t('uiPlan.fees.amount')}
            </th>
            <th scope="col">{t('uiPlan.fees.payment')}</th>
          </tr>
        </thead>
        <tbody>
          {fees.map((f) => (
            <tr key={f.id} className={f.optional ? 'pv-optional' : undefined}>
              <th scope="row">
                <FeeTitle fee={f} />
              </th>
              <td className="pv-num">{t('uiPlan.fees.money', { amount: f.amountEur })}</td>
              <td>{f.payment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export interface FeeTotalsProps {
  plan: Plan;
  stepNumber: ReadonlyMap<string, number>;
}

/**
 * Every fee of the plan by step, with what must be paid, what the optional choices add at most
 * (alternatives counted once, never summed), the range and what the next step costs; the ways to pay.
 */
export function FeeTotals({ plan, stepNumber }: FeeTotalsProps) {
  const { t } = useTranslation();
  const titles = new Map(plan.steps.map((s) => [s.id, s.title]));
  const methods = paymentMethods(plan.fees);
  return (
    <section className="pv-section pv-totals" aria-labelledby="pv-totals-heading">
      <h2 id="pv-totals-heading">{t('uiPlan.fees.totalsHeading')}</h2>
      {plan.fees.length === 0 ? (
        <p>{t('uiPlan.fees.none')}</p>
      ) : (
        <>
          <table className="pv-table">
            <thead>
              <tr>
                <th scope="col">{t('uiPlan.fees.step')}</th>
                <th scope="col">{t('uiPlan.fees.fee')}</th>
                <th scope="col" className="pv-num">
                  {t('uiPlan.fees.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.fees.map((f) => (
                <tr key={`${f.stepId}-${f.id}`} className={f.optional ? 'pv-optional' : undefined}>
                  <td>
                    <a href={`#${stepAnchor(f.stepId)}`}>
                      {stepNumber.get(f.stepId)}. {titles.get(f.stepId)}
                    </a>
                  </td>
                  <th scope="row">
                    <FeeTitle fee={f} />
                  </th>
                  <td className="pv-num">{t('uiPlan.fees.money', { amount: f.amountEur })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('uiPlan.fees.required')}
                </th>
                <td className="pv-num pv-total">{t('uiPlan.fees.money', { amount: plan.feeTotals.requiredEur })}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('uiPlan.fees.optionalTotal')}
                </th>
                <td className="pv-num">{t('uiPlan.fees.upTo', { amount: plan.feeTotals.optionalEur })}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('uiPlan.fees.range')}
                </th>
                <td className="pv-num pv-total">
                  {t('uiPlan.fees.rangeValue', { min: plan.feeTotals.requiredEur, max: plan.feeTotals.maxEur })}
                </td>
              </tr>
              {plan.feeTotals.dueNowEur > 0 && (
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('uiPlan.fees.dueNow')}
                  </th>
                  <td className="pv-num">{t('uiPlan.fees.money', { amount: plan.feeTotals.dueNowEur })}</td>
                </tr>
              )}
            </tfoot>
          </table>
          <h3 className="pv-subheading">{t('uiPlan.fees.payment')}</h3>
          <ul className="pv-plain-list">
            {methods.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
