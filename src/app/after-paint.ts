/**
 * Run `work` once the browser has painted the next frame: in a task after the frame's
 * animation callbacks, so what the page shows now is not held up by it. A page that paints
 * no frame (a hidden tab) runs it after `latestMs` instead. Returns a cancel function.
 */
export function afterNextPaint(work: () => void, latestMs = 250): () => void {
  let done = false;
  let after: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    cancel();
    work();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (after = setTimeout(run, 0))) : undefined;
  const latest = setTimeout(run, latestMs);
  function cancel() {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (after !== undefined) clearTimeout(after);
    clearTimeout(latest);
  }
  return cancel;
}
