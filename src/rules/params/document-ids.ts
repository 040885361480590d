/** Every document a procedure can ask for; texts under `documents.<id>` in src/locales/<lng>/documents.json. */
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
