import { useMemo } from 'react';
import type { DateRange } from '../form/date-parts.ts';
import { DateQuestion } from '../form/date-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';
import { WizardContext } from '../wizard-context.ts';

/** Long ago is fine (years of residence count); the future is not. */
const EARLIEST = '1900-01-01';

/** The first day of uninterrupted legal residence: long-term and permanent residence count from it. */
export function ResidenceSinceScreen() {
  const { value, answer, back } = useWizardAnswer('residenceSince');
  const asOf = WizardContext.useSelector((s) => s.context.asOf);
  const range = useMemo<DateRange>(() => ({ min: EARLIEST, max: asOf, afterMax: 'future' }), [asOf]);
  return (
    <DateQuestion questionId="residenceSince" defaultValue={value} range={range} example="2021-09-01" onAnswer={answer} onBack={back} />
  );
}
