import { useCallback } from 'react';
import { QUESTION_EVENT, type AnswerEvent } from '../../machines/wizard-machine.ts';
import type { CaseFile, QuestionId } from '../../rules/schema/case-file.ts';
import { WizardContext } from '../wizard-context.ts';

export interface WizardAnswer<Q extends QuestionId> {
  /** The current answer to the question (prefills the form), if any. */
  value: CaseFile[Q] | undefined;
  /** Send `{ type: 'answer.<q>', value }`. */
  answer: (value: NonNullable<CaseFile[Q]>) => void;
  /** Send `nav.back`. */
  back: () => void;
}

/** The wizard's side of one question screen: its current answer, and the events it sends. */
export function useWizardAnswer<Q extends QuestionId>(q: Q): WizardAnswer<Q> {
  const value = WizardContext.useSelector((s) => s.context.answers[q]);
  const actor = WizardContext.useActorRef();
  const answer = useCallback(
    (v: NonNullable<CaseFile[Q]>) => actor.send({ type: QUESTION_EVENT(q), value: v } as AnswerEvent),
    [actor, q],
  );
  const back = useCallback(() => actor.send({ type: 'nav.back' }), [actor]);
  return { value, answer, back };
}
