import { useMemo } from 'react';
import { allowedOptions } from '../../rules/questions.ts';
import { EnumQuestion } from '../form/enum-question.tsx';
import { WizardContext } from '../wizard-context.ts';

/**
 * A resident: what they want to do. Only the goals open to the residence they hold
 * (`allowedOptions`): a permanent resident is not offered renewal or a change of purpose.
 */
export function ResidentGoalScreen() {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const options = useMemo(() => allowedOptions('residentGoal', answers), [answers]);
  return <EnumQuestion questionId="residentGoal" options={options} />;
}
