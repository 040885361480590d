/**
 * The browser tests' fixtures, on Playwright Test: `test` and `expect` for tests/e2e/*.e2e.ts.
 *
 * The app is the built dist/, served once for the whole run by global-setup.ts (its origin
 * is the `origin` fixture); Debian's Chromium is Playwright's `browser` (playwright.config.ts).
 * `session()` opens a fresh browser context with every recorder on, and every session a test
 * opened must leave it clean: only requests to the app's own origin, no cookie, no console
 * error, no uncaught error, no Content-Security-Policy violation. `session.checkA11y()` runs
 * axe-core (WCAG 2.2 AA) through @axe-core/playwright. Every answer timed with `timedAnswer`
 * is recorded (the `timings` fixture) and handed to the reporter (reporter.ts), which writes
 * them to test-results/e2e.json for the budget to judge over all answers: no test fails on a
 * timing. A test that times answers must carry the `@timed` tag: it then runs in the project
 * whose tests run one at a time (playwright.config.ts), so no other browser shares the CPU.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { DESKTOP, START_OF_DAY, TIMEZONE, dateShiftScript } from './setting.ts';
import type { Timing } from './timings.ts';

export { expect };
export { AS_OF, DESKTOP, DIST, PHONE, RESULTS, ROOT } from './setting.ts';
export type { Timing } from './timings.ts';

/** The tag of tests that time answers (they run one at a time: see playwright.config.ts). */
export const TIMED = '@timed';

/** What a test leaves for the reporter (reporter.ts), as the attachment of this name. */
export const RECORD_ATTACHMENT = 'pobyt-e2e-record';
export interface TestRecord {
  timings: Timing[];
  /** Screens checked with axe. */
  screens: string[];
}

export interface SessionOptions {
  /** Another server's origin (the offline and update tests run their own server, to stop or change it). */
  origin?: string;
  /** Browser locale (navigator.language); the app's language comes from its own switch. */
  locale?: string;
  /** Start the page's Date at START_OF_DAY (default true); time then runs as usual. */
  shiftDate?: boolean;
  /** Let the page use the clipboard (read and write), for the share link. */
  clipboard?: boolean;
  /** Service workers: allowed by default, as in a real browser. */
  serviceWorkers?: 'allow' | 'block';
}

interface RecordedRequest {
  url: string;
  method: string;
  type: string;
}

/**
 * Injected before any page script: CSP violations, Event Timing and key timestamps. Also
 * `__name`, which esbuild's keepNames (tsx) puts around named functions in test code that
 * page.evaluate sends to the page.
 */
const INIT_SCRIPT = `(() => {
  globalThis.__name = globalThis.__name || ((f) => f);
  const P = (window.__pobyt = { csp: [], events: [], keyAt: 0, changedAt: 0, armed: false });
  document.addEventListener('securitypolicyviolation', (e) => {
    P.csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || ''));
  });
  try {
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId || 0, start: e.startTime });
    });
    po.observe({ type: 'event', buffered: true, durationThreshold: 16 });
    P.flush = () => { for (const e of po.takeRecords()) P.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId || 0, start: e.startTime }); };
  } catch (err) { P.eventTimingError = String(err); }
  addEventListener('keydown', (e) => { if (P.armed && !P.keyAt) P.keyAt = e.timeStamp; }, true);
  P.arm = () => {
    P.events.length = 0; P.keyAt = 0; P.changedAt = 0; P.armed = true;
    const mo = new MutationObserver(() => {
      if (!P.keyAt) return;
      mo.disconnect();
      requestAnimationFrame(() => { P.changedAt = performance.now(); });
    });
    mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    P.disarm = () => mo.disconnect();
  };
})();`;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export class Session {
  readonly requests: RecordedRequest[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly setCookies: string[] = [];
  /** Console errors a test expects (e.g. a request that fails while offline). */
  allowConsole: RegExp[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly origin: string,
    readonly testInfo: TestInfo,
    readonly record: TestRecord,
  ) {}

  static async open(browser: Browser, origin: string, testInfo: TestInfo, record: TestRecord, o: SessionOptions = {}): Promise<Session> {
    const context = await browser.newContext({
      locale: o.locale ?? 'en-GB',
      timezoneId: TIMEZONE,
      acceptDownloads: true,
      serviceWorkers: o.serviceWorkers ?? 'allow',
      viewport: DESKTOP,
    });
    if (o.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    if (o.shiftDate ?? true) await context.addInitScript({ content: dateShiftScript(START_OF_DAY) });
    await context.addInitScript({ content: INIT_SCRIPT });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const s = new Session(context, page, origin, testInfo, record);
    s.watch(context);
    s.watchPage(page);
    context.on('page', (p) => s.watchPage(p));
    return s;
  }

  private watch(context: BrowserContext): void {
    context.on('request', (r) => this.requests.push({ url: r.url(), method: r.method(), type: r.resourceType() }));
    context.on('response', (r) => {
      void r
        .headerValue('set-cookie')
        .then((v) => {
          if (v) this.setCookies.push(`${r.url()}: ${v}`);
        })
        .catch(() => undefined);
    });
  }

  watchPage(page: Page): void {
    // File choosers intercepted from the start: a test's waitForEvent('filechooser') turns
    // interception on without waiting for it, so a key press sent at once could reach the page
    // first and open no chooser (10 s timeouts, now and then, on a busy machine).
    page.on('filechooser', () => undefined);
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
    });
    page.on('pageerror', (e) => this.pageErrors.push(String(e.stack ?? e)));
  }

  /** The test's title, as the answer timings name it. */
  get testName(): string {
    return this.testInfo.title;
  }

  /** Go to a path of the app (e.g. `/`, `/sk/`, `/#case=…`) and wait for the first screen. */
  async goto(pathAndHash = '/', page: Page = this.page): Promise<void> {
    await page.goto(this.origin + pathAndHash, { waitUntil: 'load' });
  }

  /** Requests to anything but the app's own origin (data: URLs are not requests; blob: of our origin is ours). */
  foreignRequests(): string[] {
    return this.requests
      .map((r) => r.url)
      .filter((u) => !u.startsWith('data:') && !u.startsWith(`blob:${this.origin}/`) && new URL(u).origin !== this.origin);
  }

  /** Run axe-core (WCAG 2.2 AA tags) on the page; fail listing every violation. */
  async checkA11y(where: string, page: Page = this.page): Promise<void> {
    await checkA11y(page, where);
    this.record.screens.push(where);
  }

  /** What is wrong with this session by the rules every test must keep (empty: clean). */
  async problems(): Promise<string[]> {
    const problems: string[] = [];
    const foreign = this.foreignRequests();
    if (foreign.length) problems.push(`requests to other origins:\n    ${[...new Set(foreign)].join('\n    ')}`);
    if (this.setCookies.length) problems.push(`Set-Cookie headers:\n    ${this.setCookies.join('\n    ')}`);
    const cookies = await this.context.cookies();
    if (cookies.length) problems.push(`cookies in the browser: ${cookies.map((c) => c.name).join(', ')}`);
    for (const p of this.context.pages()) {
      if (p.isClosed()) continue;
      const docCookie = await p.evaluate(() => document.cookie).catch(() => '');
      if (docCookie !== '') problems.push(`document.cookie is ${JSON.stringify(docCookie)}`);
      const csp = await p.evaluate(() => (window as unknown as PobytWindow).__pobyt?.csp ?? []).catch(() => []);
      if (csp.length) problems.push(`CSP violations:\n    ${csp.join('\n    ')}`);
    }
    const errors = this.consoleErrors.filter((e) => !this.allowConsole.some((re) => re.test(e)));
    if (errors.length) problems.push(`console errors:\n    ${errors.join('\n    ')}`);
    if (this.pageErrors.length) problems.push(`uncaught errors:\n    ${this.pageErrors.join('\n    ')}`);
    return problems;
  }
}

interface PobytWindow {
  __pobyt?: {
    csp: string[];
    events: { name: string; duration: number; interactionId: number; start: number }[];
    keyAt: number;
    changedAt: number;
    armed: boolean;
    arm(): void;
    disarm?: () => void;
    flush?: () => void;
    eventTimingError?: string;
  };
  __pobytLazy?: [HTMLElement, string][];
}

/**
 * axe-core on the whole page, by @axe-core/playwright (legacy mode: axe runs in the page, as
 * there are no frames; no helper page is opened). It injects axe through the DevTools protocol
 * (page.evaluate), which the page's Content-Security-Policy does not govern. Parts of a long
 * plan left unrendered away from the viewport (`content-visibility: auto`, see renderedText)
 * are rendered for the scan, then left as they were.
 */
export async function checkA11y(page: Page, where: string): Promise<void> {
  // (options() first: it replaces every option, withTags() then adds runOnly.)
  await page.evaluate(() => {
    const lazy = [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto') as HTMLElement[];
    (window as unknown as PobytWindow).__pobytLazy = lazy.map((el) => [el, el.style.getPropertyValue('content-visibility')]);
    for (const el of lazy) el.style.setProperty('content-visibility', 'visible');
  });
  let results: Awaited<ReturnType<AxeBuilder['analyze']>>;
  try {
    // axe's source (550 kB) is sent to a page once: AxeBuilder sends what it is given at every
    // scan, twice, and a page that already has axe is given an empty statement instead.
    const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
    results = await new AxeBuilder({ page, axeSource: loaded ? ';' : AXE_SOURCE }).setLegacyMode().options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).analyze();
  } finally {
    await page.evaluate(() => {
      const w = window as unknown as PobytWindow;
      for (const [el, before] of w.__pobytLazy ?? []) {
        if (before) el.style.setProperty('content-visibility', before);
        else el.style.removeProperty('content-visibility');
      }
      delete w.__pobytLazy;
    });
  }
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`).join('\n      ')}`,
  );
  expect(violations, `axe: violations on ${where}`).toEqual([]);
}

/**
 * Measure one answer: arm the page's recorders, run `act` (the key presses that answer),
 * wait for `next` (the next screen), then read the Event Timing entries and the time from
 * the keydown to the first frame after the page changed. Recorded for the budget, not judged.
 *
 * The wait for the change is done in the page, cheaply, before any locator query: a
 * Playwright query (roles and accessible names over the whole page) runs on the page's main
 * thread and, landing between the keydown and the next paint, would be timed as the app's.
 */
export async function timedAnswer(s: Session, where: string, act: () => Promise<void>, next: Locator): Promise<Timing> {
  if (!s.testInfo.tags.includes(TIMED)) {
    throw new Error(`"${s.testName}" times answers but has no ${TIMED} tag: it would run beside another browser (see playwright.config.ts)`);
  }
  const page = s.page;
  await page.evaluate(() => (window as unknown as PobytWindow).__pobyt!.arm());
  await act();
  // The frame after the change, then two more and a pause: Event Timing entries are
  // delivered after the next paint. Then the next screen, by its locator.
  const r = await page.evaluate(
    () =>
      new Promise<{ events: { name: string; duration: number; start: number }[]; keyAt: number; changedAt: number; error?: string }>((resolve) => {
        const P = (window as unknown as PobytWindow).__pobyt!;
        const started = performance.now();
        const done = () => {
          P.flush?.();
          P.armed = false;
          P.disarm?.();
          resolve({ events: P.events.slice(), keyAt: P.keyAt, changedAt: P.changedAt, ...(P.eventTimingError ? { error: P.eventTimingError } : {}) });
        };
        const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));
        const wait = () => (P.changedAt || performance.now() - started > 15_000 ? settle() : setTimeout(wait, 20));
        wait();
      }),
  );
  await next.first().waitFor({ state: 'visible', timeout: 15_000 });
  if (r.error) throw new Error(`Event Timing API unavailable: ${r.error}`);
  // Only this answer's events: those from its keydown on (a Tab's entry may arrive late).
  const worst = r.events
    .filter((e) => !r.keyAt || e.start >= r.keyAt - 1)
    .reduce((w, e) => (e.duration > w.duration ? e : w), { name: '-', duration: 0 });
  const timing: Timing = {
    test: s.testName,
    where,
    eventMs: Math.round(worst.duration),
    eventName: worst.name,
    nextFrameMs: r.keyAt && r.changedAt ? Math.round(r.changedAt - r.keyAt) : -1,
  };
  s.record.timings.push(timing);
  return timing;
}

/**
 * The text of a part of the page as it reads on screen (innerText), all of it. A long plan
 * leaves its steps and sections unrendered while they are away from the viewport
 * (`content-visibility: auto`), and innerText leaves unrendered text out: those parts are
 * rendered for the reading (through the CSSOM, which the Content-Security-Policy allows),
 * then left as they were.
 */
export async function renderedText(loc: Locator): Promise<string> {
  return loc.evaluate((root) => {
    const lazy = [root, ...root.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto') as HTMLElement[];
    const before = lazy.map((el) => el.style.getPropertyValue('content-visibility'));
    for (const el of lazy) el.style.setProperty('content-visibility', 'visible');
    try {
      return (root as HTMLElement).innerText;
    } finally {
      lazy.forEach((el, i) => (before[i] ? el.style.setProperty('content-visibility', before[i]) : el.style.removeProperty('content-visibility')));
    }
  });
}

/** Spaces of every kind to one plain space, soft hyphens out: for matching text from a PDF. */
export const normaliseSpace = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ')
    .trim();

/** Print the page to an A4 PDF with print media and return its text (pdftotext). */
export async function printToPdfText(page: Page, file: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  try {
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(file, pdf);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.error) throw new Error(`pdftotext failed to start (apt-get install -y poppler-utils): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** The number of pages of a PDF (poppler's pdfinfo). */
export function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
}

/** The text of one page of a PDF. */
export function pdfPageText(file: string, n: number): string {
  return spawnSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).stdout;
}

/**
 * How far down each page its content reaches, as a share of the page's height (0–1): the
 * lowest word above the bottom margin (the page number there does not count).
 */
export function pdfPageFill(file: string, bottomMarginMm = 10): number[] {
  const html = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
  const margin = (bottomMarginMm / 25.4) * 72;
  return [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, body]) => {
    const height = Number(h);
    const lows = [...(body ?? '').matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < height - margin);
    return lows.length === 0 ? 0 : Math.max(...lows) / height;
  });
}

/** Fails the test with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  expect(condition, message).toBeTruthy();
}

/** Fails the test with `message` and both values unless they are deeply equal. */
export function assertEqual<T>(actual: T, expected: T, message: string): void {
  expect(actual as unknown, message).toEqual(expected);
}

// ---------------------------------------------------------------------------------------
// Fixtures

export interface E2EFixtures {
  /** The app's origin, served from dist/ by global-setup.ts (e.g. http://127.0.0.1:40123). */
  origin: string;
  /** A fresh browser context (no storage shared with other sessions) with every recorder on. */
  session: (options?: SessionOptions) => Promise<Session>;
  /** A temporary directory for this test's files, removed after it. */
  tmp: string;
  /** A note printed under the test's line by the reporter. */
  log: (message: string) => void;
  /** What the test records for the reporter: answer timings, screens checked by axe. */
  record: TestRecord;
  /** A test not tagged @timed starts once every @timed test has ended (timed-first.ts). */
  timedFirst: void;
}

/** How long a test waits at most for the @timed tests to end before it starts anyway. */
const TIMED_FIRST_MAX_WAIT_MS = 20 * 60_000;

// Each fixture hands its value to the test with `provide` (Playwright's `use`, renamed: the
// React hooks lint rule takes a call named `use` for React's).
export const test = base.extend<E2EFixtures>({
  timedFirst: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide, testInfo) => {
      const gate = process.env.POBYT_E2E_TIMED_DONE;
      if (gate && !testInfo.tags.includes(TIMED)) {
        const started = Date.now();
        while (!existsSync(gate) && Date.now() - started < TIMED_FIRST_MAX_WAIT_MS) await new Promise((r) => setTimeout(r, 250));
        const waited = Date.now() - started;
        if (!existsSync(gate)) testInfo.annotations.push({ type: 'note', description: `started beside the @timed tests after waiting ${Math.round(waited / 1000)} s` });
      }
      await provide();
    },
    { auto: true, timeout: 0 },
  ],

  // eslint-disable-next-line no-empty-pattern
  origin: async ({}, provide) => {
    const origin = process.env.POBYT_E2E_ORIGIN;
    if (!origin) throw new Error('POBYT_E2E_ORIGIN is not set: run the browser tests with playwright.config.ts (npx playwright test)');
    await provide(origin);
  },

  // eslint-disable-next-line no-empty-pattern
  tmp: async ({}, provide) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pobyt-e2e-'));
    await provide(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  // eslint-disable-next-line no-empty-pattern
  log: async ({}, provide, testInfo) => {
    await provide((message) => testInfo.annotations.push({ type: 'note', description: message }));
  },

  // eslint-disable-next-line no-empty-pattern
  record: async ({}, provide, testInfo) => {
    const record: TestRecord = { timings: [], screens: [] };
    await provide(record);
    // Attached whether the test passed or not: the answers up to a failure count too.
    await testInfo.attach(RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' });
  },

  session: async ({ browser, origin, record }, provide, testInfo) => {
    const sessions: Session[] = [];
    await provide(async (o) => {
      const s = await Session.open(browser, o?.origin ?? origin, testInfo, record, o);
      sessions.push(s);
      return s;
    });
    // What every test must leave clean, every session: only our origin, no cookies, no console
    // errors, no CSP violations. Checked before the contexts close, so a failure here still
    // gets its screenshot and trace (taken as a context closes).
    for (const [i, s] of sessions.entries()) {
      const problems = await s.problems().catch((e: unknown) => [String(e)]);
      expect.soft(problems, `session ${i + 1} of ${sessions.length} must stay clean`).toEqual([]);
    }
    for (const s of sessions) await s.context.close().catch(() => undefined);
  },
});
