import { CARD_FEES, INVITATION_FEE, ONLINE_CARD_FEE_FACTOR, PR_FEES, TR_FIRST_FEES, TR_RENEWAL_FEES, VISA_FEES } from '../../src/rules/params/fees.ts';
import { AVERAGE_WAGE_REFERENCE, BLUE_CARD_MULTIPLIER, SUBSISTENCE_MINIMUM } from '../../src/rules/params/money.ts';
import {
  BUSINESS_RULES,
  LONG_TERM_RESIDENCE,
  NATIONAL_VISA_VALIDITY_DAYS,
  NOTICE_WORKING_DAYS_EU,
  NOTICE_WORKING_DAYS_TCN,
  TEMPORARY_REFUGE_UNTIL,
} from '../../src/rules/params/periods.ts';
import { entryAt, OutOfRangeError, valueAt } from '../../src/rules/value-at.ts';

describe('fees as of a date (Act 145/1995; rise on 1 Apr 2024)', () => {
  it.each([
    ['employment', 'foreignPolice', '2024-03-31', 165.5],
    ['employment', 'foreignPolice', '2024-04-01', 250],
    ['employment', 'embassy', '2024-03-31', 170],
    ['employment', 'embassy', '2026-11-22', 250],
    ['business', 'foreignPolice', '2025-06-30', 330],
    ['business', 'embassy', '2026-11-22', 350],
    ['seasonalWork', 'foreignPolice', '2026-11-22', 50],
    ['specialActivity', 'embassy', '2024-01-15', 100],
    ['familyReunification', 'foreignPolice', '2026-11-22', 200],
    ['euBlueCard', 'foreignPolice', '2026-11-22', 250],
    ['studies', 'foreignPolice', '2026-11-22', 0],
    ['research', 'embassy', '2026-11-22', 0],
  ] as const)('first TR for %s at %s on %s costs %d EUR', (purpose, place, asOf, eur) => {
    expect(valueAt(TR_FIRST_FEES[purpose][place], asOf)).toBe(eur);
  });

  it('business can no longer be filed at the Foreign Police from 1 Jul 2025', () => {
    expect(() => valueAt(TR_FIRST_FEES.business.foreignPolice, '2025-07-01')).toThrow(OutOfRangeError);
  });

  it.each([
    ['employment', '2024-03-01', 99.5],
    ['employment', '2026-11-22', 140],
    ['business', '2026-11-22', 200],
    ['seasonalWork', '2026-11-22', 25],
    ['familyReunification', '2026-11-22', 100],
    ['studies', '2026-11-22', 0],
  ] as const)('renewal for %s on %s costs %d EUR', (purpose, asOf, eur) => {
    expect(valueAt(TR_RENEWAL_FEES[purpose], asOf)).toBe(eur);
  });

  it.each([
    [CARD_FEES.standard, '2024-03-31', 4.5],
    [CARD_FEES.standard, '2024-04-01', 6],
    [CARD_FEES.expedited, '2026-11-22', 35],
    [CARD_FEES.delivery, '2026-11-22', 4],
    [PR_FEES.foreignPolice, '2026-11-22', 250],
    [VISA_FEES.schengen, '2024-06-10', 80],
    [VISA_FEES.schengen, '2024-06-11', 90],
    [VISA_FEES.nationalToCollect, '2026-11-22', 14],
    [INVITATION_FEE, '2026-11-22', 33],
    [ONLINE_CARD_FEE_FACTOR, '2024-12-14', 1],
    [ONLINE_CARD_FEE_FACTOR, '2024-12-15', 0.5],
  ])('%# the dated fee gives the right amount on the date', (param, asOf, eur) => {
    expect(valueAt(param, asOf)).toBe(eur);
  });

  it('the invitation fee is flagged as uncertain (Med)', () => {
    expect(entryAt(INVITATION_FEE, '2026-11-22').confidence).toBe('med');
  });
});

describe('periods as of a date', () => {
  it.each([
    [NOTICE_WORKING_DAYS_TCN, '2026-11-22', 3],
    [NOTICE_WORKING_DAYS_EU, '2026-11-22', 10],
    [NATIONAL_VISA_VALIDITY_DAYS, '2025-06-30', 90],
    [NATIONAL_VISA_VALIDITY_DAYS, '2025-07-01', 120],
    [TEMPORARY_REFUGE_UNTIL, '2024-03-01', '2025-03-04'],
    [TEMPORARY_REFUGE_UNTIL, '2026-11-22', '2027-03-04'],
  ] as const)('%# resolves', (param, asOf, expected) => {
    expect(valueAt(param as never, asOf)).toBe(expected);
  });

  it('business: embassy only, quota and 2-year switch rule from 1 Jul 2025; quota 700 from 2026', () => {
    expect(valueAt(BUSINESS_RULES, '2025-06-30').embassyOnly).toBe(false);
    expect(valueAt(BUSINESS_RULES, '2025-07-01')).toEqual({ embassyOnly: true, annualQuota: 350, switchAfterYears: 2 });
    expect(valueAt(BUSINESS_RULES, '2026-11-22').annualQuota).toBe(700);
  });

  it('long-term residence needs Slovak A2 from 15 Jul 2025', () => {
    expect(valueAt(LONG_TERM_RESIDENCE, '2025-07-14').languageA2).toBe(false);
    expect(valueAt(LONG_TERM_RESIDENCE, '2025-07-15').languageA2).toBe(true);
  });
});

describe('money as of a date', () => {
  it.each([
    ['2024-06-30', 268.88],
    ['2024-07-01', 273.99],
    ['2025-07-01', 284.13],
  ])('subsistence minimum on %s is %d EUR', (asOf, eur) => {
    expect(valueAt(SUBSISTENCE_MINIMUM, asOf)).toBe(eur);
  });

  it('the subsistence minimum from 1 Jul 2026 is carried on with Low confidence (no measure found)', () => {
    expect(entryAt(SUBSISTENCE_MINIMUM, '2026-11-22').confidence).toBe('low');
  });

  it.each([
    ['2026-03-02', 2024, 1524],
    ['2026-03-03', 2025, 1620],
  ])('the Blue Card reference wage on %s is the %d average (%d EUR)', (asOf, year, eur) => {
    expect(valueAt(AVERAGE_WAGE_REFERENCE, asOf)).toEqual({ year, eur });
  });

  it('the Blue Card floor is 1.2× (1.0× for recent graduates) from 15 Jul 2024', () => {
    expect(valueAt(BLUE_CARD_MULTIPLIER, '2024-07-15')).toEqual({ standard: 1.2, recentGraduate: 1.0 });
  });
});
