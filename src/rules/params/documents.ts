import { addDays } from '../calendar/iso-date.ts';
import type { EuBasis, Purpose } from '../schema/case-file.ts';
import type { DatedEntry, DatedValue } from '../schema/dated-value.ts';
import type { MemberRole } from '../schema/household.ts';
import { msg } from '../schema/message.ts';
import type { EngineDocument } from '../schema/plan.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { dated, entryAt } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * What to bring, per procedure, with the sources of sources/documents.ts. Two layers:
 *
 * - `DOCUMENTS`: a catalogue of every document the sources name, with its Slovak name
 *   and the formal requirements (age, apostille, translation, verified signature).
 * - `DOCUMENT_LISTS`: per procedure (and variant: purpose, EU basis), a dated value whose
 *   entries list catalogue ids. A change in law appends an entry; the plan as of an earlier
 *   date shows the old list. The dates that change lists: 15 Jul 2024 (3-month bank
 *   statement as proof of means), 1 Jul 2025 (Act 178/2025: no photos, proof of means only
 *   for business and long-term residence), 15 Jul 2025 (Slovak A2 for long-term residence).
 *
 * Text lives in src/locales/<lng>/documents.json: `documents.<id>.name`, `documents.<id>.note`
 * and the variant notes `documents.<id>.<noteVariant>`; list warnings under `documentLists.*`.
 */

// ---------------------------------------------------------------------------------------
// Catalogue

export const DOCUMENT_IDS = [
  // application forms
  'applicationTrGrant',
  'applicationTrRenewal',
  'applicationBlueCard',
  'applicationPermanentFiveYears',
  'applicationPermanentUnlimited',
  'applicationLongTerm',
  'applicationEuRegistration',
  'applicationEuCitizenCard',
  'applicationFamilyMemberCard',
  'noticeOfStayForm',
  // identity
  'passport',
  'idCardOrPassport',
  'residenceCard',
  'photos',
  'photo',
  // good conduct
  'criminalRecordForeign',
  'criminalRecordSk',
  'goodConductAffidavitUa',
  // accommodation
  'accommodation',
  'accommodationOwnerAffidavit',
  // purpose: general and work
  'purposeProof',
  'labourOfficeConfirmation',
  'labourOfficeConfirmationHq',
  'labourOfficeConfirmationSeasonal',
  'workPermit',
  'employmentContract',
  'employerConfirmationEu',
  'employerConfirmationNoPermit',
  'degreeRecognition',
  'educationDocument',
  // business
  'businessPlan',
  'businessFeasibility',
  'businessAuthorisation',
  'noArrearsConfirmations',
  // means
  'financialCoverage',
  'incomeProof',
  'sufficientResourcesProof',
  // studies, research
  'schoolConfirmation',
  'hostingAgreement',
  'studiesCompletionProof',
  // family
  'civilStatusDocument',
  'relationshipProof',
  'dependencyEvidence',
  'familyAffidavit',
  'parentalConsent',
  'euRegistrationCertificate',
  // affidavits
  'affidavitPurposeLasts',
  'affidavitJobSeeker',
  'affidavitStudentResources',
  // EU self-employed
  'selfEmployedProof',
  // health, language
  'healthInsuranceProof',
  'medicalCertificate',
  'languageCertificateA2',
  // after the grant, refuge
  'cardDeliveryApplication',
  'refugeConfirmation',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export interface DocumentSpec {
  /** Slovak name, as on the forms (forms are filled in Slovak). */
  nameSk: string;
  /** At most this many days old on the filing date. */
  maxAgeDays?: number;
  /** A foreign public document needs an apostille or consular superlegalisation. */
  apostille: boolean;
  /** An official Slovak translation is needed when not in Slovak (documents in Czech are exempt). */
  translation: boolean;
  /** Signatures must be officially verified (notary or registry office). */
  notarised: boolean;
  /** Locale key of the general note (`documents.<id>.note`). */
  noteKey?: string;
  sources: string[];
  confidence: Confidence;
}

const nameKey = (id: DocumentId): string => `documents.${id}.name`;
const noteKey = (id: DocumentId, variant = 'note'): string => `documents.${id}.${variant}`;

/** Every supporting document is at most 90 days old when filed (doc-ris-temporary-residence; doc-serial-business). */
const AGE_90 = 90;

function spec(
  id: DocumentId,
  nameSk: string,
  sources: string[],
  confidence: Confidence,
  opts: { maxAgeDays?: number; apostille?: boolean; translation?: boolean; notarised?: boolean; note?: boolean } = {},
): DocumentSpec {
  return {
    nameSk,
    ...(opts.maxAgeDays ? { maxAgeDays: opts.maxAgeDays } : {}),
    apostille: opts.apostille ?? false,
    translation: opts.translation ?? false,
    notarised: opts.notarised ?? false,
    ...(opts.note === false ? {} : { noteKey: noteKey(id) }),
    sources,
    confidence,
  };
}

/** A foreign public document: apostille (or superlegalisation) and official translation. */
const FOREIGN = { apostille: true, translation: true } as const;

export const DOCUMENTS: Record<DocumentId, DocumentSpec> = {
  // Application forms: official forms, filled in Slovak, signed; at the Foreign Police the
  // booking system generates them (res-mic-tr-application; res-minv-forms for the form numbers, Med).
  applicationTrGrant: spec('applicationTrGrant', 'žiadosť o udelenie prechodného pobytu', ['res-mic-tr-application', 'res-minv-forms'], 'high'),
  applicationTrRenewal: spec('applicationTrRenewal', 'žiadosť o obnovenie prechodného pobytu', ['doc-ris-temporary-residence', 'res-minv-forms'], 'high'),
  applicationBlueCard: spec('applicationBlueCard', 'žiadosť o vydanie modrej karty', ['res-mic-blue-card'], 'high'),
  applicationPermanentFiveYears: spec('applicationPermanentFiveYears', 'žiadosť o udelenie trvalého pobytu na 5 rokov', ['res-mic-pr5', 'res-minv-forms'], 'high'),
  applicationPermanentUnlimited: spec('applicationPermanentUnlimited', 'žiadosť o udelenie trvalého pobytu na neobmedzený čas', ['res-mic-pr-unlimited', 'res-minv-forms'], 'high'),
  applicationLongTerm: spec('applicationLongTerm', 'žiadosť o udelenie dlhodobého pobytu', ['res-mic-long-term'], 'high'),
  applicationEuRegistration: spec('applicationEuRegistration', 'žiadosť o registráciu práva občana Únie', ['off-minv-booking-2020', 'res-euraxess-eu', 'res-minv-forms'], 'high'),
  // No source gives a Slovak title for this application: composed from the card's name.
  applicationEuCitizenCard: spec('applicationEuCitizenCard', 'žiadosť o vydanie pobytového preukazu občana EÚ', ['doc-slovensko-residence-card', 'doc-mic-eu-citizens'], 'med'),
  applicationFamilyMemberCard: spec('applicationFamilyMemberCard', 'žiadosť o vydanie dokladu o pobyte rodinného príslušníka občana Únie', ['doc-ris-eu-family', 'doc-mic-eu-family'], 'high'),
  noticeOfStayForm: spec('noticeOfStayForm', 'hlásenie pobytu', ['res-minv-notice', 'res-minv-forms'], 'high'),

  passport: spec('passport', 'platný cestovný doklad', ['res-renewal-smartup', 'doc-eux-temporary-residence'], 'high'),
  idCardOrPassport: spec('idCardOrPassport', 'platný preukaz totožnosti alebo cestovný doklad', ['doc-mic-eu-citizens'], 'high'),
  residenceCard: spec('residenceCard', 'doklad o pobyte', ['res-bok-vizum-2025', 'res-bok-minv'], 'high'),
  photos: spec('photos', 'dve fotografie s rozmermi 3 × 3,5 cm', ['res-mic-tr-application', 'res-24hod-2025'], 'high'),
  photo: spec('photo', 'jedna fotografia s rozmermi 3 × 3,5 cm', ['doc-ris-temporary-residence', 'res-24hod-2025'], 'high'),

  criminalRecordForeign: spec(
    'criminalRecordForeign',
    'výpis z registra trestov (doklad o bezúhonnosti)',
    ['res-mic-tr-application', 'doc-realdealplus-criminal', 'doc-ejustice-public-documents', 'doc-realdealplus-authentication'],
    'high',
    { maxAgeDays: AGE_90, ...FOREIGN },
  ),
  // Act 404/2011 §121(1) (states of nationality and of stays) does not say whether the
  // police obtain the Slovak extract themselves.
  criminalRecordSk: spec('criminalRecordSk', 'výpis z registra trestov Slovenskej republiky', ['doc-realdealplus-criminal'], 'low', { maxAgeDays: AGE_90 }),
  goodConductAffidavitUa: spec('goodConductAffidavitUa', 'čestné vyhlásenie o bezúhonnosti', ['doc-comin-tr'], 'low', {
    maxAgeDays: AGE_90,
    translation: true,
    notarised: true,
  }),

  accommodation: spec(
    'accommodation',
    'doklad o zabezpečení ubytovania',
    ['doc-akmv-accommodation-affidavit', 'doc-akmv-accommodation-rules', 'doc-sro-start-accommodation'],
    'high',
    { maxAgeDays: AGE_90, notarised: true },
  ),
  accommodationOwnerAffidavit: spec(
    'accommodationOwnerAffidavit',
    'čestné vyhlásenie vlastníka o poskytnutí ubytovania',
    ['doc-akmv-accommodation-affidavit', 'doc-sro-start-accommodation'],
    'high',
    { maxAgeDays: AGE_90, notarised: true },
  ),

  purposeProof: spec('purposeProof', 'doklad potvrdzujúci účel pobytu', ['doc-mic-purpose-sk', 'doc-mic-purpose-en'], 'high', { maxAgeDays: AGE_90 }),
  labourOfficeConfirmation: spec(
    'labourOfficeConfirmation',
    'potvrdenie o možnosti obsadenia voľného pracovného miesta',
    ['doc-mic-single-permit', 'doc-vizum-2024'],
    'high',
    { maxAgeDays: AGE_90 },
  ),
  labourOfficeConfirmationHq: spec(
    'labourOfficeConfirmationHq',
    'potvrdenie o možnosti obsadenia voľného pracovného miesta, ktoré zodpovedá vysokokvalifikovanému zamestnaniu',
    ['res-mic-blue-card', 'doc-slovensko-vpm-hq-form'],
    'high',
    { maxAgeDays: AGE_90 },
  ),
  labourOfficeConfirmationSeasonal: spec(
    'labourOfficeConfirmationSeasonal',
    'potvrdenie o možnosti obsadenia voľného pracovného miesta (sezónne zamestnanie)',
    ['doc-mic-seasonal'],
    'high',
    { maxAgeDays: AGE_90 },
  ),
  workPermit: spec('workPermit', 'povolenie na zamestnanie', ['doc-mic-purpose-en', 'doc-mic-purpose-sk', 'doc-slovensko-work-permit-form'], 'high'),
  employmentContract: spec('employmentContract', 'pracovná zmluva alebo písomný prísľub zamestnávateľa', ['doc-mic-single-permit', 'doc-profesia-work-permit'], 'high'),
  employerConfirmationEu: spec(
    'employerConfirmationEu',
    'prísľub zamestnávateľa alebo potvrdenie zamestnávateľa o prijatí do zamestnania',
    ['doc-serial-eu-registration'],
    'high',
    { maxAgeDays: AGE_90 },
  ),
  employerConfirmationNoPermit: spec(
    'employerConfirmationNoPermit',
    'potvrdenie zamestnávateľa, že ide o zamestnanie, pri ktorom sa nevyžaduje povolenie na zamestnanie ani potvrdenie o možnosti obsadenia voľného pracovného miesta',
    ['doc-mic-purpose-sk', 'doc-eux-temporary-residence'],
    'high',
    { maxAgeDays: AGE_90 },
  ),
  degreeRecognition: spec('degreeRecognition', 'rozhodnutie o uznaní dokladu o vzdelaní', ['res-mic-blue-card', 'doc-slovensko-vpm-hq-form'], 'high'),
  educationDocument: spec('educationDocument', 'úradne overený doklad o vzdelaní', ['doc-profesia-work-permit', 'doc-employment-seasonal'], 'med', {
    ...FOREIGN,
    notarised: true,
  }),

  businessPlan: spec('businessPlan', 'podnikateľský zámer', ['res-tasr-business', 'doc-akmv-2025', 'doc-economy-business'], 'high'),
  // The sources name this proof in English only; the Slovak name is composed.
  businessFeasibility: spec('businessFeasibility', 'doklad o realizovateľnosti a udržateľnosti podnikania', ['res-tasr-business', 'doc-akmv-2025'], 'med'),
  businessAuthorisation: spec('businessAuthorisation', 'doklad potvrdzujúci oprávnenie na podnikanie', ['doc-serial-business', 'doc-mic-purpose-en'], 'high', {
    maxAgeDays: AGE_90,
  }),
  // Old forum post; the Slovak name is composed.
  noArrearsConfirmations: spec('noArrearsConfirmations', 'potvrdenia o neexistencii nedoplatkov (zdravotné poisťovne, Sociálna poisťovňa, daňový a colný úrad)', ['doc-infoguru-insurance'], 'low', {
    maxAgeDays: AGE_90,
  }),

  financialCoverage: spec('financialCoverage', 'doklad o finančnom zabezpečení pobytu', ['doc-akmv-2025', 'doc-vizum-2024'], 'med', { maxAgeDays: AGE_90 }),
  incomeProof: spec('incomeProof', 'doklad o stálom a pravidelnom príjme', ['doc-akmv-2025', 'res-mic-long-term'], 'high', { maxAgeDays: AGE_90 }),
  sufficientResourcesProof: spec('sufficientResourcesProof', 'doklad o dostatočných zdrojoch', ['doc-serial-eu-registration'], 'high', { maxAgeDays: AGE_90 }),

  schoolConfirmation: spec(
    'schoolConfirmation',
    'potvrdenie školy alebo ministerstva o prijatí na štúdium alebo o štúdiu',
    ['doc-ris-temporary-residence', 'doc-realdealplus-study', 'doc-serial-eu-registration'],
    'high',
    { maxAgeDays: AGE_90 },
  ),
  hostingAgreement: spec('hostingAgreement', 'dohoda o hosťovaní', ['doc-ris-temporary-residence', 'doc-euraxesspoint-documents'], 'high'),
  // EURAXESS names it in English only; the Slovak name is composed.
  studiesCompletionProof: spec('studiesCompletionProof', 'doklad o ukončení štúdia alebo výskumu', ['doc-eux-temporary-residence', 'res-euraxess-phd'], 'med'),

  civilStatusDocument: spec(
    'civilStatusDocument',
    'matričný doklad (sobášny list, rodný list)',
    ['doc-eux-family', 'doc-euraxesspoint-family', 'doc-ejustice-public-documents'],
    'high',
    { maxAgeDays: AGE_90, ...FOREIGN },
  ),
  relationshipProof: spec('relationshipProof', 'doklad o príbuzenskom vzťahu', ['doc-slovensko-residence-card', 'doc-ris-eu-family'], 'high', {
    maxAgeDays: AGE_90,
    ...FOREIGN,
  }),
  // The sources name "dependency evidence" in English only; the Slovak name is composed.
  dependencyEvidence: spec('dependencyEvidence', 'doklad o odkázanosti (závislosti) na podpore', ['doc-directive-2004-38', 'res-mic-pr5'], 'med', {
    maxAgeDays: AGE_90,
    ...FOREIGN,
  }),
  familyAffidavit: spec('familyAffidavit', 'čestné vyhlásenie', ['doc-ocpckari-family', 'doc-akmv-family'], 'med', { maxAgeDays: AGE_90 }),
  parentalConsent: spec('parentalConsent', 'písomný súhlas rodiča', ['res-mic-pr5', 'doc-ocpckari-family'], 'high', { maxAgeDays: AGE_90 }),
  euRegistrationCertificate: spec('euRegistrationCertificate', 'potvrdenie o registrácii pobytu občana Únie', ['doc-slovensko-residence-card', 'doc-mic-eu-citizens'], 'high'),

  affidavitPurposeLasts: spec('affidavitPurposeLasts', 'čestné vyhlásenie, že účel pobytu trvá', ['res-mic-pr-unlimited', 'doc-ris-temporary-residence'], 'high'),
  affidavitJobSeeker: spec('affidavitJobSeeker', 'čestné vyhlásenie, že si sústavne hľadá prácu', ['doc-serial-eu-registration'], 'high', { notarised: true }),
  // "Statutory declaration of sufficient resources": the Slovak name is composed.
  affidavitStudentResources: spec('affidavitStudentResources', 'čestné vyhlásenie o dostatočných prostriedkoch', ['doc-serial-eu-registration'], 'high'),

  selfEmployedProof: spec('selfEmployedProof', 'doklad potvrdzujúci, že je samostatne zárobkovo činnou osobou', ['doc-serial-eu-registration'], 'high', {
    maxAgeDays: AGE_90,
  }),

  healthInsuranceProof: spec('healthInsuranceProof', 'doklad o zdravotnom poistení', ['doc-infoguru-insurance', 'doc-sidlo-unlimited', 'res-renewal-smartup'], 'med', {
    maxAgeDays: AGE_90,
  }),
  medicalCertificate: spec(
    'medicalCertificate',
    'lekársky posudok, že netrpí chorobou, ktorá ohrozuje verejné zdravie',
    ['res-medical-certificate', 'doc-medicalcheck', 'doc-medicalcontrol'],
    'high',
    { maxAgeDays: 30 },
  ),
  // "Certificate of a passed language exam" (§52(6)): the Slovak name is composed.
  languageCertificateA2: spec(
    'languageCertificateA2',
    'doklad o úspešnom vykonaní skúšky zo slovenského jazyka na úrovni A2',
    ['doc-movetokosice-a2', 'doc-1sjs-a2', 'res-mic-long-term'],
    'med',
  ),

  // The sources name the delivery request in English only; the Slovak name is composed.
  cardDeliveryApplication: spec('cardDeliveryApplication', 'žiadosť o doručenie dokladu o pobyte', ['doc-euraxesspoint-after-arrival', 'fee-euraxess-card'], 'med'),
  refugeConfirmation: spec('refugeConfirmation', 'potvrdenie o dočasnom útočisku („Dočasné útočisko“)', ['res-refuge-2027'], 'med'),
};

// ---------------------------------------------------------------------------------------
// Lists per procedure

/** One document as a procedure asks for it. */
export interface DocumentRequirement {
  id: DocumentId;
  /** Variant note replacing the catalogue note for this use (`documents.<id>.<variant>`). */
  note?: string;
  /** Only in the cases the note names (e.g. applicants under 18). */
  conditional?: boolean;
  /** Lower than the catalogue's confidence for this use. */
  confidence?: Confidence;
  /** Cited on top of the catalogue's sources for this use. */
  sources?: string[];
  /**
   * Only for family members in these roles (a child, a dependent parent…): a household member
   * in another role (a spouse) does not get it. Without a role (one person's plan) it is listed
   * with its note saying whom it is for.
   */
  forRoles?: readonly MemberRole[];
}

/** Documents for a child, and for relatives who depend on the family member (family reunification, Act 404/2011 §27). */
const FOR_CHILD: readonly MemberRole[] = ['child'];
const FOR_DEPENDANTS: readonly MemberRole[] = ['child', 'dependentParent', 'otherRelative'];

/** The document is for a household member in this role (no role, or the main person: every document stays). */
export const fitsRole = (d: { forRoles?: readonly MemberRole[] | undefined }, role: MemberRole | undefined): boolean =>
  role === undefined || role === 'main' || d.forRoles === undefined || d.forRoles.includes(role);

/** A procedure's documents on one date, and what about the list itself is uncertain. */
export interface DocumentList {
  items: DocumentRequirement[];
  /** Locale keys (`documentLists.*`) of list-level warnings: Med/Low points to check. */
  warningKeys: string[];
}

export const PROCEDURES = [
  'noticeOfStay',
  'euRegistration',
  'euCitizenCard',
  'familyMemberCard',
  'trFirst',
  'trRenewal',
  'changeOfPurpose',
  'permanentFiveYears',
  'permanentUnlimited',
  'longTermResidence',
  'collectCard',
  'healthInsurance',
  'medicalCertificate',
  'bok',
  'refugeCard',
] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** Employment has three routes; the single permit is the usual one (`employment`). */
export const TR_VARIANTS = [
  'employment',
  'employmentWorkPermit',
  'employmentNoPermit',
  'euBlueCard',
  'business',
  'studies',
  'research',
  'specialActivity',
  'familyReunification',
  'seasonalWork',
] as const;
export type TrVariant = (typeof TR_VARIANTS)[number];
export type DocumentVariant = TrVariant | Purpose | EuBasis;

/** The key of a procedure without variants. */
export const NO_VARIANT = 'default';

/** The state of the rules on each date where a list can change. */
interface Era {
  from: string;
  /** Photos attached (until 30 Jun 2025). */
  photos: boolean;
  /** How proof of means is given: current balance, 3-month statement, or Act 178/2025 scope. */
  means: 'balance' | 'statement' | 'act178';
  /** Slovak A2 for long-term residence (applications from 15 Jul 2025). */
  a2: boolean;
  /** Sources of the change that starts this era. */
  sources: string[];
}

const ERAS: readonly Era[] = [
  { from: '2024-01-01', photos: true, means: 'balance', a2: false, sources: [] },
  { from: '2024-07-15', photos: true, means: 'statement', a2: false, sources: ['doc-vizum-2024'] },
  { from: '2025-07-01', photos: false, means: 'act178', a2: false, sources: ['res-act-178-2025', 'doc-akmv-2025', 'res-24hod-2025', 'res-tasr-2025-changes'] },
  { from: '2025-07-15', photos: false, means: 'act178', a2: true, sources: ['doc-movetokosice-a2'] },
];

interface Built {
  items: DocumentRequirement[];
  warnings?: string[];
  confidence?: Confidence;
  note?: string;
}

/**
 * A list as a dated value: `build` is evaluated for each era and an entry is kept only where
 * the list differs from the one before, so unchanged lists have a single entry.
 */
function byEra(id: string, sources: string[], confidence: Confidence, build: (era: Era) => Built): DatedValue<DocumentList> {
  const history: DatedEntry<DocumentList>[] = [];
  let last = '';
  for (const era of ERAS) {
    const b = build(era);
    const value: DocumentList = { items: b.items, warningKeys: b.warnings ?? [] };
    const key = JSON.stringify(value);
    if (key === last) continue;
    last = key;
    history.push({
      from: era.from,
      value,
      sources: [...new Set([...sources, ...era.sources])],
      confidence: b.confidence ?? confidence,
      ...(b.note ? { note: b.note } : {}),
    });
  }
  return dated(`documents.${id}`, V, history);
}

const req = (id: DocumentId, opts: Omit<DocumentRequirement, 'id'> = {}): DocumentRequirement => ({ id, ...opts });
const photos = (era: Era): DocumentRequirement[] => (era.photos ? [req('photos')] : []);
const photo = (era: Era): DocumentRequirement[] => (era.photos ? [req('photo')] : []);

/**
 * Proof of means for temporary residence. Before 1 Jul 2025 every purpose that had to prove
 * means attached it (from 15 Jul 2024 as a 3-month statement); from 1 Jul 2025 only business
 * (account-balance confirmation; Act 178/2025, res-act-178-2025). The scope per purpose is Low confidence.
 */
function trMeans(era: Era, kept: boolean, note?: string): DocumentRequirement[] {
  if (era.means === 'act178') return kept ? [req('financialCoverage', { note: 'noteBalance2025' })] : [];
  return [req('financialCoverage', { note: note ?? (era.means === 'statement' ? 'noteStatement' : 'noteBalance') })];
}

/** Warnings and confidence of a temporary-residence list from 1 Jul 2025 when proof of means was dropped. */
function droppedMeans(era: Era): Pick<Built, 'warnings' | 'confidence' | 'note'> {
  return era.means === 'act178'
    ? { warnings: ['documentLists.meansDropped'], confidence: 'low', note: 'Which purposes still attach proof of means after Act 178/2025 is unverified (res-act-178-2025, res-24hod-2025).' }
    : {};
}

const crim = (note?: string, opts: Omit<DocumentRequirement, 'id' | 'note'> = {}): DocumentRequirement =>
  req('criminalRecordForeign', { ...(note ? { note } : {}), ...opts });

/** First application for temporary residence, by purpose (Act 404/2011 §§21–32). */
function trFirstBuild(variant: TrVariant): (era: Era) => Built {
  const app = req('applicationTrGrant');
  const pass = req('passport');
  switch (variant) {
    case 'employment':
      // Single permit: "účel pobytu sa nedokladuje"; general lists still name the criminal
      // record and accommodation (conflict, Low).
      return (era) => ({
        items: [
          app,
          pass,
          req('labourOfficeConfirmation', { note: 'noteSinglePermit' }),
          req('employmentContract'),
          req('degreeRecognition', { conditional: true, note: 'noteRegulated' }),
          crim('noteSinglePermit', { confidence: 'low' }),
          req('accommodation', { note: 'noteSinglePermit', confidence: 'low' }),
          ...photos(era),
          ...trMeans(era, false),
        ],
        warnings: ['documentLists.singlePermitConflict', ...(droppedMeans(era).warnings ?? [])],
        confidence: 'low',
      });
    case 'employmentWorkPermit':
      return (era) => ({
        items: [
          app,
          pass,
          req('workPermit'),
          req('employmentContract', { note: 'noteWorkPermit' }),
          req('educationDocument', { conditional: true }),
          crim(),
          req('accommodation'),
          ...photos(era),
          ...trMeans(era, false),
        ],
        ...droppedMeans(era),
      });
    case 'employmentNoPermit':
      return (era) => ({
        items: [app, pass, req('employerConfirmationNoPermit'), crim(), req('accommodation'), ...photos(era), ...trMeans(era, false)],
        ...droppedMeans(era),
      });
    case 'euBlueCard':
      // No source lists a separate proof of means for the Blue Card (the salary condition).
      return (era) => ({
        items: [
          req('applicationBlueCard'),
          pass,
          req('labourOfficeConfirmationHq'),
          req('employmentContract', { note: 'noteBlueCard' }),
          req('degreeRecognition', { note: 'noteBlueCard' }),
          crim(),
          req('accommodation', { note: 'noteBlueCard', confidence: 'med' }),
          ...photos(era),
        ],
      });
    case 'business':
      return (era) => ({
        items: [
          app,
          pass,
          req('businessAuthorisation'),
          era.means === 'act178' ? req('businessPlan') : req('businessPlan', { conditional: true, note: 'notePre2025', confidence: 'low' }),
          ...(era.means === 'act178' ? [req('businessFeasibility')] : []),
          crim(),
          req('accommodation'),
          ...photos(era),
          ...trMeans(era, true, era.means === 'act178' ? undefined : 'noteBusinessPre2025'),
        ],
        warnings: ['documentLists.businessMeansAmounts'],
        confidence: 'med',
      });
    case 'studies':
      return (era) => ({
        items: [
          app,
          pass,
          req('schoolConfirmation'),
          crim('noteStudies'),
          req('accommodation', { conditional: true, note: 'noteStudies' }),
          ...photos(era),
          ...trMeans(era, false, era.means === 'act178' ? undefined : 'noteStudiesPre2025'),
        ],
        ...droppedMeans(era),
      });
    case 'research':
      // Before 2025 the hosting agreement itself proved the means (pay ≥ subsistence minimum).
      return (era) => ({
        items: [app, pass, req('hostingAgreement'), crim('noteResearch'), ...photos(era)],
      });
    case 'specialActivity':
      return (era) => ({
        items: [app, pass, req('purposeProof', { note: 'noteSpecialActivity' }), crim(), req('accommodation'), ...photos(era), ...trMeans(era, false)],
        ...droppedMeans(era),
        confidence: era.means === 'act178' ? 'low' : 'med',
      });
    case 'familyReunification':
      return (era) => ({
        items: [
          app,
          pass,
          req('civilStatusDocument'),
          req('familyAffidavit', { conditional: true, forRoles: FOR_DEPENDANTS }),
          req('parentalConsent', { conditional: true, note: 'noteFamily', confidence: 'med', forRoles: FOR_CHILD }),
          crim('noteOver14', { confidence: 'low' }),
          req('accommodation', { note: 'noteShared', confidence: 'med' }),
          ...photos(era),
          ...trMeans(era, false, era.means === 'act178' ? undefined : 'noteSponsorPre2025'),
        ],
        ...droppedMeans(era),
        confidence: era.means === 'act178' ? 'low' : 'med',
      });
    case 'seasonalWork':
      return (era) => ({
        items: [app, pass, req('labourOfficeConfirmationSeasonal'), crim(), req('accommodation'), ...photos(era), ...trMeans(era, false)],
        ...droppedMeans(era),
        confidence: era.means === 'act178' ? 'low' : 'med',
      });
  }
}

const TR_FIRST_SOURCES: Record<TrVariant, string[]> = {
  employment: ['res-mic-tr-application', 'doc-mic-purpose-sk', 'doc-mic-single-permit', 'doc-eux-temporary-residence'],
  employmentWorkPermit: ['res-mic-tr-application', 'doc-mic-purpose-sk', 'doc-mic-purpose-en'],
  employmentNoPermit: ['res-mic-tr-application', 'doc-mic-purpose-sk', 'doc-eux-temporary-residence'],
  euBlueCard: ['res-mic-blue-card', 'doc-akmv-blue-card'],
  business: ['res-mic-tr-application', 'doc-serial-business', 'res-tasr-business', 'doc-akmv-2025'],
  studies: ['res-mic-tr-application', 'doc-ris-temporary-residence', 'doc-akmv-study'],
  research: ['doc-ris-temporary-residence', 'doc-eux-temporary-residence', 'fee-eu-portal-research'],
  specialActivity: ['res-mic-tr-application', 'doc-eux-temporary-residence', 'doc-akmv-special-activity'],
  familyReunification: ['doc-eux-family', 'doc-ocpckari-family', 'doc-akmv-family'],
  seasonalWork: ['res-mic-tr-application', 'doc-mic-seasonal'],
};

/** Change of purpose: a new application with the new purpose's documents, no criminal record (§32(10)). */
function changeOfPurposeBuild(variant: TrVariant): (era: Era) => Built {
  const first = trFirstBuild(variant);
  return (era) => {
    const b = first(era);
    const items = b.items
      .filter((r) => r.id !== 'criminalRecordForeign')
      .map((r) => (r.id === 'applicationTrGrant' || r.id === 'applicationBlueCard' ? { ...r, note: 'noteChangeOfPurpose' } : r));
    return { ...b, items };
  };
}

/** Renewal of temporary residence, by purpose (Act 404/2011 §34). */
function trRenewalBuild(purpose: Purpose): (era: Era) => Built {
  const head = (era: Era): DocumentRequirement[] => [req('applicationTrRenewal'), req('passport'), ...photo(era)];
  const insurance = purpose === 'employment' || purpose === 'studies' ? [] : [req('healthInsuranceProof', { note: 'noteRenewal' })];
  const lodging = purpose === 'studies' || purpose === 'research' ? [] : [req('accommodation', { note: 'noteRenewal' })];
  const proof: Record<Purpose, DocumentRequirement[]> = {
    employment: [req('labourOfficeConfirmation', { note: 'noteRenewal', confidence: 'med' })],
    euBlueCard: [req('purposeProof', { note: 'noteRenewalUnchanged' })],
    business: [req('businessAuthorisation', { note: 'noteRenewalUnchanged' }), req('noArrearsConfirmations')],
    studies: [req('schoolConfirmation', { note: 'noteRenewalUnchanged' }), req('studiesCompletionProof', { conditional: true })],
    research: [req('hostingAgreement', { note: 'noteRenewalUnchanged' }), req('studiesCompletionProof', { conditional: true })],
    specialActivity: [req('purposeProof', { note: 'noteRenewalUnchanged' })],
    familyReunification: [req('affidavitPurposeLasts', { note: 'noteFamilyRenewal', confidence: 'med' })],
    seasonalWork: [req('purposeProof', { note: 'noteRenewalUnchanged' })],
  };
  const blueCard = purpose === 'euBlueCard';
  return (era) => {
    const means = purpose === 'research' || blueCard ? [] : trMeans(era, purpose === 'business');
    const lodge = purpose === 'familyReunification' ? [req('accommodation', { note: 'noteShared', confidence: 'med' })] : lodging;
    const dropped = purpose === 'research' || blueCard || purpose === 'business' ? {} : droppedMeans(era);
    return {
      items: [...head(era), ...proof[purpose], ...means, ...insurance, ...lodge],
      warnings: [...(dropped.warnings ?? []), 'documentLists.renewalEarlierDocuments', ...(purpose === 'business' ? ['documentLists.businessMeansAmounts'] : [])],
      ...(dropped.confidence ? { confidence: dropped.confidence } : {}),
      ...(dropped.note ? { note: dropped.note } : {}),
    };
  };
}

const EU_BASIS_ITEMS: Record<EuBasis, DocumentRequirement[]> = {
  employee: [req('employerConfirmationEu')],
  selfEmployed: [req('selfEmployedProof')],
  student: [req('schoolConfirmation', { note: 'noteEuStudent' }), req('affidavitStudentResources')],
  selfSufficient: [req('sufficientResourcesProof'), req('healthInsuranceProof', { note: 'noteEu' })],
  jobSeeker: [req('affidavitJobSeeker'), req('healthInsuranceProof', { note: 'noteEu', confidence: 'med', sources: ['doc-eux-temporary-residence'] })],
  familyMember: [req('relationshipProof'), req('euRegistrationCertificate', { note: 'noteEuFamily' })],
};

const fixed = (items: DocumentRequirement[], warnings: string[] = []) => (): Built => ({ items, warnings });

type ListTable = Record<Procedure, Record<string, DatedValue<DocumentList>>>;

function tableOf<K extends string>(keys: readonly K[], make: (k: K) => DatedValue<DocumentList>): Record<K, DatedValue<DocumentList>> {
  const out = {} as Record<K, DatedValue<DocumentList>>;
  for (const k of keys) out[k] = make(k);
  return out;
}

const PURPOSES: readonly Purpose[] = ['employment', 'euBlueCard', 'business', 'studies', 'research', 'specialActivity', 'familyReunification', 'seasonalWork'];
const EU_BASES: readonly EuBasis[] = ['employee', 'selfEmployed', 'student', 'selfSufficient', 'jobSeeker', 'familyMember'];

/** Every procedure's document list, keyed by variant (`default` where there is none). */
export const DOCUMENT_LISTS: ListTable = {
  noticeOfStay: {
    [NO_VARIANT]: byEra('noticeOfStay', ['res-minv-notice'], 'high', fixed([req('noticeOfStayForm'), req('passport', { note: 'noteNotice' })])),
  },
  euRegistration: tableOf(EU_BASES, (basis) =>
    byEra(`euRegistration.${basis}`, ['doc-serial-eu-registration', 'doc-mic-eu-citizens'], basis === 'jobSeeker' ? 'med' : 'high', () => ({
      items: [
        req('applicationEuRegistration'),
        req('idCardOrPassport'),
        ...EU_BASIS_ITEMS[basis],
        req('accommodation', { conditional: true, note: 'noteEuRegistration' }),
      ],
    })),
  ),
  euCitizenCard: {
    [NO_VARIANT]: byEra('euCitizenCard', ['doc-slovensko-residence-card', 'doc-mic-eu-citizens'], 'high', (era) => ({
      items: [
        req('applicationEuCitizenCard'),
        req('idCardOrPassport'),
        req('accommodation', { note: 'noteEuCard' }),
        req('purposeProof', { note: 'noteEuCard' }),
        ...photos(era),
      ],
    })),
  },
  familyMemberCard: {
    [NO_VARIANT]: byEra('familyMemberCard', ['doc-slovensko-residence-card', 'doc-ris-eu-family', 'doc-mic-eu-family'], 'high', (era) => ({
      items: [
        req('applicationFamilyMemberCard'),
        req('passport'),
        req('relationshipProof'),
        req('euRegistrationCertificate', { note: 'noteEuFamily' }),
        req('accommodation'),
        req('dependencyEvidence', { conditional: true, forRoles: FOR_DEPENDANTS }),
        ...photos(era),
      ],
    })),
  },
  trFirst: tableOf(TR_VARIANTS, (v) => byEra(`trFirst.${v}`, TR_FIRST_SOURCES[v], 'high', trFirstBuild(v))),
  trRenewal: tableOf(PURPOSES, (p) =>
    byEra(`trRenewal.${p}`, ['doc-ris-temporary-residence', 'res-renewal-smartup'], p === 'familyReunification' || p === 'seasonalWork' || p === 'business' ? 'med' : 'high', trRenewalBuild(p)),
  ),
  changeOfPurpose: tableOf(TR_VARIANTS, (v) =>
    byEra(`changeOfPurpose.${v}`, [...TR_FIRST_SOURCES[v], 'doc-eux-temporary-residence', 'res-medical-certificate'], 'high', changeOfPurposeBuild(v)),
  ),
  permanentFiveYears: {
    [NO_VARIANT]: byEra('permanentFiveYears', ['res-mic-pr5', 'doc-akmv-family-pr'], 'high', (era) => ({
      items: [
        req('applicationPermanentFiveYears'),
        req('passport'),
        req('civilStatusDocument', { note: 'notePermanent' }),
        req('dependencyEvidence', { conditional: true, forRoles: FOR_DEPENDANTS }),
        crim(),
        req('criminalRecordSk', { conditional: true }),
        req('accommodation', { note: 'notePermanent', confidence: 'med' }),
        req('parentalConsent', { conditional: true, forRoles: FOR_CHILD }),
        ...photos(era),
        ...(era.means === 'act178' ? [] : [req('financialCoverage', { note: 'notePermanentPre2025', confidence: 'med' })]),
      ],
      ...(era.means === 'act178'
        ? { warnings: ['documentLists.meansDropped'], confidence: 'low' as const, note: 'Dropping the proof of means for PR 5 years follows a law-firm summary (Med) and the C3 scope question (Low).' }
        : {}),
    })),
  },
  permanentUnlimited: {
    [NO_VARIANT]: byEra('permanentUnlimited', ['res-mic-pr-unlimited', 'doc-mic-pr-unlimited-old', 'doc-expatsk-unlimited'], 'high', (era) => ({
      items: [
        req('applicationPermanentUnlimited'),
        req('passport'),
        req('healthInsuranceProof', { confidence: 'med', sources: ['doc-sidlo-unlimited', 'doc-expatsk-unlimited'] }),
        req('accommodation', { conditional: true, note: 'noteOnRequest' }),
        req('affidavitPurposeLasts', { conditional: true, note: 'noteOnRequest' }),
        ...photos(era),
        ...(era.means === 'act178' ? [] : [req('financialCoverage', { note: 'notePermanentUnlimitedPre2025', confidence: 'med' })]),
      ],
      warnings: ['documentLists.permanentUnlimitedChild', ...(era.means === 'act178' ? ['documentLists.meansDropped'] : [])],
      ...(era.means === 'act178' ? { confidence: 'low' as const, note: 'Dropping the proof of means for PR unlimited follows a law-firm summary (Med) and the C3 scope question (Low).' } : {}),
    })),
  },
  longTermResidence: {
    [NO_VARIANT]: byEra('longTermResidence', ['res-mic-long-term', 'doc-akmv-2025'], 'high', (era) => ({
      items: [
        req('applicationLongTerm'),
        req('passport'),
        req('incomeProof', { note: era.means === 'act178' ? 'noteBalance2025' : 'note' }),
        req('healthInsuranceProof', { note: 'noteLongTerm' }),
        req('accommodation', { conditional: true, note: 'noteLongTerm' }),
        ...photos(era),
        ...(era.a2 ? [req('languageCertificateA2')] : []),
      ],
      warnings: era.a2 ? ['documentLists.a2Unconfirmed'] : [],
      ...(era.a2 ? { confidence: 'med' as const } : {}),
    })),
  },
  collectCard: {
    [NO_VARIANT]: byEra('collectCard', ['doc-euraxesspoint-after-arrival', 'off-euraxesspoint-bratislava-situations'], 'high', fixed([
      req('passport', { note: 'noteCollect' }),
      req('cardDeliveryApplication', { conditional: true }),
    ])),
  },
  healthInsurance: {
    [NO_VARIANT]: byEra('healthInsurance', ['res-health-insurance', 'doc-mic-tr-application-sk', 'doc-infoguru-insurance-proof', 'doc-expatclinic-when'], 'med', fixed(
      [req('healthInsuranceProof', { note: 'noteAfterGrant', conditional: true })],
      ['documentLists.healthProofAfter2025'],
    )),
  },
  medicalCertificate: {
    [NO_VARIANT]: byEra('medicalCertificate', ['res-medical-certificate', 'doc-medicalcheck', 'doc-expatclinic-when'], 'high', fixed([
      req('medicalCertificate'),
      req('passport', { note: 'noteClinic', confidence: 'med', sources: ['doc-medicalcontrol'] }),
    ])),
  },
  bok: {
    [NO_VARIANT]: byEra('bok', ['res-bok-vizum-2025', 'res-bok-minv'], 'high', fixed([req('residenceCard', { note: 'noteBok' }), req('passport')])),
  },
  refugeCard: {
    [NO_VARIANT]: byEra('refugeCard', ['res-refuge-2027'], 'med', fixed([req('passport', { note: 'noteRefuge', confidence: 'med' }), req('refugeConfirmation')])),
  },
};

/** The variants each procedure accepts (`default` = no variant). */
export const DOCUMENT_VARIANTS: Readonly<Record<Procedure, readonly string[]>> = (() => {
  const out = {} as Record<Procedure, readonly string[]>;
  for (const p of PROCEDURES) out[p] = Object.keys(DOCUMENT_LISTS[p]);
  return out;
})();

// ---------------------------------------------------------------------------------------
// Resolution

export class UnknownDocumentVariantError extends Error {
  readonly code = 'unknownDocumentVariant';
  constructor(
    readonly procedure: string,
    readonly variant: string | undefined,
  ) {
    super(`no document list for ${procedure}${variant ? ` / ${variant}` : ' without a variant'}`);
  }
}

/** A document as a procedure needs it on a date: the catalogue spec with the list's overrides. */
export interface ResolvedDocument {
  id: DocumentId;
  nameKey: string;
  nameSk: string;
  maxAgeDays?: number;
  apostille: boolean;
  translation: boolean;
  notarised: boolean;
  noteKey?: string;
  conditional: boolean;
  sourceIds: string[];
  confidence: Confidence;
  forRoles?: readonly MemberRole[];
}

const lower = (a: Confidence, b: Confidence): Confidence => lowestConfidence(a, b);

export function resolveRequirement(r: DocumentRequirement): ResolvedDocument {
  const s = DOCUMENTS[r.id];
  const note = r.note ? noteKey(r.id, r.note) : s.noteKey;
  return {
    id: r.id,
    nameKey: nameKey(r.id),
    nameSk: s.nameSk,
    ...(s.maxAgeDays ? { maxAgeDays: s.maxAgeDays } : {}),
    apostille: s.apostille,
    translation: s.translation,
    notarised: s.notarised,
    ...(note ? { noteKey: note } : {}),
    conditional: r.conditional ?? false,
    sourceIds: [...new Set([...s.sources, ...(r.sources ?? [])])],
    confidence: r.confidence ? lower(s.confidence, r.confidence) : s.confidence,
    ...(r.forRoles ? { forRoles: r.forRoles } : {}),
  };
}

function listParam(procedure: Procedure, variant?: string): DatedValue<DocumentList> {
  const lists = DOCUMENT_LISTS[procedure];
  if (!lists) throw new UnknownDocumentVariantError(procedure, variant);
  const list = lists[variant ?? NO_VARIANT];
  if (!list) throw new UnknownDocumentVariantError(procedure, variant);
  return list;
}

/**
 * The documents a procedure needs as of a date. `variant` is the purpose (trFirst,
 * changeOfPurpose: also `employmentWorkPermit` / `employmentNoPermit`; trRenewal) or the EU
 * basis (euRegistration); other procedures take none. Throws UnknownDocumentVariantError
 * for a missing or unknown variant and OutOfRangeError outside 2024-01-01…
 */
export function documentsFor(procedure: Procedure, asOf: string, variant?: DocumentVariant): ResolvedDocument[] {
  return entryAt(listParam(procedure, variant), asOf).value.items.map(resolveRequirement);
}

/** The list with what the plan needs to cite it: the entry's sources, confidence and warnings. */
export interface DocumentListResult {
  paramId: string;
  from: string;
  documents: ResolvedDocument[];
  warningKeys: string[];
  confidence: Confidence;
  sourceIds: string[];
  lastVerified: string;
}

export function documentListFor(procedure: Procedure, asOf: string, variant?: DocumentVariant): DocumentListResult {
  const param = listParam(procedure, variant);
  const entry = entryAt(param, asOf);
  return {
    paramId: param.id,
    from: entry.from,
    documents: entry.value.items.map(resolveRequirement),
    warningKeys: entry.value.warningKeys,
    confidence: entry.confidence,
    sourceIds: [...entry.sources],
    lastVerified: param.lastVerified,
  };
}

/**
 * A resolved document in the plan's shape. With `filingDate`, a document with a maximum age
 * gets `obtainNoEarlierThan` (the filing date minus its maximum age).
 */
export function toEngineDocument(d: ResolvedDocument, filingDate?: string): EngineDocument {
  return {
    id: d.id,
    name: msg(d.nameKey),
    nameSk: d.nameSk,
    ...(d.maxAgeDays ? { maxAgeDays: d.maxAgeDays } : {}),
    ...(d.maxAgeDays && filingDate ? { obtainNoEarlierThan: addDays(filingDate, -d.maxAgeDays) } : {}),
    apostille: d.apostille,
    translation: d.translation,
    notarised: d.notarised,
    ...(d.noteKey ? { note: msg(d.noteKey) } : {}),
    sourceIds: d.sourceIds,
  };
}

/** Every locale key the document data can emit (names, notes, list warnings). */
export function documentMessageKeys(): string[] {
  const keys = new Set<string>();
  for (const id of DOCUMENT_IDS) {
    keys.add(nameKey(id));
    const n = DOCUMENTS[id].noteKey;
    if (n) keys.add(n);
  }
  for (const p of PROCEDURES) {
    for (const list of Object.values(DOCUMENT_LISTS[p])) {
      for (const e of list.history) {
        if (!e.value) continue;
        for (const w of e.value.warningKeys) keys.add(w);
        for (const r of e.value.items) {
          const d = resolveRequirement(r);
          keys.add(d.nameKey);
          if (d.noteKey) keys.add(d.noteKey);
        }
      }
    }
  }
  return [...keys].sort();
}
