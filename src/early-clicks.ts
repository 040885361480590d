/**
 * The prerendered start page shows before the app runs (entry.ts loads it after the first
 * paint). A button pressed in that moment would do nothing: the press is held here and
 * pressed again once the app has taken the page over, so no tap or Enter is lost.
 */
let held: HTMLElement | undefined;

function hold(e: MouseEvent): void {
  const button = e.target instanceof Element ? e.target.closest('button') : null;
  if (!button) return;
  held = button;
  e.preventDefault();
  e.stopPropagation();
}

/** From the start: keep the last button pressed before the app is ready. */
export function holdEarlyClicks(doc: Document = document): void {
  doc.addEventListener('click', hold, true);
}

/**
 * The app has taken the page over: stop holding, and press again the button held (if it is
 * still there), unless `replay` is false (the page is being replaced: the press meant nothing).
 */
export function releaseEarlyClicks({ doc = document, replay = true }: { doc?: Document; replay?: boolean } = {}): void {
  doc.removeEventListener('click', hold, true);
  const button = held;
  held = undefined;
  if (replay && button?.isConnected) button.click();
}
