import { useTranslation } from 'react-i18next';
import type { CalculatorId } from './calculator-ids.ts';
import { calculatorsForPlan, type PlanFacts } from './plan-calculators.ts';
import './calculators.css';

export interface PlanCalculatorLinksProps {
  plan: PlanFacts;
  onCalculator: (id: CalculatorId) => void;
}

/** In the plan: the calculators that matter for it, each opening that calculator. Nothing when none do. */
export function PlanCalculatorLinks({ plan, onCalculator }: PlanCalculatorLinksProps) {
  const { t } = useTranslation();
  const ids = calculatorsForPlan(plan);
  if (ids.length === 0) return null;
  return (
    <section className="pv-section calc-plan-links" aria-labelledby="calc-plan-links-heading">
      <h2 id="calc-plan-links-heading">{t('calc.planLinks.heading')}</h2>
      <p>{t('calc.planLinks.intro')}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="calc-plan-link" aria-describedby={`calc-plan-link-${id}-text`} onClick={() => onCalculator(id)}>
              {t(`calc.nav.${id}.title`)}
            </button>
            <br />
            <span id={`calc-plan-link-${id}-text`}>{t(`calc.nav.${id}.text`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
