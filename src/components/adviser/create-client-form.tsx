import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH, newClient } from '../keep/client-store.ts';
import { FieldError } from '../ui/field-error.tsx';
import type { ClientUndo } from './use-client-actions.ts';
import type { PageMessages } from './use-page-messages.ts';
import type { StoredClients } from './use-stored-clients.ts';

const NAME_ID = 'adv-create-name';

export interface CreateClientFormProps {
  commit: StoredClients['commit'];
  messages: PageMessages<ClientUndo>;
}

/** "Add a client": a name (required, not too long); the new client goes to the top of the list. */
export function CreateClientForm({ commit, messages: { setNotice, fail, clearProblems } }: CreateClientFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();

  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    const error = !trimmed ? t('adviser.create.errorEmpty') : trimmed.length > MAX_NAME_LENGTH ? t('adviser.create.errorTooLong') : undefined;
    setNameError(error);
    if (error) {
      fail({ items: [{ fieldId: NAME_ID, message: error }] });
      return;
    }
    clearProblems();
    const client = newClient(trimmed);
    commit((list) => [client, ...list]);
    setName('');
    setNotice({ message: t('adviser.create.added', { name: client.name }) });
  };

  return (
    <section className="app-section" aria-labelledby="adv-create-heading">
      <h2 id="adv-create-heading">{t('adviser.create.heading')}</h2>
      <form noValidate onSubmit={onCreate}>
        <div className={`adv-form-group${nameError ? ' adv-form-group-error' : ''}`}>
          <label className="app-label" htmlFor={NAME_ID}>
            {t('adviser.create.label')}
          </label>
          <p className="adv-hint" id={`${NAME_ID}-hint`}>
            {t('adviser.create.hint')}
          </p>
          {nameError && <FieldError id={`${NAME_ID}-error`} message={nameError} area="adviser" />}
          <input
            id={NAME_ID}
            className={`adv-input${nameError ? ' adv-input-error' : ''}`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={name}
            aria-describedby={`${NAME_ID}-hint${nameError ? ` ${NAME_ID}-error` : ''}`}
            aria-invalid={nameError ? true : undefined}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <button type="submit" className="app-button">
          {t('adviser.create.button')}
        </button>
      </form>
    </section>
  );
}
