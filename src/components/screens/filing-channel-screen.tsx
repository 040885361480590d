import { EnumQuestion } from '../form/enum-question.tsx';

/** Renewal: filed in person, or online with an activated residence card. */
export function FilingChannelScreen() {
  return <EnumQuestion questionId="filingChannel" />;
}
