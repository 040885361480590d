import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/schema/case-file.ts';
import { WizardContext } from '../wizard-context.ts';
import { BackButton } from '../ui/back-button.tsx';

export type QuestionScreens = Partial<Record<QuestionId, ComponentType>>;

/** One question: its screen (which reads and answers through the wizard context). */
export function QuestionPage({ question, screens }: { question: QuestionId; screens: QuestionScreens }) {
  const Screen = screens[question];
  return Screen ? <Screen key={question} /> : <MissingScreen />;
}

function MissingScreen() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  return (
    <div className="app-page">
      <BackButton onClick={() => actor.send({ type: 'nav.back' })} />
      <h1>{t('app.question.missingTitle')}</h1>
      <p>{t('app.question.missingText')}</p>
    </div>
  );
}
