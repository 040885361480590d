/**
 * Answer timings: what the browser tests record (one entry per answer) and how the budget
 * (scripts/budget.ts) judges them: over every answer measured, as a percentile and a worst
 * case, never one keypress at a time (Event Timing rounds to 8 ms and a single keypress on
 * a shared 2-core machine is noise). No browser, no Playwright: the budget imports this.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Timing {
  test: string;
  where: string;
  /** Longest Event Timing entry (duration ≥ 16 ms are reported; 0 = none above that). */
  eventMs: number;
  eventName: string;
  /** From the keydown that answered to the first frame after the page changed (-1: not measured). */
  nextFrameMs: number;
}

export interface Spread {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  worst: number | null;
}

/** Nearest-rank percentile (q in 0..1) of the values; null when there are none. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function spread(values: readonly number[]): Spread {
  return {
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    p99: percentile(values, 0.99),
    worst: values.length ? Math.max(...values) : null,
  };
}

export interface AnswerSummary {
  answers: number;
  eventTimingMs: Spread;
  keydownToNextFrameMs: Spread;
  /** Answers whose next frame was never seen (not counted in keydownToNextFrameMs). */
  nextFrameNotMeasured: number;
  /** The slowest answers, by the larger of their two figures. */
  slowest: { where: string; test: string; eventMs: number; eventName: string; nextFrameMs: number }[];
}

export function summariseAnswers(timings: readonly Timing[], slowest = 8): AnswerSummary {
  const frames = timings.filter((t) => t.nextFrameMs >= 0).map((t) => t.nextFrameMs);
  return {
    answers: timings.length,
    eventTimingMs: spread(timings.map((t) => t.eventMs)),
    keydownToNextFrameMs: spread(frames),
    nextFrameNotMeasured: timings.length - frames.length,
    slowest: [...timings]
      .sort((a, b) => Math.max(b.eventMs, b.nextFrameMs) - Math.max(a.eventMs, a.nextFrameMs))
      .slice(0, slowest)
      .map(({ where, test, eventMs, eventName, nextFrameMs }) => ({ where, test, eventMs, eventName, nextFrameMs })),
  };
}

/**
 * Which build the figures are of: a hash of dist/.vite/manifest.json, whose file names carry
 * the hashes of their contents (the same sources build to the same id).
 */
export function buildId(dist: string): string | null {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) return null;
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

export interface E2eResults {
  build?: string | null;
  passed: number;
  failed: number;
  timings: Timing[];
}

/** test-results/e2e.json as the browser tests wrote it, or why it cannot be used. */
export function readE2eResults(file: string): { ok: true; results: E2eResults } | { ok: false; reason: string } {
  if (!existsSync(file)) return { ok: false, reason: `${file} is missing: run npm run test:e2e first (the budget judges the answer times it records)` };
  let results: E2eResults;
  try {
    results = JSON.parse(readFileSync(file, 'utf8')) as E2eResults;
  } catch (e) {
    return { ok: false, reason: `${file} is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!Array.isArray(results.timings)) return { ok: false, reason: `${file} has no timings (written by an older test runner?)` };
  if (results.timings.length === 0) return { ok: false, reason: `${file} records no answer timings: did any test run?` };
  return { ok: true, results };
}
