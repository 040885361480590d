import { addDays } from '../../src/rules/calendar/iso-date.ts';
import { isIsoDate } from '../../src/rules/calendar/is-iso-date.ts';
import * as countryLists from '../../src/rules/params/country-lists.ts';
import * as documentLists from '../../src/rules/params/document-lists.ts';
import * as fees from '../../src/rules/params/fees.ts';
import * as law from '../../src/rules/params/law.ts';
import * as money from '../../src/rules/params/money.ts';
import * as booking from '../../src/rules/params/booking.ts';
import * as bookingSituations from '../../src/rules/params/booking-situations.ts';
import * as officesBok from '../../src/rules/params/offices-bok.ts';
import * as officesCompetence from '../../src/rules/params/offices-competence.ts';
import * as periods from '../../src/rules/params/periods.ts';
import { ALL_SOURCES } from '../../src/rules/plan/all-sources.ts';
import { datedValueSchema } from '../../src/rules/schema/dated-value.ts';
import type { DatedValue } from '../../src/rules/schema/dated-value.ts';
import { z } from 'zod';
import { entryAt, OutOfRangeError } from '../../src/rules/value-at.ts';
import { AS_OF_RANGE } from '../../src/rules/date-ranges.ts';

/** Every dated value exported by the parameter modules, found by walking their exports. */
function collect(value: unknown, out: Map<string, DatedValue<unknown>>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 4) return;
  if ('history' in value && 'id' in value && Array.isArray((value as DatedValue<unknown>).history)) {
    const dv = value as DatedValue<unknown>;
    out.set(dv.id, dv);
    return;
  }
  for (const v of Object.values(value)) collect(v, out, depth + 1);
}

const all = new Map<string, DatedValue<unknown>>();
for (const mod of [fees, periods, money, countryLists, documentLists, officesCompetence, officesBok, booking, bookingSituations, law]) collect(mod, all);
const params = [...all.values()];

describe('dated values: shape, sources and temporal coverage', () => {
  it('finds the parameters', () => {
    expect(params.length).toBeGreaterThan(40);
  });

  it.each(params.map((p) => [p.id, p] as const))('%s has a valid shape, ascending history and known sources', (_id, p) => {
    expect(datedValueSchema(z.unknown()).safeParse(p).success).toBe(true);
    expect(isIsoDate(p.lastVerified)).toBe(true);
    for (let i = 1; i < p.history.length; i++) expect(p.history[i]!.from > p.history[i - 1]!.from).toBe(true);
    for (const e of p.history) for (const s of e.sources) expect(ALL_SOURCES, `${p.id} cites ${s}`).toHaveProperty(s);
  });

  it.each(params.map((p) => [p.id, p] as const))('%s resolves to exactly one entry on every day of the supported range', (_id, p) => {
    // Exactly one entry by construction (ascending `from`); what can go wrong is a gap:
    // no entry yet, or an entry that ends the value (null) without being declared as an end.
    expect(p.history[0]!.from <= AS_OF_RANGE.min).toBe(true);
    let gaps = 0;
    for (let d = AS_OF_RANGE.min; d <= AS_OF_RANGE.max; d = addDays(d, 1)) {
      try {
        entryAt(p, d);
      } catch (e) {
        if (!(e instanceof OutOfRangeError)) throw e;
        const ended = p.history.some((h) => h.value === null && h.from <= d);
        if (!ended) gaps++;
      }
    }
    expect(gaps).toBe(0);
  });
});
