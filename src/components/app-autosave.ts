import { useEffect, useState } from 'react';
import { saveSession } from './keep/storage.ts';
import type { WizardRef } from './app-wizard.ts';

/**
 * Save the session in this browser on every change of the wizard: the page it is on and
 * the answers so far. Nothing is written before the person does something (opening the
 * app, a share link or a bad file leaves the saved session as it was). Returns false once
 * the browser refused to keep it (private browsing, storage full or blocked).
 */
export function useAutosave(actor: WizardRef, store: Storage | undefined): boolean {
  const [saving, setSaving] = useState(true);
  useEffect(() => {
    // The actor reports its first snapshot when it starts: that is no change, so not saved.
    let last = actor.getSnapshot();
    const sub = actor.subscribe((snapshot) => {
      if (snapshot.value === last.value && snapshot.context.answers === last.context.answers) return;
      last = snapshot;
      const r = saveSession({ wizard: { state: snapshot.value }, caseFile: snapshot.context.answers }, { store });
      setSaving(r.ok);
    });
    return () => sub.unsubscribe();
  }, [actor, store]);
  return saving;
}
