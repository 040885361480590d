import { useCallback, useEffect, useRef, useState } from 'react';
import { changeStoredClients, CLIENTS_KEY, KEPT_ASIDE_KEY, loadClients, type Client, type ClientsLoad, type KeptAside } from '../keep/client-store.ts';

export type StorageState = 'ok' | 'corrupt' | 'unavailable';

export interface StoredClients {
  clients: Client[];
  keptAside: KeptAside[];
  storage: StorageState;
  /** The last change could not be saved (the list is then kept in this page only). */
  saveFailed: boolean;
  /**
   * Apply a change to the saved list as it is now (another window may have changed it) and
   * show the result. Where the browser keeps nothing, the change applies to the list shown.
   */
  commit: (change: (clients: Client[]) => Client[]) => Client[];
  /** Read the list again (after something outside the hook wrote it); the list, if readable. */
  reload: () => Client[] | undefined;
}

function read(store: Storage | undefined): ClientsLoad {
  return store ? loadClients(store) : { ok: false, reason: 'unavailable' };
}

/**
 * The adviser's client list as this browser keeps it, shared by every open window: a change
 * made in another tab arrives by the `storage` event and is shown here, and each change made
 * here is applied to the list as saved at that moment, so two windows never overwrite each
 * other's work with a stale copy.
 */
export function useStoredClients(store: Storage | undefined, onChangedElsewhere?: (clients: Client[]) => void): StoredClients {
  const [initial] = useState(() => read(store));
  const [clients, setClients] = useState<Client[]>(initial.ok ? initial.clients : []);
  const [keptAside, setKeptAside] = useState<KeptAside[]>(initial.ok ? initial.keptAside : []);
  const [storage, setStorage] = useState<StorageState>(initial.ok ? 'ok' : initial.reason);
  const [saveFailed, setSaveFailed] = useState(false);
  const told = useRef(onChangedElsewhere);
  useEffect(() => {
    told.current = onChangedElsewhere;
  });

  const reload = useCallback((): Client[] | undefined => {
    const r = read(store);
    if (r.ok) {
      setClients(r.clients);
      setKeptAside(r.keptAside);
      setStorage('ok');
      return r.clients;
    }
    setStorage(r.reason);
    return undefined;
  }, [store]);

  useEffect(() => {
    if (!store || typeof window === 'undefined') return;
    const onStorage = (e: StorageEvent) => {
      // null: another window cleared all storage ("Clear my data").
      if (e.key !== null && e.key !== CLIENTS_KEY && e.key !== KEPT_ASIDE_KEY) return;
      const now = reload();
      if (now) told.current?.(now);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, reload]);

  const commit = (change: (list: Client[]) => Client[]): Client[] => {
    if (storage !== 'ok') {
      const next = change(clients);
      setClients(next);
      return next;
    }
    const r = changeStoredClients(change, store);
    if (r.ok) {
      setClients(r.clients);
      setSaveFailed(false);
      return r.clients;
    }
    if (r.reason === 'corrupt') {
      // Another window left a list this one cannot read: stop writing, say so.
      setStorage('corrupt');
      return clients;
    }
    const next = r.clients ?? change(clients);
    setClients(next);
    setSaveFailed(true);
    return next;
  };

  return { clients, keptAside, storage, saveFailed, commit, reload };
}
