import { z } from 'zod';
import { ANNEX_II, COUNTRY_LISTS, EEA_EFTA_MEMBERS, EU_MEMBERS, SCHENGEN_MEMBERS, SWISS_FREE_MOVEMENT, VISA_FREE } from '../../../src/rules/params/country-lists.ts';
import {
  countryGroup,
  isEuEeaCh,
  isKnownCountry,
  isSchengenMember,
  ISO_COUNTRY_CODES,
  nationalityOf,
  normalizeCountryCode,
  TERRITORY_NATIONALITY,
  UnknownCountryError,
  USER_ASSIGNED_CODES,
  visaRegime,
} from '../../../src/rules/params/countries.ts';
import { appliesOn, visaConditions, visaNotes, type VisaCondition } from '../../../src/rules/params/visa-conditions.ts';
import { COUNTRY_SOURCES } from '../../../src/rules/params/sources/countries.ts';
import { sourceSchema } from '../../../src/rules/schema/citation.ts';
import { datedValueSchema } from '../../../src/rules/schema/dated-value.ts';
import { countryCodeSchema } from '../../../src/rules/schema/primitives.ts';
import { OutOfRangeError, valueAt } from '../../../src/rules/value-at.ts';
import { AS_OF_RANGE } from '../../../src/rules/date-ranges.ts';
import en from '../../../src/locales/en/countries.json';

/** Every ISO date from `from` to `to`, both included. */
function* days(from: string, to: string): Generator<string> {
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) yield d.toISOString().slice(0, 10);
}
const ALL_DAYS = [...days(AS_OF_RANGE.min, AS_OF_RANGE.max)];
const sourceIds = new Set(Object.keys(COUNTRY_SOURCES));
const allConditions = (record: Readonly<Record<string, readonly VisaCondition[]>>) =>
  Object.entries(record).flatMap(([code, items]) => items.map((item) => ({ code, item })));

describe('ISO country codes', () => {
  it('holds the 249 assigned ISO codes plus XK, each once, in capitals', () => {
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(ISO_COUNTRY_CODES.length);
    expect(ISO_COUNTRY_CODES.filter((c) => !USER_ASSIGNED_CODES.includes(c))).toHaveLength(249);
    expect(ISO_COUNTRY_CODES).toContain('XK');
    for (const code of ISO_COUNTRY_CODES) expect(countryCodeSchema.safeParse(code).success).toBe(true);
  });

  it('has a CLDR region name (Intl.DisplayNames) for every code, XK included', () => {
    const names = new Intl.DisplayNames('en', { type: 'region' });
    for (const code of ISO_COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });

  it.each(['SK', 'DE', 'GB', 'UA', 'XK', 'TW', 'HK'])('knows %s', (code) => {
    expect(isKnownCountry(code)).toBe(true);
  });

  it.each(['ZZ', 'EU', 'UK', 'EL', 'sk', 'S', 'SVK', ''])('rejects %j', (code) => {
    expect(isKnownCountry(code)).toBe(false);
    expect(() => countryGroup(code, '2026-01-01')).toThrow(UnknownCountryError);
    expect(() => visaRegime(code, '2026-01-01')).toThrow(UnknownCountryError);
    expect(() => isEuEeaCh(code, '2026-01-01')).toThrow(UnknownCountryError);
    expect(() => isSchengenMember(code, '2026-01-01')).toThrow(UnknownCountryError);
  });

  it.each([
    [' sk ', 'SK'],
    ['el', 'GR'],
    ['EL', 'GR'],
    ['UK', 'GB'],
    ['de', 'DE'],
  ])('normalises %j to %s', (input, code) => {
    expect(normalizeCountryCode(input)).toBe(code);
  });

  it('maps territories only to known states that are not themselves territories', () => {
    for (const [territory, state] of Object.entries(TERRITORY_NATIONALITY)) {
      expect(isKnownCountry(territory), territory).toBe(true);
      expect(isKnownCountry(state), state).toBe(true);
      expect(TERRITORY_NATIONALITY[state], state).toBeUndefined();
    }
    expect(nationalityOf('PR')).toBe('US');
    expect(nationalityOf('HK')).toBe('HK');
  });
});

describe('countryGroup', () => {
  it.each([
    ['SK', 'slovak'],
    ['DE', 'euEeaCh'],
    ['RO', 'euEeaCh'],
    ['IE', 'euEeaCh'],
    ['CY', 'euEeaCh'],
    ['NO', 'euEeaCh'],
    ['IS', 'euEeaCh'],
    ['LI', 'euEeaCh'],
    ['CH', 'euEeaCh'],
    ['GB', 'gb'],
    ['UA', 'thirdCountry'],
    ['US', 'thirdCountry'],
    ['IN', 'thirdCountry'],
    ['XK', 'thirdCountry'],
    ['TW', 'thirdCountry'],
    ['GP', 'euEeaCh'],
    ['AW', 'euEeaCh'],
    ['BM', 'gb'],
    ['JE', 'gb'],
    ['PR', 'thirdCountry'],
  ] as const)('%s is %s', (code, group) => {
    for (const asOf of [AS_OF_RANGE.min, '2025-06-30', '2026-11-22', AS_OF_RANGE.max]) {
      expect(countryGroup(code, asOf)).toBe(group);
    }
  });

  it('treats SK as EU/EEA/CH in isEuEeaCh (callers check SK first)', () => {
    expect(isEuEeaCh('SK', '2026-11-22')).toBe(true);
  });

  it('has the UK in the EU before 1 Feb 2020 and out after', () => {
    expect(valueAt(EU_MEMBERS, '2020-01-31')).toContain('GB');
    expect(valueAt(EU_MEMBERS, '2020-02-01')).not.toContain('GB');
  });

  it('counts 27 EU + 3 EEA + CH = 31 free-movement nationalities throughout', () => {
    const free = ISO_COUNTRY_CODES.filter((c) => !(c in TERRITORY_NATIONALITY) && isEuEeaCh(c, '2026-11-22'));
    expect(free).toHaveLength(31);
    expect(valueAt(EU_MEMBERS, '2026-11-22')).toHaveLength(27);
  });
});

describe('Schengen membership', () => {
  it.each([
    ['BG', '2024-01-01', false],
    ['BG', '2024-03-31', false],
    ['BG', '2024-12-31', false],
    ['BG', '2025-01-01', true],
    ['RO', '2024-12-31', false],
    ['RO', '2025-01-01', true],
    ['HR', '2024-01-01', true],
    ['SK', '2024-01-01', true],
    ['CH', '2026-11-22', true],
    ['LI', '2026-11-22', true],
    ['CY', '2026-11-22', false],
    ['IE', '2026-11-22', false],
    ['GB', '2026-11-22', false],
    ['UA', '2026-11-22', false],
  ] as const)('%s on %s: %s', (code, asOf, member) => {
    expect(isSchengenMember(code, asOf)).toBe(member);
  });

  it('has 27 states in 2024 and 29 from 2025: the EU minus CY and IE, plus IS, LI, NO, CH', () => {
    expect(valueAt(SCHENGEN_MEMBERS, '2024-06-01')).toHaveLength(27);
    const members = valueAt(SCHENGEN_MEMBERS, '2026-11-22');
    expect(members).toHaveLength(29);
    const expected = [...valueAt(EU_MEMBERS, '2026-11-22').filter((c) => c !== 'CY' && c !== 'IE'), 'IS', 'LI', 'NO', 'CH'];
    expect([...members].sort()).toEqual(expected.sort());
  });
});

describe('visaRegime', () => {
  it.each([
    // Kosovo: visa-free from 1 Jan 2024 (the first supported day), biometric only
    ['XK', '2024-01-01', true],
    ['XK', '2026-11-22', true],
    // Vanuatu: suspended since 4 Feb 2023, moved to Annex I on 3 Feb 2025; a visa throughout
    ['VU', '2025-02-02', false],
    ['VU', '2025-02-03', false],
    // Nauru: listed, no agreement in force
    ['NR', '2026-11-22', false],
    ['US', '2026-11-22', true],
    ['GB', '2024-01-01', true],
    ['UA', '2026-11-22', true],
    ['HK', '2026-11-22', true],
    ['TW', '2026-11-22', true],
    ['IN', '2026-11-22', false],
    ['CN', '2026-11-22', false],
    ['RU', '2026-11-22', false],
    ['TR', '2026-11-22', false],
    ['PR', '2026-11-22', true],
  ] as const)('%s on %s: visa-free %s', (code, asOf, visaFree) => {
    const regime = visaRegime(code, asOf);
    expect(regime.visaFree).toBe(visaFree);
    expect(regime.basis).toBe(visaFree ? 'annexII' : 'visaRequired');
    expect(regime.sourceIds.length).toBeGreaterThan(0);
  });

  it('keeps Vanuatu in the legal list until 2 Feb 2025 and out from 3 Feb 2025', () => {
    expect(valueAt(ANNEX_II, '2025-02-02')).toContain('VU');
    expect(valueAt(ANNEX_II, '2025-02-03')).not.toContain('VU');
    expect(visaRegime('VU', '2025-02-02').notes).toEqual(['vanuatuExemptionSuspended']);
    expect(visaRegime('VU', '2025-02-03').notes).toEqual(['vanuatuMovedToAnnexI']);
    expect(visaRegime('VU', '2025-02-03').sourceIds).toContain('ctry-reg-2025-11');
  });

  it('explains Nauru with a note, at Med confidence', () => {
    const regime = visaRegime('NR', '2026-11-22');
    expect(regime).toMatchObject({ visaFree: false, conditions: [], notes: ['nauruAgreementNotInForce'], confidence: 'med' });
  });

  it('gives EU/EEA/CH citizens free movement, not Annex II', () => {
    for (const code of ['DE', 'NO', 'CH', 'SK']) {
      expect(visaRegime(code, '2026-11-22')).toMatchObject({ visaFree: true, basis: 'freeMovement', conditions: [], confidence: 'high' });
    }
  });

  it.each([
    ['AL', '2026-11-22', ['biometricPassportOnly']],
    ['UA', '2026-11-22', ['biometricPassportIcao']],
    ['MD', '2026-11-22', ['biometricPassportIcao']],
    ['XK', '2024-01-01', ['biometricPassportOnly', 'kosovoPassportAcceptance']],
    ['RS', '2024-10-12', ['biometricPassportOnly', 'serbiaCoordinationDirectorateExcluded']],
    ['RS', '2024-10-13', ['biometricPassportOnly', 'serbiaCoordinationDirectorateIncluded']],
    ['GE', '2026-03-05', ['biometricPassportIcao']],
    ['GE', '2026-03-06', ['biometricPassportIcao', 'georgiaOfficialPassportsSuspended']],
    ['GE', '2027-03-06', ['biometricPassportIcao', 'georgiaOfficialPassportsSuspended']],
    ['GE', '2027-03-07', ['biometricPassportIcao']],
    ['HK', '2026-11-22', ['hongKongSarPassportOnly']],
    ['MO', '2026-11-22', ['macaoSarPassportOnly']],
    ['TW', '2026-11-22', ['taiwanPassportWithIdNumber']],
    ['GB', '2026-11-22', ['britishNationalClasses']],
    ['BM', '2026-11-22', ['britishNationalClasses']],
    ['AE', '2026-11-22', ['agreementExcludesPaidActivity']],
    ['US', '2026-11-22', []],
    ['JP', '2026-11-22', []],
  ] as const)('%s on %s has conditions %j', (code, asOf, conditions) => {
    expect(visaRegime(code, asOf).conditions).toEqual(conditions);
  });

  it('lowers the confidence to that of the weakest condition', () => {
    expect(visaRegime('XK', '2026-11-22').confidence).toBe('low');
    expect(visaRegime('AE', '2026-11-22').confidence).toBe('med');
    expect(visaRegime('US', '2026-11-22').confidence).toBe('high');
  });

  it('counts 63 visa-free codes on 2026-11-22 (64 in Annex II minus Nauru)', () => {
    expect(valueAt(ANNEX_II, '2026-11-22')).toHaveLength(64);
    expect(valueAt(VISA_FREE, '2026-11-22')).toHaveLength(63);
    const free = ISO_COUNTRY_CODES.filter(
      (c) => !(c in TERRITORY_NATIONALITY) && countryGroup(c, '2026-11-22') !== 'euEeaCh' && countryGroup(c, '2026-11-22') !== 'slovak' && visaRegime(c, '2026-11-22').visaFree,
    );
    expect(free).toHaveLength(63);
  });
});

describe('data integrity', () => {
  it.each(COUNTRY_LISTS.map((list) => [list.id, list] as const))('%s is a valid dated list of known codes', (_id, list) => {
    expect(datedValueSchema(z.array(countryCodeSchema)).safeParse(list).success).toBe(true);
    for (const entry of list.history) {
      for (const code of entry.value ?? []) expect(isKnownCountry(code), `${list.id} ${entry.from} ${code}`).toBe(true);
      expect(new Set(entry.value ?? []).size).toBe((entry.value ?? []).length);
    }
  });

  it.each(COUNTRY_LISTS.map((list) => [list.id, list] as const))('%s history is strictly ascending', (_id, list) => {
    for (let i = 1; i < list.history.length; i++) {
      expect(list.history[i - 1]!.from < list.history[i]!.from, `${list.id} entry ${i}`).toBe(true);
    }
  });

  it.each(COUNTRY_LISTS.map((list) => [list.id, list] as const))(
    '%s resolves to exactly one non-null value on every supported day',
    (_id, list) => {
      for (const day of ALL_DAYS) {
        const inForce = list.history.filter((e) => e.from <= day).at(-1);
        expect(inForce, `${list.id} ${day}`).toBeDefined();
        expect(inForce!.value, `${list.id} ${day}`).not.toBeNull();
        expect(() => valueAt(list, day)).not.toThrow();
      }
    },
  );

  it('cites only existing source ids, and the sources are valid', () => {
    for (const source of Object.values(COUNTRY_SOURCES)) {
      expect(sourceSchema.safeParse(source).success, source.id).toBe(true);
      expect(source.id).toMatch(/^ctry-/);
    }
    const cited = [
      ...COUNTRY_LISTS.flatMap((list) => list.history.flatMap((e) => e.sources)),
      ...allConditions(visaConditions).flatMap(({ item }) => item.sources),
      ...allConditions(visaNotes).flatMap(({ item }) => item.sources),
    ];
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
  });

  it('has no code in both a free-movement list and the visa-free or Annex II list', () => {
    for (const day of ALL_DAYS.filter((_, i) => i % 7 === 0).concat(AS_OF_RANGE.max)) {
      const free = new Set([...valueAt(EU_MEMBERS, day), ...valueAt(EEA_EFTA_MEMBERS, day), ...valueAt(SWISS_FREE_MOVEMENT, day)]);
      for (const code of [...valueAt(VISA_FREE, day), ...valueAt(ANNEX_II, day)]) expect(free.has(code), `${day} ${code}`).toBe(false);
    }
  });

  it('has the visa-free list equal to Annex II minus Nauru and codes whose exemption is suspended', () => {
    for (const day of ALL_DAYS) {
      const blocked = Object.entries(visaNotes)
        .filter(([, notes]) => notes.some((n) => appliesOn(n, day)))
        .map(([code]) => code);
      const expected = valueAt(ANNEX_II, day).filter((c) => !blocked.includes(c));
      expect(valueAt(VISA_FREE, day), day).toEqual(expected);
    }
  });

  it('puts conditions only on codes that are visa-free while the condition applies', () => {
    for (const { code, item } of allConditions(visaConditions)) {
      for (const day of ALL_DAYS.filter((d) => appliesOn(item, d))) {
        expect(valueAt(VISA_FREE, day).includes(code), `${code} ${item.key} ${day}`).toBe(true);
      }
    }
  });

  it('puts notes only on codes that are not visa-free while the note applies', () => {
    for (const { code, item } of allConditions(visaNotes)) {
      for (const day of ALL_DAYS.filter((d) => appliesOn(item, d))) {
        expect(valueAt(VISA_FREE, day).includes(code), `${code} ${item.key} ${day}`).toBe(false);
      }
    }
  });

  it('keeps dated conditions well-formed', () => {
    for (const { code, item } of [...allConditions(visaConditions), ...allConditions(visaNotes)]) {
      if (item.from && item.to) expect(item.from <= item.to, `${code} ${item.key}`).toBe(true);
      expect(item.sources.length, `${code} ${item.key}`).toBeGreaterThan(0);
    }
  });

  it('has English text for every condition and note key, and no unused text', () => {
    const conditionKeys = new Set(allConditions(visaConditions).map(({ item }) => item.key));
    const noteKeys = new Set(allConditions(visaNotes).map(({ item }) => item.key));
    expect(new Set(Object.keys(en.countries.conditions))).toEqual(conditionKeys);
    expect(new Set(Object.keys(en.countries.notes))).toEqual(noteKeys);
    for (const text of [...Object.values(en.countries.conditions), ...Object.values(en.countries.notes)]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it('throws OutOfRangeError before a list has data', () => {
    expect(() => valueAt(VISA_FREE, '2023-01-01')).toThrow(OutOfRangeError);
  });
});
