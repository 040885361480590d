import { useTranslation } from 'react-i18next';

/** The GOV.UK back link, as a button: it sends the wizard's own Back event. */
export function BackButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="app-back" onClick={onClick}>
      {label ?? t('app.back')}
    </button>
  );
}
