import { DECISION_TREE, FIRST_QUESTION, nextInTree, READABLE_ANSWER } from './decision-tree.ts';
import { RESIDENT_GOALS, type Answers } from './predicates/case-predicates.ts';
import {
  caseFileSchema,
  purposeSchema,
  residentGoalSchema,
  type QuestionId,
  yesNoDontKnowSchema,
} from './schema/case-file.ts';
import type { Purpose, ResidentGoal } from './schema/case-file.ts';

/** Every question id, in the order the decision tree (rules/decision-tree.ts) declares them. */
export const QUESTION_IDS = Object.keys(DECISION_TREE) as readonly QuestionId[];

/**
 * The questions that apply to these answers, in order, up to and including the first one
 * not yet answered. `complete` is true when every applicable question has an answer.
 * A walk of the decision tree (rules/decision-tree.ts): from the first question, each
 * answer's first branch that holds, reading only the answers to questions already asked.
 */
export function questionPath(a: Answers, asOf: string): { path: QuestionId[]; complete: boolean } {
  const path: QuestionId[] = [];
  const asked: Record<string, unknown> = {};
  for (let q: QuestionId | undefined = FIRST_QUESTION; q !== undefined && path.length < QUESTION_IDS.length; ) {
    path.push(q);
    const value = a[q];
    if (value === undefined || READABLE_ANSWER[q]?.(value) === false) break;
    asked[q] = value;
    const to = nextInTree(q, asked as Answers, asOf);
    if (to === 'check') return { path, complete: true };
    q = to;
  }
  return { path, complete: false };
}

/**
 * Questions added after case files were first written, with the answer that plans for them
 * safely: a card holder's BOK not known to be active (its activation is planned); a family
 * tie for permanent residence not known (both routes are shown). The wizard still asks them
 * (`questionPath` stops there); a case file, a saved client or a link made before the
 * question existed still gives a plan instead of "missing".
 */
const ADDED_LATER: Partial<Record<QuestionId, string>> = {
  permanentResidenceTie: 'dontKnow',
  bokActive: 'dontKnow',
};

export function withAnswersAddedLater<T extends Answers>(a: T, asOf: string): T {
  let out = a;
  for (;;) {
    const { path, complete } = questionPath(out, asOf);
    const open = path[path.length - 1];
    const safe = open === undefined ? undefined : ADDED_LATER[open];
    if (complete || safe === undefined || out[open!] !== undefined) return out;
    out = { ...out, [open!]: safe };
  }
}

/** The answers a question accepts in this context (a narrower set than the schema's enum). */
export function allowedOptions(q: 'residentGoal' | 'purpose', a: Answers): readonly string[] {
  if (q === 'residentGoal') {
    if (a.currentStatus === 'permanentResidence') return RESIDENT_GOALS.permanentResidence;
    return RESIDENT_GOALS.temporaryResidence satisfies readonly ResidentGoal[];
  }
  return purposeSchema.options satisfies readonly Purpose[];
}

/** All options of an enum question, straight from the case-file schema. */
export function schemaOptions(q: QuestionId): readonly string[] | undefined {
  const field = caseFileSchema.shape[q];
  const inner = 'unwrap' in field ? field.unwrap() : field;
  return 'options' in inner ? (inner.options as readonly string[]) : undefined;
}

export const residentGoalOptions = residentGoalSchema.options;

/**
 * How an answer is put in words, from its case-file field: a country, a day, yes / no / don't
 * know (words shared by every such question) or one of the question's own options.
 */
export function answerKind(q: QuestionId): 'country' | 'date' | 'yesNo' | 'options' {
  if (q === 'citizenship') return 'country';
  const options = schemaOptions(q);
  if (!options) return 'date';
  return options.every((o) => (yesNoDontKnowSchema.options as readonly string[]).includes(o)) ? 'yesNo' : 'options';
}

/**
 * Drop answers from branches the person is no longer on, keeping every answer that is
 * still on the path. Walks the decision tree with the answers given; an answer to a
 * question the tree would not ask (now) is removed. Repeats until nothing changes, since
 * removing one answer can take a later question off the path.
 */
export function pruneAnswers(a: Answers, asOf: string): Answers {
  let current: Answers = { ...a };
  for (;;) {
    const reachable = reachableQuestions(current, asOf);
    const next: Answers = {};
    for (const [k, v] of Object.entries(current) as [keyof Answers, unknown][]) {
      const keep = k === 'schemaVersion' || (reachable.has(k as QuestionId) && isAllowedAnswer(k as QuestionId, v, current));
      if (keep) (next as Record<string, unknown>)[k] = v;
    }
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
}

/**
 * Questions the tree could still ask with these answers: the path, continued past
 * unanswered questions whose answer does not change which later questions apply.
 */
function reachableQuestions(a: Answers, asOf: string): Set<QuestionId> {
  // Without a citizenship nothing decides the branch yet: every answer may still apply.
  if (a.citizenship === undefined) return new Set(QUESTION_IDS);
  const out = new Set<QuestionId>();
  // Fill each unanswered question on the path with a placeholder that keeps later,
  // answered questions in view: try each option and keep every question any of them reaches.
  const walk = (answers: Answers, depth: number): void => {
    const { path, complete } = questionPath(answers, asOf);
    for (const q of path) if (answers[q] !== undefined || q === path[path.length - 1]) out.add(q);
    if (complete || depth > 4) return;
    const open = path[path.length - 1]!;
    const options = schemaOptions(open);
    if (!options) {
      walk({ ...answers, [open]: PLACEHOLDER_DATE } as Answers, depth + 1);
      return;
    }
    for (const o of options) walk({ ...answers, [open]: o } as Answers, depth + 1);
  };
  walk(a, 0);
  return out;
}

const PLACEHOLDER_DATE = '2026-01-01';

/** An answer to residentGoal or purpose must be one the context allows (e.g. no renewal of permanent residence). */
function isAllowedAnswer(q: QuestionId, v: unknown, a: Answers): boolean {
  if (q !== 'residentGoal' && q !== 'purpose') return true;
  return allowedOptions(q, a).includes(v as string);
}
