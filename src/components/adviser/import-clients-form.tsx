import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addImported, importClients, keepAside, type ImportResult } from '../keep/client-store.ts';
import { FieldError } from '../ui/field-error.tsx';
import { readFileText } from '../ui/read-file-text.ts';
import { keptNames, problemLine } from './kept-aside-list.tsx';
import { PassphraseField } from './passphrase-field.tsx';
import type { ClientUndo } from './use-client-actions.ts';
import type { PageMessages } from './use-page-messages.ts';
import type { StoredClients } from './use-stored-clients.ts';

const FILE_ID = 'adv-import-file';
const PASSPHRASE_ID = 'adv-import-passphrase';

export interface ImportClientsFormProps {
  store: Storage | undefined;
  commit: StoredClients['commit'];
  reload: StoredClients['reload'];
  messages: PageMessages<ClientUndo>;
}

/**
 * Import clients from a file (with its passphrase if it is encrypted): every entry that
 * passes the checks is added; the others are kept aside, named with what is wrong.
 */
export function ImportClientsForm({ store, commit, reload, messages: { setNotice, fail, clearProblems } }: ImportClientsFormProps) {
  const { t } = useTranslation();
  const [importPassphrase, setImportPassphrase] = useState('');
  const [importError, setImportError] = useState<{ field: 'file' | 'passphrase'; message: string }>();
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const onImport = async (e: FormEvent) => {
    e.preventDefault();
    const input = fileRef.current;
    const file = input?.files?.[0];
    const importFailed = (field: 'file' | 'passphrase', message: string, details?: string[]) => {
      setImportError({ field, message });
      setNotice(undefined);
      fail({
        items: [{ fieldId: field === 'file' ? FILE_ID : PASSPHRASE_ID, message }],
        ...(details ? { details } : {}),
        nothingImported: Boolean(file),
      });
    };
    if (!file) {
      importFailed('file', t('adviser.import.errorNoFile'));
      return;
    }
    setBusy(true);
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
        importFailed(field, t(key, { name: file.name }), r.problems?.map((p) => problemLine(p, t)));
        return;
      }
      setImportError(undefined);
      clearProblems();
      // Clients already here exactly as in the file (imported before) are not added again, and said.
      let same = 0;
      commit((list) => {
        const next = addImported(list, r.incoming);
        same = r.incoming.length - (next.length - list.length);
        return next;
      });
      const keptSafe = keepAside(r.keptAside, store);
      if (r.keptAside.length) reload();
      setImportPassphrase('');
      if (input) input.value = '';
      const added = [t('adviser.import.added', { count: r.added - same, name: file.name }), same > 0 && t('adviser.import.alreadyHere', { count: same })].filter(Boolean).join(' ');
      const kept = r.keptAside.length
        ? ` ${t(keptSafe ? 'adviser.keptAside.fromImport' : 'adviser.keptAside.fromImportNotKept', { count: r.keptAside.length, names: keptNames(r.keptAside, t) })}`
        : '';
      setNotice({ message: `${added}${kept}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="app-section" aria-labelledby="adv-import-heading">
      <h2 id="adv-import-heading">{t('adviser.import.heading')}</h2>
      <p>{t('adviser.import.text')}</p>
      <form noValidate onSubmit={(e) => void onImport(e)}>
        <div className={`adv-form-group${importError?.field === 'file' ? ' adv-form-group-error' : ''}`}>
          <label className="app-label" htmlFor={FILE_ID}>
            {t('adviser.import.fileLabel')}
          </label>
          {importError?.field === 'file' && <FieldError id={`${FILE_ID}-error`} message={importError.message} area="adviser" />}
          <input
            id={FILE_ID}
            ref={fileRef}
            className="app-file"
            type="file"
            accept=".json,application/json"
            aria-describedby={importError?.field === 'file' ? `${FILE_ID}-error` : undefined}
            aria-invalid={importError?.field === 'file' ? true : undefined}
            onChange={() => setImportError(undefined)}
          />
        </div>
        <PassphraseField
          id={PASSPHRASE_ID}
          label={t('adviser.import.passphraseLabel')}
          hint={t('adviser.import.passphraseHint')}
          value={importPassphrase}
          error={importError?.field === 'passphrase' ? importError.message : undefined}
          autoComplete="off"
          onChange={setImportPassphrase}
        />
        <button type="submit" className="app-button" disabled={busy}>
          {t('adviser.import.button')}
        </button>
      </form>
    </section>
  );
}
