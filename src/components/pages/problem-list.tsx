import { useTranslation } from 'react-i18next';
import { problemText } from '../../locales/problem-text.ts';
import type { Problem } from '../../rules/schema/problem.ts';

/**
 * Problems found in a case file, a link or a plan, every one of them, in the interface
 * language: the field as its question names it and what is wrong (with a short excerpt of
 * the bad value).
 */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="app-problems">
      {problems.map((p, i) => {
        const { field, message } = problemText(p, (key, options) => t(key, options ?? {}));
        return (
          <li key={`${p.field}-${p.key}-${i}`}>
            {field && (
              <>
                <strong>{field}</strong>:{' '}
              </>
            )}
            {message}
          </li>
        );
      })}
    </ul>
  );
}
