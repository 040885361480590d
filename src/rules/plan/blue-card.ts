import { blueCardFloor } from '../calculators/blue-card.ts';
import { BLUE_CARD_CONDITIONS } from '../params/law.ts';
import { AVERAGE_WAGE_REFERENCE, BLUE_CARD_MULTIPLIER } from '../params/money.ts';
import { msg } from '../schema/message.ts';
import { readLaw } from './law-use.ts';
import { lowerConfidence, type PlanContext, type StepDraft } from './plan-context.ts';

/**
 * The EU Blue Card salary floor on an application step (Act 404/2011 §38; params/money.ts):
 * every number in the sentence comes from a dated value in force on the plan date (multiplier,
 * the wage of the reference year, the recent-graduate exception, the shortest contract). When
 * the reference year's wage is not published yet, the plan says which year's is used and that
 * the floor will change (Low: no source says which figure applies meanwhile).
 */
export function blueCardFloorDetails(ctx: PlanContext, s: StepDraft): void {
  s.use(AVERAGE_WAGE_REFERENCE);
  s.use(BLUE_CARD_MULTIPLIER);
  readLaw(ctx, s, BLUE_CARD_CONDITIONS);
  const f = blueCardFloor(ctx.asOf, false);
  s.detail('law.blueCard.floor', { floor: f.floorEur, multiplier: f.multiplier, year: f.wageYear, average: f.averageWageEur });
  if (f.graduateWithinYears !== null) {
    const g = blueCardFloor(ctx.asOf, true);
    s.detail('law.blueCard.graduate', { graduateFloor: g.floorEur, multiplier: g.multiplier, years: f.graduateWithinYears });
  }
  if (f.minContractMonths !== null) s.detail('law.blueCard.contract', { months: f.minContractMonths });
  if (f.wagePending) {
    s.confidence = lowerConfidence(s.confidence, 'low');
    s.detail('law.blueCard.wagePending', { referenceYear: f.referenceYear, year: f.wageYear });
    ctx.warn({
      id: 'blueCard.wagePending',
      kind: 'uncertain',
      text: msg('law.blueCard.wagePendingWarning', { referenceYear: f.referenceYear, year: f.wageYear }),
      stepId: s.id,
      sourceIds: ['res-upsvr-blue-card'],
    });
  }
}
