import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../src/locales/i18n.ts';

/** The locale folders, read at test time so a new topic file or string is covered at once. */
export const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../src/locales');

export type LocaleString = { key: string; text: string };

function leaves(node: unknown, prefix: string, out: LocaleString[]): LocaleString[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (typeof node === 'string') {
    out.push({ key: prefix, text: node });
  }
  return out;
}

/** Every string of a language, from its topic files, with its dotted key (plural forms are keys of their own). */
export function localeStrings(lng: Language): LocaleString[] {
  const out: LocaleString[] = [];
  for (const f of readdirSync(join(LOCALES, lng)).filter((n) => n.endsWith('.json')).sort()) {
    leaves(JSON.parse(readFileSync(join(LOCALES, lng, f), 'utf8')), '', out);
  }
  return out;
}
