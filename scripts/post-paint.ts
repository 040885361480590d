/**
 * The prerendered start page paints as plain HTML and CSS before any of its requests: its
 * module script, the scripts that script imports and the web app manifest are requested by an
 * inline loader (src/post-paint.js) only once the page has painted, and its icon is inline.
 * On a slow mobile network those requests otherwise share the first round trips with the
 * page, and Chromium fetches and runs the entry before it paints (a Lighthouse LCP 1.3–1.5×
 * a static copy of the page, 2026-12-07).
 *
 * The loader holds a tap or a chosen file until the app has taken the page over
 * (src/early-clicks.ts replays it). When the app cannot be loaded it lets go and says so,
 * in the page's language, above the page. It is one inline script, allowed by its SHA-256 hash in
 * the page's CSP <meta> (and in the header scripts/serve-dist.ts sends): no 'unsafe-inline'.
 * Its text is the same in every page and build; what it loads is in its data attributes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { META_CSP_RE, sourceHash, withSourceHashes } from './inline-style.ts';

export const LOADER_FILE = fileURLToPath(new URL('../src/post-paint.js', import.meta.url));

/** A chunk in vite's build manifest (dist/.vite/manifest.json; the budget reads it too). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

const ENTRY_RE = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD_RE = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const MANIFEST_RE = /<link rel="manifest" href="([^"]+)" \/>/;
const ICON_RE = /<link rel="icon" href="(\/[^"]+\.svg)" type="image\/svg\+xml" \/>/;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** What the page says, in its language, when the app cannot be loaded (app.start.scriptsFailed). */
export function couldNotStart(lang: string): string {
  const file = fileURLToPath(new URL(`../src/locales/${lang}/ui-app.json`, import.meta.url));
  const texts = JSON.parse(readFileSync(file, 'utf8')) as { app?: { start?: { scriptsFailed?: string } } };
  const text = texts.app?.start?.scriptsFailed;
  if (!text) throw new Error(`post-paint: ${file} has no app.start.scriptsFailed`);
  return text;
}

/** The loader's text, as inlined (its hash is what the CSP allows). */
export const loaderSource = (): string => readFileSync(LOADER_FILE, 'utf8').trim();

/** A chunk's file and every file it imports statically, as addresses (`/assets/…`). */
export function chunkGraph(manifest: ViteManifest, key: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`post-paint: the build manifest has no ${k}`);
    files.push(`/${chunk.file}`);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(key);
  return files;
}

/**
 * The page with its module script, module preloads and manifest link moved into the inline
 * loader (run after the first paint), preloading also the app (src/main.tsx) and the page's
 * language texts, its SVG icon inline, and the loader's hash in its CSP <meta>.
 */
export function withPostPaintLoader(dist: string, html: string, manifest: ViteManifest, lang: string, failed = couldNotStart(lang)): string {
  const entry = ENTRY_RE.exec(html)?.[1];
  if (!entry) throw new Error('post-paint: the page has no <script type="module" crossorigin src="…"> to move');
  const preloads = [...html.matchAll(PRELOAD_RE)].map((m) => m[1]!);
  const later = [...chunkGraph(manifest, 'src/main.tsx'), ...(manifest[`src/locales/${lang}/bundle.ts`] ? chunkGraph(manifest, `src/locales/${lang}/bundle.ts`) : [])];
  const preload = [...new Set([...preloads, ...later])].filter((f) => f !== entry);
  const webManifest = MANIFEST_RE.exec(html)?.[1];
  const source = loaderSource();
  if (source.includes('</script')) throw new Error('post-paint: the loader holds "</script"');
  const loader =
    `<script data-entry="${attr(entry)}" data-preload="${attr(preload.join(' '))}"` +
    `${webManifest ? ` data-manifest="${attr(webManifest)}"` : ''}${failed ? ` data-failed="${attr(failed)}"` : ''}>${source}</script>`;
  let out = html.replace(ENTRY_RE, '').replace(PRELOAD_RE, '').replace(MANIFEST_RE, '');
  // The icon inline: no request, before or after the paint (img-src allows data:).
  out = out.replace(ICON_RE, (tag, href: string) => {
    const svg = readFileSync(path.join(dist, href), 'utf8').trim();
    return tag.replace(href, `data:image/svg+xml,${encodeURIComponent(svg)}`);
  });
  out = out.replace(/(\s*)<\/body>/, (_m, space: string) => `${space}  ${loader}${space}</body>`);
  if (!META_CSP_RE.test(out)) throw new Error('post-paint: the page has no Content-Security-Policy <meta>');
  return out.replace(META_CSP_RE, (_m, open: string, policy: string, close: string) => `${open}${withSourceHashes(policy, 'script-src', [sourceHash(source)])}${close}`);
}
