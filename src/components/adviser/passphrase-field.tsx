import { FieldError } from '../ui/field-error.tsx';

export interface PassphraseFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  autoComplete: string;
  onChange: (value: string) => void;
}

/** The optional passphrase of an export or an import (the file is encrypted with it). */
export function PassphraseField({ id, label, hint, value, error, autoComplete, onChange }: PassphraseFieldProps) {
  return (
    <div className={`adv-form-group${error ? ' adv-form-group-error' : ''}`}>
      <label className="app-label" htmlFor={id}>
        {label}
      </label>
      <p className="adv-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && <FieldError id={`${id}-error`} message={error} area="adviser" />}
      <input
        id={id}
        className={`adv-input adv-input-passphrase${error ? ' adv-input-error' : ''}`}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
