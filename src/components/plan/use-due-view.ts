import { useTranslation } from 'react-i18next';
import { daysBetween, dueDate, type Step } from './plan-format.ts';

/** A step's date as the step shows it: the date with its weekday, kind, rule, status and days left; or its timing. */
export type DueView =
  | { dated: true; iso: string; date: string; kindLabel: string; rule: string; status: string; statusClass: string; relative: string; whatNow?: string }
  | { dated: false; timing?: string; status: string; statusClass: string };

export function useDueView(step: Step, asOf: string): DueView {
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
    date: dueDate(due.date, due.kind, i18n.language),
    kindLabel: t(`uiPlan.steps.dueKind.${due.kind}`),
    rule: due.rule,
    status: t(`uiPlan.steps.status.${due.status}`),
    statusClass: `pv-badge-${due.status}`,
    relative,
    ...(due.whatNow ? { whatNow: due.whatNow } : {}),
  };
}
