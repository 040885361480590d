import { EVENT_DATE_RANGE } from '../../rules/date-ranges.ts';
import type { DateRange } from '../form/date-parts.ts';
import { DateQuestion } from '../form/date-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';

/** Past or planned; from 18 Oct 2013 to the last date Pobyt counts (date-ranges.ts). */
const RANGE: DateRange = { ...EVENT_DATE_RANGE, afterMax: 'tooLate' };

/** The day of entry to Slovakia: deadlines such as the notice of stay count from it. */
export function ArrivalDateScreen() {
  const { value, answer, back } = useWizardAnswer('arrivalDate');
  return (
    <DateQuestion questionId="arrivalDate" defaultValue={value} range={RANGE} example="2026-12-18" onAnswer={answer} onBack={back} />
  );
}
