import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLIENTS_KEY,
  clientProgress,
  duplicateClient,
  exportClients,
  addImported,
  deleteKeptAside,
  importClients,
  keepAside,
  MAX_NAME_LENGTH,
  newClient,
  removeClient,
  restoreClient,
  searchClients,
  type Client,
  type ImportResult,
  type KeptAside,
} from '../keep/client-store.ts';
import { downloadText, safeFileName } from '../keep/download.ts';
import { localDateTimeAttr, tableDateTime } from './adviser-format.ts';
import { AdviserErrorSummary, StatusNotice, type ProblemItem } from './adviser-notices.tsx';
import { FieldError } from '../ui/field-error.tsx';
import { readFileText } from '../ui/read-file-text.ts';
import { Desk } from './desk.tsx';
import { documentProgress } from './household-view.ts';
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

type ClientUndo = NonNullable<ReturnType<typeof removeClient>['undo']>;

interface Notice {
  message: string;
  undo?: ClientUndo;
  /** Set when focus moves to the message. */
  focus?: number;
}

interface Problems {
  items: ProblemItem[];
  details?: string[];
  nothingImported?: boolean;
}

const MIN_PASSPHRASE = 8;
const ids = {
  createName: 'adv-create-name',
  search: 'adv-search',
  exportWhich: 'adv-export-which',
  exportPassphrase: 'adv-export-passphrase',
  importFile: 'adv-import-file',
  importPassphrase: 'adv-import-passphrase',
};

/**
 * The adviser's client list: kept only in this browser (no accounts, no server). Add, search,
 * open, duplicate and delete (with Undo) clients; export them to a file, encrypted with a
 * passphrase if one is given, and import such files. A saved list that cannot be read is
 * reported and left as it is until the adviser decides.
 */
export function ClientsPage({ asOf, store, onOpen }: ClientsPageProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>();
  // A change made in another window is shown at once, and said (politely: no focus move).
  const { clients, keptAside, storage, saveFailed, commit, reload } = useStoredClients(store, () =>
    setNotice({ message: t('adviser.sync.listChanged') }),
  );
  const [problems, setProblems] = useState<Problems>();
  const [problemKey, setProblemKey] = useState(0);
  // A new object on every Undo: restoring the same client twice must move the focus twice.
  const [focusOpen, setFocusOpen] = useState<{ id: string }>();

  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [query, setQuery] = useState('');
  const [exportWhich, setExportWhich] = useState('all');
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [exportError, setExportError] = useState<string>();
  const [importPassphrase, setImportPassphrase] = useState('');
  const [importError, setImportError] = useState<{ field: 'file' | 'passphrase'; message: string }>();
  const [busy, setBusy] = useState<'export' | 'import'>();
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusOpen) document.getElementById(`adv-open-${focusOpen.id}`)?.focus();
  }, [focusOpen]);

  const shown = useMemo(() => searchClients(clients, query), [clients, query]);
  const progress = useMemo(
    () => new Map(clients.map((c) => [c.id, { questions: clientProgress(c, asOf), documents: documentProgress(c, asOf, store) }])),
    [clients, asOf, store],
  );

  const fail = (p: Problems) => {
    setProblems(p);
    setProblemKey((k) => k + 1);
  };
  const clearProblems = () => setProblems(undefined);

  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    const error = !trimmed ? t('adviser.create.errorEmpty') : trimmed.length > MAX_NAME_LENGTH ? t('adviser.create.errorTooLong') : undefined;
    setNameError(error);
    if (error) {
      fail({ items: [{ fieldId: ids.createName, message: error }] });
      return;
    }
    clearProblems();
    const client = newClient(trimmed);
    commit((list) => [client, ...list]);
    setName('');
    setNotice({ message: t('adviser.create.added', { name: client.name }) });
  };

  const onDuplicate = (c: Client) => {
    const copy = duplicateClient(c, t('adviser.list.copyName', { name: c.name }).slice(0, MAX_NAME_LENGTH));
    commit((list) => {
      const index = list.findIndex((x) => x.id === c.id);
      return [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
    });
    setNotice({ message: t('adviser.list.duplicated', { name: copy.name }) });
  };

  const onDelete = (c: Client) => {
    let undo: ClientUndo | undefined;
    commit((list) => {
      const r = removeClient(list, c.id);
      undo = r.undo;
      return r.clients;
    });
    if (!undo) {
      // Another window deleted it already.
      setNotice({ message: t('adviser.sync.alreadyDeleted', { name: c.name }) });
      return;
    }
    const message = t('adviser.list.deleted', { name: c.name });
    setNotice((prev) => ({ message, undo, focus: (prev?.focus ?? 0) + 1 }));
  };

  const onUndo = (undo: ClientUndo) => {
    commit((list) => restoreClient(list, undo));
    setNotice({ message: t('adviser.list.restored', { name: undo.client.name }) });
    setFocusOpen({ id: undo.client.id });
  };

  const onExport = async (e: FormEvent) => {
    e.preventDefault();
    if (exportPassphrase && exportPassphrase.length < MIN_PASSPHRASE) {
      const message = t('adviser.export.passphraseTooShort');
      setExportError(message);
      fail({ items: [{ fieldId: ids.exportPassphrase, message }] });
      return;
    }
    setExportError(undefined);
    clearProblems();
    const one = exportWhich === 'all' ? undefined : clients.find((c) => c.id === exportWhich);
    const selected = one ? [one] : clients;
    const file = one ? `pobyt-client-${safeFileName(one.name)}-${asOf}.json` : `pobyt-clients-${asOf}.json`;
    setBusy('export');
    setNotice({ message: t('adviser.export.working') });
    try {
      const text = await exportClients(selected, exportPassphrase || undefined);
      downloadText(file, text, 'application/json');
      const done = t('adviser.export.done', { count: selected.length, file });
      setNotice({ message: exportPassphrase ? `${done} ${t('adviser.export.encrypted')}` : done });
      setExportPassphrase('');
    } catch {
      setNotice(undefined);
      fail({ items: [{ message: t('adviser.export.failed') }] });
    } finally {
      setBusy(undefined);
    }
  };

  const onImport = async (e: FormEvent) => {
    e.preventDefault();
    const input = fileRef.current;
    const file = input?.files?.[0];
    const importFailed = (field: 'file' | 'passphrase', message: string, details?: string[]) => {
      setImportError({ field, message });
      setNotice(undefined);
      fail({
        items: [{ fieldId: field === 'file' ? ids.importFile : ids.importPassphrase, message }],
        ...(details ? { details } : {}),
        nothingImported: Boolean(file),
      });
    };
    if (!file) {
      importFailed('file', t('adviser.import.errorNoFile'));
      return;
    }
    setBusy('import');
    setNotice({ message: t('adviser.import.working') });
    try {
      let text: string;
      try {
        text = await readFileText(file);
      } catch {
        importFailed('file', t('adviser.import.errorRead', { name: file.name }));
        return;
      }
      const r: ImportResult = await importClients([], text, importPassphrase || undefined);
      if (!r.ok) {
        const key = `adviser.import.error${r.reason[0]!.toUpperCase()}${r.reason.slice(1)}`;
        const field = r.reason === 'needsPassphrase' || r.reason === 'wrongPassphraseOrDamaged' ? 'passphrase' : 'file';
        importFailed(field, t(key, { name: file.name }), r.problems);
        return;
      }
      setImportError(undefined);
      clearProblems();
      commit((list) => addImported(list, r.incoming));
      const keptSafe = keepAside(r.keptAside, store);
      if (r.keptAside.length) reload();
      setImportPassphrase('');
      if (input) input.value = '';
      const added = t('adviser.import.added', { count: r.added, name: file.name });
      const kept = r.keptAside.length
        ? ` ${t(keptSafe ? 'adviser.keptAside.fromImport' : 'adviser.keptAside.fromImportNotKept', { count: r.keptAside.length, names: keptNames(r.keptAside) })}`
        : '';
      setNotice({ message: `${added}${kept}` });
    } finally {
      setBusy(undefined);
    }
  };

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

          <section className="app-section" aria-labelledby="adv-create-heading">
            <h2 id="adv-create-heading">{t('adviser.create.heading')}</h2>
            <form noValidate onSubmit={onCreate}>
              <div className={`adv-form-group${nameError ? ' adv-form-group-error' : ''}`}>
                <label className="app-label" htmlFor={ids.createName}>
                  {t('adviser.create.label')}
                </label>
                <p className="adv-hint" id={`${ids.createName}-hint`}>
                  {t('adviser.create.hint')}
                </p>
                {nameError && <FieldError id={`${ids.createName}-error`} message={nameError} area="adviser" />}
                <input
                  id={ids.createName}
                  className={`adv-input${nameError ? ' adv-input-error' : ''}`}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={name}
                  aria-describedby={`${ids.createName}-hint${nameError ? ` ${ids.createName}-error` : ''}`}
                  aria-invalid={nameError ? true : undefined}
                  onChange={(e) => setName(e.currentTarget.value)}
                />
              </div>
              <button type="submit" className="app-button">
                {t('adviser.create.button')}
              </button>
            </form>
          </section>

          <section className="app-section" aria-labelledby="adv-list-heading">
            <h2 id="adv-list-heading">{t('adviser.list.heading')}</h2>
            {clients.length === 0 ? (
              <p>{t('adviser.list.none')}</p>
            ) : (
              <>
                <div className="adv-form-group">
                  <label className="app-label" htmlFor={ids.search}>
                    {t('adviser.list.searchLabel')}
                  </label>
                  <p className="adv-hint" id={`${ids.search}-hint`}>
                    {t('adviser.list.searchHint')}
                  </p>
                  <input
                    id={ids.search}
                    className="adv-input"
                    type="search"
                    autoComplete="off"
                    value={query}
                    aria-describedby={`${ids.search}-hint`}
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
                    <table className="adv-table" id="adv-client-table">
                      <caption className="app-visually-hidden">{t('adviser.list.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('adviser.list.name')}</th>
                          <th scope="col">{t('adviser.list.changed')}</th>
                          <th scope="col">{t('adviser.list.progress')}</th>
                          <th scope="col">{t('adviser.list.actions')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((c) => {
                          const p = progress.get(c.id);
                          return (
                            <tr key={c.id}>
                              <th scope="row">
                                <span className="adv-client-name">{c.name}</span>
                                <span className="adv-block adv-muted">{t('adviser.list.people', { count: c.members.length })}</span>
                              </th>
                              <td>
                                <time dateTime={localDateTimeAttr(c.updatedAt)}>{tableDateTime(c.updatedAt)}</time>
                              </td>
                              <td>
                                {p && (
                                  <ul className="adv-plain-list">
                                    <li>{t('adviser.list.questions', { answered: p.questions.answered, asked: p.questions.asked })}</li>
                                    {p.documents && <li>{t('adviser.list.documents', { done: p.documents.ticked, total: p.documents.total })}</li>}
                                    {p.questions.complete && <li>{t('adviser.list.complete')}</li>}
                                  </ul>
                                )}
                              </td>
                              <td>
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

          <section className="app-section" aria-labelledby="adv-export-heading">
            <h2 id="adv-export-heading">{t('adviser.export.heading')}</h2>
            <p>{t('adviser.export.text')}</p>
            {clients.length === 0 ? (
              <p>{t('adviser.export.none')}</p>
            ) : (
              <form noValidate onSubmit={(e) => void onExport(e)}>
                <div className="adv-form-group">
                  <label className="app-label" htmlFor={ids.exportWhich}>
                    {t('adviser.export.whichLabel')}
                  </label>
                  <select id={ids.exportWhich} className="adv-select" value={exportWhich} onChange={(e) => setExportWhich(e.currentTarget.value)}>
                    <option value="all">{t('adviser.export.all', { count: clients.length })}</option>
                    {clients.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </div>
                <PassphraseField
                  id={ids.exportPassphrase}
                  label={t('adviser.export.passphraseLabel')}
                  hint={t('adviser.export.passphraseHint')}
                  value={exportPassphrase}
                  error={exportError}
                  autoComplete="new-password"
                  onChange={setExportPassphrase}
                />
                <button type="submit" className="app-button" disabled={busy === 'export'}>
                  {t('adviser.export.button')}
                </button>
              </form>
            )}
          </section>

          <section className="app-section" aria-labelledby="adv-import-heading">
            <h2 id="adv-import-heading">{t('adviser.import.heading')}</h2>
            <p>{t('adviser.import.text')}</p>
            <form noValidate onSubmit={(e) => void onImport(e)}>
              <div className={`adv-form-group${importError?.field === 'file' ? ' adv-form-group-error' : ''}`}>
                <label className="app-label" htmlFor={ids.importFile}>
                  {t('adviser.import.fileLabel')}
                </label>
                {importError?.field === 'file' && <FieldError id={`${ids.importFile}-error`} message={importError.message} area="adviser" />}
                <input
                  id={ids.importFile}
                  ref={fileRef}
                  className="app-file"
                  type="file"
                  accept=".json,application/json"
                  aria-describedby={importError?.field === 'file' ? `${ids.importFile}-error` : undefined}
                  aria-invalid={importError?.field === 'file' ? true : undefined}
                  onChange={() => setImportError(undefined)}
                />
              </div>
              <PassphraseField
                id={ids.importPassphrase}
                label={t('adviser.import.passphraseLabel')}
                hint={t('adviser.import.passphraseHint')}
                value={importPassphrase}
                error={importError?.field === 'passphrase' ? importError.message : undefined}
                autoComplete="off"
                onChange={setImportPassphrase}
              />
              <button type="submit" className="app-button" disabled={busy === 'import'}>
                {t('adviser.import.button')}
              </button>
            </form>
          </section>
        </>
      )}
    </div>
  );
}

interface PassphraseFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  autoComplete: string;
  onChange: (value: string) => void;
}

function PassphraseField({ id, label, hint, value, error, autoComplete, onChange }: PassphraseFieldProps) {
  return (
    <div className={`adv-form-group${error ? ' adv-form-group-error' : ''}`}>
      <label className="app-label" htmlFor={id}>
        {label}
      </label>
      <p className="adv-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && <FieldError id={`${id}-error`} message={error} area="adviser" />}
      <input
        id={id}
        className={`adv-input adv-input-passphrase${error ? ' adv-input-error' : ''}`}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}

/** The saved list cannot be read: say so, offer its raw text as a file, and delete it only when asked twice. */
function CorruptList({ store, onReset }: { store: Storage | undefined; onReset: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const download = () => {
    let raw: string | null = null;
    try {
      raw = store?.getItem(CLIENTS_KEY) ?? null;
    } catch {
      raw = null;
    }
    downloadText('pobyt-clients-unreadable.txt', raw ?? '', 'text/plain');
  };

  return (
    <div className="app-error-summary adv-error-summary" role="alert" aria-labelledby="adv-corrupt-title" tabIndex={-1} ref={ref}>
      <h2 id="adv-corrupt-title" className="adv-error-summary-title">
        {t('adviser.storage.corruptHeading')}
      </h2>
      <p>{t('adviser.storage.corruptText')}</p>
      {confirming ? (
        <>
          <h3 id="adv-corrupt-confirm" tabIndex={-1} ref={confirmRef}>
            {t('adviser.storage.corruptConfirmHeading')}
          </h3>
          <p>{t('adviser.storage.corruptConfirmText')}</p>
          <div className="app-button-group">
            <button type="button" className="app-button app-button-warning" onClick={onReset}>
              {t('adviser.storage.corruptConfirm')}
            </button>
            <button type="button" className="app-button app-button-secondary" onClick={() => setConfirming(false)}>
              {t('adviser.storage.corruptCancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="app-button-group">
          <button type="button" className="app-button" onClick={download}>
            {t('adviser.storage.corruptDownload')}
          </button>
          <button type="button" className="app-button app-button-secondary" onClick={() => setConfirming(true)}>
            {t('adviser.storage.corruptReset')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Names of kept-aside entries for a message: at most three, each cut to 40 characters. */
function keptNames(items: readonly KeptAside[]): string {
  const names = items.slice(0, 3).map((k) => (k.name ? (k.name.length > 40 ? `${k.name.slice(0, 39)}…` : k.name) : '—'));
  return items.length > 3 ? `${names.join(', ')}, …` : names.join(', ');
}

/** Clients that could not be read: named with what is wrong, each downloadable and deletable (asked twice). */
function KeptAsideList({ items, onDelete }: { items: readonly KeptAside[]; onDelete: (k: KeptAside) => void }) {
  const { t } = useTranslation();
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
                <span className="adv-muted">{t(k.from === 'import' ? 'adviser.keptAside.fromFile' : 'adviser.keptAside.fromList', { date: tableDateTime(k.keptAt) })}</span>
              </p>
              <p className="adv-muted">{t('adviser.keptAside.problems')}</p>
              <ul>
                {k.problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.length > 120 ? `${p.slice(0, 119)}…` : p}</code>
                  </li>
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
