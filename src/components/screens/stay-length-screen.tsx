import { EnumQuestion } from '../form/enum-question.tsx';

/** How long the stay in Slovakia is: up to 90 days, or longer. */
export function StayLengthScreen() {
  return <EnumQuestion questionId="stayLength" />;
}
