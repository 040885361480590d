/**
 * The names of what the app keeps in this browser's localStorage, and the two things that
 * need no validation: whether a session was saved at all, and removing everything. Kept
 * apart from storage.ts (which validates with the schemas) so the start page loads neither.
 */

export const KEY_PREFIX = 'pobyt:';
export const STORAGE_VERSION = 'v1';
export const SESSION_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:session`;
export const ticksKey = (caseHash: string): string => `${KEY_PREFIX}${STORAGE_VERSION}:ticks:${caseHash}`;
/** What the person last saw of one case's plan (its steps, dates and fees), to say what changed since. */
/** This browser's own id for its calendar events (random, made once): see plan-ics.ts eventUid. */
export const CALENDAR_ID_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:calendar-id`;

/**
 * This browser's calendar id: read, or made once (12 random base-36 characters) and kept.
 * Undefined where storage is blocked (the events then fall back to the citizenship).
 */
export function calendarId(store: Storage | undefined): string | undefined {
  try {
    const kept = store?.getItem(CALENDAR_ID_KEY);
    if (kept && /^[0-9a-z]{12}$/.test(kept)) return kept;
    const made = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
    store?.setItem(CALENDAR_ID_KEY, made);
    return store?.getItem(CALENDAR_ID_KEY) === made ? made : undefined;
  } catch {
    return undefined;
  }
}

export const seenKey = (caseHash: string): string => `${KEY_PREFIX}${STORAGE_VERSION}:seen:${caseHash}`;

/** Where a damaged saved session is kept, as it was, before anything can overwrite it. */
export const DAMAGED_SESSION_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:session-damaged`;

/** Whether a damaged session kept aside is waiting to be downloaded or deleted (read, not checked). */
export function hasDamagedSessionCopy(store: Storage | undefined): boolean {
  try {
    return store?.getItem(DAMAGED_SESSION_KEY) != null;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or undefined where it is missing or blocked. */
export function defaultStore(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether anything is saved under the session key (read, not checked: storage.ts does that). */
export function hasStoredSession(store: Storage | undefined): boolean {
  try {
    return store?.getItem(SESSION_KEY) != null;
  } catch {
    return false;
  }
}

/** Remove every key this app ever wrote (any version), and nothing else ("Clear my data"). Returns how many. */
export function clearAll(store: Storage | undefined = defaultStore()): number {
  if (!store) return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(KEY_PREFIX)) keys.push(k);
    }
    for (const k of keys) store.removeItem(k);
    return keys.length;
  } catch {
    return 0;
  }
}
