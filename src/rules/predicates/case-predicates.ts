import { countryGroup } from '../params/countries.ts';
import type { CaseFile, CurrentStatus, ResidentGoal } from '../schema/case-file.ts';

/**
 * Named predicates over a (partial) case file. The wizard's guards are one-line calls to
 * these; the plan builder and the question path use the same ones, so routing and rules
 * cannot disagree.
 */
export type Answers = Partial<CaseFile>;

export const isSlovak = (a: Answers, asOf: string): boolean =>
  !!a.citizenship && countryGroup(a.citizenship, asOf) === 'slovak';

export const isEuEeaChCitizen = (a: Answers, asOf: string): boolean =>
  !!a.citizenship && countryGroup(a.citizenship, asOf) === 'euEeaCh';

export const isBritish = (a: Answers, asOf: string): boolean =>
  !!a.citizenship && countryGroup(a.citizenship, asOf) === 'gb';

export const isThirdCountryNational = (a: Answers, asOf: string): boolean =>
  !!a.citizenship && !isSlovak(a, asOf) && !isEuEeaChCitizen(a, asOf) && !isWithdrawalAgreementBeneficiary(a, asOf);

export const isWithdrawalAgreementBeneficiary = (a: Answers, asOf: string): boolean =>
  isBritish(a, asOf) && a.ukResidentBefore2021 === 'yes';

export const isEuFamilyMember = (a: Answers): boolean => a.euFamilyMember === 'yes';

export const isLongStay = (a: Answers): boolean => a.stayLength === 'over90Days';
export const isShortStay = (a: Answers): boolean => a.stayLength === 'upTo90Days';

const IN_SLOVAKIA_WITHOUT_RESIDENCE: readonly CurrentStatus[] = ['visaFree', 'arrivingVisaFree', 'schengenVisa', 'nationalVisa', 'toleratedStay'];

/**
 * In Slovakia on a visa, visa-free or tolerated stay, or about to enter visa-free: files for
 * residence here (§31(3)); the stay, and its notice, count from the arrival date.
 */
export const isInSlovakiaWithoutResidence = (a: Answers): boolean =>
  !!a.currentStatus && IN_SLOVAKIA_WITHOUT_RESIDENCE.includes(a.currentStatus);

/** A visa-free stay: already in Slovakia, or entering on the arrival date given. */
export const isVisaFreeStay = (a: Answers): boolean => a.currentStatus === 'visaFree' || a.currentStatus === 'arrivingVisaFree';

export const isAbroad = (a: Answers): boolean => a.currentStatus === 'abroad';
export const isRefugeHolder = (a: Answers): boolean => a.currentStatus === 'temporaryRefuge';
export const wantsResidenceFromRefuge = (a: Answers): boolean =>
  isRefugeHolder(a) && a.refugeGoal === 'temporaryResidence';

export const isResident = (a: Answers): boolean =>
  a.currentStatus === 'temporaryResidence' || a.currentStatus === 'permanentResidence';

/** Resident goals that make sense for each kind of residence already held. */
export const RESIDENT_GOALS: Record<'temporaryResidence' | 'permanentResidence', readonly ResidentGoal[]> = {
  temporaryResidence: ['renewal', 'changeOfPurpose', 'longTermResidence', 'permanentResidence', 'continuingDuties'],
  permanentResidence: ['permanentResidence', 'longTermResidence', 'continuingDuties'],
};

export const goalNeedsPurpose = (a: Answers): boolean =>
  a.residentGoal === 'renewal' || a.residentGoal === 'changeOfPurpose';

export const goalNeedsExpiry = (a: Answers): boolean =>
  a.residentGoal === 'renewal' ||
  a.residentGoal === 'changeOfPurpose' ||
  (a.currentStatus === 'permanentResidence' && a.residentGoal === 'permanentResidence');

export const goalNeedsResidenceSince = (a: Answers): boolean =>
  a.residentGoal === 'longTermResidence' ||
  (a.currentStatus === 'temporaryResidence' && a.residentGoal === 'permanentResidence');

/** A temporary resident who asks for permanent residence: ask which family tie (if any) opens it (§43). */
export const asksPermanentResidenceTie = (a: Answers): boolean =>
  a.currentStatus === 'temporaryResidence' && a.residentGoal === 'permanentResidence';

/** A family tie that opens permanent residence for 5 years is known to be the person's. */
export const hasPermanentResidenceTie = (a: Answers): boolean =>
  asksPermanentResidenceTie(a) && (a.permanentResidenceTie === 'slovakFamily' || a.permanentResidenceTie === 'childOfPermanentResident');

/** No family tie opens permanent residence: the plan says so and shows long-term residence instead. */
export const hasNoPermanentResidenceTie = (a: Answers): boolean =>
  asksPermanentResidenceTie(a) && a.permanentResidenceTie === 'none';

export const goalIsRenewal = (a: Answers): boolean => a.residentGoal === 'renewal';

/** Applies for a new temporary residence (first application or from refuge, visa or visa-free stay). */
export const appliesForTemporaryResidence = (a: Answers): boolean =>
  a.stayLength === 'over90Days' &&
  (isAbroad(a) || isInSlovakiaWithoutResidence(a) || wantsResidenceFromRefuge(a));

/** Has arrived or will arrive, so the notice of stay and its deadline apply. */
export const needsArrivalDate = (a: Answers, asOf: string): boolean =>
  (isEuEeaChCitizen(a, asOf) && !!a.stayLength) ||
  (isThirdCountryNational(a, asOf) && (isEuFamilyMember(a) || isShortStay(a) || isInSlovakiaWithoutResidence(a)));

/** A third-country national (not an EU citizen's family member) staying over 90 days. */
export const isThirdCountryLongStay = (a: Answers, asOf: string): boolean =>
  !isEuEeaChCitizen(a, asOf) && !isEuFamilyMember(a) && isLongStay(a);

/** An EU/EEA/CH citizen staying over 90 days. */
export const isEuLongStay = (a: Answers, asOf: string): boolean => isEuEeaChCitizen(a, asOf) && isLongStay(a);

/** A card with a chip can have a BOK: ask whether it is active (a card without one, or unknown, cannot have it yet). */
export const asksBokActive = (a: Answers): boolean => a.cardChip === 'yes';

/** The BOK is known to be active: no activation step, and authorised booking is open to the person. */
export const hasActiveBok = (a: Answers): boolean => a.cardChip === 'yes' && a.bokActive === 'yes';
