/**
 * The browser tests' reporter: one line per test as it ends (✓ or ✗, its time, the screens
 * axe checked, its notes and, for a failure, the error), the spread of the answer timings,
 * then test-results/e2e.json (the build's id, the counts, every answer's timing: what
 * scripts/budget.ts judges) and the closing line `e2e: N passed, M failed` that .ci/run
 * prints. A test that did not pass counts as failed: skipped or not run included, so no
 * skipped test hides a failure (the run then fails too).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { DIST, RESULTS } from './setting.ts';
import { buildId, summariseAnswers, type Timing } from './timings.ts';

/** As fixtures.ts attaches it (not imported from there: that module loads Playwright Test's runtime). */
const RECORD_ATTACHMENT = 'pobyt-e2e-record';

interface Outcome {
  name: string;
  project: string;
  ok: boolean;
  status: TestResult['status'] | 'not run';
  ms: number;
  screens: number;
  error?: string;
}

const indent = (text: string, by = '    ') => text.replace(/\n/g, `\n${by}`);

/** Where a test failed: the first line of the stack in a test or helper, past assert() in fixtures.ts. */
function where(e: TestError): string {
  const frames = (e.stack ?? '').split('\n').map((l) => /\((.*?tests\/e2e\/[^():]+):(\d+):\d+\)|at (\/.*?tests\/e2e\/[^():]+):(\d+):\d+/.exec(l)).filter((m) => m !== null);
  const frame = frames.map((m) => ({ file: m[1] ?? m[3]!, line: m[2] ?? m[4]! })).find((f) => !f.file.endsWith('fixtures.ts'));
  if (frame) return `at ${path.relative(process.cwd(), frame.file)}:${frame.line}`;
  return e.location ? `at ${path.relative(process.cwd(), e.location.file)}:${e.location.line}` : '';
}

export default class E2EReporter implements Reporter {
  private started = Date.now();
  private all: TestCase[] = [];
  private outcomes = new Map<TestCase, Outcome>();
  private timings = new Map<TestCase, Timing[]>();

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.started = Date.now();
    this.all = suite.allTests();
    const workers = config.metadata.actualWorkers ?? config.workers;
    console.log(`e2e: ${this.all.length} tests, up to ${workers} workers, app on ${process.env.POBYT_E2E_ORIGIN ?? '(not served yet)'}`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const attachment = result.attachments.find((a) => a.name === RECORD_ATTACHMENT);
    const record = attachment?.body ? (JSON.parse(attachment.body.toString('utf8')) as { timings: Timing[]; screens: string[] }) : { timings: [], screens: [] };
    // A retry (none are configured) replaces the attempt before it.
    this.timings.set(test, record.timings);
    const ok = result.status === 'passed' && test.expectedStatus === 'passed';
    const errors = result.errors.map((e) => [e.message ?? e.value ?? '', where(e)].filter(Boolean).join('\n'));
    const error = ok ? undefined : errors.join('\n\n') || `status: ${result.status}`;
    const project = test.parent.project()?.name ?? '';
    this.outcomes.set(test, { name: test.title, project, ok, status: result.status, ms: result.duration, screens: record.screens.length, ...(error ? { error } : {}) });
    console.log(`${ok ? '✓' : '✗'} ${test.title} (${(result.duration / 1000).toFixed(1)} s, ${record.screens.length} screens checked by axe${project ? `, ${project}` : ''})`);
    for (const a of result.annotations ?? test.annotations) if (a.type === 'note' && a.description) console.log(`    ${a.description}`);
    if (error) console.log(`    ${indent(error.split('\n').slice(0, 60).join('\n'))}`);
    const kept = result.attachments.filter((a) => a.path && (a.name === 'screenshot' || a.name === 'trace'));
    for (const a of kept) console.log(`    ${a.name}: ${path.relative(process.cwd(), a.path!)}`);
  }

  onError(error: { message?: string; value?: string }): void {
    console.log(`e2e error: ${error.message ?? error.value ?? ''}`);
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    if (this.outcomes.size === 0 && result.status === 'passed') {
      // --list: nothing ran, nothing to write.
      console.log(`e2e: ${this.all.length} tests listed, none run`);
      return undefined;
    }
    const outcomes = this.all.map(
      (t) => this.outcomes.get(t) ?? { name: t.title, project: t.parent.project()?.name ?? '', ok: false, status: 'not run' as const, ms: 0, screens: 0, error: 'not run' },
    );
    const timings = this.all.flatMap((t) => this.timings.get(t) ?? []);
    const summary = summariseAnswers(timings);
    console.log(
      `answer → next screen (${summary.answers} answers, judged by npm run budget): Event Timing p95 ${summary.eventTimingMs.p95} ms, worst ${summary.eventTimingMs.worst} ms; keydown → next frame p95 ${summary.keydownToNextFrameMs.p95} ms, worst ${summary.keydownToNextFrameMs.worst} ms`,
    );
    const passed = outcomes.filter((o) => o.ok).length;
    const failed = outcomes.length - passed;
    const seconds = Math.round((Date.now() - this.started) / 1000);
    const notPassed = outcomes.filter((o) => !o.ok && o.status !== 'failed' && o.status !== 'timedOut');
    if (notPassed.length) console.log(`e2e: counted as failed, did not pass or did not run: ${notPassed.map((o) => `${o.name} (${o.status})`).join('; ')}`);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(
      path.join(RESULTS, 'e2e.json'),
      `${JSON.stringify({ build: buildId(DIST), passed, failed, seconds, timing: summary, timings, tests: outcomes }, null, 2)}\n`,
    );
    console.log(`e2e: ${seconds} s, results in test-results/e2e.json (screenshots and traces of failures in test-results/e2e/)`);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    if ((failed > 0 || outcomes.length === 0) && result.status === 'passed') return { status: 'failed' };
    return undefined;
  }
}
