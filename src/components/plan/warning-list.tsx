import { useTranslation } from 'react-i18next';
import { groupWarnings, PROMINENT_WARNINGS, stepAnchor, type PlanWarning } from './plan-format.ts';

export interface WarningListProps {
  warnings: readonly PlanWarning[];
  stepNumber: ReadonlyMap<string, number>;
  stepTitle: ReadonlyMap<string, string>;
}

/**
 * The plan's warnings grouped by kind: deadlines passed and what the law forbids first and
 * prominent; facts of low confidence as "check with the Foreign Police"; conflicts as
 * "sources disagree".
 */
export function WarningList({ warnings, stepNumber, stepTitle }: WarningListProps) {
  const { t } = useTranslation();
  const groups = groupWarnings(warnings);
  if (groups.length === 0) return null;
  return (
    <section className="pv-section pv-warnings" aria-labelledby="pv-warnings-heading">
      <h2 id="pv-warnings-heading">{t('uiPlan.warnings.heading')}</h2>
      {groups.map(({ kind, warnings: items }) => (
        <section
          key={kind}
          className={`pv-warning-group pv-warning-${kind}${PROMINENT_WARNINGS.has(kind) ? ' pv-prominent' : ''}`}
          aria-labelledby={`pv-warning-${kind}`}
        >
          <h3 id={`pv-warning-${kind}`} className="pv-warning-title">
            <span className="pv-icon" aria-hidden="true">
              {PROMINENT_WARNINGS.has(kind) ? '!' : kind === 'conflict' ? '≠' : 'i'}
            </span>
            {t(`uiPlan.warnings.kind.${kind}`)}
          </h3>
          <ul className="pv-plain-list">
            {items.map((w, i) => {
              const n = w.stepId ? stepNumber.get(w.stepId) : undefined;
              return (
                <li key={`${w.id}-${i}`}>
                  {w.text}
                  {w.stepId && n !== undefined && (
                    <>
                      {' '}
                      <a className="pv-step-link" href={`#${stepAnchor(w.stepId)}`}>
                        {t('uiPlan.warnings.goToStep', { number: n, title: stepTitle.get(w.stepId) ?? '' })}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

export interface InlineWarningsProps {
  warnings: readonly PlanWarning[];
  /** Added to the list's class. */
  className?: string;
}

/** Warnings as a plain list, each led by its kind: a step's warnings, or a person's in the household pack. */
export function InlineWarnings({ warnings, className }: InlineWarningsProps) {
  const { t } = useTranslation();
  return (
    <ul className={className ? `pv-plain-list ${className}` : 'pv-plain-list'}>
      {warnings.map((w, i) => (
        <li key={`${w.id}-${i}`} className={`pv-inline-warning pv-warning-${w.kind}`}>
          <strong>{t(`uiPlan.warnings.kind.${w.kind}`)}:</strong> {w.text}
        </li>
      ))}
    </ul>
  );
}
