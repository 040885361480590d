import { describe, expect, it } from 'vitest';
import { SCHENGEN_RULE } from '../../src/rules/params/periods.ts';
import { MAX_DAYS, WINDOW_DAYS, daysUsedOn } from '../../src/rules/schengen.ts';
import { entryAt } from '../../src/rules/value-at.ts';

// The 90/180 rule is written once, as a dated value; the calculator's numbers are read from it.
describe('the 90/180 rule, once', () => {
  it('holds one entry, from 18 Oct 2013 (the counting in schengen.ts assumes it does not change)', () => {
    expect(SCHENGEN_RULE.history).toHaveLength(1);
    expect(SCHENGEN_RULE.history[0]!.from).toBe('2013-10-18');
  });

  it('gives the calculator its numbers on both sides of 18 Oct 2013', () => {
    expect(() => entryAt(SCHENGEN_RULE, '2013-10-17')).toThrow();
    for (const d of ['2013-10-18', '2025-07-01', '2027-12-31']) {
      expect(entryAt(SCHENGEN_RULE, d).value).toEqual({ days: MAX_DAYS, window: WINDOW_DAYS });
    }
    expect([MAX_DAYS, WINDOW_DAYS]).toEqual([90, 180]);
  });

  it('counts a stay in the window the dated value gives', () => {
    const stays = [{ entry: '2026-01-01', exit: '2026-03-31' }];
    expect(daysUsedOn(stays, '2026-03-31')).toBe(MAX_DAYS);
    // The first day falls out of the window WINDOW_DAYS days later.
    expect(daysUsedOn(stays, '2026-06-30')).toBe(MAX_DAYS - 1);
  });
});
