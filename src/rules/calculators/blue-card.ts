import { roundCents } from '../money.ts';
import { BLUE_CARD_CONDITIONS } from '../params/law.ts';
import { AVERAGE_WAGE_REFERENCE, BLUE_CARD_MULTIPLIER } from '../params/money.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { entryAt } from '../value-at.ts';

export interface BlueCardFloor {
  asOf: string;
  recentGraduate: boolean;
  averageWageEur: number;
  /** The year whose average wage is used. */
  wageYear: number;
  /** The year whose average wage the law asks for (the calendar year before the application). */
  referenceYear: number;
  /** The reference year's wage is not yet published: an older year's is used, and the floor will change. */
  wagePending: boolean;
  /** The day the wage used became the reference (its publication). */
  wageFrom: string;
  multiplier: number;
  /** The multiplier without the recent-graduate exception on this date. */
  standardMultiplier: number;
  floorEur: number;
  /** A degree at most this many years old counts as recent; null when no exception is in force. */
  graduateWithinYears: number | null;
  /** The shortest employment contract, months; null when not recorded for this date. */
  minContractMonths: number | null;
  /** Days to file after the Labour Office confirmation; null when not recorded for this date. */
  fileWithinDays: number | null;
  /** The floor is computed: no source states the EUR amount. */
  computed: true;
  confidence: Confidence;
  sourceIds: string[];
}

/**
 * EU Blue Card salary floor as of a date, every part from a dated value: the multiplier
 * (1.2×, or 1.0× for a recent degree, since 15 Jul 2024), the average monthly wage of the
 * calendar year before and the conditions in force. When that year's wage is not yet published
 * (e.g. January to early March), the latest published year's is used and the result says so,
 * with Low confidence (no source says which figure applies then). The EUR amount is computed,
 * so it is never shown as more than Med.
 */
export function blueCardFloor(asOf: string, recentGraduate: boolean): BlueCardFloor {
  const wage = entryAt(AVERAGE_WAGE_REFERENCE, asOf);
  const mult = entryAt(BLUE_CARD_MULTIPLIER, asOf);
  const cond = entryAt(BLUE_CARD_CONDITIONS, asOf);
  const graduateRule = cond.value.graduateWithinYears !== null;
  const multiplier = recentGraduate && graduateRule ? mult.value.recentGraduate : mult.value.standard;
  const referenceYear = Number(asOf.slice(0, 4)) - (cond.value.wageOfYearBefore ? 1 : 0);
  const wagePending = wage.value.year < referenceYear;
  const confidence = lowestConfidence(wage.confidence, mult.confidence, cond.confidence, wagePending ? 'low' : 'med');
  return {
    asOf,
    recentGraduate,
    averageWageEur: wage.value.eur,
    wageYear: wage.value.year,
    referenceYear,
    wagePending,
    wageFrom: wage.from,
    multiplier,
    standardMultiplier: mult.value.standard,
    floorEur: roundCents(wage.value.eur * multiplier),
    graduateWithinYears: cond.value.graduateWithinYears,
    minContractMonths: cond.value.minContractMonths,
    fileWithinDays: cond.value.fileWithinDays,
    computed: true,
    confidence,
    sourceIds: [...new Set([...wage.sources, ...mult.sources, ...cond.sources])].sort(),
  };
}

/** The latest recent-graduate exception recorded up to a date: when it began and its years. */
export function graduateException(asOf: string): { from: string; years: number } | null {
  const inForce = BLUE_CARD_CONDITIONS.history.filter((e) => e.from <= asOf);
  const last = inForce.at(-1)?.value?.graduateWithinYears ?? null;
  if (last === null) return null;
  // The exception with these years began at the earliest entry of the unbroken run that ends here.
  let from = inForce.at(-1)!.from;
  for (let i = inForce.length - 2; i >= 0 && inForce[i]!.value?.graduateWithinYears === last; i--) from = inForce[i]!.from;
  return { from, years: last };
}
