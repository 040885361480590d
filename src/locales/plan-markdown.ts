import type { Plan } from '../rules/schema/plan.ts';
import { giversOf } from '../rules/plan/step-needs.ts';
import { sourceTitlesNote, type Translate } from './resolve-plan.ts';

/** The plan as Markdown, for advisers' e-mails and scripts: the same plan object as the screen. */
export function planToMarkdown(plan: Plan, t: Translate): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`# ${t('output.title')}`);
  line();
  if (plan.next) nextAction(plan, t, line);
  line(plan.outcome);
  line();
  line(`${t('output.asOf', { date: plan.asOf })} · ${t('output.rulesVerified', { date: plan.rulesLastVerified })}`);
  line();
  // Only what concerns the whole plan here; a step's warnings are listed with the step.
  const planWide = plan.warnings.filter((w) => !w.stepId);
  if (planWide.length) {
    line(`## ${t('output.warnings')}`);
    line();
    for (const w of planWide) line(`- **${t(`output.warningKind.${w.kind}`)}:** ${w.text}`);
    line();
  }
  line(`## ${t('output.steps')}`);
  plan.steps.forEach((s, i) => {
    line();
    line(`### ${i + 1}. ${s.title}`);
    line();
    if (s.due) {
      const status = s.due.status === 'overdue' ? ` — **${t('output.overdue')}**` : '';
      line(`- **${t(`output.dueKind.${s.due.kind}`)}:** ${t('output.dueDate', { date: s.due.date })} — ${s.due.rule}${status}`);
      if (s.due.whatNow) line(`- **${t('output.whatNow')}:** ${s.due.whatNow}`);
    } else if (s.timing) {
      line(`- **${t('output.when')}:** ${s.timing}`);
    }
    const first = giversOf(plan.steps, s).map((g) => t('output.needStep', { number: g.number, title: g.step.title }));
    if (first.length) line(`- **${t('output.needsFirst')}:** ${first.join('; ')}`);
    line(`- **${t('output.where')}:** ${s.where.text}${s.where.nameSk ? ` — *${s.where.nameSk}*` : ''}`);
    if (s.booking) line(`- **${t('output.booking')}:** ${s.booking.lifeSituation}${s.booking.lifeSituationSk ? ` (${s.booking.lifeSituationSk})` : ''}`);
    for (const d of s.details) line(`- ${d}`);
    for (const w of plan.warnings.filter((x) => x.stepId === s.id)) line(`- **${t(`output.warningKind.${w.kind}`)}:** ${w.text}`);
    if (s.documents.length) {
      line();
      line(`**${t('output.documents')}**`);
      line();
      for (const d of s.documents) {
        const marks = [
          d.maxAgeDays ? t('output.maxAge', { days: d.maxAgeDays }) : '',
          d.obtainNoEarlierThan ? t('output.obtainNoEarlierThan', { date: d.obtainNoEarlierThan }) : '',
          d.apostille ? t('output.apostille') : '',
          d.translation ? t('output.translation') : '',
          d.notarised ? t('output.notarised') : '',
        ].filter(Boolean);
        // After a colon, not in brackets: a date ends with "(weekday)" and a mark may hold brackets.
        line(`- [ ] ${d.name}${d.nameSk ? ` — *${d.nameSk}*` : ''}${marks.length ? `: ${marks.join('; ')}` : ''}`);
      }
    }
    if (s.fees.length) {
      line();
      line(`**${t('output.fees')}**`);
      line();
      for (const f of s.fees) {
        line(`- ${f.title}: ${t('output.amount', { amount: f.amountEur })}${f.optional ? ` (${t('output.optional')})` : ''} — ${f.payment}`);
      }
    }
    line();
    line(`${t('output.sources')}: ${s.primarySourceIds.join(', ')}`);
    if (s.sourceIds.length > s.primarySourceIds.length) line(`${t('output.allSources')} (${s.sourceIds.length}): ${s.sourceIds.join(', ')}`);
  });
  line();
  line(`## ${t('output.feeTotals')}`);
  line();
  line(`- ${t('output.required')}: ${t('output.amount', { amount: plan.feeTotals.requiredEur })}`);
  line(`- ${t('output.optionalTotal')}: ${t('output.optionalUpTo', { amount: plan.feeTotals.optionalEur })}`);
  line(`- ${t('output.range')}: ${t('output.rangeValue', { min: plan.feeTotals.requiredEur, max: plan.feeTotals.maxEur })}`);
  if (plan.feeTotals.dueNowEur > 0) line(`- ${t('output.dueNow')}: ${t('output.amount', { amount: plan.feeTotals.dueNowEur })}`);
  line();
  line(`## ${t('output.sources')}`);
  line();
  const note = sourceTitlesNote(plan.sources, plan.language, t);
  if (note) {
    line(note);
    line();
  }
  for (const s of plan.sources) {
    line(`- \`${s.id}\` ${s.title}${s.legalRef ? ` (${s.legalRef})` : ''} — ${s.url} — ${t('output.lastVerified', { date: s.lastVerified })}`);
  }
  line();
  line(`*${plan.disclaimer}*`);
  line();
  return out.join('\n');
}

/** The next action, first: what, by when (and how many days are left, or that it is overdue), where. */
function nextAction(plan: Plan, t: Translate, line: (s?: string) => void): void {
  const next = plan.next!;
  const number = plan.steps.findIndex((s) => s.id === next.stepId) + 1;
  line(`## ${t('output.next')}`);
  line();
  line(`**${next.what}** (${t('output.nextStep', { number })})`);
  line();
  if (next.by) {
    const left = next.overdue
      ? `**${t('output.overdueBy', { count: -(next.calendarDaysLeft ?? 0) })}**`
      : t('output.left', {
          working: t('output.workingDays', { count: next.workingDaysLeft ?? 0 }),
          calendar: t('output.calendarDays', { count: next.calendarDaysLeft ?? 0 }),
        });
    line(`- **${t(`output.dueKind.${next.kind ?? 'deadline'}`)}:** ${t('output.dueDate', { date: next.by })} — ${left}`);
  } else if (next.timing) {
    line(`- **${t('output.when')}:** ${next.timing}`);
  }
  if (next.whatNow) line(`- **${t('output.whatNow')}:** ${next.whatNow}`);
  line(`- **${t('output.where')}:** ${next.where.text}${next.where.nameSk ? ` — *${next.where.nameSk}*` : ''}`);
  line();
}
