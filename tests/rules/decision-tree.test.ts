import fc from 'fast-check';
import {
  branchesOf,
  branchTaken,
  DECISION_TREE,
  FIRST_QUESTION,
  nextInTree,
  PLAN_ROUTES,
  planLeaf,
  questionsLeadingTo,
} from '../../src/rules/decision-tree.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { allowedOptions, QUESTION_IDS, questionPath, schemaOptions } from '../../src/rules/questions.ts';
import type { CaseFile, QuestionId } from '../../src/rules/schema/case-file.ts';

const AS_OF = '2026-11-22';
type Answers = Partial<CaseFile>;

/** SK; EU (DE) and EEA (NO); GB; third countries: visa-free (UA), visa required (IN), US. */
const CITIZENSHIPS = ['SK', 'DE', 'NO', 'GB', 'UA', 'IN', 'US'];
const DATES: Partial<Record<QuestionId, string>> = { arrivalDate: '2026-12-18', permitExpiry: '2027-03-31', residenceSince: '2021-05-01' };

function sampleValues(q: QuestionId, a: Answers): readonly string[] {
  if (q === 'citizenship') return CITIZENSHIPS;
  if (q === 'residentGoal' || q === 'purpose') return allowedOptions(q, a);
  return schemaOptions(q) ?? [DATES[q]!];
}

/** Every complete path of the tree over the sample values, by questionPath, with the branch each answer took. */
function completePaths(): { answers: Answers; taken: string[] }[] {
  const out: { answers: Answers; taken: string[] }[] = [];
  const stuck: string[] = [];
  const walk = (a: Answers, taken: string[]) => {
    const { path, complete } = questionPath(a, AS_OF);
    if (complete) return void out.push({ answers: a, taken });
    const open = path[path.length - 1]!;
    if (a[open] !== undefined) return void stuck.push(JSON.stringify(a));
    for (const v of sampleValues(open, a)) {
      const next = { ...a, [open]: v } as Answers;
      const branch = branchTaken(open, next, AS_OF);
      walk(next, [...taken, `${open} → ${branch ? String(branchesOf(open).indexOf(branch)) : 'none'}`]);
    }
  };
  walk({}, []);
  if (stuck.length) throw new Error(`answers that match no branch: ${stuck.slice(0, 3).join('; ')}`);
  return out;
}

const paths = completePaths();

describe('the decision tree (one declaration)', () => {
  it('declares every question once, in the order they are asked, starting with the first question', () => {
    expect(QUESTION_IDS).toEqual(Object.keys(DECISION_TREE));
    expect(QUESTION_IDS[0]).toBe(FIRST_QUESTION);
  });

  it('only goes forward: every branch leads to a later question or to check (so no path loops)', () => {
    const backwards = QUESTION_IDS.flatMap((q, i) =>
      branchesOf(q).filter((b) => b.to !== 'check' && QUESTION_IDS.indexOf(b.to) <= i).map((b) => `${q} → ${b.to}`),
    );
    expect(backwards).toEqual([]);
  });

  it('leads to every question but the first, and only the last branch of a question may hold for every case', () => {
    expect(QUESTION_IDS.filter((q) => q !== FIRST_QUESTION && questionsLeadingTo(q).length === 0)).toEqual([]);
    const early = QUESTION_IDS.filter((q) => branchesOf(q).slice(0, -1).some((b) => b.if === undefined));
    expect(early).toEqual([]);
  });

  it('takes every branch on some complete path, and the answers of every path lead somewhere', () => {
    // Measured: 1 SK + 2 × 14 EU/EEA + 3 GB (Withdrawal Agreement) + 4 × third-country paths.
    expect(paths.length).toBeGreaterThanOrEqual(700);
    const taken = new Set(paths.flatMap((p) => p.taken));
    const declared = QUESTION_IDS.flatMap((q) => branchesOf(q).map((_b, i) => `${q} → ${i}`));
    expect(declared.filter((b) => !taken.has(b))).toEqual([]);
    expect([...taken].filter((b) => b.endsWith('none'))).toEqual([]);
  });

  it('Back targets are the questions with a branch to the page', () => {
    expect(questionsLeadingTo('stayLength')).toEqual(['citizenship', 'euFamilyMember']);
    expect(questionsLeadingTo('check')).toEqual(['citizenship', 'refugeGoal', 'purpose', 'accommodation', 'cardChip', 'bokActive']);
    expect(questionsLeadingTo('cardChip')).toEqual([
      'ukResidentBefore2021',
      'residentGoal',
      'permitExpiry',
      'residenceSince',
      'permanentResidenceTie',
      'filingChannel',
    ]);
  });

  it('a branch reads only answers to questions already asked: answers off the path change nothing', () => {
    const complete = paths.map((p) => p.answers);
    fc.assert(
      fc.property(fc.constantFrom(...complete), fc.constantFrom(...QUESTION_IDS), fc.nat(), (a, q, i) => {
        const before = questionPath(a, AS_OF);
        fc.pre(!before.path.includes(q));
        const values = q === 'citizenship' ? CITIZENSHIPS : (schemaOptions(q) ?? [DATES[q]!]);
        expect(questionPath({ ...a, [q]: values[i % values.length] } as Answers, AS_OF)).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('goes nowhere when no branch holds (the question is asked again)', () => {
    // currentStatus branches need a stay over 90 days; without one no branch holds.
    expect(nextInTree('currentStatus', { citizenship: 'UA', currentStatus: 'abroad' }, AS_OF)).toBeUndefined();
    expect(nextInTree('currentStatus', { citizenship: 'UA', stayLength: 'over90Days', currentStatus: 'abroad' }, AS_OF)).toBe('purpose');
  });
});

describe('the tree’s leaves: the plan each complete path gives', () => {
  const routeOf = (a: Answers) => planLeaf(a, AS_OF).route;

  it('every route is the end of some complete path, and the last route holds for every remaining case', () => {
    const reached = new Set(paths.map((p) => routeOf(p.answers)));
    expect(PLAN_ROUTES.map((r) => r.route).filter((r) => !reached.has(r))).toEqual([]);
    expect(PLAN_ROUTES.at(-1)!.if).toEqual([]);
  });

  it('the plan of every complete path has the outcome and group of its leaf (the plan builder runs the route’s modules)', () => {
    const wrong: string[] = [];
    for (const { answers } of paths) {
      const r = makePlan({ schemaVersion: 1, ...answers }, AS_OF);
      if (!r.ok) throw new Error(`no plan for ${JSON.stringify(answers)}`);
      const { route, group } = planLeaf(answers, AS_OF);
      const key = r.plan.outcome.key;
      if (key !== `outcome.${route}` && !key.startsWith(`outcome.${route}.`)) wrong.push(`${JSON.stringify(answers)}: ${route}, ${key}`);
      if (r.plan.group !== group) wrong.push(`${JSON.stringify(answers)}: ${route} in ${group}, plan in ${r.plan.group}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  }, 60_000);

  it.each([
    [{ citizenship: 'SK' }, 'slovak'],
    [{ citizenship: 'GB', ukResidentBefore2021: 'yes' }, 'ukWithdrawalAgreement'],
    [{ citizenship: 'GB', ukResidentBefore2021: 'no', euFamilyMember: 'no', stayLength: 'upTo90Days' }, 'shortStay'],
    [{ citizenship: 'DE', stayLength: 'over90Days' }, 'euLong'],
    [{ citizenship: 'UA', euFamilyMember: 'yes', stayLength: 'upTo90Days' }, 'familyMemberShort'],
    [{ citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryRefuge', refugeGoal: 'keepRefuge' }, 'refuge'],
    [{ citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'studies' }, 'temporaryResidence'],
    [{ citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'continuingDuties' }, 'resident'],
  ] as const)('%j → %s', (answers, route) => {
    expect(routeOf(answers)).toBe(route);
  });
});
