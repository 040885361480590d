/**
 * Debian's Chromium (apt-get install chromium), driven by playwright-core: no browser
 * download. One place for the path and the flags the browser tests, the prerender step and
 * the budget (Lighthouse) launch it with.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless is added by playwright-core (and given explicitly to chrome-launcher). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch Chromium with a fresh temporary profile (playwright-core makes and removes it). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`${CHROME_PATH} not found: apt-get install -y chromium (or set CHROME_PATH)`);
  }
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS });
}
