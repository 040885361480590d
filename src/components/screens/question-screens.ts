import type { ComponentType } from 'react';
import type { QuestionId } from '../../rules/schema/case-file.ts';
import { AccommodationScreen } from './accommodation-screen.tsx';
import { ArrivalDateScreen } from './arrival-date-screen.tsx';
import { BokActiveScreen } from './bok-active-screen.tsx';
import { CardChipScreen } from './card-chip-screen.tsx';
import { CitizenshipScreen } from './citizenship-screen.tsx';
import { CurrentStatusScreen } from './current-status-screen.tsx';
import { EuBasisScreen } from './eu-basis-screen.tsx';
import { EuFamilyMemberScreen } from './eu-family-member-screen.tsx';
import { FilingChannelScreen } from './filing-channel-screen.tsx';
import { PermanentResidenceTieScreen } from './permanent-residence-tie-screen.tsx';
import { PermitExpiryScreen } from './permit-expiry-screen.tsx';
import { PurposeScreen } from './purpose-screen.tsx';
import { RefugeGoalScreen } from './refuge-goal-screen.tsx';
import { ResidenceSinceScreen } from './residence-since-screen.tsx';
import { ResidentGoalScreen } from './resident-goal-screen.tsx';
import { StayLengthScreen } from './stay-length-screen.tsx';
import { UkResidentBefore2021Screen } from './uk-resident-before-2021-screen.tsx';
import { countryOptions } from '../form/country-options.ts';

/**
 * One screen per question id (= statechart state): the app renders
 * `QUESTION_SCREENS[state.value]` inside `WizardContext.Provider` and an I18nextProvider
 * holding the `questions` and `form` texts (locales/<lng>/ui-questions.json). Each screen
 * reads its answer from the wizard and sends `answer.<id>` or `nav.back`; it takes no props.
 * Each question is its own component, so moving to another question mounts a fresh form
 * (prefilled with that question's answer) and its <h1> takes focus.
 */
export const QUESTION_SCREENS: Record<QuestionId, ComponentType> = {
  citizenship: CitizenshipScreen,
  ukResidentBefore2021: UkResidentBefore2021Screen,
  euFamilyMember: EuFamilyMemberScreen,
  stayLength: StayLengthScreen,
  currentStatus: CurrentStatusScreen,
  refugeGoal: RefugeGoalScreen,
  residentGoal: ResidentGoalScreen,
  purpose: PurposeScreen,
  euBasis: EuBasisScreen,
  permitExpiry: PermitExpiryScreen,
  residenceSince: ResidenceSinceScreen,
  permanentResidenceTie: PermanentResidenceTieScreen,
  arrivalDate: ArrivalDateScreen,
  accommodation: AccommodationScreen,
  filingChannel: FilingChannelScreen,
  cardChip: CardChipScreen,
  bokActive: BokActiveScreen,
};

/**
 * Makes ahead, in the language, what the first question (citizenship) needs: the countries
 * named and sorted. Called by the start page while the person reaches for Start (FullApp.warm).
 */
export function warmFirstQuestion(lng: string): void {
  countryOptions(lng);
}
