import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Each part of the app keeps its own look for a field's error (spacing in its stylesheet)
 * and its own word before the message, read by screen readers only.
 */
const AREAS = {
  question: { className: 'qp-error-message', prefix: (t: TFunction) => t('form.errorPrefix') },
  calculator: { className: 'calc-error-message', prefix: (t: TFunction) => t('calc.common.errorPrefix') },
  adviser: { className: 'adv-error-message', prefix: (t: TFunction) => `${t('adviser.errorPrefix')}:` },
} as const;

export interface FieldErrorProps {
  id: string;
  message: string;
  /** Where the field is: the question pages unless given. */
  area?: keyof typeof AREAS;
}

/** The error above a field (GOV.UK): referenced by the field's aria-describedby. */
export function FieldError({ id, message, area = 'question' }: FieldErrorProps) {
  const { t } = useTranslation();
  const { className, prefix } = AREAS[area];
  return (
    <p id={id} className={className}>
      <span className="app-visually-hidden">{prefix(t)}</span> {message}
    </p>
  );
}
