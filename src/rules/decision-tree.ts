import { isKnownCountry } from './params/countries.ts';
import {
  type Answers,
  appliesForTemporaryResidence,
  asksBokActive,
  asksPermanentResidenceTie,
  goalIsRenewal,
  goalNeedsExpiry,
  goalNeedsPurpose,
  goalNeedsResidenceSince,
  isBritish,
  isEuEeaChCitizen,
  isEuFamilyMember,
  isLongStay,
  isRefugeHolder,
  isResident,
  isShortStay,
  isSlovak,
  isThirdCountryNational,
  isWithdrawalAgreementBeneficiary,
  needsArrivalDate,
  wantsResidenceFromRefuge,
} from './predicates/case-predicates.ts';
import type { QuestionId } from './schema/case-file.ts';
import type { Group } from './schema/plan.ts';

/**
 * The wizard's decision tree, declared once. Everything else is derived from it:
 * `questionPath` and `pruneAnswers` (rules/questions.ts) walk it; the statechart
 * (machines/wizard-machine.ts) builds one state per entry, its answer edges from the
 * branches and each state's Back edges from the branches that lead to it; its guards are
 * the predicates named here; the plan builder (plan/build-plan.ts) runs the modules of
 * the route its leaf gives (PLAN_ROUTES).
 *
 * Adding a question: its case-file field (schema/case-file.ts), one entry here (and a
 * branch that leads to it), its screen (components/screens) and its locale keys.
 */

/** The predicates the tree branches on, by name (rules/predicates). The wizard's guards carry the same names. */
export const TREE_PREDICATES = {
  isSlovak,
  isBritish,
  isEuEeaChCitizen,
  isThirdCountryNational,
  isWithdrawalAgreementBeneficiary,
  isEuFamilyMember,
  isShortStay,
  isLongStay,
  isRefugeHolder,
  isResident,
  appliesForTemporaryResidence,
  wantsResidenceFromRefuge,
  goalNeedsPurpose,
  goalNeedsExpiry,
  goalNeedsResidenceSince,
  goalIsRenewal,
  needsArrivalDate,
  asksBokActive,
  asksPermanentResidenceTie,
} satisfies Record<string, (a: Answers, asOf: string) => boolean>;

export type TreePredicate = keyof typeof TREE_PREDICATES;

/** Where a branch goes: the next question, or `check` (every question of the path is answered). */
export type TreeTarget = QuestionId | 'check';

/** One branch of a question: taken when `if` holds (no `if`: every remaining case). */
export interface Branch {
  readonly if?: TreePredicate;
  readonly to: TreeTarget;
}

/** The first question asked. */
export const FIRST_QUESTION = 'citizenship' satisfies QuestionId;

/**
 * Each question, in the order the tree can ask them, with its branches tried in order on
 * the answers given so far (a branch reads only answers to questions already asked).
 * A question whose answer matches no branch is asked again.
 */
export const DECISION_TREE = {
  citizenship: [
    { if: 'isSlovak', to: 'check' },
    { if: 'isBritish', to: 'ukResidentBefore2021' },
    { if: 'isEuEeaChCitizen', to: 'stayLength' },
    { if: 'isThirdCountryNational', to: 'euFamilyMember' },
  ],
  ukResidentBefore2021: [
    { if: 'isWithdrawalAgreementBeneficiary', to: 'cardChip' },
    { if: 'isThirdCountryNational', to: 'euFamilyMember' },
  ],
  euFamilyMember: [{ to: 'stayLength' }],
  stayLength: [
    { if: 'isShortStay', to: 'arrivalDate' },
    { if: 'isEuEeaChCitizen', to: 'euBasis' },
    { if: 'isEuFamilyMember', to: 'arrivalDate' },
    // a third-country national staying longer, not with an EU family member
    { to: 'currentStatus' },
  ],
  currentStatus: [
    { if: 'isRefugeHolder', to: 'refugeGoal' },
    { if: 'isResident', to: 'residentGoal' },
    { if: 'appliesForTemporaryResidence', to: 'purpose' },
  ],
  refugeGoal: [
    { if: 'wantsResidenceFromRefuge', to: 'purpose' },
    { to: 'check' },
  ],
  residentGoal: [
    { if: 'goalNeedsPurpose', to: 'purpose' },
    { if: 'goalNeedsExpiry', to: 'permitExpiry' },
    { if: 'goalNeedsResidenceSince', to: 'residenceSince' },
    // continuing duties: straight to the card question
    { to: 'cardChip' },
  ],
  purpose: [
    { if: 'goalNeedsExpiry', to: 'permitExpiry' },
    { if: 'needsArrivalDate', to: 'arrivalDate' },
    { to: 'check' },
  ],
  euBasis: [{ to: 'arrivalDate' }],
  permitExpiry: [
    { if: 'goalIsRenewal', to: 'filingChannel' },
    { to: 'cardChip' },
  ],
  residenceSince: [
    { if: 'asksPermanentResidenceTie', to: 'permanentResidenceTie' },
    { to: 'cardChip' },
  ],
  permanentResidenceTie: [{ to: 'cardChip' }],
  arrivalDate: [{ to: 'accommodation' }],
  accommodation: [{ to: 'check' }],
  filingChannel: [{ to: 'cardChip' }],
  cardChip: [
    { if: 'asksBokActive', to: 'bokActive' },
    { to: 'check' },
  ],
  bokActive: [{ to: 'check' }],
} as const satisfies Record<QuestionId, readonly Branch[]>;

/**
 * Answers the rules cannot read count as no answer, and the question is asked again: a
 * country code the rules do not know (a damaged file or link).
 */
export const READABLE_ANSWER: Partial<Record<QuestionId, (value: unknown) => boolean>> = {
  citizenship: (v) => typeof v === 'string' && isKnownCountry(v),
};

/** The branches of a question, as declared. */
export const branchesOf = (q: QuestionId): readonly Branch[] => DECISION_TREE[q];

/** The branch the answers take from question `q`: the first that holds; undefined when none does. */
export function branchTaken(q: QuestionId, answers: Answers, asOf: string): Branch | undefined {
  return branchesOf(q).find((b) => b.if === undefined || TREE_PREDICATES[b.if](answers, asOf));
}

/** Where the answers lead from question `q`; undefined when no branch holds. */
export const nextInTree = (q: QuestionId, answers: Answers, asOf: string): TreeTarget | undefined => branchTaken(q, answers, asOf)?.to;

/** The questions with a branch to `target`, in the tree's order: where Back from `target` can go. */
export function questionsLeadingTo(target: TreeTarget): QuestionId[] {
  return (Object.keys(DECISION_TREE) as QuestionId[]).filter((q) => branchesOf(q).some((b) => b.to === target));
}

/**
 * The tree's leaves: which plan a complete path gives, and the body of rules it falls under
 * (the plan's group). Tried in order; the first whose predicates all hold is the route (the
 * last holds for every remaining case). The plan builder runs the modules of the route
 * (plan/build-plan.ts); tests/rules/decision-tree checks that every complete path of the tree
 * ends in one route, every route is reached and every plan's outcome is its route's.
 */
export const PLAN_ROUTES = [
  { route: 'slovak', group: 'slovak', if: ['isSlovak'] },
  { route: 'ukWithdrawalAgreement', group: 'ukWithdrawalAgreement', if: ['isWithdrawalAgreementBeneficiary'] },
  { route: 'euLong', group: 'eu', if: ['isEuEeaChCitizen', 'isLongStay'] },
  { route: 'euShort', group: 'eu', if: ['isEuEeaChCitizen'] },
  { route: 'familyMemberLong', group: 'thirdCountry', if: ['isEuFamilyMember', 'isLongStay'] },
  { route: 'familyMemberShort', group: 'thirdCountry', if: ['isEuFamilyMember'] },
  { route: 'shortStay', group: 'thirdCountry', if: ['isShortStay'] },
  { route: 'refugeToResidence', group: 'thirdCountry', if: ['isRefugeHolder', 'appliesForTemporaryResidence'] },
  { route: 'refuge', group: 'thirdCountry', if: ['isRefugeHolder'] },
  { route: 'temporaryResidence', group: 'thirdCountry', if: ['appliesForTemporaryResidence'] },
  // a resident: renewal, change of purpose, long-term or permanent residence, continuing duties
  { route: 'resident', group: 'thirdCountry', if: [] },
] as const satisfies readonly { route: string; group: Group; if: readonly TreePredicate[] }[];

export type PlanLeaf = (typeof PLAN_ROUTES)[number];
export type PlanRoute = PlanLeaf['route'];

/** The leaf of a complete path: the first of PLAN_ROUTES whose predicates all hold. */
export function planLeaf(answers: Answers, asOf: string): PlanLeaf {
  return PLAN_ROUTES.find((r) => r.if.every((p: TreePredicate) => TREE_PREDICATES[p](answers, asOf)))!;
}
