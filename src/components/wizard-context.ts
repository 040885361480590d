import { createActorContext } from '@xstate/react';
import { wizardMachine } from '../machines/wizard-machine.ts';

/** The wizard actor for the whole app: screens read narrow slices and send events. */
export const WizardContext = createActorContext(wizardMachine);
