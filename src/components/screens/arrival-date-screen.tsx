import { SUPPORTED_FROM, SUPPORTED_TO } from '../../rules/value-at.ts';
import type { DateRange } from '../form/date-parts.ts';
import { DateQuestion } from '../form/date-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';

/** Past or planned; within the dates the rules cover. */
const RANGE: DateRange = { min: SUPPORTED_FROM, max: SUPPORTED_TO, afterMax: 'tooLate' };

/** The day of entry to Slovakia: deadlines such as the notice of stay count from it. */
export function ArrivalDateScreen() {
  const { value, answer, back } = useWizardAnswer('arrivalDate');
  return (
    <DateQuestion questionId="arrivalDate" defaultValue={value} range={RANGE} example="2026-12-18" onAnswer={answer} onBack={back} />
  );
}
