import { useCallback, useEffect, useRef } from 'react';
import type { AnyActorRef } from 'xstate';
import { QUESTION_IDS } from '../rules/questions.ts';
import { CALCULATOR_IDS } from '../components/calculators/calculator-ids.ts';
import { addressOf, readAddress, routeOfState, type Address, type AddressOptions } from '../machines/address.ts';
import type { WizardPage } from '../machines/wizard-navigation.ts';
import { afterNextPaint } from './after-paint.ts';
import { writeAddress } from './address-bar.ts';

/** A tab that paints no frame (hidden) writes a new page's address this long after the change. */
const ADDRESS_LATEST_MS = 1000;

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
 * so a replayed case file is one entry), the page's path is pushed as a new history entry,
 * once the new page has painted (writing the address costs the press a few ms on a slow
 * phone: "Build my plan" at 4× CPU); if Back or Forward comes first, the page left gets no
 * entry of its own, and an in-place change meanwhile (a language switch), the app closing
 * or the page hidden write it first;
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

  // The new page whose address waits for its paint: cancels the wait.
  const painted = useRef<(() => void) | undefined>(undefined);
  // The wait forgotten: its entry is being written now, or the page was left before it painted
  // (Back, Forward) and gets none.
  const drop = useCallback(() => {
    painted.current?.();
    painted.current = undefined;
    scheduled.current = false;
  }, []);

  const write = useCallback(() => {
    drop();
    // Still opening the page the address names: the address already says where it goes.
    if (held.current) return;
    const mode = replace.current ? 'replace' : 'push';
    replace.current = false;
    const a = app.getSnapshot() as { value: string; context: { client?: string; calculator?: string } };
    const route = routeOfState(a.value, a.context, (wizard.getSnapshot() as { value: WizardPage }).value);
    if (route) writeAddress(addressOf(lang.current, route), mode);
  }, [app, wizard, drop]);

  // Written now: an in-place change, the app closing or the page hidden come after that page's own entry.
  const flush = useCallback(() => {
    if (painted.current) write();
  }, [write]);

  const schedule = useCallback(
    (inPlace: boolean) => {
      if (inPlace) {
        flush();
        replace.current = true;
      }
      if (scheduled.current) return;
      scheduled.current = true;
      // In place at once (after this burst of events); a new page's entry once it has painted.
      if (replace.current) queueMicrotask(write);
      else painted.current = afterNextPaint(write, ADDRESS_LATEST_MS);
    },
    [write, flush],
  );

  // The page left (the app unmounted, the tab hidden or closed) before a new page painted:
  // its address is written now, so that what is reopened is the page last shown.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

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
      // The browser moved before the page shown got its entry: it gets none.
      if (painted.current) drop();
      replace.current = true;
      react.current(currentAddress(languages));
      schedule(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [languages, schedule, drop]);

  return {
    replaceNext: useCallback(() => {
      flush();
      replace.current = true;
    }, [flush]),
    settle: useCallback(() => {
      held.current = false;
      schedule(true);
    }, [schedule]),
  };
}
