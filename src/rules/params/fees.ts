import type { Purpose } from '../schema/case-file.ts';
import type { DatedValue } from '../schema/dated-value.ts';
import { dated } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * Administrative fees in EUR (Act 145/1995 Z. z., fee schedule; consular items 240–242).
 * The fee schedule rose on 1 Apr 2024; earlier amounts stay
 * in the history so a plan as of an earlier date shows them.
 */
const START = '2024-01-01';
const RISE = '2024-04-01';
const POLICE_SOURCES = ['fee-immiconsulty', 'fee-finsider'];
const EMBASSY_SOURCES = ['fee-mzv-paris', 'fee-immiconsulty'];

function rise(id: string, before: number, after: number, sources: string[]): DatedValue<number> {
  return dated(id, V, [
    { from: START, value: before, sources, confidence: 'high' },
    { from: RISE, value: after, sources, confidence: 'high' },
  ]);
}

function free(id: string, sources: string[], confidence: 'high' | 'med' = 'high'): DatedValue<number> {
  return dated(id, V, [{ from: START, value: 0, sources, confidence }]);
}

export type FilingPlace = 'foreignPolice' | 'embassy';

/** First application for temporary residence, by purpose and place of filing. */
export const TR_FIRST_FEES: Record<Purpose, Record<FilingPlace, DatedValue<number>>> = {
  business: {
    foreignPolice: dated('fees.trFirst.business.foreignPolice', V, [
      { from: START, value: 232, sources: POLICE_SOURCES, confidence: 'high' },
      { from: RISE, value: 330, sources: POLICE_SOURCES, confidence: 'high' },
      {
        from: '2025-07-01',
        value: null,
        sources: ['res-tasr-business', 'res-act-178-2025'],
        confidence: 'high',
        note: 'Business applications can no longer be filed at the Foreign Police.',
      },
    ]),
    embassy: rise('fees.trFirst.business.embassy', 240, 350, EMBASSY_SOURCES),
  },
  employment: {
    foreignPolice: rise('fees.trFirst.employment.foreignPolice', 165.5, 250, POLICE_SOURCES),
    embassy: rise('fees.trFirst.employment.embassy', 170, 250, EMBASSY_SOURCES),
  },
  euBlueCard: {
    foreignPolice: rise('fees.trFirst.euBlueCard.foreignPolice', 165.5, 250, POLICE_SOURCES),
    embassy: rise('fees.trFirst.euBlueCard.embassy', 170, 250, EMBASSY_SOURCES),
  },
  seasonalWork: {
    foreignPolice: rise('fees.trFirst.seasonalWork.foreignPolice', 33, 50, POLICE_SOURCES),
    embassy: rise('fees.trFirst.seasonalWork.embassy', 35, 50, EMBASSY_SOURCES),
  },
  specialActivity: {
    foreignPolice: rise('fees.trFirst.specialActivity.foreignPolice', 99.5, 140, POLICE_SOURCES),
    embassy: rise('fees.trFirst.specialActivity.embassy', 100, 140, EMBASSY_SOURCES),
  },
  familyReunification: {
    foreignPolice: rise('fees.trFirst.familyReunification.foreignPolice', 132.5, 200, POLICE_SOURCES),
    embassy: rise('fees.trFirst.familyReunification.embassy', 135, 200, EMBASSY_SOURCES),
  },
  studies: {
    foreignPolice: free('fees.trFirst.studies.foreignPolice', ['fee-eu-portal-study'], 'med'),
    embassy: free('fees.trFirst.studies.embassy', ['fee-eu-portal-study'], 'med'),
  },
  research: {
    foreignPolice: free('fees.trFirst.research.foreignPolice', ['fee-eu-portal-research']),
    embassy: free('fees.trFirst.research.embassy', ['fee-eu-portal-research']),
  },
};

/** Renewal of temporary residence (Foreign Police only), by purpose. Studies and research: card fee only. */
export const TR_RENEWAL_FEES: Record<Purpose, DatedValue<number>> = {
  business: rise('fees.trRenewal.business', 132.5, 200, POLICE_SOURCES),
  employment: rise('fees.trRenewal.employment', 99.5, 140, POLICE_SOURCES),
  euBlueCard: rise('fees.trRenewal.euBlueCard', 99.5, 140, POLICE_SOURCES),
  seasonalWork: rise('fees.trRenewal.seasonalWork', 16.5, 25, POLICE_SOURCES),
  specialActivity: rise('fees.trRenewal.specialActivity', 33, 50, POLICE_SOURCES),
  familyReunification: rise('fees.trRenewal.familyReunification', 66, 100, POLICE_SOURCES),
  studies: free('fees.trRenewal.studies', ['res-euraxess-phd'], 'med'),
  research: free('fees.trRenewal.research', ['res-euraxess-phd'], 'med'),
};

/** Permanent residence (5 years, unlimited) and long-term residence share one fee item. */
export const PR_FEES: Record<FilingPlace, DatedValue<number>> = {
  foreignPolice: rise('fees.permanentResidence.foreignPolice', 165.5, 250, [...POLICE_SOURCES, 'fee-akmv-pr']),
  embassy: rise('fees.permanentResidence.embassy', 170, 250, EMBASSY_SOURCES),
};

/** Residence card (doklad o pobyte): issue standard / expedited, delivery to an address in Slovakia. */
export const CARD_FEES = {
  standard: rise('fees.card.standard', 4.5, 6, ['fee-immiconsulty', 'fee-emigrant-help']),
  expedited: rise('fees.card.expedited', 24.5, 35, ['fee-immiconsulty', 'fee-emigrant-help']),
  delivery: rise('fees.card.delivery', 3, 4, ['fee-emigrant-help', 'fee-euraxess-card']),
  replacement: rise('fees.card.replacement', 16.5, 25, ['fee-immiconsulty']),
  replacementExpedited: rise('fees.card.replacementExpedited', 36.5, 50, ['fee-immiconsulty']),
};

/**
 * Fees that are alternatives, by the id of their dated value: of each group one pays one fee at
 * most, never the sum (the expedited card is issued instead of the standard one, so a card costs
 * €6 or €35, not €41). The plan's totals count each group once: its cheapest fee when one of
 * them must be paid, its dearest as the most one may pay.
 */
export const FEE_ALTERNATIVES: Readonly<Record<string, string>> = {
  'fees.card.standard': 'cardIssue',
  'fees.card.expedited': 'cardIssue',
  'fees.card.replacement': 'cardReplacement',
  'fees.card.replacementExpedited': 'cardReplacement',
};

/** Filing electronically with an activated card halves the card fees (from 15 Dec 2024). */
export const ONLINE_CARD_FEE_FACTOR = dated<number>('fees.onlineCardFactor', V, [
  { from: START, value: 1, sources: ['res-euraxess-e-filing'], confidence: 'med', note: 'No electronic filing yet.' },
  { from: '2024-12-15', value: 0.5, sources: ['res-euraxess-phd', 'res-euraxess-e-filing'], confidence: 'med' },
]);

/** Visas. */
export const VISA_FEES = {
  schengen: dated<number>('fees.visa.schengen', V, [
    { from: START, value: 80, sources: ['fee-schengen-visa'], confidence: 'high' },
    { from: '2024-06-11', value: 90, sources: ['fee-schengen-visa'], confidence: 'high' },
  ]),
  schengenChild: dated<number>('fees.visa.schengenChild', V, [
    { from: START, value: 40, sources: ['fee-schengen-visa'], confidence: 'high' },
    { from: '2024-06-11', value: 45, sources: ['fee-schengen-visa'], confidence: 'high' },
  ]),
  nationalForResidence: rise('fees.visa.nationalForResidence', 60, 90, ['fee-mzv-paris']),
  nationalToCollect: rise('fees.visa.nationalToCollect', 10, 14, ['fee-mzv-paris']),
};

/** Verification of an invitation (§18). */
export const INVITATION_FEE = dated<number>('fees.invitation', V, [
  {
    from: START,
    value: 33,
    sources: ['res-minv-invitation'],
    confidence: 'med',
    note: 'The page was still showing 33 EUR after the April 2024 fee rise; no higher amount found.',
  },
]);

/** UK Withdrawal Agreement cards: the amounts published are the pre-April-2024 general rates (conflict C2). */
export const UK_WA_CARD_FEES = {
  expedited: dated<number>('fees.ukWa.expedited', V, [
    { from: START, value: 24.5, sources: ['res-uk-wa'], confidence: 'high' },
    { from: RISE, value: 35, sources: ['fee-immiconsulty', 'res-uk-wa'], confidence: 'med', note: 'conflict' },
  ]),
  delivery: dated<number>('fees.ukWa.delivery', V, [
    { from: START, value: 3, sources: ['res-uk-wa'], confidence: 'high' },
    { from: RISE, value: 4, sources: ['fee-emigrant-help', 'res-uk-wa'], confidence: 'med', note: 'conflict' },
  ]),
};

/** Indicative price of the medical examination (not an administrative fee; varies by clinic). */
export const MEDICAL_EXAM_PRICE = dated<number>('fees.medicalExam', V, [
  {
    from: START,
    value: 150,
    sources: ['fee-akmv-pr'],
    confidence: 'low',
    note: 'Clinic price, 140–175 EUR depending on the clinic.',
  },
]);

/** Every dated fee, for the coverage tests. */
export const ALL_FEES: DatedValue<number>[] = [
  ...Object.values(TR_FIRST_FEES).flatMap((p) => [p.foreignPolice, p.embassy]),
  ...Object.values(TR_RENEWAL_FEES),
  PR_FEES.foreignPolice,
  PR_FEES.embassy,
  ...Object.values(CARD_FEES),
  ONLINE_CARD_FEE_FACTOR,
  ...Object.values(VISA_FEES),
  INVITATION_FEE,
  ...Object.values(UK_WA_CARD_FEES),
  MEDICAL_EXAM_PRICE,
];
