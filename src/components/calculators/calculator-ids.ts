/** The calculators, in the order the calculators page lists them. */
export type CalculatorId = 'schengen' | 'longTerm' | 'invitation' | 'blueCard';

export const CALCULATOR_IDS: readonly CalculatorId[] = ['schengen', 'longTerm', 'invitation', 'blueCard'];

export const isCalculatorId = (s: string): s is CalculatorId => (CALCULATOR_IDS as readonly string[]).includes(s);

/** The id of a calculator's section and of its <h2> (the page moves focus to it). */
export const calculatorSectionId = (id: CalculatorId): string => `calc-${id}`;
export const calculatorHeadingId = (id: CalculatorId): string => `calc-${id}-heading`;
