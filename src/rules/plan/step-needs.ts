import { hasActiveBok, isResident } from '../predicates/case-predicates.ts';
import { msg } from '../schema/message.ts';
import type { EngineStep, Need } from '../schema/plan.ts';
import type { PlanContext, StepDraft } from './plan-context.ts';

/**
 * What each step needs done first and what it gives, in one table (the dynamic needs —
 * a booked visit, an active BOK for authorised booking or online filing — are added by
 * the modules that know them). A granted permit comes from the application; the card from
 * collecting it (or the EU card steps, the UK document); the BOK from its activation,
 * which needs the card in hand.
 */
const GIVES: Readonly<Record<string, readonly Need[]>> = {
  trApplication: ['permit'],
  collectCard: ['card'],
  euCitizenCard: ['card'],
  familyMemberCard: ['card'],
  ukWaDocument: ['card'],
  bok: ['bok'],
};
const NEEDS: Readonly<Record<string, readonly Need[]>> = {
  nationalVisaToCollect: ['permit'],
  collectCard: ['permit'],
  bok: ['card'],
};

/** What the person already has, from the answers: a resident's (or UK beneficiary's) card, an active BOK. */
function held(ctx: PlanContext, need: Need): boolean {
  const cf = ctx.caseFile;
  if (need === 'card') return isResident(cf) || cf.cardChip !== undefined;
  if (need === 'bok') return hasActiveBok(cf);
  return false;
}

const givesOf = (d: StepDraft): readonly Need[] => [...(GIVES[d.id] ?? []), ...d.gives];
const needsOf = (d: StepDraft): readonly Need[] => [...new Set([...(NEEDS[d.id] ?? []), ...d.needs])];

/**
 * Resolve every step's needs to the step that gives them (or to what the person holds),
 * and date the BOK: when a dated step needs it (authorised booking of a renewal, online
 * filing), the activation is due by that step's date, or now when that day has passed.
 */
export function resolveNeeds(ctx: PlanContext): void {
  for (const d of ctx.drafts) {
    d.resolvedNeeds = needsOf(d).map((what) => {
      const giver = ctx.drafts.find((g) => g !== d && givesOf(g).includes(what));
      if (giver) return { what, stepId: giver.id, have: false };
      return { what, have: held(ctx, what) };
    });
  }
  const bok = ctx.drafts.find((d) => d.id === 'bok');
  if (!bok || bok.due) return;
  const neededBy = ctx.drafts
    .filter((d) => d.resolvedNeeds.some((n) => n.stepId === 'bok') && d.due)
    .map((d) => d.due!.date)
    .sort()[0];
  if (!neededBy) return;
  const date = neededBy > ctx.asOf ? neededBy : ctx.asOf;
  bok.dueOn({ date, rule: msg('due.bokBeforeBooking', { date: neededBy }) });
  // The "once you hold the card" timing gives way to the date; a chip still to check stays as a detail.
  if (bok.timing && ctx.caseFile.cardChip === 'dontKnow') bok.details.unshift(bok.timing);
  bok.timing = undefined;
}

/**
 * Put every step after the steps it needs (a stable pass over the date order): a giver
 * found later than the step that needs it moves to just before that step.
 */
export function orderByNeeds<S extends Pick<EngineStep, 'id' | 'needs'>>(steps: readonly S[]): S[] {
  const out = [...steps];
  for (let guard = 0; guard < out.length * out.length; guard++) {
    let moved = false;
    for (let i = 0; i < out.length && !moved; i++) {
      for (const n of out[i]!.needs) {
        const j = n.stepId ? out.findIndex((s) => s.id === n.stepId) : -1;
        if (j > i) {
          const [giver] = out.splice(j, 1);
          out.splice(i, 0, giver!);
          moved = true;
          break;
        }
      }
    }
    if (!moved) break;
  }
  return out;
}

/** Needs no earlier step gives and the person does not hold: empty for a plan that can be followed in order. */
export function unmetNeeds(steps: readonly Pick<EngineStep, 'id' | 'needs' | 'due'>[], asOf: string): string[] {
  const problems: string[] = [];
  steps.forEach((s, i) => {
    for (const n of s.needs) {
      if (n.have) continue;
      const j = n.stepId ? steps.findIndex((g) => g.id === n.stepId) : -1;
      if (j < 0) problems.push(`${s.id} needs ${n.what}: no step gives it`);
      else if (j > i) problems.push(`${s.id} needs ${n.what} from ${n.stepId}, which comes later`);
      else {
        const giverDate = steps[j]!.due?.date;
        const by = s.due?.date;
        if (by && !giverDate) problems.push(`${s.id} (dated ${by}) needs ${n.what} from ${n.stepId}, which has no date`);
        else if (by && giverDate && giverDate > (by > asOf ? by : asOf)) problems.push(`${s.id} (${by}) needs ${n.what} from ${n.stepId}, dated later (${giverDate})`);
      }
    }
  });
  return problems;
}

/**
 * A date set from other steps' dates and the as-of date (a booking action, the BOK before it):
 * it moves day by day once its day has come, so comparisons of plans leave it out (the dates
 * it follows are compared themselves).
 */
export const hasDerivedDate = (s: Pick<EngineStep, 'bookingFor' | 'due'>): boolean =>
  s.bookingFor !== undefined || s.due?.rule.key === 'due.bokBeforeBooking';

/** The earlier steps a step needs, with their numbers in the plan (1-based): for "Do first" on the page and in Markdown. */
export function giversOf<S extends Pick<EngineStep, 'id'>>(steps: readonly S[], step: Pick<EngineStep, 'needs'>): { number: number; step: S }[] {
  return step.needs.flatMap((n) => {
    const j = n.stepId ? steps.findIndex((g) => g.id === n.stepId) : -1;
    return j < 0 ? [] : [{ number: j + 1, step: steps[j]! }];
  });
}
