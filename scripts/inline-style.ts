/**
 * The start page's stylesheet, inlined into the prerendered pages (scripts/prerender.ts) so
 * the first paint needs one request, not two: a separate stylesheet is render-blocking, a
 * whole round trip on a slow mobile network. The Content-Security-Policy stays strict: no
 * 'unsafe-inline', the inlined style is allowed by its SHA-256 hash, in the page's own
 * <meta> policy and in the header that scripts/serve-dist.ts sends with the page (computed
 * from the page it serves, so the two never disagree).
 *
 * Only the entry's own stylesheet is inlined (a few kB gzipped); the lazy screens' CSS
 * still loads with their chunks. The SPA fallback (app.html) keeps the <link>.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LINK_RE = /<link\b[^>]*\brel="stylesheet"[^>]*>/gi;
const STYLE_RE = /<style>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
export const META_CSP_RE = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)("[^>]*>)/;

/** The CSP source allowing exactly this inline style's or script's text. */
export const sourceHash = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** The hash sources of every inline <style> in a page, in order. */
export const inlineStyleHashes = (html: string): string[] => [...html.matchAll(STYLE_RE)].map((m) => sourceHash(m[1]!));

/** The hash sources of every inline <script> (one with no src) in a page, in order. */
export const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(INLINE_SCRIPT_RE)].filter((m) => !/\ssrc=/.test(m[1]!)).map((m) => sourceHash(m[2]!));

/** A policy with these hash sources added to one directive (unchanged without any). */
export function withSourceHashes(policy: string, directive: 'style-src' | 'script-src', hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  if (!new RegExp(`(^|;\\s*)${directive}\\s`).test(policy)) throw new Error(`the policy has no ${directive} to add the inline hash to`);
  return policy
    .split('; ')
    .map((d) => (d.startsWith(`${directive} `) ? [d, ...new Set(hashes)].join(' ') : d))
    .join('; ');
}

/** A policy with these hash sources added to its style-src (unchanged without any). */
export const withStyleHashes = (policy: string, hashes: readonly string[]): string => withSourceHashes(policy, 'style-src', hashes);

/** A policy allowing a page's inline styles and scripts by their hashes, and nothing else inline. */
export const withInlineHashes = (policy: string, html: string): string =>
  withSourceHashes(withStyleHashes(policy, inlineStyleHashes(html)), 'script-src', inlineScriptHashes(html));

/**
 * The page with its same-origin stylesheets inlined as <style> elements and their hashes in
 * its CSP <meta>. Fails when a stylesheet is not on this origin or its file is missing, or
 * when a stylesheet holds a relative url() (it would resolve against the page, not /assets/).
 */
export function inlineStylesheets(dist: string, html: string): string {
  const hashes: string[] = [];
  const out = html.replace(LINK_RE, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href?.startsWith('/') || href.startsWith('//')) throw new Error(`inline style: a stylesheet not on this origin: ${tag}`);
    const css = readFileSync(path.join(dist, href), 'utf8').trim();
    const relative = /url\(\s*['"]?(?![a-z]+:|\/|#)[^)]*\)/i.exec(css);
    if (relative) throw new Error(`inline style: ${href} holds a relative ${relative[0]}`);
    if (css.includes('</style')) throw new Error(`inline style: ${href} holds "</style"`);
    hashes.push(sourceHash(css));
    return `<style>${css}</style>`;
  });
  if (hashes.length === 0) return html;
  if (!META_CSP_RE.test(out)) throw new Error('inline style: the page has no Content-Security-Policy <meta>');
  return out.replace(META_CSP_RE, (_m, open: string, policy: string, close: string) => `${open}${withStyleHashes(policy, hashes)}${close}`);
}
