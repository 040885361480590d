import { useTranslation } from 'react-i18next';
import type { Plan } from '../../rules/schema/plan.ts';
import { sourceTitleLang, sourceTitlesNote } from '../../locales/resolve-plan.ts';
import { printedAddress, sourceAnchor } from './plan-format.ts';

export interface SourceListProps {
  sources: Plan['sources'];
  /** The plan's language: titles in another are said once above the list and marked with `lang`. */
  language: string;
}

/**
 * Every source of the plan, numbered, linked, with its legal reference and last-verified date;
 * on paper each with its address as one can type it (printedAddress).
 */
export function SourceList({ sources, language }: SourceListProps) {
  const { t } = useTranslation();
  const note = sourceTitlesNote(sources, language, t);
  return (
    <section className="pv-section pv-sources" aria-labelledby="pv-sources-heading">
      <h2 id="pv-sources-heading">{t('uiPlan.sources.heading')}</h2>
      <p>
        {t('uiPlan.sources.intro')}
        {note && <span className="pv-source-languages"> {note}</span>}
      </p>
      <ol className="pv-source-list">
        {sources.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} tabIndex={-1}>
            <a href={s.url} rel="noreferrer" lang={sourceTitleLang(s, language)}>
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
