import { EnumQuestion } from '../form/enum-question.tsx';

/**
 * Which family tie, if any, opens permanent residence for 5 years (asked of a temporary
 * resident who wants permanent residence): Slovak family, a parent with permanent residence,
 * none, or I don't know.
 */
export function PermanentResidenceTieScreen() {
  return <EnumQuestion questionId="permanentResidenceTie" />;
}
