/**
 * Offline: after the first visit the service worker has cached the app; with the network
 * off and the server stopped, a reload still opens it, a whole path still reaches the plan,
 * and the other languages (their pages and texts) still load.
 */
import { serveDist } from '../../scripts/serve-dist.ts';
import { assert, DIST, test } from './fixtures.ts';
import { readExample, texts } from './texts.ts';
import { heading, openApp, switchLanguage, walkToPlan } from './walk.ts';

test('offline: after the first visit the app opens and works with no network', { tag: '@timed' }, async ({ session, log }) => {
  // A server of its own, so it can be stopped: nothing can come from the network after that.
  const own = await serveDist({ dir: DIST });
  try {
    const s = await session({ origin: own.origin });
    const tx = await openApp(s, 'en');
    const page = s.page;
    const sw = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no serviceWorker in navigator';
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise<undefined>((r) => setTimeout(() => r(undefined), 10_000)),
      ]);
      if (!registration) return 'no service worker registered within 10 s (is src/register-sw.ts imported by main.tsx?)';
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
      return navigator.serviceWorker.controller ? 'ok' : 'the service worker does not control the page';
    });
    assert(sw === 'ok', sw);
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      let n = 0;
      for (const k of keys) n += (await (await caches.open(k)).keys()).length;
      return { keys, n };
    });
    assert(cached.n > 3, `the cache holds ${cached.n} entries (${cached.keys.join(', ')})`);
    log(`service worker cache ${cached.keys.join(', ')}: ${cached.n} entries`);

    await own.close();
    await s.context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await heading(page, tx.t('app.start.title')).waitFor();
    await s.checkA11y('start page, offline (en)');
    await walkToPlan(s, tx, readExample('eu-family-member'));

    // Another language offline: its texts come from the cache.
    await switchLanguage(s, 'sk');
    const sk = await texts('sk');
    await heading(page, sk.t('uiPlan.title')).waitFor();
    await s.checkA11y('plan, offline, after switching to Slovak');
    // Its address, reloaded offline: the service worker's fallback opens the same page.
    await page.reload({ waitUntil: 'load' });
    await heading(page, sk.t('uiPlan.title')).waitFor();
    assert(new URL(page.url()).pathname === '/sk/plan', `offline, the plan reloaded at ${page.url()}`);

    // The prerendered Ukrainian page, from the cache.
    const response = await page.goto(`${own.origin}/uk/`, { waitUntil: 'load' });
    assert(response && response.fromServiceWorker(), 'the /uk/ page did not come from the service worker');
    const html = await response.text();
    assert(html.includes('<html lang="uk"'), 'the cached /uk/ page is not the Ukrainian one');
    await page.locator('#root h1').first().waitFor();
  } finally {
    await own.close();
  }
});
