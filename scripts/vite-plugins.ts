/**
 * Build-time plugins for vite.config.ts:
 *  - contentSecurityPolicy: checks that index.html's CSP <meta> matches the policy the
 *    server sends (scripts/serve-dist.ts) and strips it from the dev server, whose React
 *    refresh preamble is an inline script and whose CSS arrives as inline <style>.
 *  - prerenderPages: runs scripts/prerender.ts once the bundle is on disk, before
 *    vite-plugin-pwa writes the service worker (dist/sw.js), so the prerendered pages are in
 *    its precache list as served.
 *  - eagerModuleWrappers: has V8 compile the CommonJS modules (React DOM, React, the
 *    scheduler) while the script streams in, not on the main thread when they first run.
 *  - chunkContents: writes dist/.vite/chunk-contents.json, what each chunk is made of (by
 *    npm package or source folder, characters before minification), so the budget can say
 *    what fills the first load.
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './serve-dist.ts';

/** Directives a <meta> CSP may not carry (the browser ignores them there, with a console error). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

export const META_CSP = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !HEADER_ONLY.includes(d.split(' ')[0]!))
  .join('; ');

const META_RE = /\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/;

export function contentSecurityPolicy(): Plugin {
  let command: ResolvedConfig['command'] = 'build';
  return {
    name: 'pobyt:csp',
    configResolved(config) {
      command = config.command;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const m = META_RE.exec(html);
        if (command === 'serve') return m ? html.replace(META_RE, '') : html;
        if (!m) throw new Error('index.html has no Content-Security-Policy <meta>');
        if (m[1] !== META_CSP) {
          throw new Error(`index.html CSP <meta> differs from scripts/serve-dist.ts:\n  meta:   ${m[1]}\n  server: ${META_CSP}`);
        }
        return html;
      },
    },
  };
}

/**
 * Prerenders the start page once the bundle is on disk (scripts/prerender.ts: dist/index.html,
 * dist/en/, sk/, uk/index.html, and app.html, the SPA fallback), before the service worker is generated, so its
 * precache list holds these pages as they are served. SKIP_PRERENDER=1 skips it (a machine
 * without Chromium: the start page then shows with JavaScript only).
 */
export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pobyt:prerender',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    closeBundle: {
      sequential: true,
      async handler(error?: Error) {
        if (error) return;
        if (process.env.SKIP_PRERENDER === '1') {
          config.logger.warn('prerender: skipped (SKIP_PRERENDER=1): the start page needs JavaScript to show');
          // The SPA fallback the server and the service worker serve is there all the same.
          const dist = path.resolve(config.root, config.build.outDir);
          copyFileSync(path.join(dist, 'index.html'), path.join(dist, 'app.html'));
          return;
        }
        const { prerender } = await import('./prerender.ts');
        const { written, skipped, warnings } = await prerender(path.resolve(config.root, config.build.outDir));
        config.logger.info(`prerender: ${written.join(', ')}`);
        for (const w of warnings) config.logger.warn(`prerender: warning: ${w}`);
        if (skipped.length) config.logger.warn(`prerender: no language button for ${skipped.join(', ')}: those pages were not written`);
      },
    },
  };
}

/**
 * `vite preview` serves every address of the app as the built server does
 * (scripts/serve-dist.ts): an address with no file extension that is no file gets app.html,
 * the shell with nothing prerendered. (`vite` in development serves index.html for every
 * address already; it has no prerendered markup.)
 */
export function previewFallback(): Plugin {
  return {
    name: 'pobyt:preview-fallback',
    configurePreviewServer(server) {
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const file = path.join(dist, decodeURIComponentSafe(url.pathname));
        const isPage = !path.posix.extname(url.pathname) && !existsSync(path.join(file, 'index.html')) && !existsSync(file);
        if ((req.method === 'GET' || req.method === 'HEAD') && isPage && existsSync(path.join(dist, 'app.html'))) {
          req.url = `/app.html${url.search}`;
        }
        next();
      });
    },
  };
}

const decodeURIComponentSafe = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The service worker, by vite-plugin-pwa (Workbox's generateSW), written after the
 * prerender (closeBundleOrder 'post'): every built file precached with a revision (hashed
 * files by name), the prerendered pages included; an address that is no file gets the app
 * shell (app.html), online or not. A new release's worker waits (no skipWaiting) until
 * the person chooses "Reload" (src/register-sw.ts sends it SKIP_WAITING); it then takes over
 * the open pages (clientsClaim), which reload once. The manifest stays the hand-written
 * public/manifest.webmanifest; registration is src/register-sw.ts (workbox-window).
 */
export function serviceWorker(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    integration: { closeBundleOrder: 'post' },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,webmanifest,svg,png,ico,woff2,txt}'],
      globIgnores: ['.vite/**', 'sw.js', 'workbox-*.js'],
      // Every address of the app (a question, the plan, a client) is served offline too: the
      // shell with nothing prerendered (scripts/prerender.ts), which opens the page named.
      // The start pages (/, /en/, /sk/, /uk/) are precached files of their own.
      navigateFallback: 'app.html',
      skipWaiting: false,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}

/** The group a module counts under: its npm package, or its source folder (three levels). */
export function moduleGroup(id: string, root: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/');
    return `npm:${parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const rel = path.relative(root, clean).split(path.sep);
  return rel.length > 3 ? `${rel.slice(0, 3).join('/')}/` : rel.join('/');
}

export function chunkContents(): Plugin {
  let root = process.cwd();
  return {
    name: 'pobyt:chunk-contents',
    apply: 'build',
    configResolved(c) {
      root = c.root;
    },
    generateBundle(_options, bundle) {
      const out: Record<string, Record<string, number>> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const groups: Record<string, number> = {};
        for (const [id, m] of Object.entries(chunk.modules)) {
          const g = moduleGroup(id, root);
          groups[g] = (groups[g] ?? 0) + m.renderedLength;
        }
        out[chunk.fileName] = groups;
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-contents.json', source: `${JSON.stringify(out, null, 1)}\n` });
    },
  };
}

/**
 * rolldown wraps each CommonJS module (React DOM, React, the scheduler: npm ships them as
 * CommonJS only) in a callback, `__commonJSMin(((exports) => { … }))`, run when the module is
 * first required: on the start page, all of them in the one task that evaluates the entry
 * chunk. V8 compiled those parenthesised arrow functions lazily, on the main thread, in that
 * task (V8.ParseFunction, 47 functions at start-up). The same callback as a parenthesised
 * function expression is compiled eagerly, on the streaming thread while the script
 * downloads: the entry chunk's evaluation took 202 → 132 ms at 4× CPU (median of 8 loads).
 * `this` and `arguments` mean the same in both: the callback is called plainly, in strict
 * (module) code, and a CommonJS module's top level that used `arguments` would have thrown.
 */
const CJS_WRAPPER = /__commonJSMin\(\(\((exports|exports, module)\) => \{/g;

/** The chunk's CommonJS wrappers as function expressions, and how many there were. */
export function eagerWrappers(code: string): { code: string; wrappers: number } {
  let wrappers = 0;
  const out = code.replace(CJS_WRAPPER, (_m, params: string) => {
    wrappers++;
    return `__commonJSMin((function(${params}) {`;
  });
  return { code: out, wrappers };
}

export function eagerModuleWrappers(): Plugin {
  let seen = 0;
  return {
    name: 'pobyt:eager-module-wrappers',
    apply: 'build',
    renderChunk(code) {
      const { code: out, wrappers } = eagerWrappers(code);
      seen += wrappers;
      return wrappers > 0 ? { code: out, map: null } : null;
    },
    generateBundle() {
      // React DOM is CommonJS: no wrapper at all means rolldown now writes them another way.
      if (seen === 0) this.error('eagerModuleWrappers: no CommonJS wrapper found (has rolldown changed its output?)');
    },
  };
}
