import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMember,
  findClient,
  MAX_MEMBERS,
  memberProgress,
  removeMember,
  updateMember,
  type Client,
  type ClientMember,
  type FamilyRole,
  type MemberUndo,
} from '../keep/client-store.ts';
import { memberLabel, progressText } from './adviser-format.ts';
import { MemberEditForm } from './member-edit-form.tsx';
import { MemberFields } from './member-fields.tsx';
import type { ClientRecord } from './use-client-record.ts';


export interface HouseholdMembersProps {
  client: Client;
  /** Today (YYYY-MM-DD): progress is counted along the questions asked as of this day. */
  asOf: string;
  commit: ClientRecord['commit'];
  say: ClientRecord['say'];
  /** Open the questions for one member of the household. */
  onAnswer: (clientId: string, memberId: string) => void;
}

/** The people of the household: each with their progress and "Answer the questions"; add and remove (with Undo). */
export function HouseholdMembers({ client, asOf, commit, say, onAnswer }: HouseholdMembersProps) {
  const { t } = useTranslation();
  const clientId = client.id;
  const [role, setRole] = useState<FamilyRole>('spouse');
  const [memberName, setMemberName] = useState('');
  // The member whose details are open for change (one at a time).
  const [editing, setEditing] = useState<string>();
  const focusEditButton = (memberId: string) => requestAnimationFrame(() => document.getElementById(`adv-edit-${memberId}`)?.focus());
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

  const onSave = (m: ClientMember, patch: { name: string; role?: FamilyRole }) => {
    const next = commit((list) => updateMember(list, clientId, m.id, patch));
    const members = findClient(next, clientId)?.members ?? [];
    const after = members.find((x) => x.id === m.id);
    setEditing(undefined);
    focusEditButton(m.id);
    if (after) say({ message: t('adviser.members.saved', { who: label(after, members) }) });
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

  return (
    <section className="app-section" aria-labelledby="adv-members-heading">
      <h2 id="adv-members-heading">{t('adviser.members.heading')}</h2>
      <ul className="adv-members">
        {client.members.map((m) => {
          const who = label(m);
          return (
            <li key={m.id} className="adv-member">
              <h3>{who}</h3>
              {editing === m.id ? (
                <MemberEditForm
                  member={m}
                  who={who}
                  onSave={(patch) => onSave(m, patch)}
                  onCancel={() => {
                    setEditing(undefined);
                    focusEditButton(m.id);
                  }}
                />
              ) : (
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
                      {progressText(memberProgress(m, asOf), t)}
                    </dd>
                  </div>
                </dl>
              )}
              <div className="app-button-group adv-member-actions">
                <button type="button" id={`adv-answer-${m.id}`} className="app-button" onClick={() => onAnswer(clientId, m.id)}>
                  {t('adviser.members.answer', { who })}
                </button>
                {editing !== m.id && (
                  <button type="button" id={`adv-edit-${m.id}`} className="app-button app-button-secondary" onClick={() => setEditing(m.id)}>
                    {t('adviser.members.edit', { who })}
                  </button>
                )}
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
          <MemberFields idPrefix="adv-member" role={role} onRole={setRole} name={memberName} onName={setMemberName} nameHint={t('adviser.members.nameHint')} />
          <button type="submit" className="app-button">
            {t('adviser.members.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}
