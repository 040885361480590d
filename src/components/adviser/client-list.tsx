import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientProgress, searchClients, type Client } from '../keep/client-store.ts';
import { localDateTimeAttr, tableDateTime } from './adviser-format.ts';
import { documentProgress } from './household-view.ts';

const SEARCH_ID = 'adv-search';

export interface ClientListProps {
  clients: Client[];
  /** Today (YYYY-MM-DD): progress is counted along the questions asked as of this day. */
  asOf: string;
  store: Storage | undefined;
  onOpen: (clientId: string) => void;
  onDuplicate: (client: Client) => void;
  onDelete: (client: Client) => void;
}

/** The clients as a table (name, last change, progress, actions), searched by name. */
export function ClientList({ clients, asOf, store, onOpen, onDuplicate, onDelete }: ClientListProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchClients(clients, query), [clients, query]);
  const progress = useMemo(
    () => new Map(clients.map((c) => [c.id, { questions: clientProgress(c, asOf), documents: documentProgress(c, asOf, store) }])),
    [clients, asOf, store],
  );

  return (
    <section className="app-section" aria-labelledby="adv-list-heading">
      <h2 id="adv-list-heading">{t('adviser.list.heading')}</h2>
      {clients.length === 0 ? (
        <p>{t('adviser.list.none')}</p>
      ) : (
        <>
          <div className="adv-form-group">
            <label className="app-label" htmlFor={SEARCH_ID}>
              {t('adviser.list.searchLabel')}
            </label>
            <p className="adv-hint" id={`${SEARCH_ID}-hint`}>
              {t('adviser.list.searchHint')}
            </p>
            <input
              id={SEARCH_ID}
              className="adv-input"
              type="search"
              autoComplete="off"
              value={query}
              aria-describedby={`${SEARCH_ID}-hint`}
              aria-controls="adv-client-table"
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
          </div>
          <p className="adv-muted" aria-live="polite">
            {query.trim() ? t('adviser.list.shown', { shown: shown.length, total: clients.length }) : ''}
          </p>
          {shown.length === 0 ? (
            <p>{t('adviser.list.noMatch', { query: query.trim() })}</p>
          ) : (
            <div className="adv-table-wrap">
              {/* On a phone each client is a block of its own, every value labelled (adviser.css); the
                  roles keep it a table for screen readers, which drop a table restyled as blocks. */}
              <table className="adv-table adv-table-stack" id="adv-client-table" role="table">
                <caption className="app-visually-hidden">{t('adviser.list.caption')}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    {(['name', 'changed', 'progress', 'actions'] as const).map((column) => (
                      <th key={column} scope="col" role="columnheader">
                        {t(`adviser.list.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {shown.map((c) => {
                    const p = progress.get(c.id);
                    return (
                      <tr key={c.id} role="row">
                        <th scope="row" role="rowheader">
                          <span className="adv-client-name">{c.name}</span>
                          <span className="adv-block adv-muted">{t('adviser.list.people', { count: c.members.length })}</span>
                        </th>
                        <td role="cell" data-label={t('adviser.list.changed')}>
                          <time dateTime={localDateTimeAttr(c.updatedAt)}>{tableDateTime(c.updatedAt, i18n.language)}</time>
                        </td>
                        <td role="cell" data-label={t('adviser.list.progress')}>
                          {p && (
                            <ul className="adv-plain-list">
                              <li>{t('adviser.list.questions', { answered: p.questions.answered, asked: p.questions.asked })}</li>
                              {p.documents && <li>{t('adviser.list.documents', { done: p.documents.ticked, total: p.documents.total })}</li>}
                              {p.questions.complete && <li>{t('adviser.list.complete')}</li>}
                            </ul>
                          )}
                        </td>
                        <td role="cell" data-label={t('adviser.list.actions')}>
                          <div className="adv-actions">
                            <button type="button" id={`adv-open-${c.id}`} className="app-link-button" onClick={() => onOpen(c.id)}>
                              {t('adviser.list.open')}{' '}
                              <span className="app-visually-hidden">{c.name}</span>
                            </button>
                            <button type="button" className="app-link-button" onClick={() => onDuplicate(c)}>
                              {t('adviser.list.duplicate')}{' '}
                              <span className="app-visually-hidden">{c.name}</span>
                            </button>
                            <button type="button" className="app-link-button adv-danger" onClick={() => onDelete(c)}>
                              {t('adviser.list.delete')}{' '}
                              <span className="app-visually-hidden">{c.name}</span>
                            </button>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
