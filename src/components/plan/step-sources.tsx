import { useTranslation } from 'react-i18next';
import { sourceAnchor, type StepSource } from './plan-format.ts';

/** The one to three sources a step rests on, by title; all of its sources behind a disclosure. */
export function StepSources({ primary, all }: { primary: readonly StepSource[]; all: readonly StepSource[] }) {
  const { t } = useTranslation();
  const ref = (s: StepSource) => (
    <a href={`#${sourceAnchor(s.id)}`} aria-label={t('uiPlan.steps.sourceRef', { number: s.number, title: s.title })}>
      [{s.number}]
    </a>
  );
  return (
    <div className="pv-step-sources">
      <p>{t('uiPlan.steps.sources')}</p>
      <ul className="pv-plain-list">
        {primary.map((s) => (
          <li key={s.id}>
            {ref(s)} <span className="pv-step-source-title" lang={s.lang}>
              {s.title}
            </span>
          </li>
        ))}
      </ul>
      {all.length > primary.length && (
        <details className="pv-all-sources">
          <summary>{t('uiPlan.steps.allSources', { n: all.length })}</summary>
          <p>
            {all.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                {ref(s)}
              </span>
            ))}
          </p>
        </details>
      )}
    </div>
  );
}
