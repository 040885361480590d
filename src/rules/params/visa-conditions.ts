import type { Confidence } from '../schema/primitives.ts';

/**
 * Conditions of a code's Schengen visa exemption (a biometric passport, no paid activity
 * under an agreement), and notes on why a code named in Annex II still needs a visa. Source
 * ids refer to COUNTRY_SOURCES (sources/countries.ts).
 */

/**
 * A condition of a code's visa exemption, or a note on why a listed code still needs a
 * visa. `key` is a message-key suffix (locales/<lang>/countries.json,
 * `countries.conditions.<key>` or `countries.notes.<key>`). `from` and `to` are the
 * first and last day it applies (both inclusive); absent means open-ended.
 */
export interface VisaCondition {
  key: string;
  sources: string[];
  confidence: Confidence;
  from?: string;
  to?: string;
}

const ANNEX_II_TEXT = ['ctry-reg-1806-2024', 'ctry-annex2-de', 'ctry-dataset-e'];
const AGREEMENT_TEXT = ['ctry-oeil-marshall', 'ctry-oeil-tuvalu', 'ctry-parltrack-palau'];

const biometric: VisaCondition = { key: 'biometricPassportOnly', sources: ANNEX_II_TEXT, confidence: 'high' };
const biometricIcao: VisaCondition = { key: 'biometricPassportIcao', sources: ANNEX_II_TEXT, confidence: 'high' };
/** Agreement-based exemptions do not cover paid activity (the agreements' texts, AGREEMENT_TEXT: Med). */
const paidActivity: VisaCondition = { key: 'agreementExcludesPaidActivity', sources: AGREEMENT_TEXT, confidence: 'med' };

/** Conditions on the exemption of visa-free codes (Reg. (EU) 2018/1806 Annex II; the visa-waiver agreements). */
export const visaConditions: Readonly<Record<string, readonly VisaCondition[]>> = {
  AL: [biometric],
  BA: [biometric],
  ME: [biometric],
  MK: [biometric],
  RS: [
    biometric,
    {
      key: 'serbiaCoordinationDirectorateExcluded',
      sources: ['ctry-reg-1806-2024', 'ctry-europeansources-2024-2495'],
      confidence: 'high',
      to: '2024-10-12',
    },
    {
      key: 'serbiaCoordinationDirectorateIncluded',
      sources: ['ctry-reg-2024-2495', 'ctry-europeansources-2024-2495', 'ctry-annex2-de'],
      confidence: 'high',
      from: '2024-10-13',
    },
  ],
  XK: [
    { key: 'biometricPassportOnly', sources: ['ctry-reg-2023-850', 'ctry-oeil-kosovo', 'ctry-dataset-e'], confidence: 'high' },
    // Each member state decides whether it accepts a Kosovo passport; no Slovak source found.
    { key: 'kosovoPassportAcceptance', sources: ['ctry-dataset-p', 'ctry-reg-2023-850'], confidence: 'low' },
  ],
  MD: [biometricIcao],
  UA: [biometricIcao],
  GE: [
    biometricIcao,
    {
      key: 'georgiaOfficialPassportsSuspended',
      sources: ['ctry-visaverge-georgia', 'ctry-report-az-georgia', 'ctry-devdiscourse-georgia', 'ctry-dataset-e'],
      confidence: 'high',
      from: '2026-03-06',
      to: '2027-03-06',
    },
  ],
  HK: [{ key: 'hongKongSarPassportOnly', sources: ANNEX_II_TEXT, confidence: 'high' }],
  MO: [{ key: 'macaoSarPassportOnly', sources: ANNEX_II_TEXT, confidence: 'high' }],
  TW: [{ key: 'taiwanPassportWithIdNumber', sources: ANNEX_II_TEXT, confidence: 'high' }],
  GB: [{ key: 'britishNationalClasses', sources: ['ctry-reg-2019-592', 'ctry-annex2-de', 'ctry-withdrawal-agreement'], confidence: 'high' }],
  AE: [paidActivity],
  DM: [paidActivity],
  FM: [paidActivity],
  GD: [paidActivity],
  KI: [paidActivity],
  LC: [paidActivity],
  MH: [paidActivity],
  PE: [paidActivity],
  PW: [paidActivity],
  TL: [paidActivity],
  TO: [paidActivity],
  TV: [paidActivity],
  VC: [paidActivity],
};

/** Why a code named in Annex II (now or before) still needs a visa. */
export const visaNotes: Readonly<Record<string, readonly VisaCondition[]>> = {
  NR: [
    {
      key: 'nauruAgreementNotInForce',
      sources: ['ctry-reg-1806-2024', 'ctry-dataset-p', 'ctry-citizenx-nauru', 'ctry-savory-nauru'],
      confidence: 'med',
    },
  ],
  VU: [
    {
      key: 'vanuatuExemptionSuspended',
      sources: ['ctry-oeil-vanuatu', 'ctry-minv-visa-free'],
      confidence: 'high',
      from: '2023-02-04',
      to: '2025-02-02',
    },
    { key: 'vanuatuMovedToAnnexI', sources: ['ctry-reg-2025-11', 'ctry-dataset-e'], confidence: 'high', from: '2025-02-03' },
  ],
};

/** Whether a dated condition or note applies on `asOf`. */
export function appliesOn(item: Pick<VisaCondition, 'from' | 'to'>, asOf: string): boolean {
  return (item.from === undefined || item.from <= asOf) && (item.to === undefined || asOf <= item.to);
}
