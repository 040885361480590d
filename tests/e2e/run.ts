/**
 * Runs the browser tests (tests/e2e/*.e2e.ts) one after another in Debian Chromium, against
 * the built app (dist/) served on 127.0.0.1 (a free port). `npm run test:e2e` builds first;
 * to run again on the same build:
 *
 *   npx tsx tests/e2e/run.ts [--grep TEXT] [--bail]
 *
 * Prints one line per test, the spread of the answer timings (Event Timing and keydown → next
 * frame) and closes with `e2e: N passed, M failed`. A test passes or fails on behaviour alone:
 * its answer timings are recorded in test-results/e2e.json and judged over every answer by
 * the budget (scripts/budget.ts: p95 and worst), not one keypress at a time. For each
 * failure, a screenshot in test-results/e2e/.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.ts';
import {
  DIST,
  RESULTS,
  Session,
  launchChromium,
  registry,
  tempDir,
  timings,
  type TestContext,
} from './harness.ts';
import { buildId, summariseAnswers } from './timings.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const started = Date.now();

const here = path.dirname(fileURLToPath(import.meta.url));
for (const f of readdirSync(here).filter((n) => n.endsWith('.e2e.ts')).sort()) {
  await import(pathToFileURL(path.join(here, f)).href);
}
const grep = option('--grep');
const selected = registry.filter((t) => !grep || t.name.toLowerCase().includes(grep.toLowerCase()));

const shots = path.join(RESULTS, 'e2e');
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

// Warm: every file compressed before the first request, so no answer's time includes it.
const server = await serveDist({ dir: DIST, warm: true });
let browser: Browser = await launchChromium();
console.log(`e2e: Chromium ${browser.version()}, app on ${server.origin}, ${selected.length} tests`);

interface Outcome {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  screens: number;
}
const outcomes: Outcome[] = [];

const withTimeout = <T>(p: Promise<T>, ms: number, what: string) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });

for (const tc of selected) {
  const t0 = Date.now();
  const sessions: Session[] = [];
  const notes: string[] = [];
  if (!browser.isConnected()) browser = await launchChromium();
  const ctx: TestContext = {
    origin: server.origin,
    browser,
    server,
    tmp: tempDir(),
    log: (m) => notes.push(m),
    session: async (o) => {
      const s = await Session.open(browser, o?.origin ?? server.origin, tc.name, o);
      sessions.push(s);
      return s;
    },
  };
  // The test itself, then what every test must leave clean (every session: only our
  // origin, no cookies, no console errors, no CSP violations). Answer times are recorded,
  // not judged here: one keypress is noise; the budget judges them all together.
  const problems: string[] = [];
  try {
    await withTimeout(tc.fn(ctx), tc.timeoutMs, tc.name);
  } catch (e) {
    problems.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  try {
    for (const s of sessions) await s.assertClean().catch((e: unknown) => problems.push(e instanceof Error ? e.message : String(e)));
    if (problems.length) {
      const page = sessions.at(-1)?.page;
      if (page && !page.isClosed()) {
        const file = path.join(shots, `${tc.name.replace(/[^A-Za-z0-9]+/g, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      }
    }
  } finally {
    for (const s of sessions) await s.close().catch(() => undefined);
    rmSync(ctx.tmp, { recursive: true, force: true });
  }
  const ms = Date.now() - t0;
  const screens = sessions.reduce((n, s) => n + s.screens.length, 0);
  const error = problems.length ? problems.join('\n') : undefined;
  outcomes.push({ name: tc.name, ok: !error, ms, screens, ...(error ? { error } : {}) });
  console.log(`${error ? '✗' : '✓'} ${tc.name} (${(ms / 1000).toFixed(1)} s, ${screens} screens checked by axe)`);
  for (const n of notes) console.log(`    ${n}`);
  if (error) console.log(`    ${error.split('\n').slice(0, 40).join('\n    ')}`);
  if (error && flag('--bail')) break;
}

await browser.close();
await server.close();

// The spread of every answer's time, for the budget (npm run budget) to judge; printed here
// for information only.
const summary = summariseAnswers(timings);
console.log(
  `answer → next screen (${summary.answers} answers, judged by npm run budget): Event Timing p95 ${summary.eventTimingMs.p95} ms, worst ${summary.eventTimingMs.worst} ms; keydown → next frame p95 ${summary.keydownToNextFrameMs.p95} ms, worst ${summary.keydownToNextFrameMs.worst} ms`,
);

const passed = outcomes.filter((o) => o.ok).length;
const failed = outcomes.length - passed;
mkdirSync(RESULTS, { recursive: true });
writeFileSync(
  path.join(RESULTS, 'e2e.json'),
  `${JSON.stringify({ build: buildId(DIST), passed, failed, seconds: Math.round((Date.now() - started) / 1000), timing: summary, timings, tests: outcomes }, null, 2)}\n`,
);
console.log(`e2e: ${Math.round((Date.now() - started) / 1000)} s, results in test-results/e2e.json`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed || outcomes.length === 0 ? 1 : 0);
