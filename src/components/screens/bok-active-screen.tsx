import { EnumQuestion } from '../form/enum-question.tsx';

/** Whether the card's BOK is already active (asked of holders of a card with a chip). Yes / no / I don't know. */
export function BokActiveScreen() {
  return <EnumQuestion questionId="bokActive" />;
}
