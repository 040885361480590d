import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findClient, restoreMember, type MemberUndo } from '../keep/client-store.ts';
import { BackButton } from '../ui/back-button.tsx';
import { localDateTimeAttr, memberLabel, tableDateTime } from './adviser-format.ts';
import { AdviserErrorSummary, StatusNotice } from './adviser-notices.tsx';
import { ClientNameForm } from './client-name-form.tsx';
import { ClientNotesForm } from './client-notes-form.tsx';
import { HouseholdMembers } from './household-members.tsx';
import { HouseholdPlan } from './household-plan.tsx';
import { useClientRecord } from './use-client-record.ts';
import { usePageMessages } from './use-page-messages.ts';
import './adviser.css';

export interface ClientPageProps {
  /** Today (YYYY-MM-DD): the plans are made as of this day. */
  asOf: string;
  store: Storage | undefined;
  clientId: string;
  onBack: () => void;
  /** Open the questions for one member of the household (the app loads and saves their answers). */
  onAnswer: (clientId: string, memberId: string) => void;
  /** A step of one person's plan to show and focus on arrival (from the desk). */
  focusAnchor?: string;
}

/**
 * One client: the name, the adviser's notes, the people of the household (add, remove, answer
 * the questions for each), and the household plan with its print pack.
 */
export function ClientPage({ asOf, store, clientId, onBack, onAnswer, focusAnchor }: ClientPageProps) {
  const { t, i18n } = useTranslation();
  const { client, deletedElsewhere, storage, saveFailed, notice, commit, say } = useClientRecord(store, clientId);
  const messages = usePageMessages<MemberUndo>();
  const { problems, problemKey } = messages;
  // A new object on every Undo: restoring the same person twice must move the focus twice.
  const [focusMember, setFocusMember] = useState<{ id: string }>();

  useLayoutEffect(() => {
    if (focusMember) document.getElementById(`adv-answer-${focusMember.id}`)?.focus();
  }, [focusMember]);

  // Arriving from the desk: after the page's own focus on its heading, the step asked for.
  useEffect(() => {
    if (!focusAnchor) return;
    const id = setTimeout(() => {
      const target = document.getElementById(focusAnchor);
      target?.scrollIntoView?.();
      target?.focus({ preventScroll: true });
    });
    return () => clearTimeout(id);
  }, [focusAnchor]);

  if (!client) {
    return (
      <div className="app-page adv">
        <BackButton onClick={onBack} label={t('adviser.client.back')} />
        <h1>{t('adviser.title')}</h1>
        <div className="app-error-summary" role="alert">
          <p>{storage === 'ok' ? t('adviser.client.notFound') : storage === 'corrupt' ? t('adviser.storage.corruptText') : t('adviser.storage.unavailable')}</p>
        </div>
      </div>
    );
  }

  const onUndo = (undo: MemberUndo) => {
    const next = commit((list) => restoreMember(list, undo));
    const members = findClient(next, clientId)?.members ?? client.members;
    say({ message: t('adviser.members.restored', { who: memberLabel(undo.member, members, t) }) });
    setFocusMember({ id: undo.member.id });
  };

  return (
    <div className="app-page adv">
      <div className="adv-no-print">
        <BackButton onClick={onBack} label={t('adviser.client.back')} />
      </div>
      <div className="adv-no-print">
        <h1>{client.name}</h1>
        <p className="adv-muted">
          {/* The words are read out; the machine-readable moment is the attribute (not a UTC stamp read aloud). */}
          <time dateTime={localDateTimeAttr(client.updatedAt)}>{t('adviser.client.changed', { date: tableDateTime(client.updatedAt, i18n.language) })}</time>
        </p>
        {saveFailed && (
          <p className="adv-warning" role="alert">
            {t('adviser.storage.notSaved')}
          </p>
        )}
        {deletedElsewhere && (
          <div className="app-notice adv-deleted-elsewhere" role="alert">
            <p>{t('adviser.sync.deletedElsewhere', { name: client.name })}</p>
            <button
              type="button"
              className="app-button app-button-secondary"
              onClick={() => {
                commit((list) => list);
                say({ message: '' });
              }}
            >
              {t('adviser.sync.keep', { name: client.name })}
            </button>
          </div>
        )}
        {problems && <AdviserErrorSummary id="adv-client-problems" items={problems.items} focusKey={problemKey} />}
        <StatusNotice
          message={notice?.message}
          onUndo={notice?.undo ? () => onUndo(notice.undo!) : undefined}
          undoLabel={t('adviser.members.undo')}
          {...(notice?.focus ? { focusKey: notice.focus } : {})}
        />

        <ClientNameForm client={client} commit={commit} say={say} messages={messages} />
        <ClientNotesForm client={client} commit={commit} say={say} />
        <HouseholdMembers client={client} asOf={asOf} commit={commit} say={say} onAnswer={onAnswer} />
      </div>

      <HouseholdPlan client={client} asOf={asOf} store={store} onPrint={() => window.print()} />
    </div>
  );
}
