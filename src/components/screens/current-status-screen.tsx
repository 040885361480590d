import { EnumQuestion } from '../form/enum-question.tsx';

/** A third-country national staying longer: where they stand now (abroad, visa, residence, refuge…). */
export function CurrentStatusScreen() {
  return <EnumQuestion questionId="currentStatus" />;
}
