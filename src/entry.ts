/**
 * The page's module script. On the prerendered start page, its inline loader
 * (src/post-paint.js) adds this script only after the first paint, so the page paints as
 * plain HTML and CSS first; elsewhere (the SPA fallback, the dev server) there is nothing
 * painted to wait for. It runs the app (main.tsx), which hydrates the page or renders it.
 */
// The stylesheet: inline in the prerendered pages, linked from the others.
import './app/app.css';
import { sayCouldNotStart } from './early-clicks.ts';

import('./main.tsx').catch((e: unknown) => {
  console.error(e);
  sayCouldNotStart();
});
