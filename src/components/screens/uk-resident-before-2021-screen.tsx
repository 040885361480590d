import { EnumQuestion } from '../form/enum-question.tsx';

/** British citizens: did you live in Slovakia before 1 January 2021 (Withdrawal Agreement)? Yes / no. */
export function UkResidentBefore2021Screen() {
  return <EnumQuestion questionId="ukResidentBefore2021" />;
}
