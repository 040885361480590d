import { EnumQuestion } from '../form/enum-question.tsx';

/** A temporary-refuge holder: keep refuge, or apply for temporary residence. */
export function RefugeGoalScreen() {
  return <EnumQuestion questionId="refugeGoal" />;
}
