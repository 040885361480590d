import { CALENDAR_SOURCES } from '../params/sources/calendar.ts';
import { COUNTRY_SOURCES } from '../params/sources/countries.ts';
import { DOCUMENT_SOURCES } from '../params/sources/documents.ts';
import { LAW_SOURCES } from '../params/sources/law.ts';
import { OFFICE_SOURCES } from '../params/sources/offices.ts';
import { RESIDENCE_SOURCES } from '../params/sources/residence.ts';
import type { Source } from '../schema/citation.ts';

/** Every source the rules cite, by id. */
export const ALL_SOURCES: Readonly<Record<string, Source>> = {
  ...CALENDAR_SOURCES,
  ...COUNTRY_SOURCES,
  ...DOCUMENT_SOURCES,
  ...LAW_SOURCES,
  ...OFFICE_SOURCES,
  ...RESIDENCE_SOURCES,
};

/** The sources for these ids, sorted by id; an unknown id is a programming error. */
export function sourcesFor(ids: string[]): Source[] {
  return [...new Set(ids)].sort().map((id) => {
    const s = ALL_SOURCES[id];
    if (!s) throw new Error(`unknown source id: ${id}`);
    return s;
  });
}
