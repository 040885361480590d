/**
 * The README's picture of the plan page (docs/plan-page.png): the built app (dist/, run
 * `npm run build` first) in Chromium, an example case file loaded, "Build my plan".
 *
 *   npx tsx scripts/screenshot.ts [examples/third-country-employment.json]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.ts';
import { defaultDist, serveDist } from './serve-dist.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = process.argv[2] ?? 'examples/third-country-employment.json';
const server = await serveDist({ dir: defaultDist() });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.setInputFiles('#app-import-file', {
    name: path.basename(example),
    mimeType: 'application/json',
    buffer: readFileSync(path.join(root, example)),
  });
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'Build my plan' }).click();
  await page.locator('.pv h1').waitFor();
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  const file = path.join(root, 'docs', 'plan-page.png');
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 2600 } });
  console.log(`screenshot: ${path.relative(root, file)}`);
} finally {
  await browser.close();
  await server.close();
}
