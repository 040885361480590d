import type { EuBasis, Purpose } from '../schema/case-file.ts';
import type { DatedValue } from '../schema/dated-value.ts';
import {
  byEra,
  crim,
  FOR_CHILD,
  FOR_DEPENDANTS,
  NO_VARIANT,
  photos,
  PROCEDURES,
  req,
  TR_VARIANTS,
  type Built,
  type DocumentList,
  type DocumentRequirement,
  type Procedure,
} from './document-list-parts.ts';
import { changeOfPurposeBuild, TR_FIRST_SOURCES, trFirstBuild, trRenewalBuild } from './document-lists-tr.ts';

/** Each procedure's documents (and each variant's: purpose, EU basis) as a dated value. */

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
