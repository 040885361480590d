import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every English topic file has a Slovak and a Ukrainian twin with exactly the same key paths,
 * no empty strings, and the same `{{…}}` placeholders in each string. The English directory is
 * read at test time, so a new topic file is covered without touching this test.
 */
const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../src/locales');
const TRANSLATIONS = ['sk', 'uk'] as const;

const englishFiles = readdirSync(join(LOCALES, 'en'))
  .filter((f) => f.endsWith('.json'))
  .sort();

type Leaves = Map<string, unknown>;

/** Every leaf of a nested object, keyed by its dotted path. */
function leaves(node: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const readJson = (lng: string, file: string): unknown => JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8'));

/**
 * The placeholders of a string, verbatim and sorted, e.g. `{{from, isoDate}}`. The weekday's
 * grammatical case (`isoDate(weekday:genitive)`) belongs to one language and is not compared.
 */
const placeholders = (s: string): string[] =>
  [...new Set((s.match(/\{\{[^{}]*\}\}/g) ?? []).map((p) => p.replace(/\(weekday:\w+\)/, '')))].sort();

it('finds the English topic files', () => {
  expect(englishFiles.length).toBeGreaterThan(0);
});

describe.each(TRANSLATIONS)('%s locale matches English', (lng) => {
  describe.each(englishFiles)('%s', (file) => {
    const path = join(LOCALES, lng, file);

    it('exists', () => {
      expect(existsSync(path), `missing ${lng}/${file}`).toBe(true);
    });

    const en = leaves(readJson('en', file));
    const tr: Leaves = existsSync(path) ? leaves(readJson(lng, file)) : new Map();

    it('has exactly the same key paths', () => {
      const missing = [...en.keys()].filter((k) => !tr.has(k));
      const extra = [...tr.keys()].filter((k) => !en.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('has a non-empty string at every key', () => {
      const bad = [...tr].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });

    it('keeps the English placeholders in every string', () => {
      const diffs: string[] = [];
      for (const [key, enText] of en) {
        const text = tr.get(key);
        if (typeof enText !== 'string' || typeof text !== 'string') continue;
        const want = placeholders(enText);
        const got = placeholders(text);
        if (want.join('|') !== got.join('|')) diffs.push(`${key}: expected ${want.join(' ') || '(none)'}, got ${got.join(' ') || '(none)'}`);
      }
      expect(diffs).toEqual([]);
    });
  });
});
