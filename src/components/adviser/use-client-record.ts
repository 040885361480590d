import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findClient, type Client, type MemberUndo } from '../keep/client-store.ts';
import type { Notice } from './use-page-messages.ts';
import { useStoredClients } from './use-stored-clients.ts';

export type Say = (n: Notice<MemberUndo> | ((prev: Notice<MemberUndo> | undefined) => Notice<MemberUndo>)) => void;

/**
 * One client as kept in this browser, shared with other windows: the client as saved (or as
 * this page last saw it, when another window deleted it), a commit that keeps both when that
 * happened (the client comes back with the change made here), and the page's status notice.
 */
export function useClientRecord(store: Storage | undefined, clientId: string) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice<MemberUndo>>();
  // Set when a change here brought back a client another window had deleted.
  const restoredBy = useRef(false);
  // Another window changed the list: it shows at once, and is said (unless it deleted this
  // client: the page's own alert says that, with the way to keep it).
  const { clients, storage, saveFailed, commit: commitList } = useStoredClients(store, (now) =>
    setNotice((prev) => (findClient(now, clientId) ? { message: t('adviser.sync.clientChanged') } : prev)),
  );
  const saved = findClient(clients, clientId);
  // The client as this page last saw it: kept when another window deletes it, so it can be kept.
  const [lastSeen, setLastSeen] = useState(saved);
  if (saved && saved !== lastSeen) setLastSeen(saved);
  const client = saved ?? lastSeen;
  const deletedElsewhere = !saved && client !== undefined;

  /**
   * Apply a change to the saved list as it is now. When another window deleted this client,
   * a change made here keeps both: the client comes back with the change, and the page says so.
   */
  const commit = (change: (list: Client[]) => Client[]): Client[] =>
    commitList((list) => {
      if (findClient(list, clientId) || !client) return change(list);
      restoredBy.current = true;
      return change([client, ...list]);
    });
  /** Show a message about a change, led by the news that the change brought the client back. */
  const say: Say = (n) => {
    const back = restoredBy.current && client ? `${t('adviser.sync.restored', { name: client.name })} ` : '';
    restoredBy.current = false;
    setNotice((prev) => {
      const next = typeof n === 'function' ? n(prev) : n;
      return { ...next, message: `${back}${next.message}`.trim() };
    });
  };

  return { client, deletedElsewhere, storage, saveFailed, notice, commit, say };
}

export type ClientRecord = ReturnType<typeof useClientRecord>;
