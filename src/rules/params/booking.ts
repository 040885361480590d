import type { Purpose } from '../schema/case-file.ts';
import { msg, type Message } from '../schema/message.ts';
import type { EngineStep } from '../schema/plan.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { dated, entryAt } from '../value-at.ts';
import { LIFE_SITUATIONS, LIFE_SITUATIONS_BRATISLAVA, TWO_TIER, TWO_TIER_SOURCES, WALK_IN_WINDOW } from './booking-situations.ts';
import { competenceFor, MINV_BOOKING_URL, type BookingProcedure, type Competence } from './offices-competence.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * How to book a procedure's visit at the Foreign Police on a date: the life situation to
 * pick (booking-situations.ts), the system's general rules (how far ahead, cancellations,
 * no-shows: res-booking-two-tier, off-euraxess-two-level), its areas from Feb 2026
 * (off-refresher-2026), and which department accepts it (offices-competence.ts). Texts:
 * `booking.*` in src/locales/<lng>/offices.json.
 */

const START = '2024-01-01';
const lowest = (cs: Confidence[]): Confidence => lowestConfidence(...cs);

/** A general booking rule: a message key with numeric parameters, and how sure it is. */
export interface BookingRule {
  key: string;
  params?: Record<string, string | number>;
  confidence: Confidence;
  sources: string[];
}

const rule = (key: string, sources: string[], confidence: Confidence, params?: Record<string, string | number>): BookingRule => ({
  key: `booking.rules.${key}`,
  ...(params ? { params } : {}),
  confidence,
  sources,
});

const BOOKING_REQUIRED = rule('bookingRequired', ['off-minv-hours', 'res-24hod-2025'], 'high');

/**
 * Rules shown with every booking. The at-most-2-per-agenda and cancel-12-hours rules
 * rest on a summary of the two-tier sources that no page confirms: Low.
 */
export const BOOKING_RULES = dated<BookingRule[]>('booking.rules', V, [
  { from: START, value: [BOOKING_REQUIRED], sources: ['off-minv-hours'], confidence: 'high' },
  {
    from: TWO_TIER,
    value: [
      BOOKING_REQUIRED,
      rule('authorisedWindow', TWO_TIER_SOURCES, 'high', { days: 60 }),
      rule('unauthorisedWindow', TWO_TIER_SOURCES, 'high', { days: 40 }),
      rule('keepPin', TWO_TIER_SOURCES, 'high'),
      rule('maxPerAgenda', TWO_TIER_SOURCES, 'low', { count: 2, days: 15 }),
      rule('cancelBefore', TWO_TIER_SOURCES, 'low', { hours: 12 }),
      rule('noShowBlock', ['res-booking-two-tier'], 'high', { days: 60 }),
    ],
    sources: TWO_TIER_SOURCES,
    confidence: 'high',
    note: 'Two-tier booking from 7–8 Aug 2025.',
  },
]);

export const BOOKING_AREA_IDS = ['temporaryRefuge', 'foreignPolice', 'visa'] as const;
export type BookingAreaId = (typeof BOOKING_AREA_IDS)[number];

/** From Feb 2026 the booking system opens with three areas (Med). */
export const BOOKING_AREAS = dated<{ id: BookingAreaId; nameSk: string }[]>('booking.areas', V, [
  { from: START, value: [], sources: ['off-minv-booking-2020'], confidence: 'high', note: 'No areas before the 2026 regrouping.' },
  {
    from: '2026-02-02',
    value: [
      { id: 'temporaryRefuge', nameSk: 'Dočasné útočisko' },
      { id: 'foreignPolice', nameSk: 'Oddelenia cudzineckej polície' },
      { id: 'visa', nameSk: 'Vízová agenda' },
    ],
    sources: ['off-refresher-2026'],
    confidence: 'med',
  },
]);

const AREA_OF: Record<BookingProcedure, BookingAreaId> = {
  trFirst: 'foreignPolice',
  trRenewal: 'foreignPolice',
  changeOfPurpose: 'foreignPolice',
  euRegistration: 'foreignPolice',
  euCitizenCard: 'foreignPolice',
  familyMemberCard: 'foreignPolice',
  permanentFiveYears: 'foreignPolice',
  permanentUnlimited: 'foreignPolice',
  longTermResidence: 'foreignPolice',
  collectCard: 'foreignPolice',
  biometrics: 'foreignPolice',
  replacementCard: 'foreignPolice',
  bok: 'foreignPolice',
  refugeCard: 'temporaryRefuge',
};

/** "Rodinný lístok": spouses and up to 3 children filed together, Wednesday afternoons (2025, Med). */
export const FAMILY_TICKET = dated<boolean>('booking.familyTicket', V, [
  { from: START, value: false, sources: ['off-akbaltazarovic-2025'], confidence: 'med', note: 'Not reported before the Sep 2025 article.' },
  { from: '2025-09-10', value: true, sources: ['off-akbaltazarovic-2025'], confidence: 'med' },
]);

/** Procedures whose applicants usually hold a chip card: whether they need authorised access is not confirmed. */
const CARD_HOLDER_PROCEDURES: readonly BookingProcedure[] = ['permanentFiveYears', 'permanentUnlimited', 'longTermResidence', 'replacementCard'];

export interface BookingOptions {
  /** Purpose of a temporary-residence application (family reunification: family ticket). */
  purpose?: Purpose;
  /** The person's department is Bratislava (new options from May 2026, BOK exception). */
  inBratislava?: boolean;
}

export interface BookingInfo {
  procedure: BookingProcedure;
  /** False: no booking known; go in person (see rules). */
  bookable: boolean;
  lifeSituation: Message;
  /** Slovak label to pick, where a source gives it. */
  lifeSituationSk: string | null;
  /** Label as an English-language source shows it, where no Slovak label is known. */
  lifeSituationSeen: string | null;
  authorisedOnly: boolean;
  area?: { id: BookingAreaId; nameSk: string; name: Message };
  competence?: Competence;
  rules: Message[];
  /** Each rule with its own confidence (same order as `rules`). */
  ruleDetails: BookingRule[];
  confidence: Confidence;
  sourceIds: string[];
  url: string;
}

/** How to book a procedure's visit on a date. */
export function bookingFor(procedure: BookingProcedure, asOf: string, options: BookingOptions = {}): BookingInfo {
  const special = options.inBratislava ? LIFE_SITUATIONS_BRATISLAVA[procedure] : undefined;
  const sEntry = entryAt(special ?? LIFE_SITUATIONS[procedure], asOf);
  const s = sEntry.value;
  const sources = new Set<string>(sEntry.sources);
  const details: BookingRule[] = [];
  const add = (r: BookingRule) => {
    details.push(r);
    for (const id of r.sources) sources.add(id);
  };

  const areas = entryAt(BOOKING_AREAS, asOf);
  const areaDef = areas.value.find((a) => a.id === AREA_OF[procedure]);
  const competence = competenceFor(procedure, asOf);

  if (!s.bookable) {
    if (s.key === 'walkInCollection') {
      const w = entryAt(WALK_IN_WINDOW, asOf);
      add(rule(`notBookable.${s.key}`, [...sEntry.sources, ...w.sources], lowest([sEntry.confidence, w.confidence]), { from: w.value.from, to: w.value.to }));
    } else add(rule(`notBookable.${s.key}`, [...sEntry.sources], sEntry.confidence));
  } else {
    const general = entryAt(BOOKING_RULES, asOf);
    for (const r of general.value) add(r);
    if (areaDef) add(rule('pickArea', [...areas.sources], areas.confidence));
    if (s.authorisedOnly) add(rule(procedure === 'trRenewal' ? 'needsBok' : 'needsBokUnconfirmed', [...sEntry.sources], sEntry.confidence));
    else if (asOf >= TWO_TIER && CARD_HOLDER_PROCEDURES.includes(procedure)) add(rule('otherAgendasUnconfirmed', TWO_TIER_SOURCES, 'med'));
    if (!s.labelSk) add(rule('labelUnconfirmed', [...sEntry.sources], 'low'));
    else if (sEntry.sources.includes('off-minv-booking-2020')) add(rule('labelFrom2020', ['off-minv-booking-2020'], 'high'));
    if (procedure === 'trFirst' && options.purpose === 'familyReunification') {
      const ft = entryAt(FAMILY_TICKET, asOf);
      if (ft.value) add(rule('familyTicket', [...ft.sources], ft.confidence));
    }
    if (special && (procedure === 'collectCard' || procedure === 'biometrics')) {
      add(rule('keepBookingDetails', ['off-minv-news-bratislava-2026'], 'high'));
    }
  }
  if (competence) {
    add(rule(competence.value === 'any' ? 'anyDepartment' : 'competentDepartment', competence.sourceIds, competence.confidence));
  }

  const rules = details.map((r) => {
    const params: Record<string, string | number> = { ...(r.params ?? {}) };
    if (r.key === 'booking.rules.pickArea' && areaDef) params.area = areaDef.nameSk;
    return Object.keys(params).length ? msg(r.key, params) : msg(r.key);
  });

  return {
    procedure,
    bookable: s.bookable,
    lifeSituation: msg(`booking.lifeSituations.${s.key}`),
    lifeSituationSk: s.labelSk,
    lifeSituationSeen: s.labelSeen,
    authorisedOnly: s.authorisedOnly,
    ...(areaDef ? { area: { ...areaDef, name: msg(`booking.areas.${areaDef.id}`) } } : {}),
    ...(competence ? { competence: competence.value } : {}),
    rules,
    ruleDetails: details,
    confidence: lowest([sEntry.confidence, ...(competence ? [competence.confidence] : [])]),
    sourceIds: [...sources].sort(),
    url: MINV_BOOKING_URL,
  };
}

/**
 * The plan's `booking` for a step, or undefined when the act is not booked (walk-in): then
 * show `info.rules` as details. Without a Slovak label, the label as published is shown.
 */
export function toPlanBooking(info: BookingInfo): EngineStep['booking'] {
  if (!info.bookable) return undefined;
  return {
    lifeSituation: info.lifeSituation,
    lifeSituationSk: info.lifeSituationSk ?? info.lifeSituationSeen ?? '',
    authorisedOnly: info.authorisedOnly,
    rules: info.rules,
  };
}

/** Whether booking this procedure needs an activated BOK on a date. */
export function bookingNeedsBok(procedure: BookingProcedure, asOf: string, options: BookingOptions = {}): boolean {
  const special = options.inBratislava ? LIFE_SITUATIONS_BRATISLAVA[procedure] : undefined;
  const s = entryAt(special ?? LIFE_SITUATIONS[procedure], asOf).value;
  return s.bookable && s.authorisedOnly;
}
