import type { Source } from '../../schema/citation.ts';

/** A source as declared: its title's language only where the title is not in English. */
export type SourceEntry = Omit<Source, 'id' | 'titleLanguage'> & Partial<Pick<Source, 'titleLanguage'>>;

/**
 * Declare a group of sources keyed by id; the id is repeated inside each source. Titles are
 * written in English (a short description of the page or act, quoting Slovak names where they
 * help); a title kept in Slovak says so with `titleLanguage: 'sk'`.
 */
export function defineSources<K extends string>(sources: Record<K, SourceEntry>): Record<K, Source> {
  const out = {} as Record<K, Source>;
  for (const id of Object.keys(sources) as K[]) out[id] = { id, titleLanguage: 'en', ...sources[id] };
  return out;
}

/**
 * The date all the sources were last checked together ("values as of November 2026"). A
 * source checked again later gets its own date.
 */
export const HANDBOOK_VERIFIED = '2026-11-01';
