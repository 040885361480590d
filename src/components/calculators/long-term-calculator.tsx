import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../locales/i18n.ts';
import { RESIDENCE_KINDS, type Blocker, type ResidenceKind } from '../../rules/calculators/long-term-residence.ts';
import { unreadableDates, type CalcProblem } from './calc-checks.ts';
import {
  CalcErrorSummary,
  CalcSection,
  CalcSources,
  CalculateButton,
  DateField,
  messagesByField,
  ResultRegion,
  ResultRow,
  UncertainNote,
  useProblemMessages,
} from './calc-parts.tsx';
import {
  AS_OF_RANGE,
  longTermFieldIds as ids,
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
}

/**
 * Long-term residence: periods of residence by kind and absences abroad → the earliest date
 * to apply, the days counted so far, and what stands in the way, in words.
 */
export function LongTermCalculator({ asOf }: LongTermCalculatorProps) {
  const { t } = useTranslation();
  const nextKey = useRef(1);
  const focusNext = useRef<string | null>(null);
  const [periods, setPeriods] = useState<PeriodRow[]>([{ key: 0, kind: 'temporaryResidence', from: '', to: '' }]);
  const [absences, setAbsences] = useState<AbsenceRow[]>([]);
  const [date, setDate] = useState(asOf);
  const [problems, setProblems] = useState<CalcProblem[]>([]);
  const [failures, setFailures] = useState(0);
  const [result, setResult] = useState<LongTermCalcResult>();

  const messages = useProblemMessages(problems);
  const errorFor = messagesByField(messages);

  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const dropProblems = (prefix: string) => setProblems((ps) => ps.filter((p) => !p.fieldId.startsWith(prefix)));

  const setPeriod = <K extends 'kind' | 'from' | 'to'>(key: number, part: K, value: PeriodRow[K]) =>
    setPeriods((rows) => rows.map((r) => (r.key === key ? { ...r, [part]: value } : r)));
  const setAbsence = (key: number, part: 'from' | 'to', value: string) =>
    setAbsences((rows) => rows.map((r) => (r.key === key ? { ...r, [part]: value } : r)));

  const addPeriod = () => {
    const key = nextKey.current++;
    setPeriods((rows) => [...rows, { key, kind: 'temporaryResidence', from: '', to: '' }]);
    focusNext.current = ids.periodKind(key);
  };
  const removePeriod = (key: number) => {
    setPeriods((rows) => rows.filter((r) => r.key !== key));
    dropProblems(`calc-longterm-period-${key}-`);
    focusNext.current = ADD_PERIOD_ID;
  };
  const addAbsence = () => {
    const key = nextKey.current++;
    setAbsences((rows) => [...rows, { key, from: '', to: '' }]);
    focusNext.current = ids.absenceFrom(key);
  };
  const removeAbsence = (key: number) => {
    setAbsences((rows) => rows.filter((r) => r.key !== key));
    dropProblems(`calc-longterm-absence-${key}-`);
    focusNext.current = ADD_ABSENCE_ID;
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const outcome = runLongTerm({ periods, absences, asOf: date }, unreadableDates(e.currentTarget));
    if (outcome.ok) {
      setProblems([]);
      setResult(outcome.value);
    } else {
      setProblems(outcome.problems);
      setResult(undefined);
      setFailures((n) => n + 1);
    }
  };

  return (
    <CalcSection id="longTerm" title={t('calc.longTerm.heading')}>
      <p>{t('calc.longTerm.intro')}</p>
      <CalcErrorSummary idPrefix="calc-longterm" messages={messages} focusKey={failures} />
      <form className="calc-form" noValidate onSubmit={onSubmit}>
        <fieldset className="calc-fieldset" aria-describedby="calc-longterm-periods-hint">
          <legend className="calc-legend">{t('calc.longTerm.periodsLegend')}</legend>
          <p id="calc-longterm-periods-hint" className="calc-hint">
            {t('calc.longTerm.periodsHint')}
          </p>
          <ol className="calc-rows">
            {periods.map((row, i) => (
              <li key={row.key} className="calc-row">
                <fieldset className="calc-fieldset calc-row-fieldset">
                  <legend className="calc-row-legend">{t('calc.longTerm.period', { number: i + 1 })}</legend>
                  <div className="calc-form-group">
                    <label className="app-label calc-label" htmlFor={ids.periodKind(row.key)}>
                      {t('calc.longTerm.kind')}
                    </label>
                    <select
                      id={ids.periodKind(row.key)}
                      className="calc-select"
                      value={row.kind}
                      onChange={(e) => setPeriod(row.key, 'kind', e.currentTarget.value as ResidenceKind)}
                    >
                      {RESIDENCE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`calc.longTerm.kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="calc-date-pair">
                    <DateField
                      id={ids.periodFrom(row.key)}
                      label={t('calc.longTerm.from')}
                      value={row.from}
                      onChange={(v) => setPeriod(row.key, 'from', v)}
                      range={PERIOD_RANGE}
                      error={errorFor.get(ids.periodFrom(row.key))}
                    />
                    <DateField
                      id={ids.periodTo(row.key)}
                      label={t('calc.longTerm.to')}
                      value={row.to}
                      onChange={(v) => setPeriod(row.key, 'to', v)}
                      range={PERIOD_RANGE}
                      error={errorFor.get(ids.periodTo(row.key))}
                    />
                  </div>
                  {periods.length > 1 && (
                    <button type="button" className="app-link-button calc-remove" onClick={() => removePeriod(row.key)}>
                      {t('calc.longTerm.removePeriod', { number: i + 1 })}
                    </button>
                  )}
                </fieldset>
              </li>
            ))}
          </ol>
          <button type="button" id={ADD_PERIOD_ID} className="app-button app-button-secondary" onClick={addPeriod}>
            {t('calc.longTerm.addPeriod')}
          </button>
        </fieldset>

        <fieldset className="calc-fieldset" aria-describedby="calc-longterm-absences-hint">
          <legend className="calc-legend">{t('calc.longTerm.absencesLegend')}</legend>
          <p id="calc-longterm-absences-hint" className="calc-hint">
            {t('calc.longTerm.absencesHint')}
          </p>
          {absences.length === 0 ? (
            <p>{t('calc.longTerm.noAbsences')}</p>
          ) : (
            <ol className="calc-rows">
              {absences.map((row, i) => (
                <li key={row.key} className="calc-row">
                  <fieldset className="calc-fieldset calc-row-fieldset">
                    <legend className="calc-row-legend">{t('calc.longTerm.absence', { number: i + 1 })}</legend>
                    <div className="calc-date-pair">
                      <DateField
                        id={ids.absenceFrom(row.key)}
                        label={t('calc.longTerm.absenceFrom')}
                        value={row.from}
                        onChange={(v) => setAbsence(row.key, 'from', v)}
                        range={PERIOD_RANGE}
                        error={errorFor.get(ids.absenceFrom(row.key))}
                      />
                      <DateField
                        id={ids.absenceTo(row.key)}
                        label={t('calc.longTerm.absenceTo')}
                        value={row.to}
                        onChange={(v) => setAbsence(row.key, 'to', v)}
                        range={PERIOD_RANGE}
                        error={errorFor.get(ids.absenceTo(row.key))}
                      />
                    </div>
                    <button type="button" className="app-link-button calc-remove" onClick={() => removeAbsence(row.key)}>
                      {t('calc.longTerm.removeAbsence', { number: i + 1 })}
                    </button>
                  </fieldset>
                </li>
              ))}
            </ol>
          )}
          <button type="button" id={ADD_ABSENCE_ID} className="app-button app-button-secondary" onClick={addAbsence}>
            {t('calc.longTerm.addAbsence')}
          </button>
        </fieldset>

        <DateField
          id={ids.asOf}
          label={t('calc.longTerm.asOf')}
          hint={t('calc.longTerm.asOfHint')}
          value={date}
          onChange={setDate}
          range={AS_OF_RANGE}
          error={errorFor.get(ids.asOf)}
        />

        <CalculateButton />
      </form>

      <ResultRegion idPrefix="calc-longterm">{result && <LongTermResultView calc={result} />}</ResultRegion>
    </CalcSection>
  );
}

function LongTermResultView({ calc }: { calc: LongTermCalcResult }) {
  const { t, i18n } = useTranslation();
  const { result: r, asOf, rules } = calc;
  // Always one decimal: "5.0 years" (in Slovak and Ukrainian a decimal takes one noun form).
  const oneDecimal = new Intl.NumberFormat(intlLocale(i18n.language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 0 });

  let headline: string;
  if (r.canApplyOn) headline = t('calc.longTerm.result.canApply', { date: asOf });
  else if (r.earliest === null) headline = t('calc.longTerm.result.noDate', { years: rules.years });
  else if (r.earliest > asOf) headline = t('calc.longTerm.result.earliest', { date: r.earliest });
  else headline = t('calc.longTerm.result.earliestPassed', { date: r.earliest, asOf });

  const blockerText = (b: Blocker): string => {
    switch (b.kind) {
      case 'gap':
        return t('calc.longTerm.blockers.gap', { from: b.from, to: b.to, years: rules.years });
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
        });
      case 'excludedStatus':
        return t('calc.longTerm.blockers.excludedStatus', { status: t(`calc.longTerm.kindNames.${b.status}`) });
      case 'notEnoughYet':
        return t('calc.longTerm.blockers.notEnoughYet', {
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
        <ResultRow label={t('calc.longTerm.result.countedLabel', { date: asOf })}>
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
