/**
 * A tiny static server for the built app (dist/), on 127.0.0.1 only, with the headers the
 * app is meant to be served with: a strict Content-Security-Policy, no cookies, long caching
 * for hashed assets and none for HTML and the service worker. node:http, no dependencies.
 *
 *   npx tsx scripts/serve-dist.ts [--port 4173] [--dir dist]
 *
 * Used by the browser tests, the prerender step and the budget (each on a free port).
 */
import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { withInlineHashes } from './inline-style.ts';

/** The policy: only this origin, no inline script or style but by hash (policyFor), no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy for one page: CONTENT_SECURITY_POLICY, plus the hashes of its inline <style>s and its inline loader. */
export const policyFor = (html: string): string => withInlineHashes(CONTENT_SECURITY_POLICY, html);

/** Headers on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface DistServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Resolve a URL path to a file under root; directories serve their index.html. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (full !== root && !full.startsWith(root + path.sep)) return undefined;
  try {
    const st = await fs.stat(full);
    if (st.isFile()) return full;
    if (st.isDirectory()) {
      const index = path.join(full, 'index.html');
      if ((await fs.stat(index).catch(() => undefined))?.isFile()) return index;
    }
  } catch {
    // not found
  }
  return undefined;
}

/** The page every address that is no file gets: app.html (scripts/prerender.ts), else index.html. */
async function fallbackFile(root: string): Promise<string> {
  const app = path.join(root, 'app.html');
  return (await fs.stat(app).catch(() => undefined))?.isFile() ? app : path.join(root, 'index.html');
}

function cacheControl(rel: string): string {
  if (rel.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  // An address without a file extension is a page of the app (/sk/questions/stayLength,
  // /en/plan): the SPA fallback, the shell with nothing prerendered (app.html), which opens
  // the page the address names; index.html where the build has no fallback file.
  const file =
    (await resolveFile(root, url.pathname)) ?? (path.posix.extname(url.pathname) ? undefined : await fallbackFile(root));
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found\n');
    return;
  }
  const ext = path.extname(file).toLowerCase();
  const rel = path.relative(root, file).split(path.sep).join('/');
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', cacheControl(rel));
  if (rel === 'sw.js') res.setHeader('Service-Worker-Allowed', '/');
  // A prerendered page's inline stylesheet is allowed by its hash, here as in its <meta>.
  if (ext === '.html') res.setHeader('Content-Security-Policy', policyFor(await fs.readFile(file, 'utf8')));
  const encoding = COMPRESSIBLE.has(ext) ? pickEncoding(String(req.headers['accept-encoding'] ?? '')) : undefined;
  const body = encoding ? await compressed(file, encoding) : await fs.readFile(file);
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
}

type Encoding = 'br' | 'gzip';

function pickEncoding(accept: string): Encoding | undefined {
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return undefined;
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
/** Compressed bodies by file, encoding and modification time: each file is compressed once. */
const cache = new Map<string, Promise<Buffer>>();

/** A file's body compressed as static servers serve it: brotli at its best quality, gzip -9. */
function compressed(file: string, encoding: Encoding): Promise<Buffer> {
  return fs.stat(file).then((st) => {
    const key = `${file}\0${encoding}\0${st.mtimeMs}\0${st.size}`;
    let body = cache.get(key);
    if (!body) {
      body = fs
        .readFile(file)
        .then((raw) =>
          encoding === 'br'
            ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
            : gz(raw, { level: 9 }),
        );
      cache.set(key, body);
      body.catch(() => cache.delete(key));
    }
    return body;
  });
}

/** Compress every compressible file once, before the first request (for timing runs). */
async function precompress(root: string): Promise<void> {
  const walk = async (dir: string): Promise<string[]> =>
    (await Promise.all(
      (await fs.readdir(dir, { withFileTypes: true })).map((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      ),
    )).flat();
  const files = (await walk(root)).filter((f) => COMPRESSIBLE.has(path.extname(f).toLowerCase()));
  await Promise.all(files.flatMap((f) => [compressed(f, 'br'), compressed(f, 'gzip')]));
}

/** Serve `dir` on 127.0.0.1; port 0 (the default) picks a free port. */
export async function serveDist({
  dir = defaultDist(),
  port = 0,
  warm = false,
}: {
  dir?: string;
  port?: number;
  /** Compress every file before listening, so no response waits for it (the budget's timings). */
  warm?: boolean;
} = {}): Promise<DistServer> {
  const root = path.resolve(dir);
  if (!(await fs.stat(path.join(root, 'index.html')).catch(() => undefined))) {
    throw new Error(`${root}/index.html not found: run npm run build first`);
  }
  if (warm) await precompress(root);
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function defaultDist(): string {
  return fileURLToPath(new URL('../dist', import.meta.url));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const s = await serveDist({ dir: arg('--dir') ?? defaultDist(), port: Number(arg('--port') ?? 4173) });
  console.log(`serving ${arg('--dir') ?? 'dist'} on ${s.origin}/ (Ctrl+C to stop)`);
}
