import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { entryAt, valueAt } from '../value-at.ts';
import { EEA_EFTA_MEMBERS, EU_MEMBERS, SCHENGEN_MEMBERS, SWISS_FREE_MOVEMENT, VISA_FREE } from './country-lists.ts';
import { appliesOn, visaConditions, visaNotes } from './visa-conditions.ts';

/**
 * Countries: EU/EEA/CH membership, the Schengen area and the Schengen visa-free list
 * (Reg. (EU) 2018/1806 Annex II), as dated data.
 *
 * Codes are ISO 3166-1 alpha-2 in capitals. The EU writes Greece as `EL` and the UK
 * as `UK`; `normalizeCountryCode` maps both to ISO before anything else sees them.
 * Source ids refer to COUNTRY_SOURCES (sources/countries.ts).
 */

// ─── ISO 3166-1 ───────────────────────────────────────────────────────────────

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes (source: ctry-iso-3166), plus
 * `XK` for Kosovo. XK is a user-assigned code, not an ISO code, but the EU, the
 * Commission's datasets and the passport-index data all use it, and Kosovo is listed in
 * Annex II Part 4; without it Kosovars could not be answered. 250 codes in all.
 * Exceptionally reserved codes (EU, UK, EZ, UN, …) and transitional ones are not here.
 */
export const ISO_COUNTRY_CODES: readonly string[] = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW',
  'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT',
  'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS',
  'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'XK',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
];

/** Codes in ISO_COUNTRY_CODES that ISO itself has not assigned (user-assigned). */
export const USER_ASSIGNED_CODES: readonly string[] = ['XK'];

const KNOWN = new Set(ISO_COUNTRY_CODES);

/** EU spellings that differ from ISO 3166-1 (EU interinstitutional style guide). */
const EU_TO_ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/**
 * Dependent territories whose people hold the nationality (and passport) of another
 * state in the list. Used only where a code names a citizenship. Not mapped: HK and MO
 * (own SAR passports with their own Annex II entries), FO (Faroese are Danish nationals
 * but not EU citizens under the Faroe protocol: needs its own rule), AQ (no nationality),
 * EH and PS (not territories of a listed state). British overseas territories map to GB,
 * where the British-national-class question sorts out BOTC from citizens.
 */
export const TERRITORY_NATIONALITY: Readonly<Record<string, string>> = {
  // Australia
  CC: 'AU', CX: 'AU', HM: 'AU', NF: 'AU',
  // Denmark
  GL: 'DK',
  // Finland
  AX: 'FI',
  // France
  BL: 'FR', GF: 'FR', GP: 'FR', MF: 'FR', MQ: 'FR', NC: 'FR', PF: 'FR', PM: 'FR', RE: 'FR',
  TF: 'FR', WF: 'FR', YT: 'FR',
  // Netherlands
  AW: 'NL', BQ: 'NL', CW: 'NL', SX: 'NL',
  // New Zealand (realm)
  CK: 'NZ', NU: 'NZ', TK: 'NZ',
  // Norway
  BV: 'NO', SJ: 'NO',
  // United Kingdom: Crown dependencies and overseas territories
  AI: 'GB', BM: 'GB', FK: 'GB', GG: 'GB', GI: 'GB', GS: 'GB', IM: 'GB', IO: 'GB', JE: 'GB',
  KY: 'GB', MS: 'GB', PN: 'GB', SH: 'GB', TC: 'GB', VG: 'GB',
  // United States
  AS: 'US', GU: 'US', MP: 'US', PR: 'US', UM: 'US', VI: 'US',
};

export class UnknownCountryError extends Error {
  readonly code = 'unknownCountry';
  constructor(readonly country: string) {
    super(`${country} is not a known ISO 3166-1 alpha-2 country code`);
  }
}

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (or XK). Exact capitals only. */
export function isKnownCountry(code: string): boolean {
  return KNOWN.has(code);
}

/** Trim and capitalise user or EU input, and map EU spellings (EL, UK) to ISO. */
export function normalizeCountryCode(input: string): string {
  const code = input.trim().toUpperCase();
  return EU_TO_ISO[code] ?? code;
}

function assertKnown(code: string): void {
  if (!isKnownCountry(code)) throw new UnknownCountryError(code);
}

/** The state whose nationality the people of `code` hold (the code itself for states). */
export function nationalityOf(code: string): string {
  assertKnown(code);
  return TERRITORY_NATIONALITY[code] ?? code;
}

// ─── Functions ────────────────────────────────────────────────────────────────

export type CountryGroup = 'slovak' | 'euEeaCh' | 'gb' | 'thirdCountry';

/** Whether `code` names a Schengen member state on `asOf` (a state, not a nationality). */
export function isSchengenMember(code: string, asOf: string): boolean {
  assertKnown(code);
  return valueAt(SCHENGEN_MEMBERS, asOf).includes(code);
}

/**
 * Whether citizens of `code` have EU free movement on `asOf`: EU 27, IS, LI, NO and CH.
 * SK counts (it is an EU state): callers that treat Slovaks apart check SK first, or use
 * countryGroup. Territories count as their state's nationality (see TERRITORY_NATIONALITY).
 */
export function isEuEeaCh(code: string, asOf: string): boolean {
  const nationality = nationalityOf(code);
  return (
    valueAt(EU_MEMBERS, asOf).includes(nationality) ||
    valueAt(EEA_EFTA_MEMBERS, asOf).includes(nationality) ||
    valueAt(SWISS_FREE_MOVEMENT, asOf).includes(nationality)
  );
}

/** The wizard's first branch for a citizenship on `asOf`. */
export function countryGroup(code: string, asOf: string): CountryGroup {
  const nationality = nationalityOf(code);
  if (nationality === 'SK') return 'slovak';
  if (isEuEeaCh(nationality, asOf)) return 'euEeaCh';
  if (nationality === 'GB') return 'gb';
  return 'thirdCountry';
}

export interface VisaRegime {
  /** May enter Slovakia for a short stay without a visa (ordinary passport). */
  visaFree: boolean;
  /** Why: EU free movement, Annex II, or neither. */
  basis: 'freeMovement' | 'annexII' | 'visaRequired';
  /** Condition keys (`countries.conditions.<key>`) in force on the date; visa-free codes only. */
  conditions: string[];
  /** Note keys (`countries.notes.<key>`) explaining a visa requirement for a listed code. */
  notes: string[];
  sourceIds: string[];
  /** The lowest confidence of the list entry and of every condition or note returned. */
  confidence: Confidence;
}

const lowest = (values: Confidence[]): Confidence => lowestConfidence(...values);
const unique = (ids: string[]): string[] => [...new Set(ids)];

/**
 * The short-stay visa regime for a citizenship on `asOf`. Meant for third-country
 * nationals (GB included); EU/EEA/CH citizens get `basis: 'freeMovement'`.
 */
export function visaRegime(code: string, asOf: string): VisaRegime {
  const nationality = nationalityOf(code);

  if (isEuEeaCh(nationality, asOf)) {
    const entries = [EU_MEMBERS, EEA_EFTA_MEMBERS, SWISS_FREE_MOVEMENT]
      .map((list) => entryAt(list, asOf))
      .filter((entry) => entry.value.includes(nationality));
    return {
      visaFree: true,
      basis: 'freeMovement',
      conditions: [],
      notes: [],
      sourceIds: unique(entries.flatMap((e) => e.sources)),
      confidence: lowest(entries.map((e) => e.confidence)),
    };
  }

  const list = entryAt(VISA_FREE, asOf);
  const visaFree = list.value.includes(nationality);
  const items = ((visaFree ? visaConditions : visaNotes)[nationality] ?? []).filter((c) => appliesOn(c, asOf));
  const keys = items.map((c) => c.key);
  return {
    visaFree,
    basis: visaFree ? 'annexII' : 'visaRequired',
    conditions: visaFree ? keys : [],
    notes: visaFree ? [] : keys,
    sourceIds: unique([...list.sources, ...items.flatMap((c) => c.sources)]),
    confidence: lowest([list.confidence, ...items.map((c) => c.confidence)]),
  };
}
