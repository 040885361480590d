import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMember,
  FAMILY_ROLES,
  findClient,
  MAX_MEMBERS,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  memberProgress,
  mergeNotes,
  removeMember,
  renameClient,
  restoreMember,
  setNotes,
  type Client,
  type ClientMember,
  type FamilyRole,
  type MemberUndo,
} from '../keep/client-store.ts';
import { BackButton } from '../ui/back-button.tsx';
import { localDateTimeAttr, memberLabel, tableDateTime } from './adviser-format.ts';
import { AdviserErrorSummary, StatusNotice, type ProblemItem } from './adviser-notices.tsx';
import { FieldError } from '../ui/field-error.tsx';
import { HouseholdPlan } from './household-plan.tsx';
import { useStoredClients } from './use-stored-clients.ts';
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
export function ClientPage({ asOf, store, clientId, onBack, onAnswer, focusAnchor }: ClientPageProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>();
  // Set when a change here brought back a client another window had deleted.
  const restoredBy = useRef(false);
  // Another window changed the list: it shows at once, and is said.
  const { clients, storage, saveFailed, commit: commitList } = useStoredClients(store, () =>
    setNotice({ message: t('adviser.sync.clientChanged') }),
  );
  const [problems, setProblems] = useState<ProblemItem[]>();
  const [problemKey, setProblemKey] = useState(0);
  // A new object on every Undo: restoring the same person twice must move the focus twice.
  const [focusMember, setFocusMember] = useState<{ id: string }>();
  const saved = findClient(clients, clientId);
  // The client as this page last saw it: kept when another window deletes it, so it can be kept.
  const [lastSeen, setLastSeen] = useState(saved);
  if (saved && saved !== lastSeen) setLastSeen(saved);
  const client = saved ?? lastSeen;
  const deletedElsewhere = !saved && client !== undefined;

  // A field being edited here keeps its text and the saved text it started from (`base`), so
  // another window's edit meanwhile is recognised; a field not being edited shows the saved text.
  const [nameEdit, setNameEdit] = useState<{ text: string; base: string }>();
  const [nameError, setNameError] = useState<string>();
  const [notesEdit, setNotesEdit] = useState<{ text: string; base: string }>();
  const nameDraft = nameEdit?.text ?? client?.name ?? '';
  const notesDraft = notesEdit?.text ?? client?.notes ?? '';
  const [role, setRole] = useState<FamilyRole>('spouse');
  const [memberName, setMemberName] = useState('');

  useEffect(() => {
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

  /**
   * Apply a change to the saved list as it is now. When another window deleted this client,
   * a change made here keeps both: the client comes back with the change, and the page says so.
   */
  const commit = (change: (list: Client[]) => Client[]): Client[] =>
    commitList((list) => {
      if (findClient(list, clientId)) return change(list);
      restoredBy.current = true;
      return change([client, ...list]);
    });
  /** Show a message about a change, led by the news that the change brought the client back. */
  const say = (n: Notice | ((prev: Notice | undefined) => Notice)) => {
    const back = restoredBy.current ? `${t('adviser.sync.restored', { name: client.name })} ` : '';
    restoredBy.current = false;
    setNotice((prev) => {
      const next = typeof n === 'function' ? n(prev) : n;
      return { ...next, message: `${back}${next.message}`.trim() };
    });
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
    let other: string | undefined;
    commit((list) => {
      const current = findClient(list, clientId)?.name;
      const base = nameEdit?.base ?? client.name;
      if (current !== undefined && current !== base && current !== trimmed) other = current;
      return renameClient(list, clientId, trimmed);
    });
    setNameEdit(undefined);
    say({ message: other ? t('adviser.sync.nameConflict', { other, name: trimmed }) : t('adviser.client.nameSaved') });
  };

  const onSaveNotes = (e: FormEvent) => {
    e.preventDefault();
    let merged = { notes: notesDraft, conflict: false };
    const base = notesEdit?.base ?? client.notes;
    commit((list) => {
      merged = mergeNotes(findClient(list, clientId)?.notes ?? base, base, notesDraft);
      return setNotes(list, clientId, merged.notes);
    });
    setNotesEdit(undefined);
    say({ message: merged.conflict ? t('adviser.sync.notesConflict') : t('adviser.client.notesSaved') });
  };

  const label = (m: ClientMember, members: readonly ClientMember[] = client.members) => memberLabel(m, members, t);

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    let memberId: string | undefined;
    const next = commit((list) => {
      const r = addMember(list, clientId, role, memberName);
      memberId = r.memberId;
      return r.clients;
    });
    const members = findClient(next, clientId)?.members ?? [];
    const added = memberId ? members.find((m) => m.id === memberId) : undefined;
    if (!added) return;
    setMemberName('');
    say({ message: t('adviser.members.added', { who: label(added, members) }) });
  };

  const onRemove = (m: ClientMember) => {
    const who = label(m);
    let undo: MemberUndo | undefined;
    commit((list) => {
      const r = removeMember(list, clientId, m.id);
      undo = r.undo;
      return r.clients;
    });
    if (!undo) return;
    const message = t('adviser.members.removed', { who });
    const token = undo;
    say((prev) => ({ message, undo: token, focus: (prev?.focus ?? 0) + 1 }));
  };

  const onUndo = (undo: MemberUndo) => {
    const next = commit((list) => restoreMember(list, undo));
    say({ message: t('adviser.members.restored', { who: label(undo.member, findClient(next, clientId)?.members) }) });
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
        {deletedElsewhere && (
          <div className="app-notice adv-deleted-elsewhere" role="alert">
            <p>{t('adviser.sync.deletedElsewhere', { name: client.name })}</p>
            <button type="button" className="app-button app-button-secondary" onClick={() => {
                commit((list) => list);
                say({ message: '' });
              }}>
              {t('adviser.sync.keep', { name: client.name })}
            </button>
          </div>
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
              {nameError && <FieldError id={`${ids.name}-error`} message={nameError} area="adviser" />}
              <input
                id={ids.name}
                className={`adv-input${nameError ? ' adv-input-error' : ''}`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={nameDraft}
                aria-describedby={nameError ? `${ids.name}-error` : undefined}
                aria-invalid={nameError ? true : undefined}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setNameEdit((edit) => ({ text, base: edit?.base ?? client.name }));
                }}
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
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setNotesEdit((edit) => ({ text, base: edit?.base ?? client.notes }));
                }}
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
