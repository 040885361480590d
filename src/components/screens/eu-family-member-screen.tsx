import { EnumQuestion } from '../form/enum-question.tsx';

/** Joining or accompanying an EU, EEA or Swiss family member? Yes / no. */
export function EuFamilyMemberScreen() {
  return <EnumQuestion questionId="euFamilyMember" />;
}
