import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientMember, FamilyRole } from '../keep/client-store.ts';
import { MemberFields } from './member-fields.tsx';

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

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ name, ...(role ? { role } : {}) });
  };

  return (
    <form noValidate className="adv-member-edit" onSubmit={onSubmit} aria-label={t('adviser.members.editHeading', { who })}>
      <MemberFields
        idPrefix={`adv-edit-${member.id}`}
        role={role}
        onRole={setRole}
        name={name}
        onName={setName}
        nameHint={t('adviser.members.editNameHint')}
        roleRef={roleRef}
        nameRef={nameRef}
      />
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
