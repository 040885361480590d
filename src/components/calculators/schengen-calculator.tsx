import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHENGEN_RULE } from '../../rules/params/periods.ts';
import { MAX_DAYS, WINDOW_DAYS } from '../../rules/schengen.ts';
import { entryAt } from '../../rules/value-at.ts';
import { CalcForm, useCalcForm } from './calc-form.tsx';
import { CalcFieldset, CalcSources, DateField, DatePair, ResultRow, UncertainNote } from './calc-parts.tsx';
import { keyed, RowList, useRowKeys, useRowList } from './calc-rows.tsx';
import { SchengenChart } from './schengen-chart.tsx';
import { useKeepInputs, useKeptForm } from './use-kept-form.ts';
import type { CalculatorInputs } from '../keep/calculator-store.ts';
import { CHECK_RANGE, runSchengen, schengenFieldIds as ids, STAY_RANGE, type SchengenResult, type StayRow } from './schengen-form.ts';

const ADD_STAY_ID = 'calc-schengen-add-stay';

export interface SchengenCalculatorProps {
  /** The day to check, until the person picks another (YYYY-MM-DD). */
  asOf: string;
  /** Where the form is kept between visits (none: not kept). */
  store?: Storage | undefined;
}

const blankStay = { entry: '', exit: '' };

/** The stays a form shows: at least one row (the first stay has no Remove button). */
const atLeastOne = (rows: readonly { entry: string; exit: string }[]) => (rows.length > 0 ? rows : [blankStay]);

/**
 * The 90/180-day rule: stays in the Schengen area (add and remove rows), the day to check and
 * an optional planned trip → days used and left, the latest exit, whether the trip fits
 * (else the earliest entry for a trip that long), and the 180-day window as a chart.
 */
export function SchengenCalculator({ asOf, store }: SchengenCalculatorProps) {
  const { t } = useTranslation();
  const defaults = useMemo<CalculatorInputs['schengen']>(() => ({ stays: [blankStay], checkDate: asOf, tripEntry: '', tripExit: '' }), [asOf]);
  const kept = useKeptForm('schengen', defaults, asOf, store);
  const [checkDate, setCheckDate] = useState(kept.initial.checkDate);
  const [tripEntry, setTripEntry] = useState(kept.initial.tripEntry);
  const [tripExit, setTripExit] = useState(kept.initial.tripExit);
  const form = useCalcForm<SchengenResult>();
  const firstStays = atLeastOne(kept.initial.stays);
  const newKey = useRowKeys(firstStays.length);
  const stays = useRowList<StayRow>(keyed(firstStays, 0), {
    newKey,
    blank: (key) => ({ key, ...blankStay }),
    firstFieldId: ids.stayEntry,
    addId: ADD_STAY_ID,
    onRemove: (key) => form.dropProblems([ids.stayEntry(key), ids.stayExit(key)]),
  });

  const inputs: CalculatorInputs['schengen'] = { stays: stays.rows.map(({ entry, exit }) => ({ entry, exit })), checkDate, tripEntry, tripExit };
  useKeepInputs(kept, inputs);
  const restore = (to: CalculatorInputs['schengen']) => {
    stays.replace(atLeastOne(to.stays));
    setCheckDate(to.checkDate);
    setTripEntry(to.tripEntry);
    setTripExit(to.tripExit);
  };

  return (
    <CalcForm
      id="schengen"
      idPrefix="calc-schengen"
      title={t('calc.schengen.heading')}
      intro={t('calc.schengen.intro', { days: MAX_DAYS, window: WINDOW_DAYS })}
      form={form}
      inputs={inputs}
      kept={kept}
      restore={restore}
      run={(unreadable) => runSchengen({ stays: stays.rows, checkDate, tripEntry, tripExit }, unreadable)}
      renderResult={(result) => <SchengenResultView result={result} />}
    >
      <CalcFieldset legend={t('calc.schengen.staysLegend')} hint={t('calc.schengen.staysHint', { window: WINDOW_DAYS })} hintId="calc-schengen-stays-hint">
        <RowList
          list={stays}
          legend={(number) => t('calc.schengen.stay', { number })}
          removeLabel={(number) => t('calc.schengen.removeStay', { number })}
          addLabel={t('calc.schengen.addStay')}
          keepOne
        >
          {(row) => (
            <DatePair
              start={{ id: ids.stayEntry(row.key), label: t('calc.schengen.entry'), value: row.entry, onChange: (v) => stays.set(row.key, 'entry', v) }}
              end={{ id: ids.stayExit(row.key), label: t('calc.schengen.exit'), value: row.exit, onChange: (v) => stays.set(row.key, 'exit', v) }}
              range={STAY_RANGE}
              errorFor={form.errorFor}
            />
          )}
        </RowList>
      </CalcFieldset>

      <DateField
        id={ids.checkDate}
        label={t('calc.schengen.checkDate')}
        hint={t('calc.schengen.checkDateHint')}
        value={checkDate}
        onChange={setCheckDate}
        range={CHECK_RANGE}
        error={form.errorFor.get(ids.checkDate)}
      />

      <CalcFieldset legend={t('calc.schengen.tripLegend')} hint={t('calc.schengen.tripHint')} hintId="calc-schengen-trip-hint">
        <DatePair
          start={{ id: ids.tripEntry, label: t('calc.schengen.entry'), value: tripEntry, onChange: setTripEntry }}
          end={{ id: ids.tripExit, label: t('calc.schengen.exit'), value: tripExit, onChange: setTripExit }}
          range={CHECK_RANGE}
          errorFor={form.errorFor}
        />
      </CalcFieldset>
    </CalcForm>
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
        {result.over > 0 && <ResultRow label={t('calc.schengen.result.over')}>{days(result.over)}</ResultRow>}
        <ResultRow label={t('calc.schengen.result.window', { window: WINDOW_DAYS })}>
          {t('calc.schengen.result.windowValue', { from: result.windowStart, to: result.checkDate })}
        </ResultRow>
      </dl>
      {result.over > 0 && (
        <p className="calc-status calc-status--bad">
          <strong>{t('calc.schengen.result.overLimit', { over: days(result.over), max: MAX_DAYS, window: WINDOW_DAYS })}</strong>
        </p>
      )}
      <p>
        {result.stayUntil === null
          ? t('calc.schengen.result.stayUntilNone', { date: result.checkDate, earliest: result.earliestEntry ?? result.checkDate })
          : t(result.stayUntil.limitedBy === 'nextStay' ? 'calc.schengen.result.stayUntilNextStay' : 'calc.schengen.result.stayUntil', {
              date: result.checkDate,
              exit: result.stayUntil.latestExit,
            })}
      </p>
      {result.merges.map((m) => (
        <p key={m.entry} className="calc-hint">
          {t('calc.schengen.result.merged', { numbers: m.numbers.join(', '), entry: m.entry, exit: m.exit })}
        </p>
      ))}
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
          {trip.check && trip.check.overlaps.length > 0 && <p className="calc-hint">{t('calc.schengen.result.tripOverlaps')}</p>}
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
