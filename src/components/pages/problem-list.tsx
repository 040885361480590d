import { useTranslation } from 'react-i18next';
import type { Problem } from '../../rules/case-file-check.ts';
import { fieldLabel } from '../app-format.ts';

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
