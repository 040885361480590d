import { EnumQuestion } from '../form/enum-question.tsx';

/** An EU, EEA or Swiss citizen staying longer: the basis of residence. */
export function EuBasisScreen() {
  return <EnumQuestion questionId="euBasis" />;
}
