import { READABLE_ANSWER, TREE_PREDICATES, type TreePredicate } from '../rules/decision-tree.ts';
import type { Answers } from '../rules/predicates/case-predicates.ts';
import { allowedOptions, pruneAnswers, questionPath, QUESTION_IDS } from '../rules/questions.ts';
import { caseFileSchema, type QuestionId } from '../rules/schema/case-file.ts';
import type { WizardContext, WizardEvent } from './wizard-machine.ts';
import type { WizardPage } from './wizard-navigation.ts';

/**
 * The wizard's guards. Routing guards are one-line calls to the rule predicates, made on
 * the answers as they will be AFTER the event (guards run before the transition's assign,
 * so they read the new answer from the event). No policy logic lives here.
 */

interface GuardArgs {
  context: WizardContext;
  event: WizardEvent;
}

/** Where Back can be pressed from: a question, or the check-your-answers page. */
export type BackFrom = QuestionId | 'check';

const ANSWER_PREFIX = 'answer.';

/** The question an event answers; undefined for navigation events. */
export function answeredQuestion(event: WizardEvent): QuestionId | undefined {
  if (!event.type.startsWith(ANSWER_PREFIX)) return undefined;
  const q = event.type.slice(ANSWER_PREFIX.length);
  return (QUESTION_IDS as readonly string[]).includes(q) ? (q as QuestionId) : undefined;
}

// Pruning walks the tree; the guards of one transition share the result (contexts and
// events are immutable, so the cache cannot go stale).
const nextAnswersCache = new WeakMap<WizardContext, WeakMap<WizardEvent, Answers>>();

/**
 * The answers after this event: the new answer recorded, then answers from branches the
 * person left dropped (`pruneAnswers`). Navigation events leave the answers as they are.
 */
export function nextAnswers(context: WizardContext, event: WizardEvent): Answers {
  const q = answeredQuestion(event);
  if (!q || !('value' in event)) return context.answers;
  let byEvent = nextAnswersCache.get(context);
  if (!byEvent) nextAnswersCache.set(context, (byEvent = new WeakMap()));
  let answers = byEvent.get(event);
  if (!answers) byEvent.set(event, (answers = pruneAnswers({ ...context.answers, [q]: event.value }, context.asOf)));
  return answers;
}

/**
 * The value passes the case-file field's schema; the rules can read it (READABLE_ANSWER: a
 * citizenship is a country the rules know, the predicates throw on unknown codes); residentGoal
 * and purpose are also among `allowedOptions` for the earlier answers. Anything else is ignored.
 */
export function isAcceptableAnswer(context: WizardContext, event: WizardEvent): boolean {
  const q = answeredQuestion(event);
  if (!q || !('value' in event) || event.value === undefined) return false;
  if (!caseFileSchema.shape[q].safeParse(event.value).success) return false;
  if (READABLE_ANSWER[q]?.(event.value) === false) return false;
  return q === 'residentGoal' || q === 'purpose' ? allowedOptions(q, context.answers).includes(event.value) : true;
}

/** The question before `from` on the current path (for `check`: the last question asked). */
export function previousQuestion(answers: Answers, from: BackFrom, asOf: string): QuestionId | undefined {
  const { path, complete } = questionPath(answers, asOf);
  if (from === 'check') return complete ? path[path.length - 1] : undefined;
  const i = path.indexOf(from);
  return i > 0 ? path[i - 1] : undefined;
}

/** The question is on the current path and already answered, so it can be changed. */
export function isChangeable(answers: Answers, question: QuestionId, asOf: string): boolean {
  return answers[question] !== undefined && questionPath(answers, asOf).path.includes(question);
}

/** The answers reach this page: the start page always, a question on the path, check and the plan once it is complete. */
export function isReachable(answers: Answers, page: WizardPage, asOf: string): boolean {
  if (page === 'start') return true;
  const { path, complete } = questionPath(answers, asOf);
  return page === 'check' || page === 'plan' ? complete : path.includes(page);
}

/** The question the answers stop at (the last on an incomplete path). */
export function isFirstOpenQuestion(answers: Answers, question: QuestionId, asOf: string): boolean {
  const { path, complete } = questionPath(answers, asOf);
  return !complete && path[path.length - 1] === question;
}

const next = ({ context, event }: GuardArgs): Answers => nextAnswers(context, event);

/**
 * The decision tree's guards (rules/decision-tree.ts): one per predicate the tree names, with
 * its name, each a one-line call of that rule predicate on the answers after the event.
 */
const treeGuards = Object.fromEntries(
  Object.entries(TREE_PREDICATES).map(([name, predicate]) => [name, (a: GuardArgs) => predicate(next(a), a.context.asOf)]),
) as Record<TreePredicate, (a: GuardArgs) => boolean>;

export const wizardGuards = {
  // answers and navigation
  isValidAnswer: ({ context, event }: GuardArgs) => isAcceptableAnswer(context, event),
  isReturningToCheck: ({ context }: GuardArgs) => context.returnToCheck,
  isPathComplete: (a: GuardArgs) => questionPath(next(a), a.context.asOf).complete,
  previousQuestionIs: ({ context }: GuardArgs, p: { from: BackFrom; question: QuestionId }) =>
    previousQuestion(context.answers, p.from, context.asOf) === p.question,
  canGoTo: ({ context, event }: GuardArgs, p: { page: WizardPage }) =>
    event.type === 'nav.to' && event.page === p.page && isReachable(context.answers, p.page, context.asOf),
  isFirstOpen: ({ context }: GuardArgs, p: { question: QuestionId }) => isFirstOpenQuestion(context.answers, p.question, context.asOf),
  canChangeTo: ({ context, event }: GuardArgs, p: { question: QuestionId }) =>
    event.type === 'nav.change' && event.question === p.question && isChangeable(context.answers, p.question, context.asOf),

  ...treeGuards,
};
