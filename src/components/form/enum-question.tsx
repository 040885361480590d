import { schemaOptions } from '../../rules/questions.ts';
import type { CaseFile, QuestionId } from '../../rules/schema/case-file.ts';
import { RadioQuestion } from './radio-question.tsx';
import { useWizardAnswer } from './use-wizard-answer.ts';

export interface EnumQuestionProps<Q extends QuestionId> {
  questionId: Q;
  /** The options to offer; defaults to every value of the field's enum in the case-file schema. */
  options?: readonly string[];
}

/**
 * A wizard question whose answer is one value of a case-file enum, as radio buttons:
 * prefilled with the current answer; Continue sends `answer.<questionId>`, Back `nav.back`.
 */
export function EnumQuestion<Q extends QuestionId>({ questionId, options }: EnumQuestionProps<Q>) {
  const { value, answer, back } = useWizardAnswer(questionId);
  const offered = options ?? schemaOptions(questionId) ?? [];
  return (
    <RadioQuestion
      questionId={questionId}
      options={offered}
      defaultValue={value as string | undefined}
      onAnswer={(v) => answer(v as NonNullable<CaseFile[Q]>)}
      onBack={back}
    />
  );
}
