import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { CaseFile, QuestionId } from '../rules/schema/case-file.ts';
import { saveMemberAnswers } from '../components/keep/client-store.ts';
import { mergeAnswers } from '../components/keep/merge-answers.ts';
import { SESSION_KEY } from '../components/keep/storage-keys.ts';
import { keepDamagedSession, loadSession, saveSession } from '../components/keep/storage.ts';
import { afterNextPaint } from './after-paint.ts';
import { hasAnswers } from './boot.ts';
import type { WizardRef } from './wizard.ts';

/** A client's household member whose answers the wizard is editing (adviser mode). */
export interface MemberTarget {
  clientId: string;
  memberId: string;
}

/** Answers another window of this browser saved that this one does not show yet. */
export interface AnswersElsewhere {
  answers: Partial<CaseFile>;
  /** Questions both windows answered differently: this window's answer was kept. */
  conflicts: QuestionId[];
  /**
   * The other window removed every answer ("Start again", "Clear my data") while this one
   * still shows them: `answers` is what is saved now (at most what this window changed since).
   */
  removed?: boolean;
  /** This window shows no answers (it started again) and another window saved some. */
  savedThere?: boolean;
}

export interface Autosave {
  /** False once the browser refused to keep the answers (private browsing, storage full or blocked). */
  saving: boolean;
  /** Set when another window changed the person's answers; cleared by `dismiss`. */
  elsewhere: AnswersElsewhere | undefined;
  dismiss: () => void;
  /** Save this window's answers as they are, in place of what another window left saved. */
  keepHere: () => void;
  /**
   * Run `change` (loading a case file, a share link or the latest answers) as one wholesale
   * replacement: the answers it leaves are saved as they are, not merged with the saved ones.
   */
  replacing: (change: () => void) => void;
}

/**
 * Once this window heard that its answers were removed elsewhere, it keeps saying so (with
 * Keep this window's answers) until the person acts on it, even when the other window then
 * saves new answers: else a later notice would hide the way to keep this window's answers.
 */
const stillRemoved = (prev: AnswersElsewhere | undefined, next: AnswersElsewhere): AnswersElsewhere =>
  prev?.removed ? { ...next, removed: true, savedThere: false } : next;

const differ = (a: Partial<CaseFile>, b: Partial<CaseFile>): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CaseFile>;
  return [...keys].some((k) => a[k] !== b[k]);
};

/**
 * Save the session in this browser on every change of the wizard: the page it is on and
 * the answers so far. Nothing is written before the person does something (opening the
 * app, a share link or a bad file leaves the saved session as it was). While an adviser
 * answers for a client's member (`member.current`), the answers go to that member instead
 * and the person's own saved session is left as it was.
 *
 * Two windows: each save applies only what this window changed to the answers saved now,
 * question by question, so another window's answers are never replaced by a stale copy.
 * When the saved answers then hold more than this window shows (or another window saves
 * while this one is open), `elsewhere` says so, for the page to offer them.
 */
export function useAutosave(actor: WizardRef, store: Storage | undefined, member?: RefObject<MemberTarget | undefined>): Autosave {
  const [saving, setSaving] = useState(true);
  const [elsewhere, setElsewhere] = useState<AnswersElsewhere>();
  const replace = useRef(false);
  useEffect(() => {
    // The actor reports its first snapshot when it starts: that is no change, so not saved.
    let last = actor.getSnapshot();
    let pending: (() => void) | undefined;
    const save = (snapshot: typeof last, before: Partial<CaseFile>) => {
      const mine = snapshot.context.answers;
      const asOf = snapshot.context.asOf;
      const target = member?.current;
      if (target) {
        setSaving(saveMemberAnswers(target.clientId, target.memberId, mine, store, new Date(), replace.current ? undefined : { base: before, asOf }).ok);
        return;
      }
      const saved = loadSession(store);
      // A damaged saved session is copied aside before this save replaces it.
      if (saved.status === 'corrupt') keepDamagedSession(store);
      let answers = mine;
      if (saved.status === 'ok' && !replace.current) {
        const merged = mergeAnswers(saved.value.caseFile, before, mine, asOf);
        answers = merged.answers;
        const removed = !hasAnswers(saved.value.caseFile) && hasAnswers(before);
        if (merged.gained || merged.conflicts.length > 0) setElsewhere((prev) => stillRemoved(prev, { answers, conflicts: merged.conflicts, ...(removed ? { removed } : {}) }));
      }
      setSaving(saveSession({ wizard: { state: snapshot.value }, caseFile: answers }, { store }).ok);
    };
    const flush = () => {
      if (!pending) return;
      pending();
      pending = undefined;
      save(actor.getSnapshot(), actor.getSnapshot().context.answers);
    };
    const sub = actor.subscribe((snapshot) => {
      if (snapshot.value === last.value && snapshot.context.answers === last.context.answers) return;
      const before = last.context.answers;
      last = snapshot;
      if (before === snapshot.context.answers && !replace.current && !member?.current) {
        // Only the page changed: saved once the new page has painted.
        pending ??= afterNextPaint(flush);
        return;
      }
      pending?.();
      pending = undefined;
      save(snapshot, before);
    });
    // Another window saved answers: offer them when they differ from what this one shows.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== SESSION_KEY || member?.current) return;
      const saved = loadSession(store);
      const mine = actor.getSnapshot().context.answers;
      // Removed there (Start again, Clear my data): said as such, not as answers "saved together".
      const none = saved.status === 'absent' || (saved.status === 'ok' && !hasAnswers(saved.value.caseFile));
      if (none && hasAnswers(mine)) {
        setElsewhere({ answers: {}, conflicts: [], removed: true });
        return;
      }
      if (saved.status !== 'ok') return;
      if (differ(saved.value.caseFile, mine)) {
        const next = { answers: saved.value.caseFile, conflicts: [], ...(hasAnswers(mine) ? {} : { savedThere: true }) };
        setElsewhere((prev) => stillRemoved(prev, next));
      } else setElsewhere(undefined);
    };
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);
    return () => {
      flush();
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', flush);
      sub.unsubscribe();
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    };
  }, [actor, store, member]);
  const dismiss = useCallback(() => setElsewhere(undefined), []);
  const keepHere = useCallback(() => {
    const snapshot = actor.getSnapshot();
    setSaving(saveSession({ wizard: { state: snapshot.value }, caseFile: snapshot.context.answers }, { store }).ok);
    setElsewhere(undefined);
  }, [actor, store]);
  const replacing = useCallback((change: () => void) => {
    replace.current = true;
    try {
      change();
    } finally {
      replace.current = false;
    }
  }, []);
  return { saving, elsewhere, dismiss, keepHere, replacing };
}
