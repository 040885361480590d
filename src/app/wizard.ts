import type { ActorRefFrom } from 'xstate';
import { QUESTION_IDS } from '../rules/questions.ts';
import type { CaseFile, QuestionId } from '../rules/schema/case-file.ts';
import { QUESTION_EVENT, type AnswerEvent, type wizardMachine } from '../machines/wizard-machine.ts';

export type WizardRef = ActorRefFrom<typeof wizardMachine>;

/** The wizard's pages: the start page, one per question, check your answers, the plan. */
export type PageId = 'start' | QuestionId | 'check' | 'plan';

export const isQuestionId = (s: string): s is QuestionId => (QUESTION_IDS as readonly string[]).includes(s);

/**
 * Walk the wizard through answers it already has, by the statechart's own events: from the
 * start page, answer each question on the path with the value given, until a question has
 * no answer (stop there) or the path is complete (the machine goes to `check`). An answer
 * the machine refuses stops the walk on that question, so nothing is taken on trust.
 */
export function replayAnswers(actor: WizardRef, answers: Partial<CaseFile>): void {
  if (actor.getSnapshot().value === 'start') actor.send({ type: 'nav.start' });
  for (let i = 0; i <= QUESTION_IDS.length; i++) {
    const at = actor.getSnapshot().value;
    if (!isQuestionId(at)) return;
    const value = answers[at];
    if (value === undefined) return;
    actor.send({ type: QUESTION_EVENT(at), value } as AnswerEvent);
    if (actor.getSnapshot().value === at) return;
  }
}

/** Replace every answer with these (a case file or a share link) and go to check your answers. */
export function loadAnswers(actor: WizardRef, answers: Partial<CaseFile>): void {
  actor.send({ type: 'nav.restart' });
  replayAnswers(actor, answers);
}

/** Continue a resumed session: to the first unanswered question, or check; the plan if it was open. */
export function continueSession(actor: WizardRef, wasOn: string | undefined): void {
  replayAnswers(actor, actor.getSnapshot().context.answers);
  if (wasOn === 'plan' && actor.getSnapshot().value === 'check') actor.send({ type: 'nav.confirm' });
}
