/**
 * The oldest last-verified date of any source the rules cite (params/sources/*): no fact is
 * older than that check. Written out so the start page shows it without loading every
 * source; tests/rules/rules-verified.test.ts fails when it no longer matches the sources.
 */
export const RULES_LAST_VERIFIED = '2026-11-01';
