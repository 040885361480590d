import { branchesOf, FIRST_QUESTION, questionsLeadingTo, TREE_PREDICATES, type TreePredicate } from '../../src/rules/decision-tree.ts';
import { QUESTION_IDS } from '../../src/rules/questions.ts';
import { nextAnswers, wizardGuards } from '../../src/machines/wizard-guards.ts';
import { QUESTION_EVENT, wizardMachine, type WizardContext, type WizardEvent } from '../../src/machines/wizard-machine.ts';

/**
 * The statechart reads as the decision tree (src/rules/decision-tree.ts): the chart as built,
 * read back edge by edge, is the declaration. tests/machines/wizard-paths walks every path.
 */

type Guard = string | { type?: string; name?: string; guards?: Guard[] } | undefined;

/** A guard as text: a name, `not(…)`, `and(…)`. */
function guardText(g: Guard): string {
  if (g === undefined) return '';
  if (typeof g === 'string') return g;
  if (g.type) return g.type;
  return `${g.name}(${(g.guards ?? []).map(guardText).join(', ')})`;
}

/** One state's transitions for an event, as `guard → target` lines. */
function edgesOf(state: string, event: string): string[] {
  const node = wizardMachine.root.states[state]!;
  return (node.transitions.get(event) ?? []).map((t) => `${guardText(t.guard as Guard)} → ${(t.target ?? []).map((n) => n.key).join()}`);
}

/** The tree's branches as the chart must have them: a branch to check is taken once the path is complete. */
function expectedEdges(q: (typeof QUESTION_IDS)[number]): string[] {
  return branchesOf(q).map((b) => {
    const guard = b.to === 'check' ? (b.if ? `and(${b.if}, isPathComplete)` : 'isPathComplete') : (b.if ?? '');
    return `${guard} → ${b.to}`;
  });
}

describe('the statechart is the decision tree', () => {
  it('has the states start, each question of the tree in its order, check and plan', () => {
    expect(Object.keys(wizardMachine.root.states)).toEqual(['start', ...QUESTION_IDS, 'check', 'plan']);
    expect(edgesOf('start', 'nav.start')).toEqual([` → ${FIRST_QUESTION}`]);
  });

  it.each(QUESTION_IDS)('answers %s by the tree’s branches, in order, after the invalid value and the return to check', (q) => {
    expect(edgesOf(q, QUESTION_EVENT(q))).toEqual([
      'not(isValidAnswer) → ',
      'and(isReturningToCheck, isPathComplete) → check',
      ...expectedEdges(q),
    ]);
  });

  it.each([...QUESTION_IDS, 'check'] as const)('goes Back from %s to the questions with a branch to it', (page) => {
    const back = edgesOf(page, 'nav.back');
    if (page === FIRST_QUESTION) return void expect(back).toEqual([' → start']);
    expect(back).toEqual(questionsLeadingTo(page).map((q) => `previousQuestionIs → ${q}`));
    expect(back.length).toBeGreaterThan(0);
  });

  it('has no answer edge outside the questions’ own states', () => {
    for (const state of ['start', 'check', 'plan']) {
      const events = [...wizardMachine.root.states[state]!.transitions.keys()];
      expect([state, events.filter((e) => e.startsWith('answer.'))]).toEqual([state, []]);
    }
  });

  it('guards each branch with the rule predicate of the same name, on the answers after the event', () => {
    const context: WizardContext = {
      answers: { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days' },
      asOf: '2026-11-22',
      returnToCheck: false,
    };
    const events: WizardEvent[] = [
      { type: 'answer.currentStatus', value: 'temporaryRefuge' },
      { type: 'answer.currentStatus', value: 'temporaryResidence' },
      { type: 'answer.currentStatus', value: 'abroad' },
      { type: 'answer.citizenship', value: 'DE' },
      { type: 'answer.citizenship', value: 'GB' },
    ];
    const guards = wizardGuards as unknown as Record<string, (a: { context: WizardContext; event: WizardEvent }) => boolean>;
    for (const name of Object.keys(TREE_PREDICATES) as TreePredicate[]) {
      for (const event of events) {
        const expected = TREE_PREDICATES[name](nextAnswers(context, event), context.asOf);
        expect([name, event, guards[name]!({ context, event })]).toEqual([name, event, expected]);
      }
    }
    // The events above tell the guards apart: refuge, residence, abroad, an EU and a British citizen.
    expect(events.map((event) => guards.isRefugeHolder!({ context, event }))).toEqual([true, false, false, false, false]);
    expect(events.map((event) => guards.isEuEeaChCitizen!({ context, event }))).toEqual([false, false, false, true, false]);
  });
});
