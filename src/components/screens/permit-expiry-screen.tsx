import { EVENT_DATE_RANGE } from '../../rules/date-ranges.ts';
import type { DateRange } from '../form/date-parts.ts';
import { DateQuestion } from '../form/date-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';

/** From 18 Oct 2013 to the last date Pobyt counts (date-ranges.ts). */
const RANGE: DateRange = { ...EVENT_DATE_RANGE, afterMax: 'tooLate' };

/** The last day of validity of the current residence: renewal and other deadlines count back from it. */
export function PermitExpiryScreen() {
  const { value, answer, back } = useWizardAnswer('permitExpiry');
  return (
    <DateQuestion questionId="permitExpiry" defaultValue={value} range={RANGE} example="2027-03-31" onAnswer={answer} onBack={back} />
  );
}
