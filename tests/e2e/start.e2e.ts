/**
 * The start page as served: headers (CSP, no cookies), the installable-app metadata, the
 * first screen without JavaScript (prerendered) and with it, and axe on it.
 */
import { AS_OF, assert, test } from './fixtures.ts';
import { inlineScriptHashes, inlineStyleHashes, sourceHash, withInlineHashes } from '../../scripts/inline-style.ts';
import { loaderSource } from '../../scripts/post-paint.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve-dist.ts';
import { META_CSP } from '../../scripts/vite-plugins.ts';
import { E2E_LANGUAGES, texts } from './texts.ts';
import { buttonNamed, expectPath, heading } from './walk.ts';
import { questionPath } from '../../src/rules/questions.ts';

test('start page: headers, CSP, manifest, axe, no cookies, own origin only', async ({ session, origin, log }) => {
  const s = await session();
  const response = await s.page.goto(`${origin}/`, { waitUntil: 'load' });
  assert(response && response.ok(), `GET / answered ${response?.status()}`);
  const headers = await response.allHeaders();
  // The stylesheet is inline (the first paint in one request), allowed by its hash alone.
  // So is the loader that requests the scripts after the first paint (scripts/post-paint.ts).
  const served = await response.text();
  const styleHashes = inlineStyleHashes(served);
  assert(styleHashes.length === 1, `the start page has ${styleHashes.length} inline stylesheets, not 1`);
  const scriptHashes = inlineScriptHashes(served);
  assert(scriptHashes.length === 1 && scriptHashes[0] === sourceHash(loaderSource()), `the start page's inline scripts: ${scriptHashes.join(', ')}`);
  assert(headers['content-security-policy'] === withInlineHashes(CONTENT_SECURITY_POLICY, served), `CSP header is ${headers['content-security-policy']}`);
  assert(!headers['content-security-policy']!.includes('unsafe-inline'), 'the CSP allows any inline code');
  assert(!('set-cookie' in headers), 'the page set a cookie');
  assert(headers['x-content-type-options'] === 'nosniff', 'no nosniff header');

  const page = s.page;
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert(meta === withInlineHashes(META_CSP, served), `CSP <meta> is ${meta}`);
  assert((await page.locator('link[rel="stylesheet"]').count()) === 0, 'the start page still loads its stylesheet as a separate request');
  // The inline style applies (a hash that did not match would leave the page unstyled).
  const skipLink = await page.locator('.app-skip').evaluate((el) => getComputedStyle(el).position);
  assert(skipLink === 'absolute', `the skip link's position is "${skipLink}": the inline stylesheet did not apply`);
  assert((await page.locator('script:not([src])').count()) === 1, 'the page has an inline script besides its loader');
  // The page painted before any script was requested: the first paint waits for nothing.
  await page.locator('script[type="module"][src]').waitFor({ state: 'attached' });
  const early = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const before = performance.getEntriesByType('resource').filter((r) => r.startTime < fcp).map((r) => r.name);
    return { fcp, before };
  });
  assert(Number.isFinite(early.fcp), 'no first-contentful-paint entry');
  assert(early.before.length === 0, `requested before the first paint (${early.fcp} ms): ${early.before.join(', ')}`);
  assert((await page.locator('[style]').count()) === 0, 'the page has a style attribute (refused by style-src)');
  assert((await page.locator('meta[name="theme-color"]').getAttribute('content')) === '#0b4f8a', 'no theme-color');

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert(manifestHref, 'no manifest link');
  const manifest = (await (await page.request.get(new URL(manifestHref, origin).href)).json()) as {
    name?: string;
    short_name?: string;
    start_url?: string;
    display?: string;
    theme_color?: string;
    icons?: { src: string; sizes: string; purpose?: string; type?: string }[];
  };
  assert(manifest.name && manifest.short_name && manifest.start_url === '/' && manifest.display === 'standalone', 'manifest fields');
  assert(manifest.theme_color === '#0b4f8a', 'manifest theme colour');
  for (const [size, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ] as const) {
    const icon = manifest.icons?.find((i) => i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose));
    assert(icon, `manifest has no ${size} ${purpose} icon`);
    const r = await page.request.get(new URL(icon.src, origin).href);
    assert(r.ok() && r.headers()['content-type'] === icon.type, `icon ${icon.src}: ${r.status()} ${r.headers()['content-type']}`);
  }

  await page.locator('#root h1').first().waitFor({ state: 'visible' });
  assert((await page.evaluate(() => document.cookie)) === '', 'document.cookie is not empty');
  await s.checkA11y('start page (en)');
  log(`start page as of ${AS_OF}: "${(await page.locator('#root h1').first().innerText()).trim()}"`);
});

test('start page: the first screen is in the HTML, before any script runs', async ({ session, origin }) => {
  const s = await session();
  await s.context.route('**/*.js', (route) => route.abort());
  s.allowConsole.push(/Failed to load resource|net::ERR_FAILED/);
  for (const [pathname, lang] of [
    ['/', 'en'],
    ['/en/', 'en'],
    ['/sk/', 'sk'],
    ['/uk/', 'uk'],
  ] as const) {
    await s.page.goto(`${origin}${pathname}`, { waitUntil: 'domcontentloaded' });
    const h1 = s.page.locator('#root h1').first();
    assert(await h1.isVisible(), `${pathname}: no heading in the prerendered markup (scripts blocked)`);
    const htmlLang = await s.page.locator('html').getAttribute('lang');
    assert(htmlLang === lang, `${pathname}: <html lang="${htmlLang}">, expected ${lang}`);
    // The app could not be loaded: the page says so, in its language, and stays readable.
    const tx = await texts(lang);
    const alert = s.page.getByRole('alert');
    await alert.waitFor();
    const said = (await alert.innerText()).trim();
    assert(said === tx.t('app.start.scriptsFailed'), `${pathname}: the page said "${said}" when its scripts could not load`);
    assert(await h1.isVisible(), `${pathname}: the heading went when the scripts failed`);
  }
  // The prerendered pages are pages of our own: aborting our scripts is not a foreign request.
  s.requests.length = 0;
});

test('start page: /, /sk/ and /uk/ hydrate in their language with no error', async ({ session, origin }) => {
  for (const lng of E2E_LANGUAGES) {
    const s = await session();
    const tx = await texts(lng);
    const served = await s.page.goto(`${origin}${lng === 'en' ? '/' : `/${lng}/`}`, { waitUntil: 'load' });
    assert(served && (await served.text()).includes(`<html lang="${lng}"`), `the served /${lng}/ page is not in ${lng}`);
    await heading(s.page, tx.t('app.start.title')).waitFor();
    // Wait for React to take over the prerendered markup (hydrated or rendered afresh).
    await s.page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')));
    await s.page.waitForLoadState('networkidle');
    const pressed = s.page.getByRole('navigation').getByRole('button', { name: tx.t(`app.language.names.${lng}`), exact: true });
    assert((await pressed.getAttribute('aria-pressed')) === 'true', `the ${lng} language button is not pressed`);
    assert((await s.page.locator('html').getAttribute('lang')) === lng, `<html lang> changed from ${lng}`);
    await s.checkA11y(`start page (${lng}), hydrated`);
  }
});

test('start page: "Start now" pressed before the app has loaded is not lost', async ({ session, origin }) => {
  for (const lng of ['sk', 'uk'] as const) {
    const s = await session();
    const tx = await texts(lng);
    // The app's scripts arrive a second late, as on a slow phone network.
    let requested = 0;
    await s.context.route('**/assets/*.js', async (route) => {
      requested++;
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await s.page.goto(`${origin}/${lng}/`, { waitUntil: 'domcontentloaded' });
    const start = buttonNamed(s.page, tx.t('app.start.button'));
    await start.waitFor();
    // Pressed on the painted page, before the app has taken it over.
    const hydrated = await s.page.evaluate(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')));
    assert(!hydrated, `${lng}: the app had already taken the page over: the press was not early`);
    await start.click();
    const first = questionPath({}, AS_OF).path[0]!;
    await heading(s.page, tx.t(`questions.${first}.title`)).waitFor({ timeout: 20_000 });
    assert(requested > 0, `${lng}: no script was requested`);
    await expectPath(s.page, lng, `/${lng}/questions/${first}`);
  }
});
