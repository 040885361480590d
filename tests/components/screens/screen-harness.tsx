import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Actor } from 'xstate';
import { QUESTION_SCREENS } from '../../../src/components/screens/question-screens.ts';
import { WizardContext } from '../../../src/components/wizard-context.ts';
import { createI18n, type Language } from '../../../src/locales/i18n.ts';
import en from '../../../src/locales/en/ui-questions.json';
import sk from '../../../src/locales/sk/ui-questions.json';
import uk from '../../../src/locales/uk/ui-questions.json';
import { wizardMachine } from '../../../src/machines/wizard-machine.ts';
import type { CaseFile, QuestionId } from '../../../src/rules/schema/case-file.ts';

/** Test helpers: the question screens inside the wizard actor and i18next, as the app renders them. */

export const AS_OF = '2026-11-22';
export const UI_QUESTIONS: Record<Language, Record<string, unknown>> = { en, sk, uk };

export type StateId = QuestionId | 'start' | 'check' | 'plan';
export type WizardActor = Actor<typeof wizardMachine>;

export function i18nFor(lng: Language = 'en'): Promise<I18n> {
  return createI18n(lng, UI_QUESTIONS[lng]);
}

/** The page the wizard is on: its question screen, or a heading naming the state. */
function CurrentPage() {
  const state = WizardContext.useSelector((s) => s.value) as StateId;
  const Screen = (QUESTION_SCREENS as Partial<Record<string, ComponentType>>)[state];
  return Screen ? <Screen /> : <h1>{`Page: ${state}`}</h1>;
}

function CaptureActor({ onActor }: { onActor: (a: WizardActor) => void }) {
  const actor = WizardContext.useActorRef();
  useEffect(() => {
    onActor(actor);
  }, [actor, onActor]);
  return null;
}

export interface Rendered {
  /** The wizard actor (read its snapshot to check answers and the state). */
  actor: () => WizardActor;
  unmount: () => void;
}

/** Render the wizard at `state` with these earlier answers (resolved snapshot, no events). */
export function renderAt(state: StateId, answers: Partial<CaseFile>, i18n: I18n): Rendered {
  const snapshot = wizardMachine.resolveState({
    value: state,
    context: { answers: { schemaVersion: 1, ...answers }, asOf: AS_OF, returnToCheck: false },
  });
  let actor: WizardActor | undefined;
  const { unmount } = render(
    <I18nextProvider i18n={i18n}>
      <WizardContext.Provider logic={wizardMachine} options={{ snapshot, input: { asOf: AS_OF } }}>
        <CaptureActor onActor={(a) => (actor = a)} />
        <CurrentPage />
      </WizardContext.Provider>
    </I18nextProvider>,
  );
  return {
    actor: () => {
      if (!actor) throw new Error('the wizard actor was not captured');
      return actor;
    },
    unmount,
  };
}
