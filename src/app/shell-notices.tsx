import { useTranslation } from 'react-i18next';

/** Adviser mode, on every wizard page: whose questions these are, and the way back to the client. */
export function MemberNotice({ who, client, onBack }: { who: string; client: string; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="app-notice app-member" role="region" aria-label={t('adviser.answering.label')}>
      <p>{t('adviser.answering.text', { person: who, client })}</p>
      <button type="button" className="app-button app-button-secondary" onClick={onBack}>
        {t('adviser.answering.back')}
      </button>
    </div>
  );
}

/** The answers changed in another window: offer them ("Show the latest answers"), naming how many differ. */
export function ElsewhereNotice({ conflicts, onShow, onDismiss }: { conflicts: number; onShow: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="app-notice app-elsewhere" role="region" aria-label={t('app.elsewhere.label')}>
      <p aria-live="polite">
        {t('app.elsewhere.text')}
        {conflicts > 0 && ` ${t('app.elsewhere.conflicts', { count: conflicts })}`}
      </p>
      <div className="app-button-group">
        <button type="button" className="app-button" onClick={onShow}>
          {t('app.elsewhere.show')}
        </button>
        <button type="button" className="app-button app-button-secondary" onClick={onDismiss}>
          {t('app.elsewhere.dismiss')}
        </button>
      </div>
    </div>
  );
}
