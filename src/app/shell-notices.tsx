import { useTranslation } from 'react-i18next';
import type { AnswersElsewhere } from './use-autosave.ts';

/** A line of news on the page (what was just done, where the address led): a polite status. */
export function ShellStatus({ text }: { text: string }) {
  return (
    <p className="app-notice" role="status">
      {text}
    </p>
  );
}

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

/**
 * The answers changed in another window: offer them ("Show the latest answers"), naming how
 * many differ. When the other window removed them all (Start again, Clear my data), say that,
 * and offer to keep this window's answers or to start again here too.
 */
export function ElsewhereNotice({
  elsewhere,
  onShow,
  onKeepHere,
  onDismiss,
}: {
  elsewhere: AnswersElsewhere;
  onShow: () => void;
  onKeepHere: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { removed = false, savedThere = false } = elsewhere;
  const conflicts = elsewhere.conflicts.length;
  return (
    <div className={`app-notice app-elsewhere${removed ? ' app-elsewhere--removed' : ''}`} role="region" aria-label={t('app.elsewhere.label')}>
      <p aria-live="polite">
        {removed ? t('app.elsewhere.removed') : savedThere ? t('app.elsewhere.savedThere') : t('app.elsewhere.text')}
        {!removed && conflicts > 0 && ` ${t('app.elsewhere.conflicts', { count: conflicts })}`}
      </p>
      <div className="app-button-group">
        {removed && (
          <button type="button" className="app-button" onClick={onKeepHere}>
            {t('app.elsewhere.keepHere')}
          </button>
        )}
        <button type="button" className={removed ? 'app-button app-button-secondary' : 'app-button'} onClick={onShow}>
          {removed ? t('app.elsewhere.startAgainHere') : t('app.elsewhere.show')}
        </button>
        <button type="button" className="app-button app-button-secondary" onClick={onDismiss}>
          {t('app.elsewhere.dismiss')}
        </button>
      </div>
    </div>
  );
}
