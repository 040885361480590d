import { useCallback, useEffect, useRef } from 'react';
import type { AnyActorRef } from 'xstate';
import { QUESTION_IDS } from '../rules/questions.ts';
import { CALCULATOR_IDS } from '../components/calculators/calculator-ids.ts';
import { addressOf, readAddress, routeOfState, type Address, type AddressOptions } from '../machines/address.ts';
import type { WizardPage } from '../machines/wizard-navigation.ts';
import { writeAddress } from './address-bar.ts';

/** How the app reads a path: the languages offered and the calculators there are. */
export const addressOptions = (languages: readonly string[]): AddressOptions => ({
  languages,
  questions: QUESTION_IDS,
  calculators: CALCULATOR_IDS,
});

/** The address of the page the browser is on. */
export function currentAddress(languages: readonly string[]): Address {
  return readAddress(window.location.pathname, addressOptions(languages));
}

export interface AddressSync {
  /** The app machine (app-machine.ts) and the wizard (wizard-machine.ts). */
  app: AnyActorRef;
  wizard: AnyActorRef;
  /** The interface language: the first part of every path. */
  language: string;
  /** The browser moved to another entry (Back, Forward): take the page it names. */
  onAddress: (address: Address) => void;
  languages: readonly string[];
  /** Write nothing until `settle`: the page the address names is still being opened. */
  hold?: boolean;
}

/**
 * The address follows the machines: after each change of state (once per burst of events,
 * so a replayed case file is one entry), the page's path is pushed as a new history entry;
 * a language switch, the first render and the page the browser's Back or Forward led to
 * replace the entry instead. Back and Forward (popstate) send the machines the page the
 * address names; where the machines refuse (a question the answers no longer reach), the
 * address is corrected to where they are. Returns `replaceNext`, for a change that is made
 * later (an area whose page is still loading) but must not add an entry, and `settle`, to
 * write the address in place once the page opened at start-up is reached (with `hold`,
 * nothing is written before: a reloaded question's address does not flicker to the start
 * page and back while its answers are replayed).
 */
export function useAddress({ app, wizard, language, onAddress, languages, hold = false }: AddressSync): {
  replaceNext: () => void;
  settle: () => void;
} {
  const lang = useRef(language);
  const replace = useRef(true);
  const scheduled = useRef(false);
  const react = useRef(onAddress);
  const held = useRef(hold);
  useEffect(() => {
    react.current = onAddress;
  }, [onAddress]);

  const write = useCallback(() => {
    scheduled.current = false;
    // Still opening the page the address names: the address already says where it goes.
    if (held.current) return;
    const mode = replace.current ? 'replace' : 'push';
    replace.current = false;
    const a = app.getSnapshot() as { value: string; context: { client?: string; calculator?: string } };
    const route = routeOfState(a.value, a.context, (wizard.getSnapshot() as { value: WizardPage }).value);
    if (route) writeAddress(addressOf(lang.current, route), mode);
  }, [app, wizard]);

  const schedule = useCallback(
    (inPlace: boolean) => {
      if (inPlace) replace.current = true;
      if (scheduled.current) return;
      scheduled.current = true;
      queueMicrotask(write);
    },
    [write],
  );

  useEffect(() => {
    const a = app.subscribe(() => schedule(false));
    const w = wizard.subscribe(() => schedule(false));
    return () => {
      a.unsubscribe();
      w.unsubscribe();
    };
  }, [app, wizard, schedule]);

  // A language switch: the same page, its path in the new language.
  useEffect(() => {
    if (lang.current === language) return;
    lang.current = language;
    schedule(true);
  }, [language, schedule]);

  useEffect(() => {
    const onPop = () => {
      replace.current = true;
      react.current(currentAddress(languages));
      schedule(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [languages, schedule]);

  return {
    replaceNext: useCallback(() => void (replace.current = true), []),
    settle: useCallback(() => {
      held.current = false;
      schedule(true);
    }, [schedule]),
  };
}
