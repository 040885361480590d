import { useMemo } from 'react';
import { allowedOptions } from '../../rules/questions.ts';
import { EnumQuestion } from '../form/enum-question.tsx';
import { WizardContext } from '../wizard-context.ts';

/** The purpose of temporary residence: the purposes the rules allow for the earlier answers. */
export function PurposeScreen() {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const options = useMemo(() => allowedOptions('purpose', answers), [answers]);
  return <EnumQuestion questionId="purpose" options={options} />;
}
