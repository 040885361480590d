import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../locales/i18n.ts';
import { RESIDENCE_KINDS, type Blocker, type ResidenceKind } from '../../rules/calculators/long-term-residence.ts';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';
import { CalcForm, useCalcForm } from './calc-form.tsx';
import { CalcFieldset, CalcSources, DateField, DatePair, ResultRow, UncertainNote } from './calc-parts.tsx';
import { keyed, RowList, useRowKeys, useRowList } from './calc-rows.tsx';
import { useKeepInputs, useKeptForm } from './use-kept-form.ts';
import type { CalculatorInputs } from '../keep/calculator-store.ts';
import {
  longTermFieldIds as ids,
  longTermRulesOn,
  PERIOD_RANGE,
  runLongTerm,
  type AbsenceRow,
  type LongTermCalcResult,
  type PeriodRow,
} from './long-term-form.ts';

const ADD_PERIOD_ID = 'calc-longterm-add-period';
const ADD_ABSENCE_ID = 'calc-longterm-add-absence';
const DAYS_A_YEAR = 365.25;

export interface LongTermCalculatorProps {
  /** The day to check, until the person picks another (YYYY-MM-DD). */
  asOf: string;
  /** Where the form is kept between visits (none: not kept). */
  store?: Storage | undefined;
}

type LongTermInputs = CalculatorInputs['longTerm'];
const blankPeriod: LongTermInputs['periods'][number] = { kind: 'temporaryResidence', from: '', to: '' };
const blankAbsence = { from: '', to: '' };
/** The periods a form shows: at least one row (the first period has no Remove button). */
const atLeastOne = (rows: LongTermInputs['periods']) => (rows.length > 0 ? rows : [blankPeriod]);

/**
 * Long-term residence: periods of residence by kind and absences abroad → the earliest date
 * to apply, the days counted so far, and what stands in the way, in words.
 */
export function LongTermCalculator({ asOf, store }: LongTermCalculatorProps) {
  const { t } = useTranslation();
  const defaults = useMemo<LongTermInputs>(() => ({ periods: [blankPeriod], absences: [], date: asOf }), [asOf]);
  const kept = useKeptForm('longTerm', defaults, asOf, store);
  const [date, setDate] = useState(kept.initial.date);
  const form = useCalcForm<LongTermCalcResult>();
  // The intro's numbers: the rules in force on the day the calculator opens with (dated values, never fixed words).
  const intro = longTermRulesOn(asOf);
  const firstPeriods = atLeastOne(kept.initial.periods);
  const newKey = useRowKeys(firstPeriods.length + kept.initial.absences.length);
  const periods = useRowList<PeriodRow>(keyed(firstPeriods, 0), {
    newKey,
    blank: (key) => ({ key, ...blankPeriod }),
    firstFieldId: ids.periodKind,
    addId: ADD_PERIOD_ID,
    onRemove: (key) => form.dropProblems([ids.periodKind(key), ids.periodFrom(key), ids.periodTo(key)]),
  });
  const absences = useRowList<AbsenceRow>(keyed(kept.initial.absences, firstPeriods.length), {
    newKey,
    blank: (key) => ({ key, ...blankAbsence }),
    firstFieldId: ids.absenceFrom,
    addId: ADD_ABSENCE_ID,
    onRemove: (key) => form.dropProblems([ids.absenceFrom(key), ids.absenceTo(key)]),
  });

  const inputs: LongTermInputs = {
    periods: periods.rows.map(({ kind, from, to }) => ({ kind, from, to })),
    absences: absences.rows.map(({ from, to }) => ({ from, to })),
    date,
  };
  useKeepInputs(kept, inputs);
  const restore = (to: LongTermInputs) => {
    periods.replace(atLeastOne(to.periods));
    absences.replace(to.absences);
    setDate(to.date);
  };

  return (
    <CalcForm
      id="longTerm"
      idPrefix="calc-longterm"
      title={t('calc.longTerm.heading')}
      intro={t('calc.longTerm.intro', { years: intro.years, single: intro.maxSingleAbsenceMonths, total: intro.maxTotalAbsenceMonths })}
      form={form}
      inputs={inputs}
      kept={kept}
      restore={restore}
      run={(unreadable) => runLongTerm({ periods: periods.rows, absences: absences.rows, asOf: date }, unreadable)}
      renderResult={(result) => <LongTermResultView calc={result} />}
    >
      <CalcFieldset legend={t('calc.longTerm.periodsLegend')} hint={t('calc.longTerm.periodsHint')} hintId="calc-longterm-periods-hint">
        <RowList
          list={periods}
          legend={(number) => t('calc.longTerm.period', { number })}
          removeLabel={(number) => t('calc.longTerm.removePeriod', { number })}
          addLabel={t('calc.longTerm.addPeriod')}
          keepOne
        >
          {(row) => (
            <>
              <div className="calc-form-group">
                <label className="app-label calc-label" htmlFor={ids.periodKind(row.key)}>
                  {t('calc.longTerm.kind')}
                </label>
                <select
                  id={ids.periodKind(row.key)}
                  className="calc-select"
                  value={row.kind}
                  onChange={(e) => periods.set(row.key, 'kind', e.currentTarget.value as ResidenceKind)}
                >
                  {RESIDENCE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`calc.longTerm.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <DatePair
                start={{ id: ids.periodFrom(row.key), label: t('calc.longTerm.from'), value: row.from, onChange: (v) => periods.set(row.key, 'from', v) }}
                end={{ id: ids.periodTo(row.key), label: t('calc.longTerm.to'), value: row.to, onChange: (v) => periods.set(row.key, 'to', v) }}
                range={PERIOD_RANGE}
                errorFor={form.errorFor}
              />
            </>
          )}
        </RowList>
      </CalcFieldset>

      <CalcFieldset legend={t('calc.longTerm.absencesLegend')} hint={t('calc.longTerm.absencesHint')} hintId="calc-longterm-absences-hint">
        <RowList
          list={absences}
          legend={(number) => t('calc.longTerm.absence', { number })}
          removeLabel={(number) => t('calc.longTerm.removeAbsence', { number })}
          addLabel={t('calc.longTerm.addAbsence')}
          empty={<p>{t('calc.longTerm.noAbsences')}</p>}
        >
          {(row) => (
            <DatePair
              start={{ id: ids.absenceFrom(row.key), label: t('calc.longTerm.absenceFrom'), value: row.from, onChange: (v) => absences.set(row.key, 'from', v) }}
              end={{ id: ids.absenceTo(row.key), label: t('calc.longTerm.absenceTo'), value: row.to, onChange: (v) => absences.set(row.key, 'to', v) }}
              range={PERIOD_RANGE}
              errorFor={form.errorFor}
            />
          )}
        </RowList>
      </CalcFieldset>

      <DateField
        id={ids.asOf}
        label={t('calc.longTerm.asOf')}
        hint={t('calc.longTerm.asOfHint')}
        value={date}
        onChange={setDate}
        range={AS_OF_RANGE}
        error={form.errorFor.get(ids.asOf)}
      />
    </CalcForm>
  );
}

function LongTermResultView({ calc }: { calc: LongTermCalcResult }) {
  const { t, i18n } = useTranslation();
  const { result: r, asOf, rules } = calc;
  // Always one decimal: "5.0 years" (in Slovak and Ukrainian a decimal takes one noun form).
  const oneDecimal = new Intl.NumberFormat(intlLocale(i18n.language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 0 });

  const ended = r.blockers.find((b) => b.kind === 'residenceEnded');
  let headline: string;
  if (r.canApplyOn) headline = t('calc.longTerm.result.canApply', { date: asOf });
  else if (ended) headline = t('calc.longTerm.result.ended', { date: ended.lastDay, asOf });
  else if (r.earliest === null) headline = t('calc.longTerm.result.noDate', { years: rules.years });
  else if (r.earliest > asOf) headline = t('calc.longTerm.result.earliest', { date: r.earliest });
  else headline = t('calc.longTerm.result.earliestPassed', { date: r.earliest, asOf, years: rules.years });

  const blockerText = (b: Blocker): string => {
    switch (b.kind) {
      case 'gap':
        return t('calc.longTerm.blockers.gap', { from: b.from, to: b.to, years: rules.years });
      case 'residenceEnded':
        return t('calc.longTerm.blockers.residenceEnded', { date: b.lastDay, years: rules.years });
      case 'absenceTooLong':
        return t('calc.longTerm.blockers.absenceTooLong', {
          from: b.absence.from,
          to: b.absence.to,
          months: oneDecimal.format(b.months),
          max: rules.maxSingleAbsenceMonths,
          years: rules.years,
        });
      case 'absencesTooLongInTotal':
        return t('calc.longTerm.blockers.absencesTooLongInTotal', {
          from: b.window.from,
          to: b.window.to,
          months: oneDecimal.format(b.months),
          max: rules.maxTotalAbsenceMonths,
          years: rules.years,
        });
      case 'excludedStatus':
        return t('calc.longTerm.blockers.excludedStatus', { status: t(`calc.longTerm.kindNames.${b.status}`) });
      case 'notEnoughYet':
        return t('calc.longTerm.blockers.notEnoughYet', {
          count: b.creditedDays,
          date: asOf,
          credited: whole.format(b.creditedDays),
          needed: whole.format(b.neededDays),
          years: rules.years,
        });
    }
  };

  return (
    <>
      <p className={`calc-status ${r.canApplyOn ? 'calc-status--ok' : r.earliest === null ? 'calc-status--bad' : 'calc-status--info'}`}>
        <strong>{headline}</strong>
      </p>
      <dl className="calc-summary">
        {r.earliest !== null && (
          <ResultRow label={t('calc.longTerm.result.earliestLabel')}>{t('calc.longTerm.result.dateValue', { date: r.earliest })}</ResultRow>
        )}
        <ResultRow label={t('calc.longTerm.result.countedLabel', { date: r.countedOn })}>
          {t('calc.longTerm.result.countedValue', {
            credited: whole.format(r.creditedDaysOnAsOf),
            needed: whole.format(r.neededDaysOnAsOf),
            years: oneDecimal.format(r.creditedDaysOnAsOf / DAYS_A_YEAR),
          })}
        </ResultRow>
        <ResultRow label={t('calc.longTerm.result.rulesLabel')}>
          {t('calc.longTerm.result.rulesValue', {
            years: rules.years,
            single: rules.maxSingleAbsenceMonths,
            total: rules.maxTotalAbsenceMonths,
          })}
        </ResultRow>
      </dl>
      {r.blockers.length > 0 && (
        <div className="calc-blockers">
          <h4>{t('calc.longTerm.result.blockersHeading')}</h4>
          <ul>
            {r.blockers.map((b, i) => (
              <li key={`${b.kind}-${i}`}>{blockerText(b)}</li>
            ))}
          </ul>
        </div>
      )}
      {r.languageA2 && <p>{t('calc.longTerm.result.languageA2')}</p>}
      <UncertainNote confidence={r.confidence} computed />
      <CalcSources ids={r.sourceIds} />
    </>
  );
}
