import { CountryQuestion } from '../form/country-question.tsx';
import { useWizardAnswer } from '../form/use-wizard-answer.ts';

/** The first question: citizenship, as an ISO 3166-1 alpha-2 code. */
export function CitizenshipScreen() {
  const { value, answer, back } = useWizardAnswer('citizenship');
  return <CountryQuestion questionId="citizenship" defaultValue={value} onAnswer={answer} onBack={back} />;
}
