import { and, assign, not, setup } from 'xstate';
import { type Branch, branchesOf, FIRST_QUESTION, questionsLeadingTo } from '../rules/decision-tree.ts';
import { QUESTION_IDS } from '../rules/questions.ts';
import type { CaseFile, QuestionId } from '../rules/schema/case-file.ts';
import { type BackFrom, nextAnswers, wizardGuards } from './wizard-guards.ts';
import { changeTo, goTo, type WizardPage } from './wizard-navigation.ts';

/**
 * The wizard's statechart: routing only. One state per question of the decision tree
 * (src/rules/decision-tree.ts, the one declaration of the tree); the state id is the question
 * id and the case-file field. Every state, answer edge and Back edge is built from that
 * declaration when this module loads, with static targets, so `xstate/graph` and the
 * visualiser see every edge; every branch's guard is the rule predicate the tree names
 * (src/machines/wizard-guards.ts). tests/machines check the built chart against the tree
 * and walk every path of it against `questionPath()`.
 *
 *   start → citizenship → … (the tree's branches) … → check → plan
 *
 * Answer transitions, in order: an invalid value is ignored; a person who came from
 * `check` (nav.change) goes straight back once the path is complete; otherwise the tree's
 * branches, tried in order (a branch without a predicate is "every remaining case"; a
 * branch to `check` is taken once the path is complete).
 *
 * Navigation: nav.change, nav.to (wizard-navigation.ts) and nav.restart live at the root. nav.back lives in each state,
 * with the state named in the guard's params (`previousQuestionIs({ from, question })`):
 * XState guards receive only context and event, never the current state, so a root-level
 * "previous question" guard could not know where Back was pressed. Each state lists the
 * questions with a branch to it (`questionsLeadingTo`), the one before it on the path wins.
 */

export interface WizardContext {
  answers: Partial<CaseFile>;
  asOf: string;
  /** Set by nav.change (from check): return to check as soon as the path is complete. */
  returnToCheck: boolean;
}

export interface WizardInput {
  asOf: string;
  answers?: Partial<CaseFile>;
}

/** One answer event per question, its value typed by the case-file schema. */
export type AnswerEvent = {
  [Q in QuestionId]: { type: `answer.${Q}`; value: NonNullable<CaseFile[Q]> };
}[QuestionId];

export type NavEvent =
  | { type: 'nav.start' }
  | { type: 'nav.to'; page: WizardPage }
  | { type: 'nav.back' }
  | { type: 'nav.change'; question: QuestionId }
  | { type: 'nav.confirm' }
  | { type: 'nav.restart' };

export type WizardEvent = AnswerEvent | NavEvent;

export const QUESTION_EVENT = <Q extends QuestionId>(q: Q): `answer.${Q}` => `answer.${q}`;

const emptyAnswers = (): Partial<CaseFile> => ({ schemaVersion: 1 });

/** Back from `from`: to whichever of `previous` precedes it on the current path. */
const backTo = (from: BackFrom, previous: readonly QuestionId[]) =>
  previous.map((question) => ({
    guard: { type: 'previousQuestionIs' as const, params: { from, question } },
    target: question,
  }));

const wizard = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: wizardGuards,
  actions: {
    recordAnswer: assign({ answers: ({ context, event }) => nextAnswers(context, event) }),
    markReturnToCheck: assign({ returnToCheck: true }),
    clearReturnToCheck: assign({ returnToCheck: false }),
    clearAnswers: assign({ answers: emptyAnswers, returnToCheck: false }),
  },
});

/** First in every answer event: a value that fails the schema is no transition at all. */
const ignoreInvalid = { guard: not('isValidAnswer') } as const;
/** Second: a person changing an answer from `check` returns there once the path is complete. */
const backToCheck = {
  guard: and(['isReturningToCheck', 'isPathComplete']),
  target: 'check',
  actions: 'recordAnswer',
} as const;

/** One branch of the tree as an answer edge: its predicate as the guard; to `check` once the path is complete. */
function answerEdge(b: Branch) {
  const onPath = b.to === 'check' ? (b.if ? and([b.if, 'isPathComplete']) : 'isPathComplete') : b.if;
  return { ...(onPath ? { guard: onPath } : {}), target: b.to, actions: 'recordAnswer' as const };
}

/** A question's state: its answer edges from the tree's branches; Back to the questions with a branch to it. */
const questionState = (q: QuestionId) => ({
  on: {
    [QUESTION_EVENT(q)]: [ignoreInvalid, backToCheck, ...branchesOf(q).map(answerEdge)],
    'nav.back': q === FIRST_QUESTION ? 'start' : backTo(q, questionsLeadingTo(q)),
  },
});

const questionStates = Object.fromEntries(QUESTION_IDS.map((q) => [q, questionState(q)])) as Record<
  QuestionId,
  ReturnType<typeof questionState>
>;

export const wizardMachine = wizard.createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    // Taken as given (e.g. a saved session); the next answer prunes them.
    answers: { ...input.answers, ...emptyAnswers() },
    asOf: input.asOf,
    returnToCheck: false,
  }),
  initial: 'start',
  on: {
    'nav.change': changeTo,
    'nav.to': goTo,
    'nav.restart': { target: '.start', actions: 'clearAnswers' },
  },
  states: {
    start: {
      on: { 'nav.start': FIRST_QUESTION },
    },
    ...questionStates,
    check: {
      entry: 'clearReturnToCheck',
      on: {
        'nav.confirm': 'plan',
        'nav.back': backTo('check', questionsLeadingTo('check')),
      },
    },
    /** The end of every complete path. No answer event leaves it; restart and change do. */
    plan: {
      on: { 'nav.back': 'check' },
    },
  },
});
