import { and, assign, not, setup } from 'xstate';
import type { CaseFile, QuestionId } from '../rules/schema/case-file.ts';
import { type BackFrom, nextAnswers, wizardGuards } from './wizard-guards.ts';
import { changeTo, goTo, type WizardPage } from './wizard-navigation.ts';

/**
 * The wizard's statechart: routing only (the decision tree of rules/questions.ts). One state per
 * question; the state id is the question id and the case-file field. Every target is
 * static so `xstate/graph` and the visualiser see every edge; every branch is a named
 * guard that calls a rule predicate (src/machines/wizard-guards.ts). The same tree as data
 * is `questionPath()` in src/rules/questions.ts; tests/machines check that they agree.
 *
 *   start → citizenship → … → check → plan
 *
 * Answer transitions, in order: an invalid value is ignored; a person who came from
 * `check` (nav.change) goes straight back once the path is complete; otherwise the tree's
 * successors, tried in order (an unguarded last branch is "every remaining case").
 *
 * Navigation: nav.change, nav.to (wizard-navigation.ts) and nav.restart live at the root. nav.back lives in each state,
 * with the state named in the guard's params (`previousQuestionIs({ from, question })`):
 * XState guards receive only context and event, never the current state, so a root-level
 * "previous question" guard could not know where Back was pressed. Each state lists the
 * states whose answers lead to it; a test checks that list against the answer edges.
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
      on: { 'nav.start': 'citizenship' },
    },
    citizenship: {
      on: {
        'answer.citizenship': [
          ignoreInvalid,
          backToCheck,
          { guard: 'isSlovak', target: 'check', actions: 'recordAnswer' },
          { guard: 'isBritish', target: 'ukResidentBefore2021', actions: 'recordAnswer' },
          { guard: 'isEuEeaChCitizen', target: 'stayLength', actions: 'recordAnswer' },
          { guard: 'isThirdCountryNational', target: 'euFamilyMember', actions: 'recordAnswer' },
        ],
        'nav.back': 'start',
      },
    },
    ukResidentBefore2021: {
      on: {
        'answer.ukResidentBefore2021': [
          ignoreInvalid,
          backToCheck,
          { guard: 'isWithdrawalAgreementBeneficiary', target: 'cardChip', actions: 'recordAnswer' },
          { guard: 'isThirdCountryNational', target: 'euFamilyMember', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('ukResidentBefore2021', ['citizenship']),
      },
    },
    euFamilyMember: {
      on: {
        'answer.euFamilyMember': [ignoreInvalid, backToCheck, { target: 'stayLength', actions: 'recordAnswer' }],
        'nav.back': backTo('euFamilyMember', ['citizenship', 'ukResidentBefore2021']),
      },
    },
    stayLength: {
      on: {
        'answer.stayLength': [
          ignoreInvalid,
          backToCheck,
          { guard: 'isShortStay', target: 'arrivalDate', actions: 'recordAnswer' },
          { guard: 'isEuEeaChCitizen', target: 'euBasis', actions: 'recordAnswer' },
          { guard: 'isEuFamilyMember', target: 'arrivalDate', actions: 'recordAnswer' },
          // a third-country national staying longer, not with an EU family member
          { target: 'currentStatus', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('stayLength', ['citizenship', 'euFamilyMember']),
      },
    },
    currentStatus: {
      on: {
        'answer.currentStatus': [
          ignoreInvalid,
          backToCheck,
          { guard: 'isRefugeHolder', target: 'refugeGoal', actions: 'recordAnswer' },
          { guard: 'isResident', target: 'residentGoal', actions: 'recordAnswer' },
          { guard: 'appliesForTemporaryResidence', target: 'purpose', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('currentStatus', ['stayLength']),
      },
    },
    refugeGoal: {
      on: {
        'answer.refugeGoal': [
          ignoreInvalid,
          backToCheck,
          { guard: 'wantsResidenceFromRefuge', target: 'purpose', actions: 'recordAnswer' },
          { guard: 'isPathComplete', target: 'check', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('refugeGoal', ['currentStatus']),
      },
    },
    residentGoal: {
      on: {
        'answer.residentGoal': [
          ignoreInvalid,
          backToCheck,
          { guard: 'goalNeedsPurpose', target: 'purpose', actions: 'recordAnswer' },
          { guard: 'goalNeedsExpiry', target: 'permitExpiry', actions: 'recordAnswer' },
          { guard: 'goalNeedsResidenceSince', target: 'residenceSince', actions: 'recordAnswer' },
          // continuing duties: straight to the card question
          { target: 'cardChip', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('residentGoal', ['currentStatus']),
      },
    },
    purpose: {
      on: {
        'answer.purpose': [
          ignoreInvalid,
          backToCheck,
          { guard: 'goalNeedsExpiry', target: 'permitExpiry', actions: 'recordAnswer' },
          { guard: 'needsArrivalDate', target: 'arrivalDate', actions: 'recordAnswer' },
          { guard: 'isPathComplete', target: 'check', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('purpose', ['currentStatus', 'refugeGoal', 'residentGoal']),
      },
    },
    euBasis: {
      on: {
        'answer.euBasis': [ignoreInvalid, backToCheck, { target: 'arrivalDate', actions: 'recordAnswer' }],
        'nav.back': backTo('euBasis', ['stayLength']),
      },
    },
    permitExpiry: {
      on: {
        'answer.permitExpiry': [
          ignoreInvalid,
          backToCheck,
          { guard: 'goalIsRenewal', target: 'filingChannel', actions: 'recordAnswer' },
          { target: 'cardChip', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('permitExpiry', ['residentGoal', 'purpose']),
      },
    },
    residenceSince: {
      on: {
        'answer.residenceSince': [
          ignoreInvalid,
          backToCheck,
          { guard: 'asksPermanentResidenceTie', target: 'permanentResidenceTie', actions: 'recordAnswer' },
          { target: 'cardChip', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('residenceSince', ['residentGoal']),
      },
    },
    permanentResidenceTie: {
      on: {
        'answer.permanentResidenceTie': [ignoreInvalid, backToCheck, { target: 'cardChip', actions: 'recordAnswer' }],
        'nav.back': backTo('permanentResidenceTie', ['residenceSince']),
      },
    },
    arrivalDate: {
      on: {
        'answer.arrivalDate': [ignoreInvalid, backToCheck, { target: 'accommodation', actions: 'recordAnswer' }],
        'nav.back': backTo('arrivalDate', ['stayLength', 'euBasis', 'purpose']),
      },
    },
    accommodation: {
      on: {
        'answer.accommodation': [
          ignoreInvalid,
          backToCheck,
          { guard: 'isPathComplete', target: 'check', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('accommodation', ['arrivalDate']),
      },
    },
    filingChannel: {
      on: {
        'answer.filingChannel': [ignoreInvalid, backToCheck, { target: 'cardChip', actions: 'recordAnswer' }],
        'nav.back': backTo('filingChannel', ['permitExpiry']),
      },
    },
    cardChip: {
      on: {
        'answer.cardChip': [
          ignoreInvalid,
          backToCheck,
          { guard: 'asksBokActive', target: 'bokActive', actions: 'recordAnswer' },
          { guard: 'isPathComplete', target: 'check', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('cardChip', [
          'ukResidentBefore2021',
          'residentGoal',
          'permitExpiry',
          'residenceSince',
          'permanentResidenceTie',
          'filingChannel',
        ]),
      },
    },
    bokActive: {
      on: {
        'answer.bokActive': [
          ignoreInvalid,
          backToCheck,
          { guard: 'isPathComplete', target: 'check', actions: 'recordAnswer' },
        ],
        'nav.back': backTo('bokActive', ['cardChip']),
      },
    },
    check: {
      entry: 'clearReturnToCheck',
      on: {
        'nav.confirm': 'plan',
        'nav.back': backTo('check', ['citizenship', 'refugeGoal', 'purpose', 'accommodation', 'cardChip', 'bokActive']),
      },
    },
    /** The end of every complete path. No answer event leaves it; restart and change do. */
    plan: {
      on: { 'nav.back': 'check' },
    },
  },
});
