import { QUESTION_IDS } from '../rules/questions.ts';
import type { QuestionId } from '../rules/schema/case-file.ts';

/** The wizard's pages (its states): the start page, one per question, check your answers, the plan. */
export type WizardPage = 'start' | QuestionId | 'check' | 'plan';

/**
 * `nav.to`: to a page by its address (a link, a reload, the browser's Back and Forward). The
 * page asked for when the answers reach it (`canGoTo`), else the first open question
 * (`isFirstOpen`), else check your answers. The caller compares the state reached with the
 * page asked for (a deep link the answers do not reach gets a note). Static targets, as every
 * edge of the statechart.
 */
export const goTo = [
  { guard: { type: 'canGoTo' as const, params: { page: 'start' as const } }, target: '.start', actions: 'clearReturnToCheck' as const },
  ...(['check', 'plan'] as const).map((page) => ({ guard: { type: 'canGoTo' as const, params: { page } }, target: `.${page}` })),
  ...QUESTION_IDS.map((page) => ({ guard: { type: 'canGoTo' as const, params: { page } }, target: `.${page}` })),
  ...QUESTION_IDS.map((question) => ({ guard: { type: 'isFirstOpen' as const, params: { question } }, target: `.${question}` })),
  { target: '.check' },
];

/** `nav.change` (from check your answers): to any answered question on the path, then back to check once complete. */
export const changeTo = QUESTION_IDS.map((question) => ({
  guard: { type: 'canChangeTo' as const, params: { question } },
  target: `.${question}`,
  actions: 'markReturnToCheck' as const,
}));
