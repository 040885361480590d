import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHENGEN_RULE } from '../../rules/params/periods.ts';
import { MAX_DAYS, WINDOW_DAYS } from '../../rules/schengen.ts';
import { entryAt } from '../../rules/value-at.ts';
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
import { SchengenChart } from './schengen-chart.tsx';
import { CHECK_RANGE, runSchengen, schengenFieldIds as ids, STAY_RANGE, type SchengenResult, type StayRow } from './schengen-form.ts';

const ADD_STAY_ID = 'calc-schengen-add-stay';

export interface SchengenCalculatorProps {
  /** The day to check, until the person picks another (YYYY-MM-DD). */
  asOf: string;
}

/**
 * The 90/180-day rule: stays in the Schengen area (add and remove rows), the day to check and
 * an optional planned trip → days used and left, the latest exit, whether the trip fits
 * (else the earliest entry for a trip that long), and the 180-day window as a chart.
 */
export function SchengenCalculator({ asOf }: SchengenCalculatorProps) {
  const { t } = useTranslation();
  const nextKey = useRef(1);
  const focusNext = useRef<string | null>(null);
  const [stays, setStays] = useState<StayRow[]>([{ key: 0, entry: '', exit: '' }]);
  const [checkDate, setCheckDate] = useState(asOf);
  const [tripEntry, setTripEntry] = useState('');
  const [tripExit, setTripExit] = useState('');
  const [problems, setProblems] = useState<CalcProblem[]>([]);
  const [failures, setFailures] = useState(0);
  const [result, setResult] = useState<SchengenResult>();

  const messages = useProblemMessages(problems);
  const errorFor = messagesByField(messages);

  // After a row is added or removed, move focus to where the person goes on.
  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const setStay = (key: number, part: 'entry' | 'exit', value: string) =>
    setStays((rows) => rows.map((r) => (r.key === key ? { ...r, [part]: value } : r)));

  const addStay = () => {
    const key = nextKey.current++;
    setStays((rows) => [...rows, { key, entry: '', exit: '' }]);
    focusNext.current = ids.stayEntry(key);
  };

  const removeStay = (key: number) => {
    setStays((rows) => rows.filter((r) => r.key !== key));
    setProblems((ps) => ps.filter((p) => p.fieldId !== ids.stayEntry(key) && p.fieldId !== ids.stayExit(key)));
    focusNext.current = ADD_STAY_ID;
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const outcome = runSchengen({ stays, checkDate, tripEntry, tripExit }, unreadableDates(e.currentTarget));
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
    <CalcSection id="schengen" title={t('calc.schengen.heading')}>
      <p>{t('calc.schengen.intro', { days: MAX_DAYS, window: WINDOW_DAYS })}</p>
      <CalcErrorSummary idPrefix="calc-schengen" messages={messages} focusKey={failures} />
      <form className="calc-form" noValidate onSubmit={onSubmit}>
        <fieldset className="calc-fieldset" aria-describedby="calc-schengen-stays-hint">
          <legend className="calc-legend">{t('calc.schengen.staysLegend')}</legend>
          <p id="calc-schengen-stays-hint" className="calc-hint">
            {t('calc.schengen.staysHint', { window: WINDOW_DAYS })}
          </p>
          <ol className="calc-rows">
            {stays.map((row, i) => (
              <li key={row.key} className="calc-row">
                <fieldset className="calc-fieldset calc-row-fieldset">
                  <legend className="calc-row-legend">{t('calc.schengen.stay', { number: i + 1 })}</legend>
                  <div className="calc-date-pair">
                    <DateField
                      id={ids.stayEntry(row.key)}
                      label={t('calc.schengen.entry')}
                      value={row.entry}
                      onChange={(v) => setStay(row.key, 'entry', v)}
                      range={STAY_RANGE}
                      error={errorFor.get(ids.stayEntry(row.key))}
                    />
                    <DateField
                      id={ids.stayExit(row.key)}
                      label={t('calc.schengen.exit')}
                      value={row.exit}
                      onChange={(v) => setStay(row.key, 'exit', v)}
                      range={STAY_RANGE}
                      error={errorFor.get(ids.stayExit(row.key))}
                    />
                  </div>
                  {stays.length > 1 && (
                    <button type="button" className="app-link-button calc-remove" onClick={() => removeStay(row.key)}>
                      {t('calc.schengen.removeStay', { number: i + 1 })}
                    </button>
                  )}
                </fieldset>
              </li>
            ))}
          </ol>
          <button type="button" id={ADD_STAY_ID} className="app-button app-button-secondary" onClick={addStay}>
            {t('calc.schengen.addStay')}
          </button>
        </fieldset>

        <DateField
          id={ids.checkDate}
          label={t('calc.schengen.checkDate')}
          hint={t('calc.schengen.checkDateHint')}
          value={checkDate}
          onChange={setCheckDate}
          range={CHECK_RANGE}
          error={errorFor.get(ids.checkDate)}
        />

        <fieldset className="calc-fieldset" aria-describedby="calc-schengen-trip-hint">
          <legend className="calc-legend">{t('calc.schengen.tripLegend')}</legend>
          <p id="calc-schengen-trip-hint" className="calc-hint">
            {t('calc.schengen.tripHint')}
          </p>
          <div className="calc-date-pair">
            <DateField
              id={ids.tripEntry}
              label={t('calc.schengen.entry')}
              value={tripEntry}
              onChange={setTripEntry}
              range={CHECK_RANGE}
              error={errorFor.get(ids.tripEntry)}
            />
            <DateField
              id={ids.tripExit}
              label={t('calc.schengen.exit')}
              value={tripExit}
              onChange={setTripExit}
              range={CHECK_RANGE}
              error={errorFor.get(ids.tripExit)}
            />
          </div>
        </fieldset>

        <CalculateButton />
      </form>

      <ResultRegion idPrefix="calc-schengen">{result && <SchengenResultView result={result} />}</ResultRegion>
    </CalcSection>
  );
}

function SchengenResultView({ result }: { result: SchengenResult }) {
  const { t } = useTranslation();
  const days = (count: number) => t('calc.common.days', { count });
  const trip = result.trip;
  const rule = entryAt(SCHENGEN_RULE, result.checkDate);
  return (
    <>
      <dl className="calc-summary">
        <ResultRow label={t('calc.schengen.result.used', { date: result.checkDate })}>
          {t('calc.schengen.result.usedValue', { days: days(result.used), max: MAX_DAYS })}
        </ResultRow>
        <ResultRow label={t('calc.schengen.result.left')}>{days(result.left)}</ResultRow>
        <ResultRow label={t('calc.schengen.result.window', { window: WINDOW_DAYS })}>
          {t('calc.schengen.result.windowValue', { from: result.windowStart, to: result.checkDate })}
        </ResultRow>
      </dl>
      {result.used > MAX_DAYS && (
        <p className="calc-status calc-status--bad">
          <strong>{t('calc.schengen.result.overLimit', { max: MAX_DAYS, window: WINDOW_DAYS })}</strong>
        </p>
      )}
      <SchengenChart result={result} />

      {trip && (
        <div className="calc-trip">
          <h4>{t('calc.schengen.result.tripHeading')}</h4>
          {trip.latest === null ? (
            <p>{t('calc.schengen.result.cannotEnter', { entry: trip.entry })}</p>
          ) : (
            <p>
              {t(trip.latest.limitedBy === 'nextStay' ? 'calc.schengen.result.latestExitNextStay' : 'calc.schengen.result.latestExit', {
                entry: trip.entry,
                exit: trip.latest.latestExit,
                days: days(trip.latest.maxDays),
              })}
            </p>
          )}
          {trip.check && trip.check.fits && (
            <p className="calc-status calc-status--ok">
              <strong>{t('calc.schengen.result.fitsTag')}</strong>{' '}
              {t('calc.schengen.result.fits', {
                entry: trip.check.entry,
                exit: trip.check.exit,
                days: days(trip.check.days),
                peak: trip.check.peakUsed,
                max: MAX_DAYS,
              })}
            </p>
          )}
          {trip.check && !trip.check.fits && (
            <>
              <p className="calc-status calc-status--bad">
                <strong>{t('calc.schengen.result.notFitsTag')}</strong>{' '}
                {t('calc.schengen.result.notFits', {
                  entry: trip.check.entry,
                  exit: trip.check.exit,
                  days: days(trip.check.days),
                  date: trip.check.firstOverstay ?? trip.check.exit,
                  max: MAX_DAYS,
                  window: WINDOW_DAYS,
                })}
              </p>
              <p>
                {trip.earliest
                  ? t('calc.schengen.result.earliest', { days: days(trip.earliest.days), entry: trip.earliest.entry, exit: trip.earliest.exit })
                  : t('calc.schengen.result.tooLong', { days: days(trip.check.days), max: MAX_DAYS })}
              </p>
            </>
          )}
        </div>
      )}
      <p className="calc-hint">{t('calc.schengen.result.countingNote')}</p>
      <UncertainNote confidence={rule.confidence} />
      <CalcSources ids={rule.sources} />
    </>
  );
}
