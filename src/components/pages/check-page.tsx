import { useTranslation } from 'react-i18next';
import { WizardContext } from '../wizard-context.ts';
import { dayInWords } from '../../locales/day-in-words.ts';
import { AnswerSummary } from './answer-summary.tsx';
import { BackButton } from '../ui/back-button.tsx';

/**
 * Check your answers (GOV.UK pattern, ID-SK "Zhrnutie"): every answer on the path with a
 * Change button, then a button that says what happens next.
 */
export function CheckPage() {
  const { t, i18n } = useTranslation();
  const actor = WizardContext.useActorRef();
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const asOf = WizardContext.useSelector((s) => s.context.asOf);
  return (
    <div className="app-page app-check">
      <BackButton onClick={() => actor.send({ type: 'nav.back' })} />
      <h1>{t('app.check.title')}</h1>
      <p>{t('app.check.intro')}</p>
      <AnswerSummary answers={answers} asOf={asOf} onChange={(question) => actor.send({ type: 'nav.change', question })} />
      <h2>{t('app.check.confirmHeading')}</h2>
      <p>{t('app.check.confirmText', { date: dayInWords(asOf, i18n.language) })}</p>
      <div className="app-button-group">
        <button type="button" className="app-button" onClick={() => actor.send({ type: 'nav.confirm' })}>
          {t('app.check.confirm')}
        </button>
        <button type="button" className="app-button app-button-secondary app-no-print" onClick={() => window.print()}>
          {t('app.check.print')}
        </button>
      </div>
    </div>
  );
}
