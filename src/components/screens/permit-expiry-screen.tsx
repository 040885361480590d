import { SUPPORTED_FROM, SUPPORTED_TO } from '../../rules/value-at.ts';
import type { DateRange } from '../form/date-parts.ts';
import { DateQuestion } from '../form/date-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';

/** Within the dates the rules cover. */
const RANGE: DateRange = { min: SUPPORTED_FROM, max: SUPPORTED_TO, afterMax: 'tooLate' };

/** The last day of validity of the current residence: renewal and other deadlines count back from it. */
export function PermitExpiryScreen() {
  const { value, answer, back } = useWizardAnswer('permitExpiry');
  return (
    <DateQuestion questionId="permitExpiry" defaultValue={value} range={RANGE} example="2027-03-31" onAnswer={answer} onBack={back} />
  );
}
