import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chunkGraph, couldNotStart, loaderSource, withPostPaintLoader, type ViteManifest } from '../../scripts/post-paint.ts';
import { inlineScriptHashes, sourceHash } from '../../scripts/inline-style.ts';
import { CONTENT_SECURITY_POLICY, policyFor, SECURITY_HEADERS } from '../../scripts/serve-dist.ts';
import { serveStaticCopies, staticCopy } from '../../scripts/budget.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';
const SHELL = `<!doctype html>
<html lang="sk">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-css'; img-src 'self' data:" />
    <link rel="manifest" href="/manifest.webmanifest" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>Pobyt</title>
    <script type="module" crossorigin src="/assets/index-e.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/preload-helper-p.js">
    <style>body{margin:0}</style>
  </head>
  <body>
    <div id="root"><h1>Pobyt</h1></div>
  </body>
</html>
`;
const MANIFEST: ViteManifest = {
  'index.html': { file: 'assets/index-e.js', src: 'index.html', isEntry: true, imports: ['_preload-helper-p.js'] },
  '_preload-helper-p.js': { file: 'assets/preload-helper-p.js' },
  'src/main.tsx': { file: 'assets/main-m.js', src: 'src/main.tsx', imports: ['_react-r.js', '_preload-helper-p.js'] },
  '_react-r.js': { file: 'assets/react-r.js', imports: ['_runtime-x.js'] },
  '_runtime-x.js': { file: 'assets/runtime-x.js' },
  'src/locales/sk/bundle.ts': { file: 'assets/bundle-sk.js', src: 'src/locales/sk/bundle.ts', imports: ['_runtime-x.js'] },
};

function dist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pobyt-post-paint-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'favicon.svg'), `${SVG}\n`);
  return dir;
}

describe('the prerendered page requests its scripts after the first paint', () => {
  const html = withPostPaintLoader(dist(), SHELL, MANIFEST, 'sk');
  const loaderTag = /<script data-entry="([^"]*)" data-preload="([^"]*)" data-manifest="([^"]*)" data-failed="([^"]*)">([\s\S]*?)<\/script>/.exec(html);

  it('keeps no script, preload or manifest that the browser would fetch before it paints', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toContain('rel="manifest"');
    expect(html).not.toContain('href="/favicon.svg"');
    expect(html).toContain(`<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(SVG)}" type="image/svg+xml" />`);
  });

  it('hands the loader the entry, then the app and the page language\'s texts to preload, and the manifest', () => {
    expect(loaderTag).not.toBeNull();
    const [, entry, preload, manifest, failed, source] = loaderTag!;
    expect(entry).toBe('/assets/index-e.js');
    expect(preload!.split(' ')).toEqual([
      '/assets/preload-helper-p.js',
      '/assets/main-m.js',
      '/assets/react-r.js',
      '/assets/runtime-x.js',
      '/assets/bundle-sk.js',
    ]);
    expect(manifest).toBe('/manifest.webmanifest');
    // What the page says if the app cannot be loaded, in the page's language.
    expect(failed).toBe(couldNotStart('sk'));
    expect(failed).toMatch(/^Pobyt sa nepodarilo spustiť/);
    expect(source).toBe(loaderSource());
    // The loader is the last thing in the body, after the markup it waits to see painted.
    expect(html.indexOf('<div id="root">')).toBeLessThan(html.indexOf('<script data-entry'));
  });

  it('allows the loader by its hash, in the <meta> policy and in the header, and no other inline script', () => {
    const hash = sourceHash(loaderSource());
    expect(inlineScriptHashes(html)).toEqual([hash]);
    expect(html).toContain(`script-src 'self' ${hash};`);
    expect(policyFor(html)).toContain(`script-src 'self' ${hash};`);
    expect(policyFor(html)).not.toContain('unsafe-inline');
    // A page without inline scripts keeps the policy as it is.
    expect(policyFor(SHELL.replace(/<style>[^<]*<\/style>/, ''))).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the static copy the budget measures against has no script at all', () => {
    expect(staticCopy(dist(), html)).not.toContain('<script');
  });

  it('the static copy is served as the app is: the same security headers, its inline style allowed by hash', async () => {
    const dir = dist();
    mkdirSync(path.join(dir, 'sk'));
    writeFileSync(path.join(dir, 'sk', 'index.html'), html);
    const copies = await serveStaticCopies(dir, ['/sk/']);
    try {
      const res = await fetch(`${copies.origin}/sk/`);
      const body = await res.text();
      expect(body).toContain('<h1>Pobyt</h1>');
      expect(body).not.toContain('<script');
      // Cross-Origin-Opener-Policy above all: it puts the page in a process of its own.
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (k !== 'Content-Security-Policy') expect(res.headers.get(k)).toBe(v);
      expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(res.headers.get('Content-Security-Policy')).toBe(policyFor(body));
      expect(res.headers.get('Content-Security-Policy')).toMatch(/style-src 'self' 'sha256-[^']+'/);
    } finally {
      await copies.close();
    }
  });

  it('fails loudly on a page or manifest it does not know', () => {
    expect(() => withPostPaintLoader(dist(), SHELL.replace(/<script type="module"[^>]*><\/script>/, ''), MANIFEST, 'sk')).toThrow(/no <script type="module"/);
    expect(() => chunkGraph(MANIFEST, 'src/missing.ts')).toThrow(/no src\/missing\.ts/);
  });

  it('a page in a language without its own texts chunk preloads the app only', () => {
    const en = withPostPaintLoader(dist(), SHELL, MANIFEST, 'en');
    expect(en).not.toContain('bundle-sk.js');
    expect(en).toContain('/assets/main-m.js');
    expect(en).toContain(`data-failed="${couldNotStart('en')}"`);
    expect(couldNotStart('uk')).toMatch(/^Не вдалося запустити Pobyt/);
  });
});
