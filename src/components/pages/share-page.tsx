import { useTranslation } from 'react-i18next';
import type { IncomingShare } from '../keep/incoming-share.ts';
import { AnswerSummary } from './answer-summary.tsx';
import { ProblemList } from './problem-list.tsx';

export interface SharePageProps {
  share: IncomingShare;
  asOf: string;
  /** Answers are saved in this browser: loading the link replaces them. */
  hasSaved: boolean;
  onLoad: () => void;
  onDismiss: () => void;
}

/**
 * A share link was opened. Its answers are shown and loaded only if the person says so
 * (saved answers are never replaced silently). A link that cannot be read says why; the
 * saved answers stay as they are.
 */
export function SharePage({ share, asOf, hasSaved, onLoad, onDismiss }: SharePageProps) {
  const { t } = useTranslation();
  if (share.status === 'error') {
    return (
      <div className="app-page">
        <h1>{t('app.share.errorTitle')}</h1>
        <div className="app-error-summary">
          <p>{t(`app.share.reason.${share.reason}`)}</p>
          {share.problems.length > 0 && (
            <>
              <p>{t('app.share.problemsIntro')}</p>
              <ProblemList problems={share.problems} />
            </>
          )}
        </div>
        {hasSaved && <p>{t('app.share.untouched')}</p>}
        <button type="button" className="app-button" onClick={onDismiss}>
          {t('app.share.continue')}
        </button>
      </div>
    );
  }
  return (
    <div className="app-page">
      <h1>{t('app.share.offerTitle')}</h1>
      <p>
        {t('app.share.offerText')}
        {hasSaved && <strong> {t('app.share.replaceNote')}</strong>}
      </p>
      <h2>{t('app.share.linkAnswers')}</h2>
      <AnswerSummary answers={share.caseFile} asOf={asOf} />
      <div className="app-button-group">
        <button type="button" className="app-button" onClick={onLoad}>
          {t('app.share.load')}
        </button>
        <button type="button" className="app-button app-button-secondary" onClick={onDismiss}>
          {hasSaved ? t('app.share.keep') : t('app.share.dontLoad')}
        </button>
      </div>
    </div>
  );
}
