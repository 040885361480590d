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
export const seenKey = (caseHash: string): string => `${KEY_PREFIX}${STORAGE_VERSION}:seen:${caseHash}`;

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
