/** Euros rounded to whole cents: the one rounding of money in Pobyt. */
export const roundCents = (eur: number): number => Math.round(eur * 100) / 100;
