/**
 * The browser-test harness: Debian Chromium driven by playwright-core (no browser download),
 * the built app served from dist/ by scripts/serve-dist.ts, and the checks every test makes:
 * axe-core (WCAG 2.2 AA) on every screen, every request recorded (only the app's own origin
 * is allowed), no cookies, no console errors, no CSP violations; and the Event Timing of every
 * answer is recorded (judged by the budget over all answers, not per test). Tests are registered with `test()` in tests/e2e/*.e2e.ts and run by run.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { DistServer } from '../../scripts/serve-dist.ts';
import type { Timing } from './timings.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const RESULTS = path.join(ROOT, 'test-results');

export { launchChromium } from '../../scripts/chromium.ts';

// ---------------------------------------------------------------------------------------
// The day the tests run on: plans are counted from "today", so the page's clock starts at a
// fixed moment (Slovak calendar data covers 2024-2027). A Monday morning, in Bratislava.
// Only Date is shifted (see DATE_SHIFT_SCRIPT): performance.now(), event timestamps, Intl
// and timers stay native, so the timings are real. (Playwright's clock API replaces
// performance.now and Intl.DateTimeFormat, which skews Event Timing and slows the app.)

export const AS_OF = '2026-11-23';
export const START_OF_DAY = new Date('2026-11-23T10:00:00+01:00');
export const TIMEZONE = 'Europe/Bratislava';

// ---------------------------------------------------------------------------------------
// Registry

export interface TestContext {
  origin: string;
  browser: Browser;
  server: DistServer;
  /** A fresh browser context (no storage shared with other sessions) with every recorder on. */
  session(options?: SessionOptions): Promise<Session>;
  /** A temporary directory for this test's files. */
  tmp: string;
  log(message: string): void;
}

export interface TestCase {
  name: string;
  fn: (t: TestContext) => Promise<void>;
  timeoutMs: number;
}

export const registry: TestCase[] = [];

export function test(name: string, fn: TestCase['fn'], { timeoutMs = 120_000 } = {}): void {
  registry.push({ name, fn, timeoutMs });
}

// ---------------------------------------------------------------------------------------
// Timing: every answer's Event Timing entries and keydown → next frame, across all tests

export type { Timing } from './timings.ts';

/** Recorded for the budget (scripts/budget.ts), which judges them over every answer: no test fails on them. */
export const timings: Timing[] = [];

// ---------------------------------------------------------------------------------------
// Session

export interface SessionOptions {
  /** Another server's origin (the offline test runs its own server, to stop it). */
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

/**
 * Injected before any page script: CSP violations, Event Timing and key timestamps. Also
 * `__name`, which tsx (esbuild keepNames) puts around named functions in the test code that
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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export class Session {
  readonly requests: RecordedRequest[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly setCookies: string[] = [];
  /** Screens checked with axe in this session. */
  readonly screens: string[] = [];
  /** Console errors a test expects (e.g. a request that fails while offline). */
  allowConsole: RegExp[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly origin: string,
    readonly testName: string,
  ) {}

  static async open(browser: Browser, origin: string, testName: string, o: SessionOptions = {}): Promise<Session> {
    const context = await browser.newContext({
      locale: o.locale ?? 'en-GB',
      timezoneId: TIMEZONE,
      acceptDownloads: true,
      serviceWorkers: o.serviceWorkers ?? 'allow',
      viewport: { width: 1280, height: 900 },
    });
    if (o.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    if (o.shiftDate ?? true) await context.addInitScript({ content: dateShiftScript(START_OF_DAY) });
    await context.addInitScript({ content: INIT_SCRIPT });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const s = new Session(context, page, origin, testName);
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

  /** Run axe-core (WCAG 2.2 AA tags) on the page; throw listing every violation. */
  async checkA11y(where: string, page: Page = this.page): Promise<void> {
    await checkA11y(page, where);
    this.screens.push(where);
  }

  /** Everything every test must leave clean. */
  async assertClean(): Promise<void> {
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
    if (problems.length) throw new Error(problems.join('\n  '));
  }

  async close(): Promise<void> {
    await this.context.close();
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
  axe?: { run(ctx: unknown, opts: unknown): Promise<AxeResults> };
}

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeResults {
  violations: { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }[];
}

/**
 * axe-core on the page. Injected through the DevTools protocol (page.evaluate of its source),
 * which the page's Content-Security-Policy does not govern: a <script> tag added by
 * page.addScriptTag would be an inline script, rightly refused by `script-src 'self'`.
 */
export async function checkA11y(page: Page, where: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as PobytWindow).axe === 'object');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as PobytWindow).axe!;
    // The whole page, rendered: parts left unrendered away from the viewport
    // (content-visibility: auto, see renderedText) are rendered for the scan, then left as they were.
    const lazy = [...document.querySelectorAll('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto') as HTMLElement[];
    const before = lazy.map((el) => el.style.getPropertyValue('content-visibility'));
    for (const el of lazy) el.style.setProperty('content-visibility', 'visible');
    let r: AxeResults;
    try {
      r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    } finally {
      lazy.forEach((el, i) => (before[i] ? el.style.setProperty('content-visibility', before[i]) : el.style.removeProperty('content-visibility')));
    }
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`),
    }));
  }, AXE_TAGS);
  if (violations.length) {
    throw new Error(
      `axe: ${violations.length} violation(s) on ${where}:\n` +
        violations.map((v) => `  - ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`).join('\n'),
    );
  }
}

// ---------------------------------------------------------------------------------------
// Keyboard-only helpers: Tab to reach things, arrows within radio groups, Space and Enter.

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return '<body>';
    const name = a.getAttribute('aria-label') ?? (a as HTMLElement).innerText?.slice(0, 40) ?? '';
    return `<${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${(a as HTMLInputElement).type ? ` type=${(a as HTMLInputElement).type}` : ''}> ${name}`;
  });
}

const isActive = (loc: Locator) => loc.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Press Tab until `target` has the focus, as a keyboard user would: Tab when it comes later
 * in the page than the focus, Shift+Tab when it comes earlier (at most `max` presses).
 */
export async function tabTo(page: Page, target: Locator, what: string, max = 120): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 10_000 });
  const backwards = await target.evaluate((el) => {
    const a = document.activeElement;
    if (!a || a === document.body || a === el) return false;
    return !!(a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let i = 0; i <= max; i++) {
    if (await isActive(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what} in ${max} presses; focus is on ${await describeFocus(page)}`);
}

/** Reach a button by Tab and press Enter on it. */
export async function pressButton(page: Page, name: string | RegExp, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await tabTo(page, button, `the "${String(name)}" button`);
  await page.keyboard.press(key === 'Space' ? ' ' : 'Enter');
}

/** Reach a link by Tab and press Enter on it. */
export async function followLink(page: Page, name: string | RegExp): Promise<void> {
  const link = page.getByRole('link', { name, exact: typeof name === 'string' });
  await tabTo(page, link, `the "${String(name)}" link`);
  await page.keyboard.press('Enter');
}

/**
 * Choose a radio button by its accessible name, keyboard only: Tab into its group, arrow
 * keys to it (which also checks it), Space when focus landed on it unchecked.
 * `group` narrows the search to a fieldset/radiogroup with that accessible name.
 */
export async function chooseRadio(page: Page, option: string | RegExp, group?: string | RegExp): Promise<void> {
  const scope = group ? page.getByRole('group', { name: group }).or(page.getByRole('radiogroup', { name: group })) : page;
  const radio = scope.getByRole('radio', { name: option, exact: typeof option === 'string' });
  const count = await radio.count();
  if (count !== 1) throw new Error(`expected one radio "${String(option)}"${group ? ` in "${String(group)}"` : ''}, found ${count}`);
  const groupName = await radio.evaluate((el) => (el as HTMLInputElement).name ?? '');
  const inGroup = () =>
    page.evaluate((n) => {
      const a = document.activeElement;
      return !!a && a.getAttribute('role') !== 'radiogroup' && (a as HTMLInputElement).type === 'radio' && (a as HTMLInputElement).name === n;
    }, groupName);
  let i = 0;
  for (; i < 80 && !(await inGroup()); i++) await page.keyboard.press('Tab');
  if (!(await inGroup())) throw new Error(`Tab never reached the radio group of "${String(option)}"; focus: ${await describeFocus(page)}`);
  const total = await page.locator(`input[type=radio][name="${groupName}"]`).count();
  for (let j = 0; j <= total && !(await isActive(radio)); j++) await page.keyboard.press('ArrowDown');
  if (!(await isActive(radio))) throw new Error(`arrow keys never reached the radio "${String(option)}"`);
  if (!(await radio.isChecked())) await page.keyboard.press(' ');
  if (!(await radio.isChecked())) throw new Error(`the radio "${String(option)}" did not get checked`);
}

/** Tick or untick a checkbox by its accessible name: Tab to it, Space. */
export async function setCheckbox(page: Page, name: string | RegExp, checked: boolean): Promise<void> {
  const box = page.getByRole('checkbox', { name, exact: typeof name === 'string' });
  if ((await box.isChecked()) === checked) return;
  await tabTo(page, box, `the checkbox "${String(name)}"`);
  await page.keyboard.press(' ');
  if ((await box.isChecked()) !== checked) throw new Error(`the checkbox "${String(name)}" did not change`);
}

/** Type into a text field reached by Tab (select-all first, so old text goes). */
export async function fillByKeyboard(page: Page, field: Locator, what: string, text: string): Promise<void> {
  await tabTo(page, field, what);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * Choose an option of a native <select> by keyboard: focus it with Tab, then arrow keys
 * until the option with that label is selected.
 */
export async function chooseSelectOption(page: Page, select: Locator, what: string, optionLabel: string): Promise<void> {
  await tabTo(page, select, what);
  const labels = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.label.trim()));
  const target = labels.indexOf(optionLabel);
  if (target < 0) throw new Error(`${what} has no option "${optionLabel}" (has: ${labels.slice(0, 12).join(', ')}…)`);
  for (let i = 0; i < labels.length + 1; i++) {
    const at = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (at === target) return;
    await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`arrow keys never selected "${optionLabel}" in ${what}`);
}

/**
 * Measure one answer: arm the page's recorders, run `act` (the key presses that answer),
 * wait for `next` (the next screen), then read the Event Timing entries and the time from
 * the keydown to the first frame after the page changed.
 *
 * The wait for the change is done in the page, cheaply, before any locator query: a
 * Playwright query (roles and accessible names over the whole page) runs on the page's main
 * thread and, landing between the keydown and the next paint, would be timed as the app's.
 */
export async function timedAnswer(s: Session, where: string, act: () => Promise<void>, next: Locator): Promise<Timing> {
  const page = s.page;
  await page.evaluate(() => (window as unknown as PobytWindow).__pobyt!.arm());
  await act();
  // The frame after the change, then two more and a pause: Event Timing entries are
  // delivered after the next paint. Then the next screen, by its locator.
  const collect = () =>
    page.evaluate(
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
  const r = await collect();
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
  timings.push(timing);
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

// ---------------------------------------------------------------------------------------
// Files: PDF text, downloads

export function tempDir(prefix = 'pobyt-e2e-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
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

// ---------------------------------------------------------------------------------------
// Assertions

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n    expected: ${e}\n    actual:   ${a}`);
}
