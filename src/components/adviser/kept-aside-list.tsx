import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../locales/problem-text.ts';
import type { KeptAside } from '../keep/client-store.ts';
import { safeFileName } from '../../rules/file-name.ts';
import { downloadText } from '../keep/download.ts';
import { tableDateTime } from './adviser-format.ts';

/** Names of kept-aside entries for a message: at most three, each cut to 40 characters. */
export function keptNames(items: readonly KeptAside[], t: TFunction): string {
  // An entry with no readable name is called as the list below calls it, not "—".
  const names = items.slice(0, 3).map((k) => (k.name ? (k.name.length > 40 ? `${k.name.slice(0, 39)}…` : k.name) : t('adviser.keptAside.noName')));
  return items.length > 3 ? `${names.join(', ')}, …` : names.join(', ');
}

/** A problem in one line in the interface language ("Person 1 — Citizenship: …"); text kept by an older version as it is. */
export function problemLine(p: KeptAside['problems'][number], t: TFunction): string {
  if (typeof p === 'string') return p;
  const said = problemText(p, (key, options) => t(key, options ?? {}));
  return said.field ? `${said.field}: ${said.message}` : said.message;
}

/** Clients that could not be read: named with what is wrong, each downloadable and deletable (asked twice). */
export function KeptAsideList({ items, onDelete }: { items: readonly KeptAside[]; onDelete: (k: KeptAside) => void }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string>();
  return (
    <section className="app-section adv-kept-aside" aria-labelledby="adv-kept-heading">
      <h2 id="adv-kept-heading">{t('adviser.keptAside.heading', { count: items.length })}</h2>
      <p>{t('adviser.keptAside.text')}</p>
      <ul className="adv-kept-list">
        {items.map((k) => {
          const name = k.name ?? t('adviser.keptAside.noName');
          return (
            <li key={k.id}>
              <p>
                <strong>{k.name && k.name.length > 60 ? `${k.name.slice(0, 59)}…` : name}</strong>{' '}
                <span className="adv-muted">{t(k.from === 'import' ? 'adviser.keptAside.fromFile' : 'adviser.keptAside.fromList', { date: tableDateTime(k.keptAt, i18n.language) })}</span>
              </p>
              <p className="adv-muted">{t('adviser.keptAside.problems')}</p>
              <ul>
                {k.problems.map((p, i) => (
                  <li key={i}>{typeof p === 'string' ? <code>{p.length > 120 ? `${p.slice(0, 119)}…` : p}</code> : problemLine(p, t)}</li>
                ))}
              </ul>
              <div className="app-button-group">
                <button
                  type="button"
                  className="app-button app-button-secondary"
                  onClick={() => downloadText(`pobyt-client-kept-aside-${safeFileName(k.name ?? k.id)}.json`, k.raw, 'application/json')}
                >
                  {t('adviser.keptAside.download', { name })}
                </button>
                {confirming === k.id ? (
                  <>
                    <button type="button" className="app-button app-button-warning" onClick={() => onDelete(k)}>
                      {t('adviser.keptAside.confirmDelete', { name })}
                    </button>
                    <button type="button" className="app-button app-button-secondary" onClick={() => setConfirming(undefined)}>
                      {t('adviser.keptAside.cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="app-button app-button-secondary" onClick={() => setConfirming(k.id)}>
                    {t('adviser.keptAside.delete', { name })}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
