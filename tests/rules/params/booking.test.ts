import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays } from '../../../src/rules/calendar/iso-date.ts';
import * as booking from '../../../src/rules/params/booking.ts';
import { bookingFor, bookingNeedsBok, toPlanBooking } from '../../../src/rules/params/booking.ts';
import * as bookingSituations from '../../../src/rules/params/booking-situations.ts';
import * as officesBok from '../../../src/rules/params/offices-bok.ts';
import { bokWhere } from '../../../src/rules/params/offices-bok.ts';
import { BOOKING_PROCEDURES } from '../../../src/rules/params/offices-competence.ts';
import { ALL_SOURCES } from '../../../src/rules/plan/all-sources.ts';
import { datedValueSchema } from '../../../src/rules/schema/dated-value.ts';
import type { DatedValue } from '../../../src/rules/schema/dated-value.ts';
import { messageSchema } from '../../../src/rules/schema/message.ts';
import type { Message } from '../../../src/rules/schema/message.ts';
import { entryAt } from '../../../src/rules/value-at.ts';
import { AS_OF_RANGE } from '../../../src/rules/date-ranges.ts';
import { leaves, lookup } from '../../support/locale-tree.ts';

const DATES = ['2024-06-01', '2025-06-30', '2025-07-01', '2026-11-22'];

const locale = JSON.parse(readFileSync(new URL('../../../src/locales/en/offices.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every dated value the module exports, found by walking its exports. */
function collect(value: unknown, out: Map<string, DatedValue<unknown>>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 5) return;
  if ('history' in value && 'id' in value && Array.isArray((value as DatedValue<unknown>).history)) {
    out.set((value as DatedValue<unknown>).id, value as DatedValue<unknown>);
    return;
  }
  for (const v of Object.values(value)) collect(v, out, depth + 1);
}
const found = new Map<string, DatedValue<unknown>>();
for (const mod of [booking, bookingSituations, officesBok]) collect(mod, found);
const PARAMS = [...found.values()];

/** Every date where some office value changes, plus the test dates above. */
const CHANGE_DATES = [...new Set([...DATES, ...PARAMS.flatMap((p) => p.history.map((e) => e.from)), '2027-12-31'])].sort();

describe('dated office values', () => {
  it('finds the BOK places and booking facts', () => {
    expect(PARAMS.length).toBeGreaterThan(15);
    for (const id of ['offices.bokPlaces', 'booking.rules', 'booking.areas', 'offices.hours.walkIn', 'booking.situation.trRenewal']) {
      expect(found.has(id), id).toBe(true);
    }
  });

  it.each(PARAMS.map((p) => [p.id, p] as const))('%s: valid shape, strictly ascending, known sources, no gap 2024–2027', (_id, p) => {
    expect(datedValueSchema(z.unknown()).safeParse(p).success).toBe(true);
    expect(p.history[0]!.from <= AS_OF_RANGE.min).toBe(true);
    for (let i = 1; i < p.history.length; i++) expect(p.history[i]!.from > p.history[i - 1]!.from).toBe(true);
    for (const e of p.history) {
      expect(e.value).not.toBeNull();
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(ALL_SOURCES, `${p.id} cites ${s}`).toHaveProperty(s);
    }
    for (let d = AS_OF_RANGE.min; d <= AS_OF_RANGE.max; d = addDays(d, 1)) expect(() => entryAt(p, d)).not.toThrow();
  });
});

describe('booking', () => {
  it.each(BOOKING_PROCEDURES.map((p) => [p]))('%s resolves on every test date with a label to pick and cited sources', (procedure) => {
    for (const asOf of DATES) {
      for (const inBratislava of [false, true]) {
        const b = bookingFor(procedure, asOf, { inBratislava });
        for (const s of b.sourceIds) expect(ALL_SOURCES, `${procedure} cites ${s}`).toHaveProperty(s);
        for (const r of b.ruleDetails) for (const s of r.sources) expect(ALL_SOURCES).toHaveProperty(s);
        expect(b.rules).toHaveLength(b.ruleDetails.length);
        const plan = toPlanBooking(b);
        if (b.bookable) {
          expect(plan?.lifeSituationSk.length, `${procedure} ${asOf}`).toBeGreaterThan(0);
        } else {
          expect(plan).toBeUndefined();
          expect(b.rules.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('makes TR renewal authorised-only from Aug 2025', () => {
    expect(bookingFor('trRenewal', '2025-06-30').authorisedOnly).toBe(false);
    expect(bookingFor('trRenewal', '2025-08-07').authorisedOnly).toBe(true);
    expect(bookingNeedsBok('trRenewal', '2026-11-22')).toBe(true);
    expect(bookingNeedsBok('trFirst', '2026-11-22')).toBe(false);
    expect(bookingFor('trRenewal', '2026-11-22').lifeSituationSk).toBe('žiadosť o obnovenie prechodného pobytu');
  });

  it('shows the two-tier rules with their numbers from Aug 2025', () => {
    const keys = (asOf: string) => bookingFor('euRegistration', asOf).rules;
    const find = (rs: Message[], k: string) => rs.find((r) => r.key === `booking.rules.${k}`);
    expect(find(keys('2025-06-30'), 'authorisedWindow')).toBeUndefined();
    const after = keys('2025-08-07');
    expect(find(after, 'authorisedWindow')?.params).toEqual({ days: 60 });
    expect(find(after, 'unauthorisedWindow')?.params).toEqual({ days: 40 });
    expect(find(after, 'maxPerAgenda')?.params).toEqual({ count: 2, days: 15 });
    expect(find(after, 'cancelBefore')?.params).toEqual({ hours: 12 });
    expect(find(after, 'noShowBlock')?.params).toEqual({ days: 60 });
    const detail = bookingFor('euRegistration', '2025-08-07').ruleDetails.find((r) => r.key === 'booking.rules.maxPerAgenda');
    expect(detail?.confidence).toBe('low');
  });

  it('regroups into three areas from Feb 2026 (Med)', () => {
    expect(bookingFor('trRenewal', '2026-02-01').area).toBeUndefined();
    expect(bookingFor('trRenewal', '2026-02-02').area?.nameSk).toBe('Oddelenia cudzineckej polície');
    expect(bookingFor('refugeCard', '2026-11-22').area?.nameSk).toBe('Dočasné útočisko');
    const pick = bookingFor('refugeCard', '2026-11-22').rules.find((r) => r.key === 'booking.rules.pickArea');
    expect(pick?.params).toEqual({ area: 'Dočasné útočisko' });
  });

  it('knows the Bratislava options and the BOK walk-in', () => {
    expect(bookingFor('collectCard', '2026-05-17', { inBratislava: true }).bookable).toBe(false);
    expect(bookingFor('collectCard', '2026-05-18', { inBratislava: true }).lifeSituationSeen).toBe('Information and Registry');
    expect(bookingFor('biometrics', '2026-11-22', { inBratislava: true }).lifeSituationSeen).toBe('Biometrics');
    expect(bookingFor('collectCard', '2026-11-22').bookable).toBe(false);
    expect(bookingFor('bok', '2025-08-14').lifeSituationSk).toBe('Oddelenie dokladov – získanie BOK kódu cudzincom');
    expect(bookingFor('bok', '2026-05-25', { inBratislava: true }).bookable).toBe(false);
  });

  it('adds the family ticket for family reunification from Sep 2025', () => {
    const has = (asOf: string) =>
      bookingFor('trFirst', asOf, { purpose: 'familyReunification' }).rules.some((r) => r.key === 'booking.rules.familyTicket');
    expect(has('2025-06-30')).toBe(false);
    expect(has('2026-11-22')).toBe(true);
  });
});

describe('English texts', () => {
  /** Keys emitted by calling every function on every date where something changes. */
  function emittedKeys(): Set<string> {
    const keys = new Set<string>();
    const add = (m: Message) => keys.add(m.key);
    for (const asOf of CHANGE_DATES) {
      for (const procedure of BOOKING_PROCEDURES) {
        for (const inBratislava of [false, true]) {
          for (const purpose of [undefined, 'familyReunification'] as const) {
            const b = bookingFor(procedure, asOf, { inBratislava, ...(purpose ? { purpose } : {}) });
            add(b.lifeSituation);
            b.rules.forEach(add);
            if (b.area) add(b.area.name);
          }
        }
      }
      add(bokWhere(asOf, true).text);
      add(bokWhere(asOf, false).text);
      for (const a of entryAt(booking.BOOKING_AREAS, asOf).value) keys.add(`booking.areas.${a.id}`);
    }
    return keys;
  }
  const keys = emittedKeys();

  it('has a non-empty text for every key the data can emit', () => {
    expect(keys.size).toBeGreaterThan(30);
    for (const key of keys) {
      expect(messageSchema.safeParse({ key }).success, key).toBe(true);
      const text = lookup(locale, key);
      expect(typeof text === 'string' && text.length > 0, `missing text for ${key}`).toBe(true);
    }
  });

  it('has no text the data never emits', () => {
    for (const leaf of leaves(locale)) expect(keys.has(leaf), `unused text ${leaf}`).toBe(true);
  });

  it('fills every parameter a text uses', () => {
    const check = (m: Message) => {
      const text = lookup(locale, m.key) as string;
      for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/g)) expect(m.params, `${m.key} needs ${name}`).toHaveProperty(name!);
    };
    for (const asOf of CHANGE_DATES) {
      for (const procedure of BOOKING_PROCEDURES) {
        const b = bookingFor(procedure, asOf, { inBratislava: true, purpose: 'familyReunification' });
        b.rules.forEach(check);
      }
      check(bokWhere(asOf, true).text);
    }
  });
});
