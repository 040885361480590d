import { EnumQuestion } from '../form/enum-question.tsx';

/** Where the person stays: this decides who files the notice of stay. */
export function AccommodationScreen() {
  return <EnumQuestion questionId="accommodation" />;
}
