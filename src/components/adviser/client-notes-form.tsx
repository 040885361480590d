import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findClient, MAX_NOTES_LENGTH, mergeNotes, setNotes, type Client } from '../keep/client-store.ts';
import type { ClientRecord } from './use-client-record.ts';

const NOTES_ID = 'adv-client-notes';

export interface ClientNotesFormProps {
  client: Client;
  commit: ClientRecord['commit'];
  say: ClientRecord['say'];
}

/**
 * The adviser's notes on the client. Notes edited here and in another window meanwhile are
 * both kept, one after the other, and the page says so.
 */
export function ClientNotesForm({ client, commit, say }: ClientNotesFormProps) {
  const { t } = useTranslation();
  const clientId = client.id;
  const [notesEdit, setNotesEdit] = useState<{ text: string; base: string }>();
  const notesDraft = notesEdit?.text ?? client.notes;

  const onSaveNotes = (e: FormEvent) => {
    e.preventDefault();
    let merged = { notes: notesDraft, conflict: false };
    const base = notesEdit?.base ?? client.notes;
    commit((list) => {
      merged = mergeNotes(findClient(list, clientId)?.notes ?? base, base, notesDraft);
      return setNotes(list, clientId, merged.notes);
    });
    setNotesEdit(undefined);
    say({ message: merged.conflict ? t('adviser.sync.notesConflict') : t('adviser.client.notesSaved') });
  };

  return (
    <section className="app-section" aria-labelledby="adv-notes-heading">
      <h2 id="adv-notes-heading">{t('adviser.client.notesHeading')}</h2>
      <form noValidate onSubmit={onSaveNotes}>
        <div className="adv-form-group">
          <label className="app-label" htmlFor={NOTES_ID}>
            {t('adviser.client.notesLabel')}
          </label>
          <p className="adv-hint" id={`${NOTES_ID}-hint`}>
            {t('adviser.client.notesHint')}
          </p>
          <textarea
            id={NOTES_ID}
            className="adv-textarea"
            rows={5}
            maxLength={MAX_NOTES_LENGTH}
            value={notesDraft}
            aria-describedby={`${NOTES_ID}-hint`}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setNotesEdit((edit) => ({ text, base: edit?.base ?? client.notes }));
            }}
          />
        </div>
        <button type="submit" className="app-button app-button-secondary">
          {t('adviser.client.notesButton')}
        </button>
      </form>
    </section>
  );
}
