import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur, intlLocale } from '../../locales/i18n.ts';
import { blueCardFloor, graduateException, type BlueCardFloor } from '../../rules/calculators/blue-card.ts';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';
import { takeDate, workOut, type CalcOutcome, type CalcProblem } from './calc-checks.ts';
import { CalcForm, useCalcForm } from './calc-form.tsx';
import { CalcSources, DateField, ResultRow, UncertainNote } from './calc-parts.tsx';
import { useKeepInputs, useKeptForm } from './use-kept-form.ts';
import type { CalculatorInputs } from '../keep/calculator-store.ts';

const ids = { asOf: 'calc-bluecard-date', graduate: 'calc-bluecard-graduate' } as const;

interface BlueCardResult {
  floor: BlueCardFloor;
}

export interface BlueCardCalculatorProps {
  /** The day of the application, until the person picks another (YYYY-MM-DD). */
  asOf: string;
  /** Where the form is kept between visits (none: not kept). */
  store?: Storage | undefined;
}

/** The EU Blue Card salary floor as of a date: a multiple of the average monthly wage of the year before. */
export function BlueCardCalculator({ asOf, store }: BlueCardCalculatorProps) {
  const { t } = useTranslation();
  const defaults = useMemo<CalculatorInputs['blueCard']>(() => ({ date: asOf, graduate: false }), [asOf]);
  const kept = useKeptForm('blueCard', defaults, asOf, store);
  const [date, setDate] = useState(kept.initial.date);
  const [graduate, setGraduate] = useState(kept.initial.graduate);
  const inputs = { date, graduate };
  useKeepInputs(kept, inputs);
  const restore = (to: CalculatorInputs['blueCard']) => {
    setDate(to.date);
    setGraduate(to.graduate);
  };
  // The exception as recorded on the day the calculator opens with, from the dated conditions.
  const exception = graduateException(asOf);

  const form = useCalcForm<BlueCardResult>();
  const run = (unreadable: ReadonlySet<string>): CalcOutcome<BlueCardResult> => {
    const problems: CalcProblem[] = [];
    const field = { key: 'calc.blueCard.fields.asOf' };
    const on = takeDate(date, AS_OF_RANGE, ids.asOf, field, problems, unreadable);
    if (on === undefined) return { ok: false, problems };
    return workOut(
      () => ({ floor: blueCardFloor(on, graduate) }),
      ids.asOf,
      field,
    );
  };

  return (
    <CalcForm
      id="blueCard"
      idPrefix="calc-bluecard"
      title={t('calc.blueCard.heading')}
      intro={t('calc.blueCard.intro')}
      form={form}
      inputs={inputs}
      kept={kept}
      restore={restore}
      run={run}
      renderResult={(result) => <BlueCardResultView result={result} />}
    >
      <DateField
        id={ids.asOf}
        label={t('calc.blueCard.asOf')}
        hint={t('calc.blueCard.asOfHint')}
        value={date}
        onChange={setDate}
        range={AS_OF_RANGE}
        error={form.errorFor.get(ids.asOf)}
      />
      <div className="calc-form-group calc-checkbox">
        <input
          id={ids.graduate}
          className="calc-checkbox-input"
          type="checkbox"
          checked={graduate}
          aria-describedby={`${ids.graduate}-hint`}
          onChange={(e) => setGraduate(e.currentTarget.checked)}
        />
        <label className="calc-checkbox-label" htmlFor={ids.graduate}>
          {t('calc.blueCard.graduate')}
        </label>
        <p id={`${ids.graduate}-hint`} className="calc-hint calc-checkbox-hint">
          {exception ? t('calc.blueCard.graduateHint', { from: exception.from, years: exception.years }) : t('calc.blueCard.graduateHintNone')}
        </p>
      </div>
    </CalcForm>
  );
}

function BlueCardResultView({ result }: { result: BlueCardResult }) {
  const { t, i18n } = useTranslation();
  const { floor: f } = result;
  const eur = (n: number) => formatEur(n, i18n.language);
  const multiplier = new Intl.NumberFormat(intlLocale(i18n.language), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(f.multiplier);
  const graduateRuleMissing = f.recentGraduate && f.graduateWithinYears === null;
  return (
    <>
      <p className="calc-status calc-status--info">
        <strong>{t('calc.blueCard.result.floor', { amount: eur(f.floorEur), date: f.asOf })}</strong>
      </p>
      <dl className="calc-summary">
        <ResultRow label={t('calc.blueCard.result.basisLabel')}>
          {t('calc.blueCard.result.basisValue', { multiplier, year: f.wageYear, wage: eur(f.averageWageEur), amount: eur(f.floorEur) })}
        </ResultRow>
        <ResultRow label={t('calc.blueCard.result.wageLabel', { year: f.wageYear })}>
          {t('calc.blueCard.result.wageValue', { wage: eur(f.averageWageEur), from: f.wageFrom })}
        </ResultRow>
        <ResultRow label={t('calc.blueCard.result.whoLabel')}>
          {f.recentGraduate && f.graduateWithinYears !== null
            ? t('calc.blueCard.result.whoGraduate', { years: f.graduateWithinYears })
            : t('calc.blueCard.result.whoStandard')}
        </ResultRow>
      </dl>
      {f.wagePending && <p>{t('calc.blueCard.result.wagePending', { referenceYear: f.referenceYear, year: f.wageYear })}</p>}
      {graduateRuleMissing && <p>{t('calc.blueCard.result.noGraduateRule')}</p>}
      <p>
        {f.minContractMonths !== null && f.fileWithinDays !== null
          ? t('calc.blueCard.result.otherConditions', { months: f.minContractMonths, days: f.fileWithinDays })
          : t('calc.blueCard.result.otherConditionsUnrecorded')}
      </p>
      <UncertainNote confidence={f.confidence} computed={f.computed} />
      <CalcSources ids={f.sourceIds} />
    </>
  );
}
