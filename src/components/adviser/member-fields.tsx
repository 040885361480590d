import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FAMILY_ROLES, MAX_NAME_LENGTH, type FamilyRole } from '../keep/client-store.ts';

export interface MemberFieldsProps {
  /** Prefix of the fields' ids (unique on the page). */
  idPrefix: string;
  /** The relationship, for a family member; absent for the main person (no relationship field). */
  role?: FamilyRole | undefined;
  onRole: (role: FamilyRole) => void;
  name: string;
  onName: (name: string) => void;
  /** The hint under the name's label. */
  nameHint: string;
  roleRef?: Ref<HTMLSelectElement>;
  nameRef?: Ref<HTMLInputElement>;
}

/** A member's relationship (family members only) and optional name: the fields of adding and of changing a member. */
export function MemberFields({ idPrefix, role, onRole, name, onName, nameHint, roleRef, nameRef }: MemberFieldsProps) {
  const { t } = useTranslation();
  const roleId = `${idPrefix}-role`;
  const nameId = `${idPrefix}-name`;
  return (
    <>
      {role && (
        <div className="adv-form-group">
          <label className="app-label" htmlFor={roleId}>
            {t('adviser.members.roleLabel')}
          </label>
          <select id={roleId} ref={roleRef} className="adv-select" value={role} onChange={(e) => onRole(e.currentTarget.value as FamilyRole)}>
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
          {nameHint}
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
          onChange={(e) => onName(e.currentTarget.value)}
        />
      </div>
    </>
  );
}
