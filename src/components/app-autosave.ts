import { useEffect, useState, type RefObject } from 'react';
import { saveMemberAnswers } from './keep/client-store.ts';
import { saveSession } from './keep/storage.ts';
import type { WizardRef } from './app-wizard.ts';

/** A client's household member whose answers the wizard is editing (adviser mode). */
export interface MemberTarget {
  clientId: string;
  memberId: string;
}

/**
 * Save the session in this browser on every change of the wizard: the page it is on and
 * the answers so far. Nothing is written before the person does something (opening the
 * app, a share link or a bad file leaves the saved session as it was). While an adviser
 * answers for a client's member (`member.current`), the answers go to that member instead
 * and the person's own saved session is left as it was. Returns false once the browser
 * refused to keep them (private browsing, storage full or blocked).
 */
export function useAutosave(actor: WizardRef, store: Storage | undefined, member?: RefObject<MemberTarget | undefined>): boolean {
  const [saving, setSaving] = useState(true);
  useEffect(() => {
    // The actor reports its first snapshot when it starts: that is no change, so not saved.
    let last = actor.getSnapshot();
    const sub = actor.subscribe((snapshot) => {
      if (snapshot.value === last.value && snapshot.context.answers === last.context.answers) return;
      last = snapshot;
      const target = member?.current;
      const r = target
        ? saveMemberAnswers(target.clientId, target.memberId, snapshot.context.answers, store)
        : saveSession({ wizard: { state: snapshot.value }, caseFile: snapshot.context.answers }, { store });
      setSaving(r.ok);
    });
    return () => sub.unsubscribe();
  }, [actor, store, member]);
  return saving;
}
