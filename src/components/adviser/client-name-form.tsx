import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findClient, MAX_NAME_LENGTH, renameClient, type Client, type MemberUndo } from '../keep/client-store.ts';
import { FieldError } from '../ui/field-error.tsx';
import type { ClientRecord } from './use-client-record.ts';
import type { PageMessages } from './use-page-messages.ts';

const NAME_ID = 'adv-client-name';

export interface ClientNameFormProps {
  client: Client;
  commit: ClientRecord['commit'];
  say: ClientRecord['say'];
  messages: Pick<PageMessages<MemberUndo>, 'fail' | 'clearProblems'>;
}

/**
 * The client's name, editable. The text being edited keeps the saved name it started from,
 * so another window's rename meanwhile is recognised and said.
 */
export function ClientNameForm({ client, commit, say, messages: { fail, clearProblems } }: ClientNameFormProps) {
  const { t } = useTranslation();
  const clientId = client.id;
  const [nameEdit, setNameEdit] = useState<{ text: string; base: string }>();
  const [nameError, setNameError] = useState<string>();
  const nameDraft = nameEdit?.text ?? client.name;

  const onRename = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = nameDraft.trim();
    const error = !trimmed ? t('adviser.create.errorEmpty') : trimmed.length > MAX_NAME_LENGTH ? t('adviser.create.errorTooLong') : undefined;
    setNameError(error);
    if (error) {
      fail({ items: [{ fieldId: NAME_ID, message: error }] });
      return;
    }
    clearProblems();
    let other: string | undefined;
    commit((list) => {
      const current = findClient(list, clientId)?.name;
      const base = nameEdit?.base ?? client.name;
      if (current !== undefined && current !== base && current !== trimmed) other = current;
      return renameClient(list, clientId, trimmed);
    });
    setNameEdit(undefined);
    say({ message: other ? t('adviser.sync.nameConflict', { other, name: trimmed }) : t('adviser.client.nameSaved') });
  };

  return (
    <section className="app-section" aria-labelledby="adv-name-heading">
      <h2 id="adv-name-heading" className="app-visually-hidden">
        {t('adviser.client.nameHeading')}
      </h2>
      <form noValidate onSubmit={onRename} className="adv-inline-form">
        <div className={`adv-form-group${nameError ? ' adv-form-group-error' : ''}`}>
          <label className="app-label" htmlFor={NAME_ID}>
            {t('adviser.client.nameLabel')}
          </label>
          {nameError && <FieldError id={`${NAME_ID}-error`} message={nameError} area="adviser" />}
          <input
            id={NAME_ID}
            className={`adv-input${nameError ? ' adv-input-error' : ''}`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={nameDraft}
            aria-describedby={nameError ? `${NAME_ID}-error` : undefined}
            aria-invalid={nameError ? true : undefined}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setNameEdit((edit) => ({ text, base: edit?.base ?? client.name }));
            }}
          />
        </div>
        <button type="submit" className="app-button app-button-secondary">
          {t('adviser.client.nameButton')}
        </button>
      </form>
    </section>
  );
}
