import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackButton } from '../ui/back-button.tsx';
import { BlueCardCalculator } from './blue-card-calculator.tsx';
import { CALCULATOR_IDS, calculatorHeadingId, calculatorSectionId, type CalculatorId } from './calculator-ids.ts';
import { InvitationCalculator } from './invitation-calculator.tsx';
import { LongTermCalculator } from './long-term-calculator.tsx';
import { SchengenCalculator } from './schengen-calculator.tsx';
import './calculators.css';

export type { CalculatorId } from './calculator-ids.ts';

export interface CalculatorsPageProps {
  /** Today (YYYY-MM-DD): the date each calculator starts from. */
  asOf: string;
  /** The calculator shown first; the 90/180-day rule when not given. */
  initial?: CalculatorId;
  onBack?: () => void;
  /** Another calculator was opened from the list (the app puts it in the address). */
  onOpen?: (id: CalculatorId) => void;
  /** Where each calculator's form is kept between visits (none: not kept). */
  store?: Storage | undefined;
}

/**
 * The calculators: a list of the four, one shown at a time, each with its own <h2>; opening
 * one moves focus to its heading. The calculators not shown stay mounted (hidden), so what
 * the person typed survives a look at another one.
 */
export function CalculatorsPage({ asOf, initial = 'schengen', onBack, onOpen, store }: CalculatorsPageProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<CalculatorId>(initial);
  // A new `initial` (the browser's Back or Forward to another calculator's address) shows it.
  const [shownFor, setShownFor] = useState(initial);
  if (shownFor !== initial) {
    setShownFor(initial);
    setCurrent(initial);
  }
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    document.getElementById(calculatorHeadingId(current))?.focus();
  }, [current]);

  const open = (id: CalculatorId) => {
    moved.current = true;
    if (id === current) document.getElementById(calculatorHeadingId(id))?.focus();
    else {
      setCurrent(id);
      onOpen?.(id);
    }
  };

  return (
    <div className="app-page calc-page">
      {onBack && <BackButton onClick={onBack} />}
      <h1>{t('calc.title')}</h1>
      <p className="app-lead">{t('calc.intro')}</p>
      <p>{t('calc.advice')}</p>
      <nav className="calc-nav" aria-label={t('calc.nav.label')}>
        <ul className="calc-nav-list">
          {CALCULATOR_IDS.map((id) => (
            <li key={id} className={`calc-nav-item${id === current ? ' calc-nav-item--current' : ''}`}>
              <button
                type="button"
                className="app-link-button calc-nav-button"
                aria-current={id === current ? 'true' : undefined}
                aria-controls={calculatorSectionId(id)}
                aria-describedby={`calc-nav-${id}-text`}
                onClick={() => open(id)}
              >
                {t(`calc.nav.${id}.title`)}
              </button>
              <p id={`calc-nav-${id}-text`} className="calc-nav-text">
                {t(`calc.nav.${id}.text`)}
              </p>
            </li>
          ))}
        </ul>
      </nav>
      <div className="calc-panels">
        <div hidden={current !== 'schengen'}>
          <SchengenCalculator asOf={asOf} store={store} />
        </div>
        <div hidden={current !== 'longTerm'}>
          <LongTermCalculator asOf={asOf} store={store} />
        </div>
        <div hidden={current !== 'invitation'}>
          <InvitationCalculator asOf={asOf} store={store} />
        </div>
        <div hidden={current !== 'blueCard'}>
          <BlueCardCalculator asOf={asOf} store={store} />
        </div>
      </div>
      <p className="calc-privacy">{t('calc.privacy')}</p>
    </div>
  );
}
