import { useTranslation } from 'react-i18next';
import { CLIENTS_KEY, deleteKeptAside } from '../keep/client-store.ts';
import { AdviserErrorSummary, StatusNotice } from './adviser-notices.tsx';
import { ClientList } from './client-list.tsx';
import { CorruptList } from './corrupt-list.tsx';
import { CreateClientForm } from './create-client-form.tsx';
import { Desk } from './desk.tsx';
import { ExportClientsForm } from './export-clients-form.tsx';
import { ImportClientsForm } from './import-clients-form.tsx';
import { KeptAsideList } from './kept-aside-list.tsx';
import { useClientActions, type ClientUndo } from './use-client-actions.ts';
import { usePageMessages } from './use-page-messages.ts';
import { useStoredClients } from './use-stored-clients.ts';
import './adviser.css';

export interface ClientsPageProps {
  /** Today (YYYY-MM-DD): progress is counted along the questions asked as of this day. */
  asOf: string;
  /** Where the clients are kept; undefined when the browser keeps nothing. */
  store: Storage | undefined;
  /** Open a client's page; at one person's step when an anchor is given (from the desk). */
  onOpen: (clientId: string, anchor?: string) => void;
}

/**
 * The adviser's client list: kept only in this browser (no accounts, no server). Add, search,
 * open, duplicate and delete (with Undo) clients; export them to a file, encrypted with a
 * passphrase if one is given, and import such files. A saved list that cannot be read is
 * reported and left as it is until the adviser decides.
 */
export function ClientsPage({ asOf, store, onOpen }: ClientsPageProps) {
  const { t } = useTranslation();
  const messages = usePageMessages<ClientUndo>();
  const { notice, setNotice, problems, problemKey } = messages;
  // A change made in another window is shown at once, and said (politely: no focus move).
  const { clients, keptAside, storage, saveFailed, commit, reload } = useStoredClients(store, () =>
    setNotice({ message: t('adviser.sync.listChanged') }),
  );
  const { onDuplicate, onDelete, onUndo } = useClientActions(commit, setNotice);

  return (
    <div className="app-page adv">
      <h1>{t('adviser.title')}</h1>
      <p className="app-lead">{t('adviser.lead')}</p>
      <div className="adv-inset">
        <h2 className="adv-inset-heading">{t('adviser.local.heading')}</h2>
        <p>{t('adviser.local.text')}</p>
        <p>{t('adviser.local.clearWarning')}</p>
      </div>

      {storage === 'corrupt' ? (
        <CorruptList
          store={store}
          onReset={() => {
            try {
              store?.removeItem(CLIENTS_KEY);
            } catch {
              // Blocked storage: the list stays unreadable and is shown empty.
            }
            reload();
          }}
        />
      ) : (
        <>
          {storage === 'unavailable' && <p className="adv-warning">{t('adviser.storage.unavailable')}</p>}
          {saveFailed && (
            <p className="adv-warning" role="alert">
              {t('adviser.storage.notSaved')}
            </p>
          )}
          {problems && (
            <AdviserErrorSummary id="adv-problems" items={problems.items} focusKey={problemKey}>
              {problems.details && problems.details.length > 0 && (
                <ul className="app-problems">
                  {problems.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
              {problems.nothingImported && <p>{t('adviser.import.nothingImported')}</p>}
            </AdviserErrorSummary>
          )}
          <StatusNotice
            message={notice?.message}
            onUndo={notice?.undo ? () => onUndo(notice.undo!) : undefined}
            undoLabel={t('adviser.list.undo')}
            {...(notice?.focus ? { focusKey: notice.focus } : {})}
          />
          {keptAside.length > 0 && (
            <KeptAsideList
              items={keptAside}
              onDelete={(k) => {
                deleteKeptAside(k.id, store);
                reload();
                setNotice({ message: t('adviser.keptAside.deleted', { name: k.name ?? t('adviser.keptAside.noName') }) });
              }}
            />
          )}

          <Desk clients={clients} asOf={asOf} store={store} onOpen={onOpen} />
          <CreateClientForm commit={commit} messages={messages} />
          <ClientList clients={clients} asOf={asOf} store={store} onOpen={onOpen} onDuplicate={onDuplicate} onDelete={onDelete} />
          <ExportClientsForm clients={clients} asOf={asOf} messages={messages} />
          <ImportClientsForm store={store} commit={commit} reload={reload} messages={messages} />
        </>
      )}
    </div>
  );
}
