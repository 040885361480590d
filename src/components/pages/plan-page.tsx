import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalculatorId } from '../calculators/calculator-ids.ts';
import { PlanAsOf } from '../plan/plan-as-of.tsx';
import { PlanChangesNotice } from '../plan/plan-changes-notice.tsx';
import { PlanView } from '../plan/plan-view.tsx';
import { WizardContext } from '../wizard-context.ts';
import { BackButton } from '../ui/back-button.tsx';
import { planFor } from '../plan/plan-cache.ts';
import { ProblemList } from './problem-list.tsx';
import { StartAgain } from './start-again.tsx';

/** PlanView, skipped when its plan is the same object (a plan rendered ahead stays as it is). */
const SamePlanView = memo(PlanView);

/**
 * The plan: the engine's plan for the answers as of the wizard's date, resolved in the
 * current language and shown by PlanView with its print / calendar / export / share
 * actions (the browser ones: nothing leaves the device; the share link carries the answers
 * in the URL fragment). Problems with the answers are listed, with a way back to check.
 * "Start again" asks first (StartAgain).
 */
export interface PlanPageProps {
  store: Storage | undefined;
  onCalculator?: (id: CalculatorId) => void;
  /** The person confirmed "Start again" (the shell keeps the answers for Undo); without it, the wizard restarts. */
  onStartAgain?: () => void;
}

export function PlanPage({ store, onCalculator, onStartAgain }: PlanPageProps) {
  const { t, i18n } = useTranslation();
  const actor = WizardContext.useActorRef();
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const today = WizardContext.useSelector((s) => s.context.asOf);
  // "Show my plan as of …": the same answers on another day; a view setting, not an answer.
  const [asOf, setAsOf] = useState(today);
  const { made, plan } = planFor(answers, asOf, i18n);
  const back = () => actor.send({ type: 'nav.back' });

  if (!made.ok || !plan) {
    return (
      <div className="app-page">
        <BackButton onClick={back} />
        <h1>{t('app.plan.problemsTitle')}</h1>
        <div className="app-error-summary">
          <p>{t('app.plan.problemsIntro')}</p>
          <ProblemList problems={made.ok ? [] : made.problems} />
        </div>
        <button type="button" className="app-button" onClick={back}>
          {t('app.plan.problemsBack')}
        </button>
      </div>
    );
  }

  return (
    <div className="app-page app-plan">
      <div className="app-no-print">
        <BackButton onClick={back} label={t('app.plan.back')} />
      </div>
      {asOf !== today && (
        <p className="app-notice app-no-print" role="status">
          <strong>{t('uiPlan.asOfChange.showing', { date: asOf })}</strong>
        </p>
      )}
      {asOf === today && made.ok && <PlanChangesNotice plan={made.plan} store={store} />}
      <SamePlanView plan={plan} generatedOn={today} storage={store} {...(onCalculator ? { onCalculator } : {})} />
      <PlanAsOf today={today} shown={asOf} onChange={setAsOf} />
      <StartAgain onConfirm={onStartAgain ?? (() => actor.send({ type: 'nav.restart' }))} />
    </div>
  );
}
