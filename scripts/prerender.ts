/**
 * Prerender the start page, at the end of `vite build` (the pobyt:prerender plugin in
 * scripts/vite-plugins.ts, before vite-plugin-pwa lists these pages in the service worker's
 * precache): load the built app in Chromium (served from
 * dist/ by scripts/serve-dist.ts), wait for the start page, and write its markup into
 * <div id="root"> for each language, switching language with the app's own language
 * buttons, as a person would:
 *
 *   dist/index.html     English   (<html lang="en">), for `/`
 *   dist/en/index.html  English   (<html lang="en">)
 *   dist/sk/index.html  Slovak    (<html lang="sk">)
 *   dist/uk/index.html  Ukrainian (<html lang="uk">)
 *   dist/app.html       the shell with nothing prerendered: every other address (a question,
 *                       the plan, …) gets it as the SPA fallback (scripts/serve-dist.ts, the
 *                       service worker's navigateFallback), so no start page flashes before
 *                       the page the address names
 *
 * So the first screen shows before (and without) JavaScript; main.tsx hydrates it. Each page
 * carries its stylesheet inline, allowed by hash in its CSP (scripts/inline-style.ts), and
 * requests its scripts only after it has painted (scripts/post-paint.ts).
 * Fails (non-zero exit) when the start page does not render, or when the markup holds what
 * the Content-Security-Policy refuses (inline style attributes, inline scripts).
 *
 *   npx tsx scripts/prerender.ts [--dir dist]    (alone: dist/sw.js keeps the revisions the
 *                                                 build gave these pages; run npm run build)
 *
 * Needs Chromium (CHROME_PATH, default /usr/bin/chromium). SKIP_PRERENDER=1 skips it, for a
 * machine without one: the app then renders its first screen with JavaScript only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { inlineStylesheets } from './inline-style.ts';
import { withPostPaintLoader, type ViteManifest } from './post-paint.ts';
import { defaultDist, serveDist } from './serve-dist.ts';

export const PRERENDER_LANGUAGES = ['en', 'sk', 'uk'] as const;

/** Where each language's page goes, relative to dist/ (English also at `/`, index.html). */
export const pageFile = (lng: string) => `${lng}/index.html`;

/** The SPA fallback: the shell, nothing prerendered (every address that is no file). */
export const FALLBACK_FILE = 'app.html';

interface Snapshot {
  lang: string;
  title: string;
  root: string;
}

const ROOT_RE = /<div id="root">[\s\S]*?<\/div>(\s*<\/body>)/;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The shell with one language's markup inside #root, its <html lang> and <title>. */
export function fillShell(shell: string, snap: Snapshot): string {
  if (!ROOT_RE.test(shell)) throw new Error('the shell has no <div id="root"></div> just before </body>');
  return shell
    .replace(/<html lang="[^"]*"/, `<html lang="${snap.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(snap.title)}</title>`)
    .replace(ROOT_RE, (_m, end: string) => `<div id="root">${snap.root}</div>${end}`);
}

/** vite's own index.html: nothing prerendered in #root yet. */
export const isShell = (html: string): boolean => /<div id="root"><\/div>/.test(html);

/** Markup the page's CSP would refuse, or that must not be frozen into HTML. */
export function markupProblems(root: string): string[] {
  const problems: string[] = [];
  const styles = root.match(/<[^>]+\sstyle="[^"]*"/g);
  if (styles) problems.push(`inline style attributes (refused by style-src 'self'): ${styles.slice(0, 5).join(' | ')}`);
  if (/<script\b/i.test(root)) problems.push('a <script> element');
  if (/\son[a-z]+="/i.test(root)) problems.push('an inline event handler attribute');
  return problems;
}

async function startPage(page: Page): Promise<void> {
  await page.locator('#root h1').first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    root: document.getElementById('root')!.innerHTML,
  }));
}

/** Switch language with the app's own control: the language button carrying `lang`. */
async function switchLanguage(page: Page, lng: string): Promise<boolean> {
  const button = page.locator(`#root button[lang="${lng}"], #root a[lang="${lng}"], #root a[hreflang="${lng}"]`).first();
  if ((await button.count()) === 0) return false;
  await button.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lng, { timeout: 15_000 });
  await startPage(page);
  return true;
}

export async function prerender(dist = defaultDist()): Promise<{ written: string[]; skipped: string[]; warnings: string[] }> {
  const indexFile = path.join(dist, 'index.html');
  // Keep vite's shell: a second run starts again from it, not from prerendered markup. A
  // fresh build's index.html (nothing in #root) is the shell, always: an outDir that vite
  // did not empty must not keep an older build's shell and its older scripts.
  const shellFile = path.join(dist, '.vite', 'shell.html');
  const index = readFileSync(indexFile, 'utf8');
  if (!existsSync(shellFile) || isShell(index)) {
    mkdirSync(path.dirname(shellFile), { recursive: true });
    writeFileSync(shellFile, index);
  }
  const shell = readFileSync(shellFile, 'utf8');
  writeFileSync(indexFile, shell);
  writeFileSync(path.join(dist, FALLBACK_FILE), shell);

  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
  const server = await serveDist({ dir: dist });
  const browser = await launchChromium();
  const written: string[] = [];
  const skipped: string[] = [];
  const warnings: string[] = [];
  try {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    await startPage(page);
    const pages = new Map<string, Snapshot & { heading: string }>();
    for (const lng of PRERENDER_LANGUAGES) {
      if (lng !== 'en' && !(await switchLanguage(page, lng))) {
        skipped.push(lng);
        continue;
      }
      const snap = await snapshot(page);
      if (snap.lang !== lng) throw new Error(`after switching to ${lng}, <html lang> is "${snap.lang}"`);
      const heading = await page.locator('#root h1').first().innerText();
      if (lng !== 'en' && heading === (pages.get('en')?.heading)) {
        warnings.push(`the ${lng} start page has the English heading "${heading}": are its texts missing?`);
      }
      const problems = markupProblems(snap.root);
      if (problems.length) throw new Error(`the ${lng} start page holds ${problems.join('; ')}`);
      pages.set(lng, { ...snap, heading });
    }
    if (errors.length) throw new Error(`the app logged errors while prerendering:\n  ${errors.join('\n  ')}`);
    for (const [lng, snap] of pages) {
      const file = path.join(dist, pageFile(lng));
      mkdirSync(path.dirname(file), { recursive: true });
      // The stylesheet inlined (scripts/inline-style.ts): the first paint in one request;
      // the scripts requested after it (scripts/post-paint.ts).
      const html = withPostPaintLoader(dist, inlineStylesheets(dist, fillShell(shell, snap)), manifest, lng);
      writeFileSync(file, html);
      written.push(`${pageFile(lng)} (${Buffer.byteLength(snap.root)} bytes of markup)`);
      if (lng === 'en') {
        writeFileSync(indexFile, html);
        written.push('index.html');
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { written, skipped, warnings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.SKIP_PRERENDER === '1') {
    console.warn('prerender: skipped (SKIP_PRERENDER=1): the start page needs JavaScript to show');
    process.exit(0);
  }
  const i = process.argv.indexOf('--dir');
  const dist = i >= 0 ? path.resolve(process.argv[i + 1]!) : defaultDist();
  try {
    const { written, skipped, warnings } = await prerender(dist);
    console.log(`prerender: ${written.join(', ')}`);
    for (const w of warnings) console.warn(`prerender: warning: ${w}`);
    if (skipped.length) console.warn(`prerender: no language button for ${skipped.join(', ')}: those pages were not written`);
  } catch (e) {
    console.error(`prerender failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
