import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicateClient, MAX_NAME_LENGTH, removeClient, restoreClient, type Client } from '../keep/client-store.ts';
import type { StoredClients } from './use-stored-clients.ts';
import type { PageMessages } from './use-page-messages.ts';

export type ClientUndo = NonNullable<ReturnType<typeof removeClient>['undo']>;

/**
 * The client list's row actions: duplicate, delete (said, with Undo) and undo. An undone
 * delete puts the focus back on the client's Open button.
 */
export function useClientActions(commit: StoredClients['commit'], setNotice: PageMessages<ClientUndo>['setNotice']) {
  const { t } = useTranslation();
  // A new object on every Undo: restoring the same client twice must move the focus twice.
  const [focusOpen, setFocusOpen] = useState<{ id: string }>();

  useLayoutEffect(() => {
    if (focusOpen) document.getElementById(`adv-open-${focusOpen.id}`)?.focus();
  }, [focusOpen]);

  const onDuplicate = (c: Client) => {
    const copy = duplicateClient(c, t('adviser.list.copyName', { name: c.name }).slice(0, MAX_NAME_LENGTH));
    commit((list) => {
      const index = list.findIndex((x) => x.id === c.id);
      return [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
    });
    setNotice({ message: t('adviser.list.duplicated', { name: copy.name }) });
  };

  const onDelete = (c: Client) => {
    let undo: ClientUndo | undefined;
    commit((list) => {
      const r = removeClient(list, c.id);
      undo = r.undo;
      return r.clients;
    });
    if (!undo) {
      // Another window deleted it already.
      setNotice({ message: t('adviser.sync.alreadyDeleted', { name: c.name }) });
      return;
    }
    const message = t('adviser.list.deleted', { name: c.name });
    setNotice((prev) => ({ message, undo, focus: (prev?.focus ?? 0) + 1 }));
  };

  const onUndo = (undo: ClientUndo) => {
    commit((list) => restoreClient(list, undo));
    setNotice({ message: t('adviser.list.restored', { name: undo.client.name }) });
    setFocusOpen({ id: undo.client.id });
  };

  return { onDuplicate, onDelete, onUndo };
}
