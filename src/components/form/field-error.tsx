import { useTranslation } from 'react-i18next';

export interface FieldErrorProps {
  id: string;
  message: string;
}

/** The error above a field (GOV.UK): referenced by the field's aria-describedby. */
export function FieldError({ id, message }: FieldErrorProps) {
  const { t } = useTranslation();
  return (
    <p id={id} className="qp-error-message">
      <span className="app-visually-hidden">{t('form.errorPrefix')}</span> {message}
    </p>
  );
}
