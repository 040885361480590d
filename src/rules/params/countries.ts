import type { DatedValue } from '../schema/dated-value.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { dated, entryAt, valueAt } from '../value-at.ts';
import { HANDBOOK_VERIFIED } from './sources/define.ts';

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

// ─── Dated lists ──────────────────────────────────────────────────────────────

const EU_27 = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

/** EU member states. */
export const EU_MEMBERS: DatedValue<string[]> = dated('countries.eu', HANDBOOK_VERIFIED, [
  {
    from: '2013-07-01',
    value: [...EU_27, 'GB'].sort(),
    sources: ['ctry-eu-countries'],
    confidence: 'high',
    note: 'Croatia joined on 1 Jul 2013: 28 member states.',
  },
  {
    from: '2020-02-01',
    value: EU_27,
    sources: ['ctry-eu-countries', 'ctry-withdrawal-agreement'],
    confidence: 'high',
    note: 'The United Kingdom left on 1 Feb 2020. Until 31 Dec 2020 (transition) EU law still applied to it; UK nationals are third-country nationals from 1 Jan 2021.',
  },
]);

/** EEA states outside the EU (the EEA is the EU plus these). */
export const EEA_EFTA_MEMBERS: DatedValue<string[]> = dated('countries.eea', HANDBOOK_VERIFIED, [
  {
    from: '1994-01-01',
    value: ['IS', 'NO'],
    sources: ['ctry-efta-eea'],
    confidence: 'high',
  },
  {
    from: '1995-05-01',
    value: ['IS', 'LI', 'NO'],
    sources: ['ctry-efta-eea', 'ctry-eeas-li-eea'],
    confidence: 'high',
    note: 'Liechtenstein joined the EEA on 1 May 1995.',
  },
]);

/** Switzerland: free movement through the bilateral agreement, not the EEA. */
export const SWISS_FREE_MOVEMENT: DatedValue<string[]> = dated('countries.ch', HANDBOOK_VERIFIED, [
  {
    from: '2002-06-01',
    value: ['CH'],
    sources: ['ctry-eu-ch-afmp'],
    confidence: 'high',
    note: 'Agreement on the free movement of persons, in force 1 Jun 2002.',
  },
]);

const SCHENGEN_2023 = [
  'AT', 'BE', 'CH', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IS', 'IT',
  'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'SE', 'SI', 'SK',
];

/** Full members of the Schengen area (all internal border checks lifted). */
export const SCHENGEN_MEMBERS: DatedValue<string[]> = dated('countries.schengen', HANDBOOK_VERIFIED, [
  {
    from: '2023-01-01',
    value: SCHENGEN_2023,
    sources: ['ctry-council-dec-2022-2451', 'ctry-ansa-schengen-2025'],
    confidence: 'high',
    note: 'Croatia fully in Schengen from 1 Jan 2023: 27 states. Cyprus and Ireland are EU states outside it. Bulgaria and Romania lifted air and sea border checks on 31 Mar 2024 (Council Decision 2024/210) but are counted as full members only from 1 Jan 2025.',
  },
  {
    from: '2025-01-01',
    value: [...SCHENGEN_2023, 'BG', 'RO'].sort(),
    sources: ['ctry-council-dec-2024-3212', 'ctry-council-dec-2024-210', 'ctry-ansa-schengen-2025', 'ctry-powiat-cyprus'],
    confidence: 'high',
    note: 'Bulgaria and Romania: land border checks lifted 1 Jan 2025. 29 states: 25 EU states (not CY, IE) plus IS, LI, NO, CH.',
  },
]);

/**
 * Annex II as written in 2021 (United Kingdom added by Reg. 2019/592 from 1 Jan 2021):
 * Part 1 states, Part 2 Hong Kong and Macao SARs, Part 4 Taiwan. Part 3 (British
 * nationals who are not UK nationals for EU purposes) has no code of its own.
 */
const ANNEX_II_2021 = [
  'AD', 'AE', 'AG', 'AL', 'AR', 'AU', 'BA', 'BB', 'BN', 'BR', 'BS', 'CA', 'CL', 'CO', 'CR',
  'DM', 'FM', 'GB', 'GD', 'GE', 'GT', 'HN', 'IL', 'JP', 'KI', 'KN', 'KR', 'LC', 'MC', 'MD',
  'ME', 'MH', 'MK', 'MU', 'MX', 'MY', 'NI', 'NR', 'NZ', 'PA', 'PE', 'PW', 'PY', 'RS', 'SB',
  'SC', 'SG', 'SM', 'SV', 'TL', 'TO', 'TT', 'TV', 'UA', 'US', 'UY', 'VA', 'VC', 'VE', 'VU',
  'WS',
  'HK', 'MO',
  'TW',
];

const sorted = (codes: string[]): string[] => [...codes].sort();
const without = (codes: string[], ...drop: string[]): string[] => codes.filter((c) => !drop.includes(c));

/**
 * The legal list: every code named in Annex II of Reg. 2018/1806, whether or not the
 * exemption operates (Nauru waits for an agreement; Vanuatu's was suspended). Use
 * VISA_FREE for the answer; this list explains it.
 */
export const ANNEX_II: DatedValue<string[]> = dated('countries.annexII', HANDBOOK_VERIFIED, [
  {
    from: '2021-01-01',
    value: sorted(ANNEX_II_2021),
    sources: ['ctry-reg-1806-2024', 'ctry-reg-2019-592', 'ctry-annex2-de'],
    confidence: 'high',
    note: '64 codes: 60 states, HK, MO, TW (and the UK from 1 Jan 2021).',
  },
  {
    from: '2024-01-01',
    value: sorted([...ANNEX_II_2021, 'XK']),
    sources: ['ctry-reg-2023-850', 'ctry-oeil-kosovo', 'ctry-reg-1806-2024'],
    confidence: 'high',
    note: 'Kosovo moved to Annex II Part 4 by Reg. 2023/850 (ETIAS start or 1 Jan 2024, whichever first; ETIAS had not started).',
  },
  {
    from: '2025-02-03',
    value: sorted(without([...ANNEX_II_2021, 'XK'], 'VU')),
    sources: ['ctry-reg-2025-11', 'ctry-reg-1806-2025', 'ctry-dataset-e'],
    confidence: 'high',
    note: 'Vanuatu moved to Annex I by Reg. 2025/11 (in force 3 Feb 2025). 64 codes.',
  },
]);

/**
 * Who may enter visa-free for a short stay with an ordinary passport: Annex II minus
 * Nauru (no agreement in force) and minus codes whose exemption is suspended for all
 * passports. Conditions (biometric passport, document type, …) are in visaConditions.
 */
export const VISA_FREE: DatedValue<string[]> = dated('countries.visaFree', HANDBOOK_VERIFIED, [
  {
    from: '2023-02-04',
    value: sorted(without(ANNEX_II_2021, 'NR', 'VU')),
    sources: ['ctry-reg-1806-2024', 'ctry-annex2-de', 'ctry-oeil-vanuatu', 'ctry-dataset-p'],
    confidence: 'high',
    note: 'Vanuatu exemption fully suspended from 4 Feb 2023 (partly from 4 May 2022). Nauru listed but no EU–Nauru agreement in force.',
  },
  {
    from: '2024-01-01',
    value: sorted(without([...ANNEX_II_2021, 'XK'], 'NR', 'VU')),
    sources: ['ctry-reg-2023-850', 'ctry-oeil-kosovo', 'ctry-trtworld-kosovo', 'ctry-reg-1806-2024', 'ctry-dataset-e', 'ctry-dataset-p'],
    confidence: 'high',
    note: 'Kosovo visa-free from 1 Jan 2024 (biometric passports). 63 codes; unchanged by the transfer of Vanuatu to Annex I on 3 Feb 2025 (already suspended).',
  },
]);

/** Every dated country list, for checks and for the sources screen. */
export const COUNTRY_LISTS: readonly DatedValue<string[]>[] = [
  EU_MEMBERS,
  EEA_EFTA_MEMBERS,
  SWISS_FREE_MOVEMENT,
  SCHENGEN_MEMBERS,
  ANNEX_II,
  VISA_FREE,
];

// ─── Conditions and notes ─────────────────────────────────────────────────────

/**
 * A condition of a code's visa exemption, or a note on why a listed code still needs a
 * visa. `key` is a message-key suffix (locales/<lang>/countries.json,
 * `countries.conditions.<key>` or `countries.notes.<key>`). `from` and `to` are the
 * first and last day it applies (both inclusive); absent means open-ended.
 */
export interface VisaCondition {
  key: string;
  sources: string[];
  confidence: Confidence;
  from?: string;
  to?: string;
}

const ANNEX_II_TEXT = ['ctry-reg-1806-2024', 'ctry-annex2-de', 'ctry-dataset-e'];
const AGREEMENT_TEXT = ['ctry-oeil-marshall', 'ctry-oeil-tuvalu', 'ctry-parltrack-palau'];

const biometric: VisaCondition = { key: 'biometricPassportOnly', sources: ANNEX_II_TEXT, confidence: 'high' };
const biometricIcao: VisaCondition = { key: 'biometricPassportIcao', sources: ANNEX_II_TEXT, confidence: 'high' };
/** Agreement-based exemptions do not cover paid activity (the agreements' texts, AGREEMENT_TEXT: Med). */
const paidActivity: VisaCondition = { key: 'agreementExcludesPaidActivity', sources: AGREEMENT_TEXT, confidence: 'med' };

/** Conditions on the exemption of visa-free codes (Reg. (EU) 2018/1806 Annex II; the visa-waiver agreements). */
export const visaConditions: Readonly<Record<string, readonly VisaCondition[]>> = {
  AL: [biometric],
  BA: [biometric],
  ME: [biometric],
  MK: [biometric],
  RS: [
    biometric,
    {
      key: 'serbiaCoordinationDirectorateExcluded',
      sources: ['ctry-reg-1806-2024', 'ctry-europeansources-2024-2495'],
      confidence: 'high',
      to: '2024-10-12',
    },
    {
      key: 'serbiaCoordinationDirectorateIncluded',
      sources: ['ctry-reg-2024-2495', 'ctry-europeansources-2024-2495', 'ctry-annex2-de'],
      confidence: 'high',
      from: '2024-10-13',
    },
  ],
  XK: [
    { key: 'biometricPassportOnly', sources: ['ctry-reg-2023-850', 'ctry-oeil-kosovo', 'ctry-dataset-e'], confidence: 'high' },
    // Each member state decides whether it accepts a Kosovo passport; no Slovak source found.
    { key: 'kosovoPassportAcceptance', sources: ['ctry-dataset-p', 'ctry-reg-2023-850'], confidence: 'low' },
  ],
  MD: [biometricIcao],
  UA: [biometricIcao],
  GE: [
    biometricIcao,
    {
      key: 'georgiaOfficialPassportsSuspended',
      sources: ['ctry-visaverge-georgia', 'ctry-report-az-georgia', 'ctry-devdiscourse-georgia', 'ctry-dataset-e'],
      confidence: 'high',
      from: '2026-03-06',
      to: '2027-03-06',
    },
  ],
  HK: [{ key: 'hongKongSarPassportOnly', sources: ANNEX_II_TEXT, confidence: 'high' }],
  MO: [{ key: 'macaoSarPassportOnly', sources: ANNEX_II_TEXT, confidence: 'high' }],
  TW: [{ key: 'taiwanPassportWithIdNumber', sources: ANNEX_II_TEXT, confidence: 'high' }],
  GB: [{ key: 'britishNationalClasses', sources: ['ctry-reg-2019-592', 'ctry-annex2-de', 'ctry-withdrawal-agreement'], confidence: 'high' }],
  AE: [paidActivity],
  DM: [paidActivity],
  FM: [paidActivity],
  GD: [paidActivity],
  KI: [paidActivity],
  LC: [paidActivity],
  MH: [paidActivity],
  PE: [paidActivity],
  PW: [paidActivity],
  TL: [paidActivity],
  TO: [paidActivity],
  TV: [paidActivity],
  VC: [paidActivity],
};

/** Why a code named in Annex II (now or before) still needs a visa. */
export const visaNotes: Readonly<Record<string, readonly VisaCondition[]>> = {
  NR: [
    {
      key: 'nauruAgreementNotInForce',
      sources: ['ctry-reg-1806-2024', 'ctry-dataset-p', 'ctry-citizenx-nauru', 'ctry-savory-nauru'],
      confidence: 'med',
    },
  ],
  VU: [
    {
      key: 'vanuatuExemptionSuspended',
      sources: ['ctry-oeil-vanuatu', 'ctry-minv-visa-free'],
      confidence: 'high',
      from: '2023-02-04',
      to: '2025-02-02',
    },
    { key: 'vanuatuMovedToAnnexI', sources: ['ctry-reg-2025-11', 'ctry-dataset-e'], confidence: 'high', from: '2025-02-03' },
  ],
};

/** Whether a dated condition or note applies on `asOf`. */
export function appliesOn(item: Pick<VisaCondition, 'from' | 'to'>, asOf: string): boolean {
  return (item.from === undefined || item.from <= asOf) && (item.to === undefined || asOf <= item.to);
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
