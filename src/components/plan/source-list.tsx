import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { sourceAnchor } from './plan-format.ts';

export interface SourceListProps {
  sources: Plan['sources'];
}

/** Every source of the plan, numbered, linked, with its legal reference and last-verified date. */
export function SourceList({ sources }: SourceListProps) {
  const { t } = useTranslation();
  return (
    <section className="pv-section pv-sources" aria-labelledby="pv-sources-heading">
      <h2 id="pv-sources-heading">{t('uiPlan.sources.heading')}</h2>
      <p>{t('uiPlan.sources.intro')}</p>
      <ol className="pv-source-list">
        {sources.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} tabIndex={-1}>
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>
            <span className="pv-print-url"> {printedAddress(s.url)}</span>
            {s.legalRef && <span className="pv-legal-ref"> ({s.legalRef})</span>}
            <span className="pv-verified">
              {' — '}
              {t('uiPlan.sources.lastVerified', { date: s.lastVerified })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** An address as printed: without the scheme, which paper readers type anyway. */
function printedAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
