/**
 * The browser tests (tests/e2e/*.e2e.ts) on Playwright Test, against the built app (dist/,
 * served by tests/e2e/global-setup.ts), in Debian's Chromium: no browser is downloaded.
 * `npm run test:e2e` builds first; on the same build:
 *
 *   npx playwright test [--grep TEXT] [-x]
 *
 * Two projects:
 * - `timed`: the tests tagged @timed, which time answers for the budget (scripts/budget.ts),
 *   one at a time and with no other browser beside them: a second browser on the 2-core
 *   machine lengthens the answers they time (measured: see README, "Browser tests").
 * - `parallel`: the others, in two workers, once every @timed test has ended (the gate of
 *   tests/e2e/timed-first.ts; a project dependency would ignore --grep and skip the
 *   dependants after a failure).
 * A failure keeps a screenshot of every page and a trace in test-results/e2e/; the reporter
 * (tests/e2e/reporter.ts) writes test-results/e2e.json and ends with `e2e: N passed, M failed`.
 */
import { defineConfig } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './scripts/chromium.ts';

const TIMED = /@timed/;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.e2e.ts',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  reporter: [['./tests/e2e/reporter.ts'], ['./tests/e2e/timed-first.ts']],
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_FLAGS },
    screenshot: { mode: 'only-on-failure', fullPage: true },
    trace: 'retain-on-failure',
  },
  projects: [
    // The trace of a timed test leaves out DOM snapshots and screenshots: they are taken in the
    // page around every action, inside the answers timed (a failure still has its screenshot).
    { name: 'timed', grep: TIMED, workers: 1, use: { trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true } } },
    { name: 'parallel', grepInvert: TIMED, fullyParallel: true },
  ],
});
