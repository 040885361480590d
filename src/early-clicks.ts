/**
 * The prerendered start page shows before the app runs: its inline loader (src/post-paint.js,
 * inlined by scripts/prerender.ts) requests the app only after the first paint. A button
 * pressed, or a file chosen, in that moment would do nothing: the loader holds the last one,
 * and the app does it again here once it has taken the page over, so no tap, Enter or file
 * is lost.
 */
export interface HeldClick {
  element: HTMLElement;
  kind: 'press' | 'file';
}

declare global {
  interface Window {
    /** Set by the start page's inline loader (src/post-paint.js): stop holding, and say what was held. */
    pobytEarlyClicks?: {
      release(): HeldClick | undefined;
      /** The app could not be loaded: stop holding, and say so in the page's language. */
      fail(): void;
    };
  }
}

/**
 * The app has taken the page over: stop holding, and do again what was held (if its element
 * is still there), unless `replay` is false (the page is being replaced: it meant nothing).
 * A page without the loader (the SPA fallback, the dev server) held nothing.
 */
export function releaseEarlyClicks({ win = window, replay = true }: { win?: Window; replay?: boolean } = {}): void {
  const h = win.pobytEarlyClicks?.release();
  if (!replay || !h?.element.isConnected) return;
  if (h.kind === 'press') h.element.click();
  else h.element.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The app could not be loaded: where the start page's loader is, it says so in the page's
 * language above the page (which stays readable); elsewhere, in English, in place of it.
 */
export function sayCouldNotStart(win: Window = window): void {
  if (win.pobytEarlyClicks) {
    win.pobytEarlyClicks.fail();
    return;
  }
  const root = win.document.getElementById('root');
  if (root) root.textContent = 'Pobyt could not start. Check your connection and reload the page. Your saved answers are kept in this browser.';
}
