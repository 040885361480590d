import type { Source } from '../../schema/citation.ts';

/** Declare a group of sources keyed by id; the id is repeated inside each source. */
export function defineSources<K extends string>(
  sources: Record<K, Omit<Source, 'id'>>,
): Record<K, Source> {
  const out = {} as Record<K, Source>;
  for (const id of Object.keys(sources) as K[]) out[id] = { id, ...sources[id] };
  return out;
}

/**
 * The date all the sources were last checked together ("values as of November 2026"). A
 * source checked again later gets its own date.
 */
export const HANDBOOK_VERIFIED = '2026-11-01';
