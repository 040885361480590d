import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import type { CalculatorId } from '../calculators/calculator-ids.ts';
import { PlanCalculatorLinks } from '../calculators/plan-calculator-links.tsx';
import { caseFileHash } from '../keep/share-link.ts';
import { AnswerSummary } from '../pages/answer-summary.tsx';
import { TicksNotice } from './document-checklist.tsx';
import { FeeTotals } from './fee-table.tsx';
import { NextAction } from './next-action.tsx';
import { defaultPlanActions, type PlanActions } from './plan-actions.ts';
import { planWideWarnings, stepNumbers } from './plan-format.ts';
import { PlanToolbar } from './plan-toolbar.tsx';
import { SourceList } from './source-list.tsx';
import { StepTimeline } from './step-timeline.tsx';
import { useChecklistTicks } from './use-checklist-ticks.ts';
import { WarningList } from './warning-list.tsx';
import './plan-print.css';
import { calendarId } from '../keep/storage-keys.ts';

export interface PlanViewProps extends Partial<PlanActions> {
  /** The resolved plan: every text already in the person's language. */
  plan: Plan;
  /** The day the plan was made (YYYY-MM-DD), printed as "generated on"; defaults to the plan's date. */
  generatedOn?: string;
  /** Where checklist ticks are kept; defaults to the browser's localStorage. */
  storage?: Storage;
  /** Open a calculator: when given, the plan links to the calculators that matter for it. */
  onCalculator?: (id: CalculatorId) => void;
}

/**
 * The personalised plan: the next action first, then outcome, warnings, the steps as a timeline with documents and fees,
 * fee totals, sources and the not-legal-advice statement. The same markup prints on A4.
 * Actions not given fall back to the browser ones (print dialog, downloads, clipboard).
 */
export function PlanView({ plan, generatedOn, storage, onCalculator, ...given }: PlanViewProps) {
  const { t } = useTranslation();
  const caseHash = useMemo(() => caseFileHash(plan.caseFile), [plan.caseFile]);
  const ticks = useChecklistTicks(caseHash, storage);
  const actions = useActions(plan, given, storage);
  const numbers = useMemo(() => stepNumbers(plan), [plan]);
  const titles = useMemo(() => new Map(plan.steps.map((s) => [s.id, s.title])), [plan]);

  return (
    <article className="pv" lang={plan.language} aria-labelledby="pv-title">
      <header className="pv-header">
        <h1 id="pv-title">{t('uiPlan.title')}</h1>
        {plan.next && <NextAction next={plan.next} number={numbers.get(plan.next.stepId)} />}
        <p className="pv-outcome">{plan.outcome}</p>
        <p className="pv-meta">
          <span>{t('uiPlan.asOf', { date: plan.asOf })}</span>
          <span>{t('uiPlan.rulesVerified', { date: plan.rulesLastVerified })}</span>
        </p>
        <p className="pv-disclaimer">
          <strong>{t('uiPlan.disclaimerLabel')}.</strong> {plan.disclaimer}
        </p>
        {/* On paper, page 1 says what the plan was made from; on screen (hidden) "Check your answers" does. */}
        <section className="pv-answers pv-print-only" aria-labelledby="pv-answers-heading" hidden>
          <h2 id="pv-answers-heading" className="pv-subheading">
            {t('uiPlan.answersHeading')}
          </h2>
          <AnswerSummary answers={plan.caseFile} asOf={plan.asOf} />
        </section>
      </header>

      <PlanToolbar actions={actions} hasDeadlines={plan.deadlines.length > 0} />

      {/* Only what concerns the whole plan: a step's warnings stand at the step, beside the fact they qualify. */}
      <WarningList warnings={planWideWarnings(plan)} stepNumber={numbers} stepTitle={titles} />

      <TicksNotice ticks={ticks} />
      <StepTimeline plan={plan} ticks={ticks} />

      <FeeTotals plan={plan} stepNumber={numbers} />

      {onCalculator && <PlanCalculatorLinks plan={plan} onCalculator={onCalculator} />}

      <SourceList sources={plan.sources} language={plan.language} />

      <footer className="pv-footer">
        <p>
          {t('uiPlan.generatedOn', { date: generatedOn ?? plan.asOf })} · {t('uiPlan.asOf', { date: plan.asOf })} ·{' '}
          {t('uiPlan.rulesVerified', { date: plan.rulesLastVerified })}
        </p>
      </footer>
    </article>
  );
}

/** The actions given by the app, the browser defaults for the rest (with calendar labels in the UI language). */
function useActions(plan: Plan, given: Partial<PlanActions>, storage: Storage | undefined): PlanActions {
  const { t } = useTranslation();
  const defaults = useMemo(
    () =>
      defaultPlanActions(plan, {
        ics: {
          dueKindLabels: {
            deadline: t('uiPlan.steps.dueKind.deadline'),
            earliest: t('uiPlan.steps.dueKind.earliest'),
            stayLimit: t('uiPlan.steps.dueKind.stayLimit'),
          },
          whatNowLabel: t('uiPlan.steps.whatNow'),
          ruleLabel: t('uiPlan.steps.rule'),
          whereLabel: t('uiPlan.steps.where'),
          bookingLabel: t('uiPlan.steps.booking'),
        },
        uidScope: () => calendarId(storage),
      }),
    [plan, t, storage],
  );
  return {
    onPrint: given.onPrint ?? defaults.onPrint,
    onDownloadCalendar: given.onDownloadCalendar ?? defaults.onDownloadCalendar,
    onExportCaseFile: given.onExportCaseFile ?? defaults.onExportCaseFile,
    onCopyShareLink: given.onCopyShareLink ?? defaults.onCopyShareLink,
  };
}
