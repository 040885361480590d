import type { DatedValue } from '../schema/dated-value.ts';
import { msg, type Message } from '../schema/message.ts';
import type { OfficeType } from '../schema/plan.ts';
import type { Confidence } from '../schema/primitives.ts';
import { dated, entryAt } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * Where a person goes for each procedure, as of a date: the one competence table the plan
 * asks. The plan knows no address district, so it names the office type (with its Slovak
 * name) and links the official list where the person finds the department for their
 * address (off-minv-ocp); it never guesses a department. Which department accepts a
 * procedure (any, or only the one for the address) is dated: EU registration and the EU
 * family member's card moved to any department on 1 Jul 2025 (Act 178/2025 Z. z.,
 * res-act-178-2025; res-24hod-2025). Texts: `where.*` in src/locales/<lng>/plan.json.
 */

const START = '2024-01-01';

/** The Ministry of the Interior's list of Foreign Police departments (authoritative). */
export const MINV_OCP_LIST_URL = 'https://www.minv.sk/?ocp';
/** Document departments of the district police directorates: places and hours. */
export const MINV_DOCUMENT_DEPARTMENTS_URL = 'https://www.minv.sk/?strankove-dni-a-hodiny-na-pracoviskach';
/** The Ministry of the Interior's page on the Foreign Police booking system. */
export const MINV_BOOKING_URL = 'https://www.minv.sk/?objednavaci-system-na-ocp';
/** Slovak embassies and consulates: the Ministry of Foreign and European Affairs' site (off-mfa). */
export const MFA_EMBASSIES_URL = 'https://www.mzv.sk/';
/** The central public administration portal, for filing online. */
export const SLOVENSKO_SK_URL = 'https://www.slovensko.sk/';

/** Slovak names of the office types, shown beside translations. */
export const OFFICE_TYPE_SK: Partial<Record<OfficeType, string>> = {
  foreignPolice: 'oddelenie cudzineckej polície',
  embassy: 'zastupiteľský úrad Slovenskej republiky',
  clientCentre: 'klientske centrum okresného úradu',
  documentDepartment: 'oddelenie dokladov okresného riaditeľstva Policajného zboru',
  healthInsurer: 'zdravotná poisťovňa',
  labourOffice: 'úrad práce, sociálnych vecí a rodiny',
  accommodationProvider: 'ubytovacie zariadenie',
  online: 'slovensko.sk',
};

/** The procedures booked in the Foreign Police booking system. */
export const BOOKING_PROCEDURES = [
  'trFirst',
  'trRenewal',
  'changeOfPurpose',
  'euRegistration',
  'euCitizenCard',
  'familyMemberCard',
  'permanentFiveYears',
  'permanentUnlimited',
  'longTermResidence',
  'collectCard',
  'biometrics',
  'replacementCard',
  'bok',
  'refugeCard',
] as const;
export type BookingProcedure = (typeof BOOKING_PROCEDURES)[number];

/** Acts at the Foreign Police outside the booking system's list. */
export const UNBOOKED_PROCEDURES = ['noticeOfStay', 'invitation', 'healthInsuranceProof', 'ukWaDocument', 'continuingDuties', 'afterExpiry'] as const;
export type OfficeProcedure = BookingProcedure | (typeof UNBOOKED_PROCEDURES)[number];

/** Any department; only the one for the person's address; or the one for the host's address (an invitation). */
export type Competence = 'any' | 'competent' | 'competentForHost';

const fixed = (id: string, value: Competence, sources: string[], confidence: Confidence, note?: string) =>
  dated<Competence>(`booking.competence.${id}`, V, [{ from: START, value, sources, confidence, ...(note ? { note } : {}) }]);

/** Any department for a first application, 5-year PR, tolerated stay and a national visa; the department for the address otherwise. */
const COMPETENCE_SOURCES = ['off-ukraineslovakia-police', 'off-thclinic-booking', 'off-akbaltazarovic-2025'];

/** Any department, or only the one for the person's address, per procedure and date. */
export const COMPETENCE: Readonly<Partial<Record<OfficeProcedure, DatedValue<Competence>>>> = {
  trFirst: fixed('trFirst', 'any', COMPETENCE_SOURCES, 'med'),
  permanentFiveYears: fixed('permanentFiveYears', 'any', COMPETENCE_SOURCES, 'med'),
  trRenewal: fixed('trRenewal', 'competent', ['res-renewal-smartup', ...COMPETENCE_SOURCES], 'high'),
  permanentUnlimited: fixed('permanentUnlimited', 'competent', COMPETENCE_SOURCES, 'med'),
  longTermResidence: fixed('longTermResidence', 'competent', COMPETENCE_SOURCES, 'med'),
  changeOfPurpose: fixed(
    'changeOfPurpose',
    'competent',
    COMPETENCE_SOURCES,
    'low',
    'Conflict: any department (akbaltazarovic.eu 2025) vs competent only (thclinic.sk); the competent department is the default.',
  ),
  // The card is a residence document: issued by the department for the address. The move
  // to any department on 1 Jul 2025 covers the registration, not the card.
  euCitizenCard: fixed('euCitizenCard', 'competent', COMPETENCE_SOURCES, 'med'),
  collectCard: fixed('collectCard', 'competent', COMPETENCE_SOURCES, 'med'),
  replacementCard: fixed('replacementCard', 'competent', COMPETENCE_SOURCES, 'med'),
  euRegistration: dated<Competence>('booking.competence.euRegistration', V, [
    { from: START, value: 'competent', sources: ['off-ukraineslovakia-police'], confidence: 'med' },
    { from: '2025-07-01', value: 'any', sources: ['res-24hod-2025', 'res-act-178-2025'], confidence: 'med' },
  ]),
  familyMemberCard: dated<Competence>('booking.competence.familyMemberCard', V, [
    { from: START, value: 'competent', sources: ['off-ukraineslovakia-police'], confidence: 'med' },
    { from: '2025-07-01', value: 'any', sources: ['doc-mic-eu-family', 'res-24hod-2025'], confidence: 'med' },
  ]),
  refugeCard: fixed(
    'refugeCard',
    'any',
    ['res-refuge-2027', 'off-refresher-2026'],
    'low',
    'Booked in the booking system’s own temporary-refuge area; no source limits it to the department for the address, none says any.',
  ),
  noticeOfStay: fixed('noticeOfStay', 'competent', ['res-minv-notice'], 'high'),
  invitation: fixed('invitation', 'competentForHost', ['res-minv-invitation'], 'high'),
  healthInsuranceProof: fixed('healthInsuranceProof', 'competent', ['res-health-insurance-proof'], 'high'),
  ukWaDocument: fixed('ukWaDocument', 'competent', ['res-uk-wa'], 'high'),
  continuingDuties: fixed('continuingDuties', 'competent', ['res-mic-duties'], 'high'),
  afterExpiry: fixed('afterExpiry', 'competent', ['res-renewal'], 'high'),
};

export function competenceFor(procedure: OfficeProcedure, asOf: string): { value: Competence; confidence: Confidence; sourceIds: string[] } | undefined {
  const param = COMPETENCE[procedure];
  if (!param) return undefined;
  const e = entryAt(param, asOf);
  return { value: e.value, confidence: e.confidence, sourceIds: [...e.sources] };
}

export interface OfficePlace {
  officeType: OfficeType;
  /** `where.*` in plan.json. */
  text: Message;
  nameSk?: string;
  /** The official list to find the place in. */
  url?: string;
  confidence: Confidence;
  /** The sources of the competence, when a procedure decided it. */
  sourceIds: string[];
}

/** Offices the table sends a person to: the Foreign Police (by competence) and the embassy. */
export type VisitedOffice = 'foreignPolice' | 'embassy';

const FOREIGN_POLICE_TEXT: Record<Competence, string> = {
  any: 'where.foreignPoliceAny',
  competent: 'where.foreignPoliceForAddress',
  competentForHost: 'where.foreignPoliceForHost',
};

/**
 * Where to go for a procedure on a date: the Foreign Police department the competence
 * table allows (any, or the one for the address), with the Ministry of the Interior's list
 * as link; or a Slovak embassy, with the Ministry of Foreign Affairs' site.
 */
export function officeFor(officeType: VisitedOffice, asOf: string, procedure?: OfficeProcedure): OfficePlace {
  if (officeType === 'embassy') {
    return { officeType, text: msg('where.embassy'), nameSk: OFFICE_TYPE_SK.embassy!, url: MFA_EMBASSIES_URL, confidence: 'high', sourceIds: [] };
  }
  const competence = procedure ? competenceFor(procedure, asOf) : undefined;
  return {
    officeType,
    text: msg(FOREIGN_POLICE_TEXT[competence?.value ?? 'competent']),
    nameSk: OFFICE_TYPE_SK.foreignPolice!,
    url: MINV_OCP_LIST_URL,
    confidence: competence?.confidence ?? 'high',
    sourceIds: competence?.sourceIds ?? [],
  };
}
