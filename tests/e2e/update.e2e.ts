/**
 * Updates are visible: the app is served from a copy of dist/; once its service worker
 * controls the page, the copy becomes a new release (index.html carries a release marker and
 * sw.js a new revision for it). The open page then offers "New rules are available — reload";
 * until the person chooses Reload the old release stays (even across a plain reload, after
 * "Later"); Reload, by keyboard, brings the new release in one reload and the banner goes.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serveDist } from '../../scripts/serve-dist.ts';
import { assert, DIST, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { buttonNamed, heading, openApp } from './walk.ts';

const MARKER = '<meta name="pobyt-release" content="next">';

/** The release marker of the page shown: undefined for the first build. */
const release = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="pobyt-release"]')?.getAttribute('content') ?? undefined);

const workers = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(r?.waiting), active: r?.active?.scriptURL ?? '', controlled: Boolean(navigator.serviceWorker.controller) };
  });

/**
 * Publish the next release into `dir`: a marker in the start pages (`/` and `/en/`, where the
 * app's address puts an English start page), their new revisions in sw.js.
 */
function publishNextRelease(dir: string): void {
  const swFile = path.join(dir, 'sw.js');
  let sw = readFileSync(swFile, 'utf8');
  for (const page of ['index.html', 'en/index.html']) {
    const file = path.join(dir, page);
    const html = readFileSync(file, 'utf8');
    assert(html.includes('</head>'), `${page} has no </head>`);
    writeFileSync(file, html.replace('</head>', `  ${MARKER}\n  </head>`));
    const re = new RegExp(`(url:\\s*"${page.replace(/[./]/g, (c) => `\\${c}`)}",\\s*revision:\\s*")[^"]+(")`);
    assert(re.test(sw), `dist/sw.js has no precache entry for ${page} with a revision`);
    sw = sw.replace(re, '$1next-release$2');
  }
  writeFileSync(swFile, sw);
}

test('update: a new release waits until the person chooses Reload, then comes in one reload', async ({ session, tmp }) => {
  const dir = path.join(tmp, 'dist');
  cpSync(DIST, dir, { recursive: true });
  const own = await serveDist({ dir });
  try {
    const s = await session({ origin: own.origin });
    const page = s.page;
    const tx = await openApp(s, 'en');
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
      return Boolean(navigator.serviceWorker.controller);
    });
    assert(controlled, 'the service worker does not control the page after the first visit');
    const text = tx.t('app.update.text');
    const banner = page.getByRole('status').filter({ hasText: text });
    const reload = buttonNamed(page, tx.t('app.update.reload'));
    const later = buttonNamed(page, tx.t('app.update.later'));
    assert((await banner.count()) === 0, 'the update banner shows before there is an update');

    publishNextRelease(dir);
    // The browser's own update check (the app makes one hourly and whenever the page is shown).
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await banner.waitFor({ timeout: 20_000 });
    assert((await release(page)) === undefined, 'the open page changed release before the person chose');
    let w = await workers(page);
    assert(w.waiting, 'the new service worker is not waiting');
    await s.checkA11y('start page with the update banner (en)');

    // Reachable by keyboard, with a visible focus and a target of at least 24 × 24 px.
    await tabTo(page, reload, 'the Reload button');
    const look = await reload.evaluate((el) => {
      const st = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { outline: st.outlineStyle, outlineWidth: parseFloat(st.outlineWidth), width: box.width, height: box.height };
    });
    assert(look.outline !== 'none' && look.outlineWidth >= 2, `the focused Reload button shows no focus outline (${JSON.stringify(look)})`);
    for (const [name, b] of [['Reload', reload], ['Later', later]] as const) {
      const box = await b.boundingBox();
      assert(box && box.width >= 24 && box.height >= 24, `the ${name} button is smaller than 24 × 24 px (${JSON.stringify(box)})`);
    }

    // "Later": the banner goes; a plain reload keeps the old release and offers the new one again.
    await tabTo(page, later, 'the Later button');
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    await page.reload({ waitUntil: 'load' });
    await heading(page, tx.t('app.start.title')).waitFor();
    await banner.waitFor({ timeout: 20_000 });
    assert((await release(page)) === undefined, 'a plain reload brought the new release before the person chose Reload');

    // "Reload": the new worker takes over and the page reloads, once, into the new release.
    let loads = 0;
    page.on('load', () => loads++);
    await tabTo(page, reload, 'the Reload button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('meta[name="pobyt-release"]') !== null, undefined, { timeout: 20_000 });
    await heading(page, tx.t('app.start.title')).waitFor();
    assert((await release(page)) === 'next', 'after Reload the page does not show the new release');
    await page.waitForTimeout(1000);
    assert(loads === 1, `the page loaded ${loads} times after Reload (expected once)`);
    assert((await page.getByText(text).count()) === 0, 'the update banner still shows after the reload');
    w = await workers(page);
    assert(w.controlled && !w.waiting, `after Reload a worker still waits or none controls the page (${JSON.stringify(w)})`);
    await s.checkA11y('start page after the update (en)');
  } finally {
    await own.close();
  }
});
