import type { DatedValue } from '../schema/dated-value.ts';
import type { Confidence } from '../schema/primitives.ts';
import { dated } from '../value-at.ts';
import type { BookingProcedure } from './offices-competence.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * The life situation to pick in the Foreign Police booking system for each procedure, as of
 * a date (labels as the system shows them, 2020 list: off-minv-booking-2020; the two-tier
 * system of 7 Aug 2025: res-booking-two-tier), with what Bratislava does differently, and
 * the walk-in window for acts outside the system. Texts: `booking.lifeSituations.*`.
 */

const START = '2024-01-01';

/** A booking life situation as the system shows it on a date. */
export interface LifeSituation {
  /** Locale key suffix: `booking.lifeSituations.<key>`. */
  key: string;
  /** Slovak label as the booking system shows it, where a source gives it. */
  labelSk: string | null;
  /** Label as an English-language source shows it, where no Slovak label is known. */
  labelSeen: string | null;
  /** False: no booking known for this act (walk-in, or ask the department). */
  bookable: boolean;
  /** Bookable only through authorised access (residence card with chip + activated BOK). */
  authorisedOnly: boolean;
}

const situation = (key: string, labelSk: string | null, labelSeen: string | null, authorisedOnly = false, bookable = true): LifeSituation => ({
  key,
  labelSk,
  labelSeen,
  bookable,
  authorisedOnly,
});

/** Application types listed on minv.sk in 2020 (High; labels may have been renamed since). */
export const SK_2020 = ['off-minv-booking-2020'];
export const TWO_TIER = '2025-08-07';
export const TWO_TIER_SOURCES = ['res-booking-two-tier', 'off-euraxess-two-level'];

const fixedSituation = (id: string, s: LifeSituation, sources: string[], confidence: Confidence) =>
  dated<LifeSituation>(`booking.situation.${id}`, V, [{ from: START, value: s, sources, confidence }]);

/** The life situation to pick, per procedure (outside Bratislava, or where Bratislava does not differ). */
export const LIFE_SITUATIONS: Readonly<Record<BookingProcedure, DatedValue<LifeSituation>>> = {
  trFirst: fixedSituation('trFirst', situation('trGrant', 'žiadosť o udelenie prechodného pobytu', null), SK_2020, 'high'),
  trRenewal: dated<LifeSituation>('booking.situation.trRenewal', V, [
    { from: START, value: situation('trRenewal', 'žiadosť o obnovenie prechodného pobytu', null), sources: SK_2020, confidence: 'high' },
    {
      from: TWO_TIER,
      value: situation('trRenewal', 'žiadosť o obnovenie prechodného pobytu', 'Temporary residence – renewal', true),
      sources: [...SK_2020, 'res-euraxess-e-filing', ...TWO_TIER_SOURCES],
      confidence: 'high',
      note: 'Two-tier booking launched 7–8 Aug 2025; renewal is authorised-only.',
    },
  ]),
  changeOfPurpose: dated<LifeSituation>('booking.situation.changeOfPurpose', V, [
    {
      from: START,
      value: situation('trGrant', 'žiadosť o udelenie prechodného pobytu', null),
      sources: SK_2020,
      confidence: 'med',
      note: 'A change of purpose is a new application for temporary residence.',
    },
    {
      from: TWO_TIER,
      value: situation('changeOfPurpose', null, 'Temporary residence – change of purpose of residence', true),
      sources: ['res-euraxess-e-filing', ...TWO_TIER_SOURCES],
      confidence: 'med',
      note: 'Added Aug 2025 under authorised services; whether it is authorised-only is not confirmed.',
    },
  ]),
  euRegistration: fixedSituation('euRegistration', situation('euRegistration', 'žiadosť o registráciu práva občana Únie', null), SK_2020, 'high'),
  euCitizenCard: fixedSituation(
    'euCitizenCard',
    situation('residencePermitDocument', null, 'Documents / Passports → Application for a residence permit'),
    ['fee-euraxess-card'],
    'low',
  ),
  familyMemberCard: fixedSituation(
    'familyMemberCard',
    situation('familyMemberRegistration', 'žiadosť o registráciu práva na pobyt rodinného príslušníka občana Únie', null),
    SK_2020,
    'high',
  ),
  permanentFiveYears: fixedSituation('permanentFiveYears', situation('permanentFiveYears', 'žiadosť o udelenie trvalého pobytu na 5 rokov', null), SK_2020, 'high'),
  permanentUnlimited: fixedSituation(
    'permanentUnlimited',
    situation('permanentUnlimited', 'žiadosť o udelenie trvalého pobytu na neobmedzený čas', null),
    SK_2020,
    'high',
  ),
  longTermResidence: fixedSituation('longTermResidence', situation('longTermResidence', 'žiadosť o udelenie dlhodobého pobytu', null), SK_2020, 'high'),
  collectCard: fixedSituation('collectCard', situation('walkInCollection', null, null, false, false), ['off-ukraineslovakia-police'], 'low'),
  biometrics: fixedSituation('biometrics', situation('biometricsAskDepartment', null, null, false, false), ['off-euraxesspoint-bratislava-situations'], 'low'),
  replacementCard: fixedSituation(
    'replacementCard',
    situation('residencePermitDocument', null, 'Documents / Passports → Application for a residence permit'),
    ['fee-euraxess-card'],
    'med',
  ),
  bok: dated<LifeSituation>('booking.situation.bok', V, [
    {
      from: START,
      value: situation('bokForeignPolice', 'Doklady / pasy – Aktivácia BOK / PIN', null),
      sources: ['off-exilion-bok', 'res-bok-minv'],
      confidence: 'high',
      note: 'Or walk in with a queue ticket.',
    },
    {
      from: '2025-08-14',
      value: situation('bokDocumentDepartment', 'Oddelenie dokladov – získanie BOK kódu cudzincom', null),
      sources: ['res-bok-vizum-2025', 'off-exilion-bok'],
      confidence: 'high',
    },
  ]),
  refugeCard: fixedSituation('refugeCard', situation('refugeDocument', 'Dočasné útočisko', null), ['res-refuge-2027', 'off-refresher-2026'], 'med'),
};

/** Where Bratislava differs: new booking options at Račianska 62 (18 May 2026) and BOK only at Zlaté Piesky (25 May 2026). */
export const LIFE_SITUATIONS_BRATISLAVA: Readonly<Partial<Record<BookingProcedure, DatedValue<LifeSituation>>>> = {
  collectCard: dated<LifeSituation>('booking.situation.bratislava.collectCard', V, [
    { from: START, value: situation('walkInCollection', null, null, false, false), sources: ['off-ukraineslovakia-police'], confidence: 'low' },
    {
      from: '2026-05-18',
      value: situation('informationAndRegistry', null, 'Information and Registry'),
      sources: ['off-minv-news-bratislava-2026', 'off-euraxesspoint-bratislava-situations'],
      confidence: 'high',
    },
  ]),
  biometrics: dated<LifeSituation>('booking.situation.bratislava.biometrics', V, [
    { from: START, value: situation('biometricsAskDepartment', null, null, false, false), sources: ['off-euraxesspoint-bratislava-situations'], confidence: 'low' },
    {
      from: '2026-05-18',
      value: situation('biometrics', null, 'Biometrics'),
      sources: ['off-minv-news-bratislava-2026', 'off-euraxesspoint-bratislava-situations'],
      confidence: 'high',
    },
  ]),
  bok: dated<LifeSituation>('booking.situation.bratislava.bok', V, [
    { from: START, value: situation('bokForeignPolice', 'Doklady / pasy – Aktivácia BOK / PIN', null), sources: ['off-exilion-bok', 'res-bok-minv'], confidence: 'high' },
    {
      from: '2025-08-14',
      value: situation('bokDocumentDepartment', 'Oddelenie dokladov – získanie BOK kódu cudzincom', null),
      sources: ['res-bok-vizum-2025', 'off-exilion-bok'],
      confidence: 'high',
    },
    {
      from: '2026-05-25',
      value: situation('bokWalkInZlatePiesky', null, null, false, false),
      sources: ['res-bok-bratislava', 'off-lovinsk-bok'],
      confidence: 'med',
    },
  ]),
};

/** Acts outside the booking system (collecting documents, adding documents to a file): in person, undated source. */
export const WALK_IN_WINDOW = dated<{ from: string; to: string }>('offices.hours.walkIn', V, [
  { from: START, value: { from: '15:00', to: '15:30' }, sources: ['off-ukraineslovakia-police'], confidence: 'low' },
]);
