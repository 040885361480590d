/**
 * Where and when the browser tests run: the project's folders, and the day the page's clock
 * starts at. No Playwright Test here: the budget (scripts/budget.ts, through throttled.ts)
 * imports it outside the test runner.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const RESULTS = path.join(ROOT, 'test-results');

// The day the tests run on: plans are counted from "today", so the page's clock starts at a
// fixed moment (Slovak calendar data covers 2024-2027). A Monday morning, in Bratislava.
// Only Date is shifted (see dateShiftScript): performance.now(), event timestamps, Intl
// and timers stay native, so the timings are real. (Playwright's clock API replaces
// performance.now and Intl.DateTimeFormat, which skews Event Timing and slows the app.)

/** The screens the tests use: a phone, and the desktop every session opens at. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export const AS_OF = '2026-11-23';
export const START_OF_DAY = new Date('2026-11-23T10:00:00+01:00');
export const TIMEZONE = 'Europe/Bratislava';

/**
 * `Date` starting at `start` and running on: `new Date()` and `Date.now()` are shifted by a
 * constant; `new Date(x)`, `Date.parse`, `Date.UTC` and the prototype are the native ones.
 */
export function dateShiftScript(start: Date): string {
  return `(() => {
  const NativeDate = Date;
  const shift = ${start.getTime()} - NativeDate.now();
  function ShiftedDate(...args) {
    if (!new.target) return new NativeDate(NativeDate.now() + shift).toString();
    return args.length ? new NativeDate(...args) : new NativeDate(NativeDate.now() + shift);
  }
  ShiftedDate.prototype = NativeDate.prototype;
  ShiftedDate.now = () => NativeDate.now() + shift;
  ShiftedDate.parse = NativeDate.parse;
  ShiftedDate.UTC = NativeDate.UTC;
  globalThis.Date = ShiftedDate;
})();`;
}
