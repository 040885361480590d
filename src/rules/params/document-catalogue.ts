import type { Confidence } from '../schema/primitives.ts';
import type { DocumentId } from './document-ids.ts';

/**
 * The catalogue: every document the sources name, with its Slovak name, the formal
 * requirements (age, apostille, translation, verified signature), sources and confidence.
 */
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

export const nameKey = (id: DocumentId): string => `documents.${id}.name`;
export const noteKey = (id: DocumentId, variant = 'note'): string => `documents.${id}.${variant}`;

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
