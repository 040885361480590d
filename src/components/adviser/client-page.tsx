import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMember,
  FAMILY_ROLES,
  findClient,
  loadClients,
  MAX_MEMBERS,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  memberProgress,
  removeMember,
  renameClient,
  restoreMember,
  saveClients,
  setNotes,
  type Client,
  type ClientMember,
  type FamilyRole,
  type MemberUndo,
} from '../keep/client-store.ts';
import { BackButton } from '../pages/back-button.tsx';
import { localDateTimeAttr, memberLabel, tableDateTime } from './adviser-format.ts';
import { AdviserErrorSummary, StatusNotice, type ProblemItem } from './adviser-notices.tsx';
import { FieldError } from './clients-page.tsx';
import { HouseholdPlan } from './household-plan.tsx';
import './adviser.css';

export interface ClientPageProps {
  /** Today (YYYY-MM-DD): the plans are made as of this day. */
  asOf: string;
  store: Storage | undefined;
  clientId: string;
  onBack: () => void;
  /** Open the questions for one member of the household (the app loads and saves their answers). */
  onAnswer: (clientId: string, memberId: string) => void;
}

interface Notice {
  message: string;
  undo?: MemberUndo;
  focus?: number;
}

const ids = {
  name: 'adv-client-name',
  notes: 'adv-client-notes',
  role: 'adv-member-role',
  memberName: 'adv-member-name',
};

/**
 * One client: the name, the adviser's notes, the people of the household (add, remove, answer
 * the questions for each), and the household plan with its print pack.
 */
export function ClientPage({ asOf, store, clientId, onBack, onAnswer }: ClientPageProps) {
  const { t } = useTranslation();
  const [initial] = useState(() => (store ? loadClients(store) : ({ ok: false, reason: 'unavailable' } as const)));
  const [clients, setClients] = useState<Client[]>(initial.ok ? initial.clients : []);
  const [saveFailed, setSaveFailed] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [problems, setProblems] = useState<ProblemItem[]>();
  const [problemKey, setProblemKey] = useState(0);
  // A new object on every Undo: restoring the same person twice must move the focus twice.
  const [focusMember, setFocusMember] = useState<{ id: string }>();
  const client = findClient(clients, clientId);

  const [nameDraft, setNameDraft] = useState(client?.name ?? '');
  const [nameError, setNameError] = useState<string>();
  const [notesDraft, setNotesDraft] = useState(client?.notes ?? '');
  const [role, setRole] = useState<FamilyRole>('spouse');
  const [memberName, setMemberName] = useState('');

  useEffect(() => {
    if (focusMember) document.getElementById(`adv-answer-${focusMember.id}`)?.focus();
  }, [focusMember]);

  if (!client) {
    return (
      <div className="app-page adv">
        <BackButton onClick={onBack} label={t('adviser.client.back')} />
        <h1>{t('adviser.title')}</h1>
        <div className="app-error-summary" role="alert">
          <p>{initial.ok ? t('adviser.client.notFound') : initial.reason === 'corrupt' ? t('adviser.storage.corruptText') : t('adviser.storage.unavailable')}</p>
        </div>
      </div>
    );
  }

  const commit = (next: Client[]) => {
    setClients(next);
    setSaveFailed(!(store && saveClients(next, store)));
  };
  const fail = (items: ProblemItem[]) => {
    setProblems(items);
    setProblemKey((k) => k + 1);
  };

  const onRename = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = nameDraft.trim();
    const error = !trimmed ? t('adviser.create.errorEmpty') : trimmed.length > MAX_NAME_LENGTH ? t('adviser.create.errorTooLong') : undefined;
    setNameError(error);
    if (error) {
      fail([{ fieldId: ids.name, message: error }]);
      return;
    }
    setProblems(undefined);
    commit(renameClient(clients, clientId, trimmed));
    setNameDraft(trimmed);
    setNotice({ message: t('adviser.client.nameSaved') });
  };

  const onSaveNotes = (e: FormEvent) => {
    e.preventDefault();
    commit(setNotes(clients, clientId, notesDraft));
    setNotice({ message: t('adviser.client.notesSaved') });
  };

  const label = (m: ClientMember, members: readonly ClientMember[] = client.members) => memberLabel(m, members, t);

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    const r = addMember(clients, clientId, role, memberName);
    const added = r.memberId ? findClient(r.clients, clientId)?.members.find((m) => m.id === r.memberId) : undefined;
    if (!added) return;
    commit(r.clients);
    setMemberName('');
    setNotice({ message: t('adviser.members.added', { who: label(added, findClient(r.clients, clientId)!.members) }) });
  };

  const onRemove = (m: ClientMember) => {
    const who = label(m);
    const r = removeMember(clients, clientId, m.id);
    if (!r.undo) return;
    commit(r.clients);
    const message = t('adviser.members.removed', { who });
    setNotice((prev) => ({ message, undo: r.undo!, focus: (prev?.focus ?? 0) + 1 }));
  };

  const onUndo = (undo: MemberUndo) => {
    const next = restoreMember(clients, undo);
    commit(next);
    setNotice({ message: t('adviser.members.restored', { who: label(undo.member, findClient(next, clientId)?.members) }) });
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
          {t('adviser.client.changed', { date: tableDateTime(client.updatedAt) })}{' '}
          <time dateTime={localDateTimeAttr(client.updatedAt)} className="app-visually-hidden">
            {client.updatedAt}
          </time>
        </p>
        {saveFailed && (
          <p className="adv-warning" role="alert">
            {t('adviser.storage.notSaved')}
          </p>
        )}
        {problems && <AdviserErrorSummary id="adv-client-problems" items={problems} focusKey={problemKey} />}
        <StatusNotice
          message={notice?.message}
          onUndo={notice?.undo ? () => onUndo(notice.undo!) : undefined}
          undoLabel={t('adviser.members.undo')}
          {...(notice?.focus ? { focusKey: notice.focus } : {})}
        />

        <section className="app-section" aria-labelledby="adv-name-heading">
          <h2 id="adv-name-heading" className="app-visually-hidden">
            {t('adviser.client.nameHeading')}
          </h2>
          <form noValidate onSubmit={onRename} className="adv-inline-form">
            <div className={`adv-form-group${nameError ? ' adv-form-group-error' : ''}`}>
              <label className="app-label" htmlFor={ids.name}>
                {t('adviser.client.nameLabel')}
              </label>
              {nameError && <FieldError id={`${ids.name}-error`} message={nameError} />}
              <input
                id={ids.name}
                className={`adv-input${nameError ? ' adv-input-error' : ''}`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={nameDraft}
                aria-describedby={nameError ? `${ids.name}-error` : undefined}
                aria-invalid={nameError ? true : undefined}
                onChange={(e) => setNameDraft(e.currentTarget.value)}
              />
            </div>
            <button type="submit" className="app-button app-button-secondary">
              {t('adviser.client.nameButton')}
            </button>
          </form>
        </section>

        <section className="app-section" aria-labelledby="adv-notes-heading">
          <h2 id="adv-notes-heading">{t('adviser.client.notesHeading')}</h2>
          <form noValidate onSubmit={onSaveNotes}>
            <div className="adv-form-group">
              <label className="app-label" htmlFor={ids.notes}>
                {t('adviser.client.notesLabel')}
              </label>
              <p className="adv-hint" id={`${ids.notes}-hint`}>
                {t('adviser.client.notesHint')}
              </p>
              <textarea
                id={ids.notes}
                className="adv-textarea"
                rows={5}
                maxLength={MAX_NOTES_LENGTH}
                value={notesDraft}
                aria-describedby={`${ids.notes}-hint`}
                onChange={(e) => setNotesDraft(e.currentTarget.value)}
              />
            </div>
            <button type="submit" className="app-button app-button-secondary">
              {t('adviser.client.notesButton')}
            </button>
          </form>
        </section>

        <section className="app-section" aria-labelledby="adv-members-heading">
          <h2 id="adv-members-heading">{t('adviser.members.heading')}</h2>
          <ul className="adv-members">
            {client.members.map((m) => {
              const who = label(m);
              const p = memberProgress(m, asOf);
              return (
                <li key={m.id} className="adv-member">
                  <h3>{who}</h3>
                  <dl className="adv-facts">
                    <div>
                      <dt>{t('adviser.members.role')}</dt>
                      <dd>{t(`adviser.role.${m.role}`)}</dd>
                    </div>
                    <div>
                      <dt>{t('adviser.members.name')}</dt>
                      <dd>{m.name ?? t('adviser.members.noName')}</dd>
                    </div>
                    <div>
                      <dt>{t('adviser.members.progress')}</dt>
                      <dd>
                        {t('adviser.members.questions', { answered: p.answered, asked: p.asked })}
                        {p.complete && ` (${t('adviser.members.complete')})`}
                      </dd>
                    </div>
                  </dl>
                  <div className="app-button-group adv-member-actions">
                    <button type="button" id={`adv-answer-${m.id}`} className="app-button" onClick={() => onAnswer(clientId, m.id)}>
                      {t('adviser.members.answer', { who })}
                    </button>
                    {m.role !== 'main' && (
                      <button type="button" className="app-button app-button-secondary" onClick={() => onRemove(m)}>
                        {t('adviser.members.remove', { who })}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>

          <h3 id="adv-add-heading">{t('adviser.members.addHeading')}</h3>
          {client.members.length >= MAX_MEMBERS ? (
            <p>{t('adviser.members.full')}</p>
          ) : (
            <form noValidate onSubmit={onAdd} aria-labelledby="adv-add-heading">
              <div className="adv-form-group">
                <label className="app-label" htmlFor={ids.role}>
                  {t('adviser.members.roleLabel')}
                </label>
                <select id={ids.role} className="adv-select" value={role} onChange={(e) => setRole(e.currentTarget.value as FamilyRole)}>
                  {FAMILY_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`adviser.role.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="adv-form-group">
                <label className="app-label" htmlFor={ids.memberName}>
                  {t('adviser.members.nameLabel')}
                </label>
                <p className="adv-hint" id={`${ids.memberName}-hint`}>
                  {t('adviser.members.nameHint')}
                </p>
                <input
                  id={ids.memberName}
                  className="adv-input"
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={MAX_NAME_LENGTH}
                  value={memberName}
                  aria-describedby={`${ids.memberName}-hint`}
                  onChange={(e) => setMemberName(e.currentTarget.value)}
                />
              </div>
              <button type="submit" className="app-button">
                {t('adviser.members.addButton')}
              </button>
            </form>
          )}
        </section>
      </div>

      <HouseholdPlan client={client} asOf={asOf} store={store} onPrint={() => window.print()} />
    </div>
  );
}
