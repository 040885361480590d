import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays } from '../../../src/rules/calendar/iso-date.ts';
import * as offices from '../../../src/rules/params/offices.ts';
import {
  BOK_PLACES,
  BOOKING_PROCEDURES,
  CLIENT_CENTRES,
  CLIENT_CENTRE_IDS,
  FOREIGN_POLICE_DEPARTMENTS,
  MINV_OCP_LIST_URL,
  OCP_HOURS,
  OCP_HOURS_BRATISLAVA,
  OCP_IDS,
  bokPlaces,
  bokWhere,
  bookingFor,
  bookingNeedsBok,
  clientCentres,
  departmentForDistrict,
  officeFor,
  toPlanBooking,
} from '../../../src/rules/params/offices.ts';
import { OFFICE_SOURCES } from '../../../src/rules/params/sources/offices.ts';
import { ALL_SOURCES } from '../../../src/rules/plan/all-sources.ts';
import { sourceSchema } from '../../../src/rules/schema/citation.ts';
import { datedValueSchema } from '../../../src/rules/schema/dated-value.ts';
import type { DatedValue } from '../../../src/rules/schema/dated-value.ts';
import { messageSchema } from '../../../src/rules/schema/message.ts';
import type { Message } from '../../../src/rules/schema/message.ts';
import { officeTypeSchema } from '../../../src/rules/schema/plan.ts';
import { entryAt } from '../../../src/rules/value-at.ts';
import { AS_OF_RANGE } from '../../../src/rules/date-ranges.ts';

const DATES = ['2024-06-01', '2025-06-30', '2025-07-01', '2026-11-22'];

const locale = JSON.parse(readFileSync(new URL('../../../src/locales/en/offices.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function lookup(obj: unknown, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function leaves(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string') return [prefix];
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

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
collect(offices, found);
const PARAMS = [...found.values()];

/** Every date where some office value changes, plus the handbook's test dates. */
const CHANGE_DATES = [...new Set([...DATES, ...PARAMS.flatMap((p) => p.history.map((e) => e.from)), '2027-12-31'])].sort();

describe('office sources', () => {
  it('are valid sources whose ids start with off-', () => {
    for (const [id, s] of Object.entries(OFFICE_SOURCES)) {
      expect(id.startsWith('off-')).toBe(true);
      expect(s.id).toBe(id);
      expect(sourceSchema.safeParse(s).success, id).toBe(true);
    }
  });
});

describe('dated office values', () => {
  it('finds the departments, hours, client centres, BOK places and booking facts', () => {
    expect(PARAMS.length).toBeGreaterThan(40);
    for (const id of ['offices.bokPlaces', 'booking.rules', 'booking.areas', 'offices.clientCentres.known', 'booking.situation.trRenewal']) {
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

describe('Foreign Police departments', () => {
  it('lists the 13 departments with Slovak names and the Ministry list as link', () => {
    expect(OCP_IDS).toHaveLength(13);
    for (const id of OCP_IDS) {
      const d = FOREIGN_POLICE_DEPARTMENTS[id];
      expect(d.nameSk).toMatch(/^Oddelenie cudzineckej polície PZ /);
      expect(d.url).toBe(MINV_OCP_LIST_URL);
    }
  });

  it('maps districts across region borders and leaves unknown ones unmapped', () => {
    expect(departmentForDistrict('Senec', '2026-11-22')?.id).toBe('dunajskaStreda');
    expect(departmentForDistrict('Hlohovec', '2026-11-22')?.id).toBe('nitra');
    expect(departmentForDistrict('Partizánske', '2026-11-22')?.id).toBe('nitra');
    expect(departmentForDistrict('okres Malacky', '2026-11-22')?.id).toBe('trnava');
    expect(departmentForDistrict('PEZINOK', '2026-11-22')?.id).toBe('trnava');
    expect(departmentForDistrict('Bratislava III', '2026-11-22')?.id).toBe('bratislava');
    expect(departmentForDistrict('Liptovsky Mikulas', '2026-11-22')?.id).toBe('ruzomberok');
    expect(departmentForDistrict('Poprad', '2026-11-22')).toBeUndefined();
    expect(departmentForDistrict('Považská Bystrica', '2026-11-22')).toBeUndefined();
  });

  it('moves Bratislava to Račianska 62 on 18 May 2026', () => {
    const at = (asOf: string) => officeFor({ officeType: 'foreignPolice', asOf, district: 'Bratislava I' });
    expect(at('2026-05-17').address).toBe('Regrútska 4, 831 07 Bratislava');
    expect(at('2026-05-18').address).toBe('Račianska 62, Bratislava');
    expect(at('2026-11-22').text).toEqual({ key: 'offices.where.foreignPoliceNamed', params: { town: 'Bratislava', address: 'Račianska 62, Bratislava' } });
  });

  it('names the office type and links the list when the address or district is unknown (never guesses)', () => {
    const nitra = officeFor({ officeType: 'foreignPolice', asOf: '2024-06-01', district: 'Nitra' });
    expect(nitra.address).toBe('Akademická 4, 949 01 Nitra (Agrokomplex)');
    const later = officeFor({ officeType: 'foreignPolice', asOf: '2026-11-22', district: 'Nitra' });
    expect(later.address).toBeUndefined();
    expect(later.known).toBe(false);
    expect(later.text.key).toBe('offices.where.foreignPoliceNamedNoAddress');
    expect(later.url).toBe(MINV_OCP_LIST_URL);
    const poprad = officeFor({ officeType: 'foreignPolice', asOf: '2026-11-22', district: 'Poprad', procedure: 'trRenewal' });
    expect(poprad).toMatchObject({ known: false, url: MINV_OCP_LIST_URL, text: { key: 'offices.where.foreignPoliceForAddress' } });
    expect(officeFor({ officeType: 'embassy', asOf: '2026-11-22' }).url).toMatch(/^https:\/\/www\.mzv\.sk\//);
  });

  it('lets EU registration go to any department from 1 Jul 2025', () => {
    const at = (asOf: string) => officeFor({ officeType: 'foreignPolice', asOf, procedure: 'euRegistration' }).text.key;
    expect(at('2025-06-30')).toBe('offices.where.foreignPoliceForAddress');
    expect(at('2025-07-01')).toBe('offices.where.foreignPoliceAny');
    expect(officeFor({ officeType: 'foreignPolice', asOf: '2026-11-22', procedure: 'trFirst', district: 'Trnava' }).text.key).toBe(
      'offices.where.foreignPoliceAnyNamed',
    );
  });

  it('gives every office type a place on every test date, with cited sources', () => {
    for (const asOf of DATES) {
      for (const officeType of officeTypeSchema.options) {
        const p = officeFor({ officeType, asOf });
        expect(messageSchema.safeParse(p.text).success).toBe(true);
        for (const s of p.sourceIds) expect(ALL_SOURCES, `${officeType} cites ${s}`).toHaveProperty(s);
      }
    }
  });

  it('keeps hours with their sources', () => {
    expect(entryAt(OCP_HOURS, '2026-11-22').value[0]).toMatchObject({ days: [1, 3, 5], from: '07:30', to: '15:30' });
    expect(entryAt(OCP_HOURS_BRATISLAVA, '2026-05-17').confidence).toBe('low');
    expect(entryAt(OCP_HOURS_BRATISLAVA, '2026-05-18').confidence).toBe('high');
  });
});

describe('client centres', () => {
  it('grows as sources confirm centres', () => {
    expect(clientCentres('2024-06-01').map((c) => c.id)).not.toContain('dunajskaStreda');
    expect(clientCentres('2026-02-02').map((c) => c.id)).toContain('dunajskaStreda');
    expect(clientCentres('2026-05-24').map((c) => c.id)).not.toContain('bratislavaZlatePiesky');
    expect(clientCentres('2026-11-22').map((c) => c.id)).toContain('bratislavaZlatePiesky');
    for (const id of CLIENT_CENTRE_IDS) {
      for (const s of CLIENT_CENTRES[id].sourceIds) expect(ALL_SOURCES, `${id} cites ${s}`).toHaveProperty(s);
    }
  });
});

describe('BOK activation places', () => {
  it('differ before and after 14 Aug 2025 and 25 May 2026', () => {
    const before = bokPlaces('2025-08-13');
    const mid = bokPlaces('2025-08-14');
    const bratislava = bokPlaces('2026-05-25');
    expect(before.officeTypes).toEqual(['foreignPolice']);
    expect(mid.officeTypes).toEqual(['foreignPolice', 'documentDepartment', 'clientCentre']);
    expect(mid.bratislavaOnly).toBeUndefined();
    expect(bratislava.bratislavaOnly?.id).toBe('bratislavaZlatePiesky');
    expect(bratislava.bratislavaOnly?.address).toBe('Studená 4/B (OC STYLA), Bratislava');
    expect(bratislava.confidence).toBe('med');
    expect(JSON.stringify(before)).not.toBe(JSON.stringify(mid));
    expect(JSON.stringify(mid)).not.toBe(JSON.stringify(bratislava));
  });

  it('records the May 2026 amendment as uncertain', () => {
    expect(entryAt(BOK_PLACES, '2026-05-14').value.moreMayBeDesignated).toBe(false);
    expect(entryAt(BOK_PLACES, '2026-05-15').value.moreMayBeDesignated).toBe(true);
    expect(entryAt(BOK_PLACES, '2026-05-15').confidence).toBe('low');
    expect(bokPlaces('2026-11-22').messages.map((m) => m.key)).toContain('offices.bok.moreMayBeDesignated');
  });

  it('sends Bratislava residents to Zlaté Piesky only from 25 May 2026', () => {
    expect(bokWhere('2026-05-24', true).officeType).toBe('documentDepartment');
    expect(bokWhere('2026-05-25', true)).toMatchObject({ officeType: 'clientCentre', nameSk: 'Klientske centrum Bratislava – Zlaté Piesky' });
    expect(bokWhere('2026-05-25', false).officeType).toBe('documentDepartment');
    expect(bokWhere('2025-08-13', true).officeType).toBe('foreignPolice');
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
    const districts = [undefined, 'Bratislava I', 'Nitra', 'Trenčín', 'Poprad', 'Košice I'];
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
        for (const officeType of officeTypeSchema.options) {
          for (const district of districts) add(officeFor({ officeType, asOf, procedure, ...(district ? { district } : {}) }).text);
        }
      }
      for (const officeType of officeTypeSchema.options) add(officeFor({ officeType, asOf }).text);
      bokPlaces(asOf).messages.forEach(add);
      add(bokWhere(asOf, true).text);
      add(bokWhere(asOf, false).text);
      for (const p of [OCP_HOURS, OCP_HOURS_BRATISLAVA]) for (const row of entryAt(p, asOf).value) keys.add(row.scopeKey);
      for (const a of entryAt(offices.BOOKING_AREAS, asOf).value) keys.add(`booking.areas.${a.id}`);
    }
    for (const id of OCP_IDS) add(FOREIGN_POLICE_DEPARTMENTS[id].name);
    add(offices.ASYLUM_DEPARTMENT.name);
    for (const id of CLIENT_CENTRE_IDS) {
      add(CLIENT_CENTRES[id].name);
      const d = CLIENT_CENTRES[id].directionsKey;
      if (d) keys.add(d);
    }
    return keys;
  }
  const keys = emittedKeys();

  it('has a non-empty text for every key the data can emit', () => {
    expect(keys.size).toBeGreaterThan(50);
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
        check(officeFor({ officeType: 'foreignPolice', asOf, procedure, district: 'Bratislava I' }).text);
      }
      bokPlaces(asOf).messages.forEach(check);
      check(bokWhere(asOf, true).text);
    }
  });
});
