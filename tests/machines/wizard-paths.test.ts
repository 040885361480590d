import { transition, type SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, createTestModel } from 'xstate/graph';
import { branchesOf } from '../../src/rules/decision-tree.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { QUESTION_IDS, questionPath, schemaOptions } from '../../src/rules/questions.ts';
import type { CaseFile, QuestionId } from '../../src/rules/schema/case-file.ts';
import { enginePlanSchema, type EnginePlan } from '../../src/rules/schema/plan.ts';
import { unmetNeeds } from '../../src/rules/plan/step-needs.ts';
import { previousQuestion } from '../../src/machines/wizard-guards.ts';
import { QUESTION_EVENT, wizardMachine, type WizardEvent } from '../../src/machines/wizard-machine.ts';

/**
 * Model-based tests of the wizard with xstate/graph, over sample answers: one event per
 * enum value of each question (from the case-file schema), a few citizenships that cover
 * every branch, one date per date question.
 *
 * Bounding. With Back, Change and Restart the state space (state × answers kept from
 * abandoned visits) is unbounded in practice (a breadth-first walk passes 250 000 states
 * in two minutes). So:
 *  1. the FORWARD model (answers, nav.start, nav.confirm) is traversed whole: it is a tree
 *     (one shortest path per state; 740 of them end in `plan`), which proves reachability,
 *     no dead ends and a valid plan for every complete path;
 *  2. NAVIGATION is explored one step deep from every state of the forward model: every
 *     Back / Change / Restart, then every sample answer, then a deterministic completion
 *     (keep the kept answer, else the first accepted sample) that must reach `plan` with a
 *     valid plan. That covers every navigation edge from every forward state, in seconds.
 */

const AS_OF = '2026-11-22';

/** SK; EU (DE) and EEA (NO); GB; third countries: visa-free (UA), visa required (IN), US. */
const CITIZENSHIPS = ['SK', 'DE', 'NO', 'GB', 'UA', 'IN', 'US'] as const;
const DATES: Partial<Record<QuestionId, string>> = {
  arrivalDate: '2026-12-18',
  permitExpiry: '2027-03-31',
  residenceSince: '2021-05-01',
};

function sampleValues(q: QuestionId): readonly string[] {
  if (q === 'citizenship') return CITIZENSHIPS;
  const options = schemaOptions(q) ?? [DATES[q]];
  if (options.some((o) => o === undefined)) throw new Error(`no sample value for ${q}`);
  return options as readonly string[];
}

const answer = (q: QuestionId, value: string) => ({ type: QUESTION_EVENT(q), value }) as WizardEvent;

/** Tests only: one answer event per sample value of every question. */
const sampleAnswers: WizardEvent[] = QUESTION_IDS.flatMap((q) => sampleValues(q).map((v) => answer(q, v)));
const forwardEvents: WizardEvent[] = [...sampleAnswers, { type: 'nav.start' }, { type: 'nav.confirm' }];
const navEvents: WizardEvent[] = [
  { type: 'nav.back' },
  { type: 'nav.restart' },
  ...QUESTION_IDS.map((question) => ({ type: 'nav.change', question }) as WizardEvent),
];
const isForward = (e: WizardEvent) => !e.type.startsWith('nav.') || e.type === 'nav.start' || e.type === 'nav.confirm';

type Snapshot = SnapshotFrom<typeof wizardMachine>;
const STATE_IDS = Object.keys(wizardMachine.root.states);
const isQuestion = (v: unknown): v is QuestionId => (QUESTION_IDS as readonly unknown[]).includes(v);
const key = (s: Snapshot) => JSON.stringify([s.value, s.context.answers, s.context.returnToCheck]);

/** makePlan for a complete path; memoised by case file. Returns an error text or ''. */
const planChecks = new Map<string, string>();
function planProblem(answers: Partial<CaseFile>): string {
  const k = JSON.stringify(answers);
  let problem = planChecks.get(k);
  if (problem === undefined) {
    const r = makePlan(answers, AS_OF);
    if (!r.ok) problem = `${k}: ${JSON.stringify(r.problems)}`;
    else {
      const parsed = enginePlanSchema.safeParse(r.plan);
      // Every step's needs (an active BOK, a booking, the card, a granted permit) are met by an
      // earlier step with a date no later than its own, or held already: the plan can be followed in order.
      const unmet = unmetNeeds(r.plan.steps, AS_OF);
      const slips = embassyBookingSlips(r.plan);
      problem = !parsed.success
        ? `${k}: plan fails enginePlanSchema: ${parsed.error.message}`
        : unmet.length
          ? `${k}: steps out of order: ${unmet.join('; ')}`
          : slips.length
            ? `${k}: embassy steps refer to Foreign Police booking: ${slips.join('; ')}`
            : '';
    }
    planChecks.set(k, problem);
  }
  return problem;
}

/**
 * Issue 12: a step filed at a Slovak embassy never refers to the Foreign Police booking system:
 * no booking of its own, no booking action for it, no booking or BOK needed first, no booking
 * text among its details, no booking warning placed on it.
 */
function embassyBookingSlips(plan: EnginePlan): string[] {
  const out: string[] = [];
  for (const s of plan.steps.filter((x) => x.where?.officeType === 'embassy')) {
    if (s.booking) out.push(`${s.id} has a booking`);
    if (plan.steps.some((b) => b.bookingFor === s.id)) out.push(`${s.id} has a booking action`);
    for (const n of s.needs) if (n.what === 'booking' || n.what === 'bok') out.push(`${s.id} needs ${n.what}`);
    for (const d of s.details) if (/book/i.test(d.key)) out.push(`${s.id} says ${d.key}`);
    for (const w of plan.warnings) if (w.stepId === s.id && (w.about === 'booking' || /book/i.test(w.text.key))) out.push(`${s.id} warns ${w.id}`);
  }
  return out;
}

/** The machine and the rules' decision tree agree: the state is on the path of its answers. */
function disagreement(s: Snapshot): string {
  const { path, complete } = questionPath(s.context.answers, AS_OF);
  if (isQuestion(s.value) && !path.includes(s.value)) return `${key(s)}: ${s.value} is not on the path ${path.join(' → ')}`;
  if ((s.value === 'check' || s.value === 'plan') && !complete) return `${key(s)}: ${s.value} with an incomplete path`;
  return '';
}

const model = createTestModel(wizardMachine, {
  input: { asOf: AS_OF },
  events: forwardEvents,
  filterEvents: (_s, e) => isForward(e),
});
const adjacency = model.getAdjacencyMap();
const forwardStates: Snapshot[] = Object.values(adjacency).map((v) => v.state);
const edges = adjacencyMapToArray(adjacency);

describe('wizard paths (forward model: answers, start, confirm)', () => {
  const planPaths = model.getShortestPaths({ toState: (s) => s.matches('plan') });

  it('reaches every state of the machine', () => {
    const reached = new Set(forwardStates.map((s) => String(s.value)));
    expect(STATE_IDS.filter((id) => !reached.has(id))).toEqual([]);
    expect(STATE_IDS).toEqual(expect.arrayContaining(['start', ...QUESTION_IDS, 'check', 'plan']));
  });

  it('asks exactly the next question of the decision tree (questionPath) in every state', () => {
    const wrong = forwardStates.flatMap((s) => {
      const { path, complete } = questionPath(s.context.answers, AS_OF);
      if (s.value === 'start') return [];
      if (s.value === 'check' || s.value === 'plan') return complete ? [] : [`${key(s)}: incomplete`];
      return !complete && path[path.length - 1] === s.value ? [] : [`${key(s)}: tree asks ${path.at(-1)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('visits, on every path to plan, exactly the questions of questionPath for its answers, in order', () => {
    const wrong: string[] = [];
    for (const { state, steps } of planPaths) {
      const visited = [...steps.map((s) => s.state.value), state.value].filter(isQuestion).filter((q, i, all) => q !== all[i - 1]);
      const { path, complete } = questionPath(state.context.answers, AS_OF);
      if (!complete || visited.join() !== path.join()) wrong.push(`${key(state)}: visited ${visited.join(' → ')}, tree ${path.join(' → ')}`);
    }
    expect(planPaths.length).toBeGreaterThan(0);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('takes every answer edge of the statechart (every branch of the tree) on some path', () => {
    const taken = new Set(edges.filter((e) => e.event.type.startsWith('answer.') && e.nextState.value !== e.state.value).map((e) => `${String(e.state.value)} → ${String(e.nextState.value)}`));
    const declared = QUESTION_IDS.flatMap((q) => branchesOf(q).map((b) => `${q} → ${b.to}`));
    expect(declared.filter((d) => !taken.has(d))).toEqual([]);
    expect([...taken].filter((t) => !declared.includes(t))).toEqual([]);
  });

  it('has no dead ends: from every reachable state some path leads to plan', () => {
    // Walk the edges backwards from every plan state.
    const into = new Map<string, string[]>();
    for (const { state, nextState } of edges) into.set(key(nextState), [...(into.get(key(nextState)) ?? []), key(state)]);
    const reachesPlan = new Set<string>();
    const queue = forwardStates.filter((s) => s.matches('plan')).map(key);
    for (const k of queue) {
      if (reachesPlan.has(k)) continue;
      reachesPlan.add(k);
      queue.push(...(into.get(k) ?? []));
    }
    expect(forwardStates.map(key).filter((k) => !reachesPlan.has(k))).toEqual([]);
  });

  it('has, in every state, a Back edge to exactly the states whose answers lead there', () => {
    const leadsTo = new Map<string, Set<string>>();
    for (const { state, event, nextState } of edges) {
      if (!event.type.startsWith('answer.') || nextState.value === state.value) continue;
      const to = String(nextState.value);
      leadsTo.set(to, (leadsTo.get(to) ?? new Set()).add(String(state.value)));
    }
    for (const [id, node] of Object.entries(wizardMachine.root.states)) {
      const backTargets = (node.transitions.get('nav.back') ?? []).flatMap((t) => (t.target ?? []).map((n) => n.key));
      const expected = id === 'citizenship' ? ['start'] : id === 'plan' ? ['check'] : [...(leadsTo.get(id) ?? [])];
      expect([id, backTargets.sort()]).toEqual([id, expected.sort()]);
    }
  });

  it('the embassy check can fail: a booking, a booking action or a booking need on an embassy step is named', () => {
    const r = makePlan({ schemaVersion: 1, citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'employment' }, AS_OF);
    if (!r.ok) throw new Error('no plan');
    expect(embassyBookingSlips(r.plan)).toEqual([]);
    const [first, ...rest] = r.plan.steps;
    expect(first?.where?.officeType).toBe('embassy');
    const doctored = {
      ...r.plan,
      steps: [{ ...first!, needs: [...first!.needs, { what: 'booking' as const, stepId: 'bookTrApplication', have: false }] }, { ...first!, id: 'bookTrApplication', bookingFor: first!.id }, ...rest],
    };
    expect(embassyBookingSlips(doctored)).toEqual(['trApplication has a booking action', 'trApplication needs booking']);
  });

  it('ends every complete path in plan with a valid plan from makePlan', async () => {
    console.log('wizard paths:', planPaths.length);
    // Measured: 1 SK + 2 × 14 EU/EEA + 3 GB (Withdrawal Agreement) + 4 × 177 third-country,
    // before the BOK question split every "card with a chip" path in three.
    expect(planPaths.length).toBeGreaterThanOrEqual(740);
    const problems: string[] = [];
    for (const path of planPaths) {
      await path.test({
        states: {
          plan: (s) => {
            const p = planProblem(s.context.answers);
            if (p) problems.push(p);
          },
        },
      });
    }
    expect(problems).toEqual([]);
    // Over a thousand plans (about 7 s on a busy 2-core machine): more than the default 5 s.
  }, 60_000);
});

describe('wizard navigation (one Back / Change / Restart from every forward state)', () => {
  const eventsFor = (q: QuestionId) => sampleAnswers.filter((e) => e.type === QUESTION_EVENT(q));

  /** The event a person in a hurry sends: the kept answer, else the first accepted sample. */
  function defaultEvent(s: Snapshot): WizardEvent | undefined {
    if (s.matches('start')) return { type: 'nav.start' };
    if (s.matches('check')) return { type: 'nav.confirm' };
    if (!isQuestion(s.value)) return undefined;
    const kept = s.context.answers[s.value];
    const candidates = kept === undefined ? eventsFor(s.value) : [answer(s.value, String(kept)), ...eventsFor(s.value)];
    return candidates.find((e) => s.can(e));
  }

  function expectedBack(s: Snapshot): string | undefined {
    if (s.value === 'plan') return 'check';
    if (s.value === 'citizenship') return 'start';
    return previousQuestion(s.context.answers, s.value as QuestionId | 'check', AS_OF);
  }

  // States known to reach plan (the forward model's, then every completion that passed),
  // so a completion stops where an earlier one passed.
  const known = new Set<string>(forwardStates.map(key));
  const failures: string[] = [];
  const MAX_STEPS = 40;
  function complete(start: Snapshot, via: string): void {
    const seen: string[] = [];
    for (let s = start, steps = 0; ; steps++) {
      const wrong = disagreement(s);
      if (wrong) return void failures.push(`${via}: ${wrong}`);
      if (s.matches('plan')) {
        const p = planProblem(s.context.answers);
        if (p) return void failures.push(`${via}: ${p}`);
        break;
      }
      if (known.has(key(s))) break;
      const e = defaultEvent(s);
      if (!e) return void failures.push(`${via}: stuck in ${key(s)}`);
      if (steps === MAX_STEPS) return void failures.push(`${via}: no plan after ${MAX_STEPS} steps`);
      seen.push(key(s));
      s = transition(wizardMachine, s, e)[0];
    }
    for (const k of seen) known.add(k);
  }

  // Explore once; the tests below read the results.
  let explored = 0;
  const backProblems: string[] = [];
  beforeAll(() => {
    for (const s of forwardStates) {
      for (const nav of navEvents) {
        if (!s.can(nav)) continue;
        const [afterNav] = transition(wizardMachine, s, nav);
        const via = `${key(s)} ${JSON.stringify(nav)}`;
        if (nav.type === 'nav.back') {
          const expected = expectedBack(s);
          if (afterNav.value !== expected) backProblems.push(`${via}: went to ${String(afterNav.value)}, expected ${expected}`);
        }
        complete(afterNav, via);
        if (!isQuestion(afterNav.value)) continue;
        for (const e of eventsFor(afterNav.value)) {
          if (!afterNav.can(e)) continue;
          explored++;
          complete(transition(wizardMachine, afterNav, e)[0], `${via} ${JSON.stringify(e)}`);
        }
      }
    }
    // Every state of the forward model times every navigation event: seconds alone, longer beside other jobs.
  }, 120_000);


  it('Back goes to the previous question on the path (check: the last; citizenship: start; plan: check)', () => {
    expect(backProblems).toEqual([]);
  });

  it('after every navigation and next answer, the state is on the path and some path reaches a valid plan', () => {
    console.log('wizard navigation: explored', explored, 'next answers after a navigation');
    expect(explored).toBeGreaterThanOrEqual(68_000); // measured: 68 120
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
