import type { DatedValue } from '../schema/dated-value.ts';
import { dated } from '../value-at.ts';
import { HANDBOOK_VERIFIED } from './sources/define.ts';

/**
 * The dated country lists: EU and EEA membership, Swiss free movement, the Schengen area,
 * and the Schengen visa-free list (Reg. (EU) 2018/1806 Annex II, as amended). A change
 * appends an entry. Codes are ISO 3166-1 alpha-2 (countries.ts); source ids refer to
 * COUNTRY_SOURCES (sources/countries.ts).
 */

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
