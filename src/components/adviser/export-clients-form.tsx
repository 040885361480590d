import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportClients, type Client } from '../keep/client-store.ts';
import { openFile } from '../keep/crypto-file.ts';
import { safeFileName } from '../../rules/file-name.ts';
import { downloadText } from '../keep/download.ts';
import { PassphraseField } from './passphrase-field.tsx';
import type { ClientUndo } from './use-client-actions.ts';
import type { PageMessages } from './use-page-messages.ts';

const MIN_PASSPHRASE = 8;
const WHICH_ID = 'adv-export-which';
const PASSPHRASE_ID = 'adv-export-passphrase';
const AGAIN_ID = 'adv-export-passphrase-again';

/**
 * Whether an encrypted export opens again with its passphrase and holds exactly what was
 * exported: checked before the file is offered, so a file that would not open is never the
 * adviser's only copy.
 */
async function opensAgain(text: string, passphrase: string, clients: readonly Client[]): Promise<boolean> {
  const back = await openFile(text, passphrase);
  return back.ok && JSON.stringify(back.data) === JSON.stringify({ clients });
}

export interface ExportClientsFormProps {
  clients: Client[];
  /** Today (YYYY-MM-DD), in the file's name. */
  asOf: string;
  messages: PageMessages<ClientUndo>;
}

/** Export all clients or one to a file, encrypted when a passphrase (8 characters or more) is given. */
export function ExportClientsForm({ clients, asOf, messages: { setNotice, fail, clearProblems } }: ExportClientsFormProps) {
  const { t } = useTranslation();
  const [exportWhich, setExportWhich] = useState('all');
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [exportAgain, setExportAgain] = useState('');
  const [exportError, setExportError] = useState<string>();
  const [againError, setAgainError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const onExport = async (e: FormEvent) => {
    e.preventDefault();
    if (exportPassphrase && exportPassphrase.length < MIN_PASSPHRASE) {
      const message = t('adviser.export.passphraseTooShort');
      setExportError(message);
      setAgainError(undefined);
      fail({ items: [{ fieldId: PASSPHRASE_ID, message }] });
      return;
    }
    if (exportPassphrase && exportAgain !== exportPassphrase) {
      const message = t('adviser.export.passphraseMismatch');
      setExportError(undefined);
      setAgainError(message);
      fail({ items: [{ fieldId: AGAIN_ID, message }] });
      return;
    }
    setExportError(undefined);
    setAgainError(undefined);
    clearProblems();
    const one = exportWhich === 'all' ? undefined : clients.find((c) => c.id === exportWhich);
    const selected = one ? [one] : clients;
    const file = one ? `pobyt-client-${safeFileName(one.name)}-${asOf}.json` : `pobyt-clients-${asOf}.json`;
    setBusy(true);
    setNotice({ message: t('adviser.export.working') });
    try {
      const text = await exportClients(selected, exportPassphrase || undefined);
      if (exportPassphrase && !(await opensAgain(text, exportPassphrase, selected))) {
        setNotice(undefined);
        fail({ items: [{ message: t('adviser.export.checkFailed') }] });
        return;
      }
      downloadText(file, text, 'application/json');
      const done = t('adviser.export.done', { count: selected.length, file });
      setNotice({ message: exportPassphrase ? `${done} ${t('adviser.export.encrypted')} ${t('adviser.export.checked')}` : done });
      setExportPassphrase('');
      setExportAgain('');
    } catch {
      setNotice(undefined);
      fail({ items: [{ message: t('adviser.export.failed') }] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="app-section" aria-labelledby="adv-export-heading">
      <h2 id="adv-export-heading">{t('adviser.export.heading')}</h2>
      <p>{t('adviser.export.text')}</p>
      {clients.length === 0 ? (
        <p>{t('adviser.export.none')}</p>
      ) : (
        <form noValidate onSubmit={(e) => void onExport(e)}>
          <div className="adv-form-group">
            <label className="app-label" htmlFor={WHICH_ID}>
              {t('adviser.export.whichLabel')}
            </label>
            <select id={WHICH_ID} className="adv-select" value={exportWhich} onChange={(e) => setExportWhich(e.currentTarget.value)}>
              <option value="all">{t('adviser.export.all', { count: clients.length })}</option>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <PassphraseField
            id={PASSPHRASE_ID}
            label={t('adviser.export.passphraseLabel')}
            hint={t('adviser.export.passphraseHint')}
            value={exportPassphrase}
            error={exportError}
            autoComplete="new-password"
            onChange={setExportPassphrase}
          />
          {exportPassphrase && (
            <PassphraseField
              id={AGAIN_ID}
              label={t('adviser.export.passphraseAgainLabel')}
              hint={t('adviser.export.passphraseAgainHint')}
              value={exportAgain}
              error={againError}
              autoComplete="new-password"
              onChange={setExportAgain}
            />
          )}
          <button type="submit" className="app-button" disabled={busy}>
            {t('adviser.export.button')}
          </button>
        </form>
      )}
    </section>
  );
}
