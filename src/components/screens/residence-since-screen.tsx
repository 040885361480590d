import { useMemo } from 'react';
import { RESIDENCE_SINCE_MIN } from '../../rules/date-ranges.ts';
import type { DateRange } from '../form/date-parts.ts';
import { DateQuestion } from '../form/date-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';
import { WizardContext } from '../wizard-context.ts';

/** Long ago is fine (years of residence count, from 1993); the future is not. */
const EARLIEST = RESIDENCE_SINCE_MIN;

/** The first day of uninterrupted legal residence: long-term and permanent residence count from it. */
export function ResidenceSinceScreen() {
  const { value, answer, back } = useWizardAnswer('residenceSince');
  const asOf = WizardContext.useSelector((s) => s.context.asOf);
  const range = useMemo<DateRange>(() => ({ min: EARLIEST, max: asOf, afterMax: 'future' }), [asOf]);
  return (
    <DateQuestion questionId="residenceSince" defaultValue={value} range={range} example="2021-09-01" onAnswer={answer} onBack={back} />
  );
}
