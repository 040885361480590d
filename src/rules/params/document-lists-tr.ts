import type { Purpose } from '../schema/case-file.ts';
import { crim, droppedMeans, FOR_CHILD, FOR_DEPENDANTS, photo, photos, req, trMeans, type Built, type DocumentRequirement, type Era, type TrVariant } from './document-list-parts.ts';

/** The documents of temporary residence, by purpose: first application, change of purpose, renewal (Act 404/2011 §§21–34). */

/** First application for temporary residence, by purpose (Act 404/2011 §§21–32). */
export function trFirstBuild(variant: TrVariant): (era: Era) => Built {
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

export const TR_FIRST_SOURCES: Record<TrVariant, string[]> = {
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
export function changeOfPurposeBuild(variant: TrVariant): (era: Era) => Built {
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
export function trRenewalBuild(purpose: Purpose): (era: Era) => Built {
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
