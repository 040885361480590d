/**
 * The page's only script tag. The prerendered start page is plain HTML and CSS: let the
 * browser paint it first, then fetch and run the app (main.tsx), which hydrates it.
 */
// The styles are linked from the HTML (render-blocking, as they must be for a painted page).
import './app/app.css';
import { holdEarlyClicks } from './early-clicks.ts';

holdEarlyClicks();

let started = false;
function start(): void {
  if (started) return;
  started = true;
  import('./main.tsx').catch((e: unknown) => {
    console.error(e);
    const root = document.getElementById('root');
    if (root) root.textContent = 'Pobyt could not start. Reload the page to try again. Your saved answers are kept in this browser.';
  });
}
// After the first contentful paint where the browser reports it; else after the next frame.
// The fallback covers a page that never paints (a background tab). A page with nothing
// prerendered (the dev server, a build without prerender) has nothing to paint: start now.
if (!document.getElementById('root')?.firstElementChild) {
  start();
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
} else {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 200);
}
