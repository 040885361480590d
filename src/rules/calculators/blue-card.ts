import { AVERAGE_WAGE_REFERENCE, BLUE_CARD_MULTIPLIER } from '../params/money.ts';
import type { Confidence } from '../schema/primitives.ts';
import { entryAt } from '../value-at.ts';

export interface BlueCardFloor {
  asOf: string;
  recentGraduate: boolean;
  averageWageEur: number;
  wageYear: number;
  multiplier: number;
  floorEur: number;
  /** The floor is computed: no source states the EUR amount. */
  computed: true;
  confidence: Confidence;
  sourceIds: string[];
}

/**
 * EU Blue Card salary floor as of a date: a multiple of the average monthly wage of the
 * calendar year before (1.2×, or 1.0× for a degree obtained in the last 3 years, since
 * 15 Jul 2024). The EUR amount is computed, so it is never shown as more than Med.
 */
export function blueCardFloor(asOf: string, recentGraduate: boolean): BlueCardFloor {
  const wage = entryAt(AVERAGE_WAGE_REFERENCE, asOf);
  const mult = entryAt(BLUE_CARD_MULTIPLIER, asOf);
  const multiplier = recentGraduate ? mult.value.recentGraduate : mult.value.standard;
  const lowest = [wage.confidence, mult.confidence, 'med' as Confidence].includes('low') ? 'low' : 'med';
  return {
    asOf,
    recentGraduate,
    averageWageEur: wage.value.eur,
    wageYear: wage.value.year,
    multiplier,
    floorEur: Math.round(wage.value.eur * multiplier * 100) / 100,
    computed: true,
    confidence: lowest,
    sourceIds: [...new Set([...wage.sources, ...mult.sources])].sort(),
  };
}
