import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../locales/i18n.ts';
import { invitationMoney, type InvitationMoney } from '../../rules/calculators/invitation.ts';
import { SUBSISTENCE_MINIMUM } from '../../rules/params/money.ts';
import { sourcesFor } from '../../rules/plan/all-sources.ts';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';
import { takeDate, takeWholeNumber, workOut, type CalcOutcome, type CalcProblem } from './calc-checks.ts';
import { CalcForm, useCalcForm } from './calc-form.tsx';
import { CalcSources, DateField, NumberField, ResultRow, UncertainNote } from './calc-parts.tsx';
import { entryInForce, type EntryInForce } from './dated-entry.ts';
import { useKeepInputs, useKeptForm } from './use-kept-form.ts';
import type { CalculatorInputs } from '../keep/calculator-store.ts';

export const INVITATION_LIMITS = { people: { min: 1, max: 50 }, days: { min: 1, max: 90 } } as const;

const ids = {
  people: 'calc-invitation-people',
  days: 'calc-invitation-days',
  asOf: 'calc-invitation-date',
} as const;

interface InvitationResult {
  money: InvitationMoney;
  subsistence: EntryInForce<number>;
}

export interface InvitationCalculatorProps {
  /** The day the amounts are taken for, until the person picks another (YYYY-MM-DD). */
  asOf: string;
  /** Where the form is kept between visits (none: not kept). */
  store?: Storage | undefined;
}

/**
 * The money a person inviting a foreigner must show for the invitation to be verified:
 * months × subsistence minimum plus a daily amount per person invited, as of a date.
 */
export function InvitationCalculator({ asOf, store }: InvitationCalculatorProps) {
  const { t } = useTranslation();
  const defaults = useMemo<CalculatorInputs['invitation']>(() => ({ people: '1', days: '', date: asOf }), [asOf]);
  const kept = useKeptForm('invitation', defaults, asOf, store);
  const [people, setPeople] = useState(kept.initial.people);
  const [days, setDays] = useState(kept.initial.days);
  const [date, setDate] = useState(kept.initial.date);
  const inputs = { people, days, date };
  useKeepInputs(kept, inputs);
  const restore = (to: CalculatorInputs['invitation']) => {
    setPeople(to.people);
    setDays(to.days);
    setDate(to.date);
  };

  const form = useCalcForm<InvitationResult>();
  const run = (unreadable: ReadonlySet<string>): CalcOutcome<InvitationResult> => {
    const problems: CalcProblem[] = [];
    const { people: pl, days: dl } = INVITATION_LIMITS;
    const field = { key: 'calc.invitation.fields.asOf' };
    const p = takeWholeNumber(people, pl.min, pl.max, ids.people, { key: 'calc.invitation.fields.people' }, problems);
    const d = takeWholeNumber(days, dl.min, dl.max, ids.days, { key: 'calc.invitation.fields.days' }, problems);
    const on = takeDate(date, AS_OF_RANGE, ids.asOf, field, problems, unreadable);
    if (problems.length > 0 || p === undefined || d === undefined || on === undefined) return { ok: false, problems };
    return workOut(() => ({ money: invitationMoney(p, d, on), subsistence: entryInForce(SUBSISTENCE_MINIMUM, on) }), ids.asOf, field);
  };

  return (
    <CalcForm
      id="invitation"
      idPrefix="calc-invitation"
      title={t('calc.invitation.heading')}
      intro={t('calc.invitation.intro')}
      form={form}
      inputs={inputs}
      kept={kept}
      restore={restore}
      run={run}
      renderResult={(result) => <InvitationResultView result={result} />}
    >
      <NumberField
        id={ids.people}
        label={t('calc.invitation.people')}
        hint={t('calc.invitation.peopleHint', INVITATION_LIMITS.people)}
        value={people}
        onChange={setPeople}
        width={2}
        error={form.errorFor.get(ids.people)}
      />
      <NumberField
        id={ids.days}
        label={t('calc.invitation.days')}
        hint={t('calc.invitation.daysHint', INVITATION_LIMITS.days)}
        value={days}
        onChange={setDays}
        width={2}
        error={form.errorFor.get(ids.days)}
      />
      <DateField
        id={ids.asOf}
        label={t('calc.invitation.asOf')}
        hint={t('calc.invitation.asOfHint')}
        value={date}
        onChange={setDate}
        range={AS_OF_RANGE}
        error={form.errorFor.get(ids.asOf)}
      />
    </CalcForm>
  );
}

function InvitationResultView({ result }: { result: InvitationResult }) {
  const { t, i18n } = useTranslation();
  const { money: m, subsistence: sub } = result;
  const eur = (n: number) => formatEur(n, i18n.language);
  const subSources = sourcesFor(sub.entry.sources);
  return (
    <>
      <p className="calc-status calc-status--info">
        <strong>{t('calc.invitation.result.total', { amount: eur(m.totalEur), date: m.asOf })}</strong>
      </p>
      <dl className="calc-summary">
        <ResultRow label={t('calc.invitation.result.baseLabel')}>
          {t('calc.invitation.result.baseValue', { months: m.months, subsistence: eur(m.subsistenceMinimum), amount: eur(m.baseEur) })}
        </ResultRow>
        <ResultRow label={t('calc.invitation.result.guestsLabel')}>
          {t('calc.invitation.result.guestsValue', {
            daily: eur(m.dailyEur),
            days: t('calc.common.days', { count: m.days }),
            people: t('calc.invitation.result.people', { count: m.people }),
            amount: eur(m.guestsEur),
          })}
        </ResultRow>
        <ResultRow label={t('calc.invitation.result.totalLabel')}>
          <strong>{eur(m.totalEur)}</strong>
        </ResultRow>
        <ResultRow label={t('calc.invitation.result.subsistenceLabel')}>
          <p className="calc-value-line">
            {sub.to
              ? t('calc.invitation.result.subsistenceValue', { amount: eur(sub.entry.value), from: sub.from, to: sub.to })
              : t('calc.invitation.result.subsistenceOpen', { amount: eur(sub.entry.value), from: sub.from })}
            {sub.entry.confidence !== 'high' && (
              <>
                {' '}
                <strong className="calc-tag calc-tag--warn">{t(`calc.common.confidenceTag.${sub.entry.confidence}`)}</strong>
              </>
            )}
          </p>
          {subSources.map((s) => (
            <p key={s.id} className="calc-value-line calc-hint">
              {t('calc.invitation.result.subsistenceSource')}{' '}
              <a href={s.url} rel="noreferrer">
                {s.title}
              </a>
              {s.legalRef && ` (${s.legalRef})`}
              {' — '}
              {t('calc.common.lastVerified', { date: s.lastVerified })}
            </p>
          ))}
        </ResultRow>
        <ResultRow label={t('calc.invitation.result.feeLabel')}>{t('calc.invitation.result.feeValue', { amount: eur(m.feeEur) })}</ResultRow>
        <ResultRow label={t('calc.invitation.result.periodsLabel')}>
          {t('calc.invitation.result.periodsValue', {
            decision: t('calc.common.days', { count: m.decisionDays }),
            valid: t('calc.common.days', { count: m.validDays }),
          })}
        </ResultRow>
      </dl>
      <UncertainNote confidence={m.confidence} />
      <CalcSources ids={m.sourceIds} />
    </>
  );
}
