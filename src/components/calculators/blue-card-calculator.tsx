import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur, intlLocale } from '../../locales/i18n.ts';
import { blueCardFloor, type BlueCardFloor } from '../../rules/calculators/blue-card.ts';
import { AVERAGE_WAGE_REFERENCE } from '../../rules/params/money.ts';
import { entryAt } from '../../rules/value-at.ts';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';
import { takeDate, workOut, type CalcOutcome, type CalcProblem } from './calc-checks.ts';
import { CalcForm, useCalcForm } from './calc-form.tsx';
import { CalcSources, DateField, ResultRow, UncertainNote } from './calc-parts.tsx';

const ids = { asOf: 'calc-bluecard-date', graduate: 'calc-bluecard-graduate' } as const;

interface BlueCardResult {
  floor: BlueCardFloor;
  /** The floor without the recent-graduate rule, to tell whether the rule lowers it on this date. */
  standardMultiplier: number;
  /** The day the average wage used became the reference. */
  wageFrom: string;
}

export interface BlueCardCalculatorProps {
  /** The day of the application, until the person picks another (YYYY-MM-DD). */
  asOf: string;
}

/** The EU Blue Card salary floor as of a date: a multiple of the average monthly wage of the year before. */
export function BlueCardCalculator({ asOf }: BlueCardCalculatorProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(asOf);
  const [graduate, setGraduate] = useState(false);

  const form = useCalcForm<BlueCardResult>();
  const run = (unreadable: ReadonlySet<string>): CalcOutcome<BlueCardResult> => {
    const problems: CalcProblem[] = [];
    const field = { key: 'calc.blueCard.fields.asOf' };
    const on = takeDate(date, AS_OF_RANGE, ids.asOf, field, problems, unreadable);
    if (on === undefined) return { ok: false, problems };
    return workOut(
      () => ({
        floor: blueCardFloor(on, graduate),
        standardMultiplier: blueCardFloor(on, false).multiplier,
        wageFrom: entryAt(AVERAGE_WAGE_REFERENCE, on).from,
      }),
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
          {t('calc.blueCard.graduateHint')}
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
  const graduateRuleMissing = f.recentGraduate && f.multiplier === result.standardMultiplier;
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
          {t('calc.blueCard.result.wageValue', { wage: eur(f.averageWageEur), from: result.wageFrom })}
        </ResultRow>
        <ResultRow label={t('calc.blueCard.result.whoLabel')}>
          {t(f.recentGraduate ? 'calc.blueCard.result.whoGraduate' : 'calc.blueCard.result.whoStandard')}
        </ResultRow>
      </dl>
      {graduateRuleMissing && <p>{t('calc.blueCard.result.noGraduateRule')}</p>}
      <p>{t('calc.blueCard.result.otherConditions')}</p>
      <UncertainNote confidence={f.confidence} computed={f.computed} />
      <CalcSources ids={f.sourceIds} />
    </>
  );
}
