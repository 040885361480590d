/**
 * The tests that time answers (tagged @timed) run with no other browser beside them: a
 * second Chromium on the 2-core machine lengthens the answers they time. Playwright runs the
 * `timed` project in one worker (playwright.config.ts); this reporter, in the runner process,
 * opens a gate once every @timed test of the run has ended (at once when the run has none),
 * and the other tests wait at it (the `timedFirst` fixture in fixtures.ts) before they start,
 * then run in parallel. It is no dependency between projects: those run in full whatever
 * --grep says, and are skipped once one test before them fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reporter, Suite, TestCase } from '@playwright/test/reporter';

export default class TimedFirst implements Reporter {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'pobyt-e2e-gate-'));
  private readonly gate = path.join(this.dir, 'timed-tests-done');
  private left = new Set<TestCase>();

  constructor() {
    // Read by the workers, which are started after the reporters are made.
    process.env.POBYT_E2E_TIMED_DONE = this.gate;
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(_config: unknown, suite: Suite): void {
    this.left = new Set(suite.allTests().filter((t) => t.tags.includes('@timed')));
    if (this.left.size === 0) this.open();
  }

  onTestEnd(test: TestCase): void {
    if (this.left.delete(test) && this.left.size === 0) this.open();
  }

  onEnd(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private open(): void {
    writeFileSync(this.gate, 'done\n');
  }
}
