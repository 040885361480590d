/**
 * Before the browser tests: the built app (dist/) served on 127.0.0.1 at a free port, every
 * file compressed before the first request (so no answer's time includes it), for the whole
 * run. Workers read its origin from POBYT_E2E_ORIGIN (the `origin` fixture). Returns the
 * teardown that stops it.
 */
import { existsSync } from 'node:fs';
import { serveDist } from '../../scripts/serve-dist.ts';
import { CHROME_PATH } from '../../scripts/chromium.ts';
import { DIST } from './setting.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROME_PATH)) throw new Error(`${CHROME_PATH} not found: apt-get install -y chromium (or set CHROME_PATH)`);
  const server = await serveDist({ dir: DIST, warm: true });
  process.env.POBYT_E2E_ORIGIN = server.origin;
  return () => server.close();
}
