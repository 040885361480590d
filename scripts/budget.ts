/**
 * Performance budget, on the built app (`npm run budget` builds first):
 *
 *  1. First-load bytes: the start page's entry chunk, the app it loads after the first paint
 *     (src/main.tsx), every chunk they import statically and their CSS, plus one language's texts (the largest of src/locales/<language>/bundle.ts: the start
 *     page cannot show without them), gzipped (level 9), at most 150 kB (1 kB = 1000 bytes,
 *     as vite reports). Other lazy chunks (the wizard, rules and plan, loaded when the person
 *     reaches for a control) are listed but not counted.
 *  2. Lighthouse 12 (mobile preset: simulated slow 4G and a 4× slower CPU) against the
 *     served dist/ in Debian Chromium, the median of three runs per page: performance ≥ 0.98,
 *     accessibility and best practices = 1, LCP ≤ 1.0 s.
 *
 * Prints the figures as JSON (and writes test-results/budget.json); exits 1 when over.
 *
 *   npx tsx scripts/budget.ts [--pages /,/sk/,/uk/ (the default)] [--runs 3] [--skip-lighthouse]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.ts';
import { defaultDist, serveDist } from './serve-dist.ts';

export const LIMITS = {
  firstLoadGzipKb: 150,
  performance: 0.98,
  accessibility: 1,
  bestPractices: 1,
  lcpMs: 1000,
};

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const kb = (bytes: number) => Math.round(bytes / 10) / 100;

/** The files the start page loads before its first render: entry, static imports, their CSS, one language's texts. */
export function firstLoadFiles(manifest: Manifest, readChunk: (file: string) => Buffer): { files: string[]; lazy: string[] } {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && (manifest[k]!.src ?? k) === 'index.html');
  if (!entryKey) throw new Error('dist/.vite/manifest.json has no index.html entry (build.manifest must be on)');
  const files = new Set<string>();
  const seen = new Set<string>();
  const lazyKeys = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const c = manifest[key]!;
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const k of c.imports ?? []) visit(k);
    for (const k of c.dynamicImports ?? []) lazyKeys.add(k);
  };
  visit(entryKey);
  // src/entry.ts loads the app (src/main.tsx) right after the first paint: always, so counted.
  if (!lazyKeys.has('src/main.tsx')) throw new Error('the entry does not load src/main.tsx: update the budget');
  visit('src/main.tsx');
  // One language's texts load before the first render: count the heaviest (with its imports).
  const texts = [...lazyKeys].filter((k) => /^src\/locales\/[a-z]+\/bundle\.ts$/.test(k));
  if (texts.length === 0) throw new Error('the manifest lists no lazy src/locales/*/bundle.ts: where are the texts?');
  const size = (k: string) => readChunk(manifest[k]!.file).length;
  visit(texts.reduce((a, b) => (size(b) > size(a) ? b : a)));
  const lazy = [...lazyKeys].filter((k) => !seen.has(k)).map((k) => manifest[k]!.file);
  return { files: [...files], lazy };
}

/**
 * What fills the first-load JS, by npm package or source folder: each group's share of the
 * characters before minification (dist/.vite/chunk-contents.json), applied to the gzip size.
 * An estimate, to know where to look; the budget itself counts real gzip bytes.
 */
function firstLoadContents(dist: string, jsFiles: { file: string; gzip: number }[]): Record<string, number> {
  let contents: Record<string, Record<string, number>>;
  try {
    contents = JSON.parse(readFileSync(path.join(dist, '.vite', 'chunk-contents.json'), 'utf8')) as typeof contents;
  } catch {
    return {};
  }
  const estimate = new Map<string, number>();
  for (const { file, gzip } of jsFiles) {
    const groups = contents[file] ?? {};
    const total = Object.values(groups).reduce((a, b) => a + b, 0) || 1;
    for (const [g, n] of Object.entries(groups)) estimate.set(g, (estimate.get(g) ?? 0) + (gzip * n) / total);
  }
  return Object.fromEntries(
    [...estimate]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([g, bytes]) => [g, kb(bytes)]),
  );
}

export function measureBundle(dist: string) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const { files, lazy } = firstLoadFiles(manifest, (f) => readFileSync(path.join(dist, f)));
  const size = (f: string) => {
    const buf = readFileSync(path.join(dist, f));
    return { file: f, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const first = files.map(size);
  const gzip = first.reduce((n, f) => n + f.gzip, 0);
  return {
    firstLoadGzipKb: kb(gzip),
    firstLoad: first.map((f) => ({ file: f.file, kb: kb(f.bytes), gzipKb: kb(f.gzip) })),
    firstLoadJsByOriginApproxGzipKb: firstLoadContents(dist, first.filter((f) => f.file.endsWith('.js'))),
    lazy: lazy.map(size).map((f) => ({ file: f.file, gzipKb: kb(f.gzip) })),
  };
}

export interface LighthouseFigures {
  page: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** The LCP element and Lighthouse's split of its time (TTFB, load delay, load, render delay). */
  lcpElement: string;
  lcpPhasesMs: Record<string, number>;
  failedAudits: string[];
}

/** The LCP element's selector and the phases of its time, from the audit's two tables. */
function lcpDetails(details: unknown): { lcpElement: string; lcpPhasesMs: Record<string, number> } {
  const tables = ((details as { items?: { items?: Record<string, unknown>[] }[] } | undefined)?.items ?? []).map((t) => t.items ?? []);
  const node = tables[0]?.[0]?.node as { selector?: string } | undefined;
  const phases = Object.fromEntries((tables[1] ?? []).map((r) => [String(r.phase), Math.round(Number(r.timing))]));
  return { lcpElement: node?.selector ?? '', lcpPhasesMs: phases };
}

/** A short account of an audit's findings (its first few detail rows). */
function detailItems(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return '';
  return `: ${JSON.stringify(items.slice(0, 3)).slice(0, 400)}`;
}

export async function runLighthouse(origin: string, pagePath: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
  try {
    const result = await lighthouse(`${origin}${pagePath}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const num = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
    const failedAudits = Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]!))
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id}: ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}${detailItems(a.details)}`);
    return {
      page: pagePath,
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      bestPractices: lhr.categories['best-practices']?.score ?? null,
      lcpMs: Math.round(num('largest-contentful-paint')),
      fcpMs: Math.round(num('first-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: num('cumulative-layout-shift'),
      speedIndexMs: Math.round(num('speed-index')),
      ...lcpDetails(lhr.audits['largest-contentful-paint-element']?.details),
      failedAudits: [...new Set(failedAudits)],
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse runs per page; the median one is judged. */
export const RUNS = 3;

/** The run with the median LCP (the lower middle for an even count), with every run's LCP beside it. */
export function medianRun(runs: LighthouseFigures[]): LighthouseFigures & { lcpRunsMs: number[] } {
  if (runs.length === 0) throw new Error('no Lighthouse runs');
  const sorted = [...runs].sort((a, b) => a.lcpMs - b.lcpMs);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, lcpRunsMs: runs.map((r) => r.lcpMs) };
}

/** Every way the figures break the budget, as sentences. */
export function overBudget(bundle: ReturnType<typeof measureBundle>, pages: LighthouseFigures[]): string[] {
  const out: string[] = [];
  if (bundle.firstLoadGzipKb > LIMITS.firstLoadGzipKb) {
    out.push(`first-load JS + CSS is ${bundle.firstLoadGzipKb} kB gzip, over ${LIMITS.firstLoadGzipKb} kB`);
  }
  for (const p of pages) {
    if ((p.performance ?? 0) < LIMITS.performance) out.push(`${p.page}: performance ${p.performance} < ${LIMITS.performance}`);
    if ((p.accessibility ?? 0) < LIMITS.accessibility) out.push(`${p.page}: accessibility ${p.accessibility} < ${LIMITS.accessibility}`);
    if ((p.bestPractices ?? 0) < LIMITS.bestPractices) out.push(`${p.page}: best practices ${p.bestPractices} < ${LIMITS.bestPractices}`);
    if (!(p.lcpMs <= LIMITS.lcpMs)) out.push(`${p.page}: LCP ${p.lcpMs} ms > ${LIMITS.lcpMs} ms`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dist = defaultDist();
  const bundle = measureBundle(dist);
  const pages: LighthouseFigures[] = [];
  if (!process.argv.includes('--skip-lighthouse')) {
    const server = await serveDist({ dir: dist, warm: true });
    try {
      // Lighthouse varies from run to run: the median of RUNS runs per page (by LCP), as
      // Lighthouse's own guidance on variability advises; every run's LCP is printed.
      const runs = Number(arg('--runs') ?? RUNS);
      for (const p of (arg('--pages') ?? '/,/sk/,/uk/').split(',')) {
        const each: LighthouseFigures[] = [];
        for (let i = 0; i < runs; i++) each.push(await runLighthouse(server.origin, p));
        pages.push(medianRun(each));
      }
    } finally {
      await server.close();
    }
  }
  const problems = overBudget(bundle, pages);
  const report = { limits: LIMITS, bundle, lighthouse: pages, ok: problems.length === 0, problems };
  const out = fileURLToPath(new URL('../test-results/', import.meta.url));
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'budget.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  if (problems.length) {
    console.error(`budget: FAILED\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('budget: passed');
}
