import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FAMILY_ROLES, MAX_NAME_LENGTH, type ClientMember, type FamilyRole } from '../keep/client-store.ts';

export interface MemberEditFormProps {
  member: ClientMember;
  /** The member as the page names them ("Spouse", "Jana (child)"). */
  who: string;
  /** Save the new name (empty: no name) and, for a family member, the new relationship. */
  onSave: (patch: { name: string; role?: FamilyRole }) => void;
  onCancel: () => void;
}

/**
 * Change a member's name and (for a family member) relationship, in place of their details:
 * the first field takes the focus when it opens; Save and Cancel give it back to the page.
 */
export function MemberEditForm({ member, who, onSave, onCancel }: MemberEditFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(member.name ?? '');
  const [role, setRole] = useState<FamilyRole | undefined>(member.role === 'main' ? undefined : member.role);
  const roleRef = useRef<HTMLSelectElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => (roleRef.current ?? nameRef.current)?.focus(), []);
  const roleId = `adv-edit-role-${member.id}`;
  const nameId = `adv-edit-name-${member.id}`;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ name, ...(role ? { role } : {}) });
  };

  return (
    <form noValidate className="adv-member-edit" onSubmit={onSubmit} aria-label={t('adviser.members.editHeading', { who })}>
      {role && (
        <div className="adv-form-group">
          <label className="app-label" htmlFor={roleId}>
            {t('adviser.members.roleLabel')}
          </label>
          <select id={roleId} ref={roleRef} className="adv-select" value={role} onChange={(e) => setRole(e.currentTarget.value as FamilyRole)}>
            {FAMILY_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`adviser.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="adv-form-group">
        <label className="app-label" htmlFor={nameId}>
          {t('adviser.members.nameLabel')}
        </label>
        <p className="adv-hint" id={`${nameId}-hint`}>
          {t('adviser.members.editNameHint')}
        </p>
        <input
          id={nameId}
          ref={nameRef}
          className="adv-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_NAME_LENGTH}
          value={name}
          aria-describedby={`${nameId}-hint`}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div className="app-button-group">
        <button type="submit" className="app-button">
          {t('adviser.members.save')}
        </button>
        <button type="button" className="app-button app-button-secondary" onClick={onCancel}>
          {t('adviser.members.cancel')}
        </button>
      </div>
    </form>
  );
}
