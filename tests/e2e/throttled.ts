/**
 * The interaction that matters most on a phone, measured for the budget (scripts/budget.ts):
 * "Build my plan" on check your answers for the third-country employment example, at a
 * 390 px wide viewport with the CPU throttled 4× (DevTools protocol
 * `Emulation.setCPUThrottlingRate`), judged on the median of several runs by Event Timing
 * (the longest entry of the interaction, as INP counts it).
 *
 * Each run is a fresh browser context: the share link (`/#case=…`) → Load → check your
 * answers, then a wait until the page is quiet (the plan is rendered ahead after the page
 * has painted, while a person reads their answers), then Enter on "Build my plan" (focused
 * by script, so no earlier key press is measured) until the plan's heading shows.
 *
 * The same machine's floor is measured in the same way, alternating with the app's runs:
 * the same press on the same page, but the page change made by hand, with no React (HAND,
 * below): the check page taken out, the plan rendered ahead shown, its heading focused at the
 * top. What the browser itself must do for that change (style, layout, paint of the plan's
 * first screen) is in both figures; what the app adds is the difference. On the 2-core
 * machine at 4× a plain page swap of a screenful of text measured 40 ms (2026-12-07).
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { encodeCaseFileFragment } from '../../src/components/keep/share-link.ts';
import { PHONE, START_OF_DAY, TIMEZONE, dateShiftScript } from './setting.ts';
import { readExample, texts } from './texts.ts';
import { percentile } from './timings.ts';

export interface ThrottledRun {
  /** The longest Event Timing entry of the key press (0 when none reached 16 ms). */
  eventMs: number;
  eventName: string;
  /** From the keydown to the first frame after the page changed. */
  nextFrameMs: number;
}

export interface ThrottledFigures {
  interaction: string;
  example: string;
  viewport: { width: number; height: number };
  cpuThrottling: number;
  runs: ThrottledRun[];
  /** Median of the runs' Event Timing figures. */
  medianEventMs: number;
  medianNextFrameMs: number;
  /** The plan page's height once shown (px), for what the reveal has to lay out and paint. */
  planPageHeightPx: number;
  /** The same press with the page change made by hand, no React (HAND): the machine's floor. */
  byHand: { runs: ThrottledRun[]; medianEventMs: number; medianNextFrameMs: number };
}

const OBSERVER = `(() => {
  globalThis.__name = globalThis.__name || ((f) => f);
  const P = (window.__budget = { events: [], keyAt: 0, changedAt: 0 });
  const take = (list) => { for (const e of list) P.events.push({ name: e.name, duration: e.duration, start: e.startTime, interactionId: e.interactionId || 0 }); };
  const po = new PerformanceObserver((l) => take(l.getEntries()));
  po.observe({ type: 'event', buffered: true, durationThreshold: 16 });
  P.flush = () => take(po.takeRecords());
  P.arm = () => {
    P.events.length = 0; P.keyAt = 0; P.changedAt = 0;
    addEventListener('keydown', (e) => { if (!P.keyAt) P.keyAt = e.timeStamp; }, { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (!P.keyAt) return;
      mo.disconnect();
      requestAnimationFrame(() => { P.changedAt = performance.now(); });
    });
    mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  };
})();`;

/**
 * "Build my plan" done by hand: a click on it (Enter on a button is a click) is taken before
 * React's listener and makes the DOM change the app makes, in the order the app makes it
 * (app-shell.tsx, frame.tsx focusHeading): the page content out, the plan's wrapper shown
 * (class, inert, aria-hidden), scrolled to the top, its heading focused. The address and the
 * window title the app writes after the paint, so they are not part of either figure.
 */
const HAND = `(() => {
  const build = document.activeElement;
  addEventListener('click', (e) => {
    if (e.target !== build) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    window.__budget.byHand = true;
    const ahead = document.querySelector('.app-ahead');
    for (const el of [...ahead.parentElement.children]) if (el !== ahead) el.remove();
    ahead.className = 'app-plan-shown';
    ahead.inert = false;
    ahead.removeAttribute('aria-hidden');
    document.documentElement.scrollTo({ top: 0, behavior: 'instant' });
    const h1 = ahead.querySelector('h1');
    h1.setAttribute('tabindex', '-1');
    h1.focus({ preventScroll: true });
  }, { capture: true });
})();`;

interface BudgetWindow {
  __budget: {
    events: { name: string; duration: number; start: number; interactionId: number }[];
    keyAt: number;
    changedAt: number;
    /** Set by HAND when it made the page change. */
    byHand?: boolean;
    arm(): void;
    flush(): void;
  };
}

/** Wait until the page has had `quietMs` with no long task (the plan rendered ahead, the chunks loaded). */
async function settle(page: Page, quietMs: number, maxMs: number): Promise<void> {
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let last = performance.now();
        const po = new PerformanceObserver((l) => {
          for (const e of l.getEntries()) last = Math.max(last, e.startTime + e.duration);
        });
        try {
          po.observe({ type: 'longtask' });
        } catch {
          // no Long Tasks API: the idle callbacks alone
        }
        const check = () => {
          const now = performance.now();
          if (now - last >= quietMs || now - started > maxMs) {
            po.disconnect();
            resolve();
          } else requestIdleCallback(check, { timeout: 200 });
        };
        requestIdleCallback(check, { timeout: 200 });
      }),
    { quietMs, maxMs },
  );
}

/** The runs' medians: Event Timing and keydown → next frame. */
function medians(runs: ThrottledRun[]): { medianEventMs: number; medianNextFrameMs: number } {
  return {
    medianEventMs: percentile(
      runs.map((r) => r.eventMs),
      0.5,
    )!,
    medianNextFrameMs: percentile(
      runs.map((r) => r.nextFrameMs),
      0.5,
    )!,
  };
}

export async function measureBuildPlan(
  origin: string,
  { runs = 5, rate = 4, width = PHONE.width, height = PHONE.height }: { runs?: number; rate?: number; width?: number; height?: number } = {},
): Promise<ThrottledFigures> {
  const example = 'third-country-employment';
  const fragment = encodeCaseFileFragment(readExample(example));
  const tx = await texts('en');
  const browser = await launchChromium();
  const results: ThrottledRun[] = [];
  const byHand: ThrottledRun[] = [];
  let planPageHeightPx = 0;
  try {
    // The app's runs and the by-hand runs alternate (app first, then by hand first), so a
    // machine that slows down or speeds up moves both.
    for (const hand of Array.from({ length: runs * 2 }, (_, i) => (i % 4 === 1 || i % 4 === 2))) {
      const context = await browser.newContext({
        viewport: { width, height },
        locale: 'en-GB',
        timezoneId: TIMEZONE,
        serviceWorkers: 'block',
      });
      try {
        await context.addInitScript({ content: dateShiftScript(START_OF_DAY) });
        await context.addInitScript({ content: OBSERVER });
        context.setDefaultTimeout(30_000);
        const page = await context.newPage();
        const cdp: CDPSession = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(`${origin}/${fragment}`, { waitUntil: 'load' });
        const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
        await heading(tx.t('app.share.offerTitle')).waitFor();
        await page.getByRole('button', { name: tx.t('app.share.load'), exact: true }).click();
        await heading(tx.t('app.check.title')).waitFor();
        // The plan rendered ahead (hidden) once check your answers has painted; then quiet.
        await page.locator('.app-ahead article.pv').waitFor({ state: 'attached' });
        await settle(page, 500, 15_000);
        const build = page.getByRole('button', { name: tx.t('app.check.confirm'), exact: true });
        await build.focus();
        if (hand) await page.evaluate(HAND);
        await page.evaluate(() => (window as unknown as BudgetWindow).__budget.arm());
        await page.keyboard.press('Enter');
        // Wait in the page, cheaply, for the frame after the change and then for the Event
        // Timing entries (they arrive after the next paint): Playwright's own locator queries
        // (role and name over a 19,000 px page) would run on the page's main thread and could
        // land inside the measured interaction.
        const r = await page.evaluate(
          () =>
            new Promise<{ events: { name: string; duration: number; start: number }[]; keyAt: number; changedAt: number; height: number; byHand: boolean }>(
              (resolve) => {
                const P = (window as unknown as BudgetWindow).__budget;
                const started = performance.now();
                const finish = () =>
                  requestAnimationFrame(() =>
                    requestAnimationFrame(() =>
                      setTimeout(() => {
                        P.flush();
                        resolve({ events: P.events.slice(), keyAt: P.keyAt, changedAt: P.changedAt, height: document.documentElement.scrollHeight, byHand: P.byHand === true });
                      }, 200),
                    ),
                  );
                const wait = () => (P.changedAt || performance.now() - started > 15_000 ? finish() : setTimeout(wait, 50));
                wait();
              },
            ),
        );
        await heading(tx.t('uiPlan.title')).waitFor({ state: 'visible' });
        // A run measures what it says: the hand-made change on a by-hand run, the app's otherwise.
        if (r.byHand !== hand) throw new Error(`a ${hand ? 'by-hand' : "app's"} run of "Build my plan" was ${r.byHand ? 'made by hand' : "made by the app"}`);
        const worst = r.events
          .filter((e) => r.keyAt && e.start >= r.keyAt - 1)
          .reduce((w, e) => (e.duration > w.duration ? e : w), { name: '-', duration: 0 });
        (hand ? byHand : results).push({
          eventMs: Math.round(worst.duration),
          eventName: worst.name,
          nextFrameMs: r.keyAt && r.changedAt ? Math.round(r.changedAt - r.keyAt) : -1,
        });
        if (!hand) planPageHeightPx = r.height;
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    interaction: 'check your answers → "Build my plan" (Enter) → plan',
    example: `examples/${example}.json`,
    viewport: { width, height },
    cpuThrottling: rate,
    runs: results,
    ...medians(results),
    planPageHeightPx,
    byHand: { runs: byHand, ...medians(byHand) },
  };
}
