import { pruneAnswers, QUESTION_IDS } from '../../rules/questions.ts';
import type { CaseFile, QuestionId } from '../../rules/schema/case-file.ts';

type Answers = Partial<CaseFile>;

/** What one window changed in the answers: the questions answered anew or differently, and those cleared. */
export interface AnswerChange {
  set: Answers;
  cleared: QuestionId[];
}

/** The questions whose answer differs between `before` and `after`. */
export function answerChange(before: Answers, after: Answers): AnswerChange {
  const set: Record<string, unknown> = {};
  const cleared: QuestionId[] = [];
  for (const q of QUESTION_IDS) {
    if (before[q] === after[q]) continue;
    if (after[q] === undefined) cleared.push(q);
    else set[q] = after[q];
  }
  return { set: set as Answers, cleared };
}

export interface MergedAnswers {
  answers: Answers;
  /** Questions both windows answered differently since this one last saw them: this window's answer is kept. */
  conflicts: QuestionId[];
  /** True when the result holds answers this window did not have. */
  gained: boolean;
}

/**
 * Apply one window's change (from `base`, the answers it last saw saved, to `mine`) to the
 * answers saved now by another window (`saved`), question by question, then drop answers the
 * merged path no longer asks (as the wizard does). Where both changed the same question, the
 * later change, this one, wins, and the question is named.
 */
export function mergeAnswers(saved: Answers, base: Answers, mine: Answers, asOf: string): MergedAnswers {
  const change = answerChange(base, mine);
  const merged: Record<string, unknown> = { ...saved };
  const conflicts: QuestionId[] = [];
  for (const [q, v] of Object.entries(change.set) as [QuestionId, unknown][]) {
    if (saved[q] !== base[q] && saved[q] !== v) conflicts.push(q);
    merged[q] = v;
  }
  for (const q of change.cleared) {
    if (saved[q] !== base[q] && saved[q] !== undefined) conflicts.push(q);
    delete merged[q];
  }
  const answers = pruneAnswers({ ...(merged as Answers), schemaVersion: 1 }, asOf);
  const gained = QUESTION_IDS.some((q) => answers[q] !== mine[q]);
  return { answers, conflicts, gained };
}
