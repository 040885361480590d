/**
 * The prerendered start page shows before the app runs (entry.ts loads it after the first
 * paint). A button pressed, or a file chosen, in that moment would do nothing: it is held
 * here and done again once the app has taken the page over, so no tap, Enter or file is lost.
 */
let held: { element: HTMLElement; kind: 'press' | 'file' } | undefined;

function hold(e: Event): void {
  const target = e.target instanceof Element ? e.target : null;
  if (e.type === 'click') {
    const button = target?.closest('button');
    if (!button) return;
    held = { element: button, kind: 'press' };
  } else if (target instanceof HTMLInputElement && target.type === 'file') {
    held = { element: target, kind: 'file' };
  } else {
    return;
  }
  e.preventDefault();
  e.stopPropagation();
}

/** From the start: keep the last button pressed or file chosen before the app is ready. */
export function holdEarlyClicks(doc: Document = document): void {
  doc.addEventListener('click', hold, true);
  doc.addEventListener('change', hold, true);
}

/**
 * The app has taken the page over: stop holding, and do again what was held (if its element
 * is still there), unless `replay` is false (the page is being replaced: it meant nothing).
 */
export function releaseEarlyClicks({ doc = document, replay = true }: { doc?: Document; replay?: boolean } = {}): void {
  doc.removeEventListener('click', hold, true);
  doc.removeEventListener('change', hold, true);
  const h = held;
  held = undefined;
  if (!replay || !h?.element.isConnected) return;
  if (h.kind === 'press') h.element.click();
  else h.element.dispatchEvent(new Event('change', { bubbles: true }));
}
