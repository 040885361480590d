import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inlineStyleHashes, inlineStylesheets, sourceHash, withStyleHashes } from '../../scripts/inline-style.ts';
import { CONTENT_SECURITY_POLICY, policyFor } from '../../scripts/serve-dist.ts';

const CSS = 'body{margin:0}.a{color:#0b4f8a}';
const page = (head: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'" />${head}</head><body><div id="root"></div></body></html>`;

function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pobyt-inline-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('the start page stylesheet inlined, allowed by hash', () => {
  it('hashes the exact text of the style as CSP does (SHA-256, base64)', () => {
    expect(sourceHash(CSS)).toBe(`'sha256-${createHash('sha256').update(CSS).digest('base64')}'`);
    expect(sourceHash(CSS)).not.toBe(sourceHash(`${CSS} `));
  });

  it('replaces the stylesheet link with its text and adds its hash to the page policy only', () => {
    const dir = dist({ 'assets/index-x.css': `${CSS}\n` });
    const html = inlineStylesheets(dir, page('<script type="module" src="/assets/index.js"></script><link rel="stylesheet" crossorigin href="/assets/index-x.css">'));
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain(`content="default-src 'self'; style-src 'self' ${sourceHash(CSS)}; img-src 'self'"`);
    expect(inlineStyleHashes(html)).toEqual([sourceHash(CSS)]);
    expect(html).not.toContain('unsafe-inline');
  });

  it('leaves a page without a stylesheet as it is (the SPA fallback keeps none inline)', () => {
    const html = page('<script type="module" src="/assets/index.js"></script>');
    expect(inlineStylesheets(dist({}), html)).toBe(html);
    expect(policyFor(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the header policy of a page carries the hashes of its inline styles', () => {
    const html = page(`<style>${CSS}</style>`);
    expect(policyFor(html)).toContain(`style-src 'self' ${sourceHash(CSS)};`);
    expect(policyFor(html).replace(` ${sourceHash(CSS)}`, '')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses what it cannot inline safely', () => {
    expect(() => inlineStylesheets(dist({}), page('<link rel="stylesheet" href="https://cdn.example/x.css">'))).toThrow(/not on this origin/);
    const rel = dist({ 'assets/a.css': '.a{background:url(img.png)}' });
    expect(() => inlineStylesheets(rel, page('<link rel="stylesheet" href="/assets/a.css">'))).toThrow(/relative url\(img\.png\)/);
    const ok = dist({ 'assets/a.css': '.a{background:url(/assets/img.png)}.b{background:url(data:image/png;base64,AA)}' });
    expect(() => inlineStylesheets(ok, page('<link rel="stylesheet" href="/assets/a.css">'))).not.toThrow();
    expect(() => withStyleHashes("default-src 'self'", ["'sha256-x'"])).toThrow(/no style-src/);
  });
});
