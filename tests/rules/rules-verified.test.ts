import { ALL_SOURCES } from '../../src/rules/plan/all-sources.ts';
import { RULES_LAST_VERIFIED } from '../../src/rules/rules-verified.ts';

describe('RULES_LAST_VERIFIED', () => {
  it('is the oldest last-verified date among the sources the rules cite', () => {
    const dates = Object.values(ALL_SOURCES).map((s) => s.lastVerified);
    expect(dates.length).toBeGreaterThan(0);
    expect(RULES_LAST_VERIFIED).toBe([...dates].sort()[0]);
  });
});
