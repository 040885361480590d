import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../rules/case-file-check.ts';

/** Problems found in a case file, a link or a plan: the field (named as on the check page) and what is wrong. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="app-problems">
      {problems.map((p, i) => (
        <li key={`${p.field}-${i}`}>
          <strong>{fieldLabel(p.field, t)}</strong>: {p.message}
        </li>
      ))}
    </ul>
  );
}

/** The short name of a question (the check page's row label); a field that is no question stays as it is. */
function fieldLabel(field: string, t: TFunction): string {
  // app.questions holds one label per question id (tests/locales check the set).
  return t(`app.questions.${field}`, { defaultValue: field });
}
