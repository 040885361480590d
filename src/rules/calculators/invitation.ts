import { DAILY_SUBSISTENCE, INVITATION_MONEY, INVITATION_PERIODS, SUBSISTENCE_MINIMUM } from '../params/money.ts';
import { INVITATION_FEE } from '../params/fees.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { entryAt } from '../value-at.ts';
import { roundCents } from '../money.ts';

export interface InvitationMoney {
  asOf: string;
  people: number;
  days: number;
  subsistenceMinimum: number;
  months: number;
  /** Months × subsistence minimum: what the host shows for themselves. */
  baseEur: number;
  dailyEur: number;
  /** Daily amount × days × people invited. */
  guestsEur: number;
  totalEur: number;
  feeEur: number;
  decisionDays: number;
  validDays: number;
  confidence: Confidence;
  sourceIds: string[];
}


/**
 * The money an inviting person must show (§18 Act 404/2011; Decree 499/2011): 12 times the
 * subsistence minimum plus 56 EUR a day for each person invited, as of a date.
 */
export function invitationMoney(people: number, days: number, asOf: string): InvitationMoney {
  if (!Number.isInteger(people) || people < 1 || people > 50) throw new RangeError('people must be a whole number from 1 to 50');
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new RangeError('days must be a whole number from 1 to 90');
  const sub = entryAt(SUBSISTENCE_MINIMUM, asOf);
  const inv = entryAt(INVITATION_MONEY, asOf);
  const daily = entryAt(DAILY_SUBSISTENCE, asOf);
  const periods = entryAt(INVITATION_PERIODS, asOf);
  const fee = entryAt(INVITATION_FEE, asOf);
  const entries = [sub, inv, daily, periods, fee];
  const baseEur = roundCents(inv.value.subsistenceMonths * sub.value);
  const guestsEur = roundCents(daily.value * days * people);
  return {
    asOf,
    people,
    days,
    subsistenceMinimum: sub.value,
    months: inv.value.subsistenceMonths,
    baseEur,
    dailyEur: daily.value,
    guestsEur,
    totalEur: roundCents(baseEur + guestsEur),
    feeEur: fee.value,
    decisionDays: periods.value.decisionDays,
    validDays: periods.value.validDays,
    confidence: lowestConfidence(...entries.map((e) => e.confidence)),
    sourceIds: [...new Set(entries.flatMap((e) => e.sources))].sort(),
  };
}
