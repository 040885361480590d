import { EnumQuestion } from '../form/enum-question.tsx';

/** Whether the residence card has a chip (needed for a BOK). Yes / no / I don't know. */
export function CardChipScreen() {
  return <EnumQuestion questionId="cardChip" />;
}
