import { useEffect, useRef, useState } from 'react';
import { loadCalculatorInputs, saveCalculatorInputs, type CalculatorInputs, type KeptCalculatorId, type KeptForm } from '../keep/calculator-store.ts';

/** What a calculator's form keeps in this browser: what it starts with, and keeping what is typed. */
export interface KeptFormState<I> {
  /** What the form starts with: what was kept, else the defaults. */
  initial: I;
  found: KeptForm<KeptCalculatorId>['found'];
  /** The empty form ("Clear the form" puts these back). */
  defaults: I;
}

/** Read once, when the calculator is first shown, the form kept for calculator `id`. */
export function useKeptForm<K extends KeptCalculatorId>(
  id: K,
  defaults: CalculatorInputs[K],
  today: string,
  store: Storage | undefined,
): KeptFormState<CalculatorInputs[K]> & { id: K; today: string; store: Storage | undefined } {
  const [loaded] = useState(() => loadCalculatorInputs(id, defaults, today, store));
  return { initial: loaded.inputs, found: loaded.found, defaults, id, today, store };
}

/**
 * Keep `inputs` whenever they change (not on the first render: what was read is kept
 * already), so a form untouched in another tab never writes over this one's.
 */
export function useKeepInputs<K extends KeptCalculatorId>(kept: ReturnType<typeof useKeptForm<K>>, inputs: CalculatorInputs[K]): void {
  const json = JSON.stringify(inputs);
  // What the first render showed (the form read, with a blank row where a list must have one):
  // kept as it is, so opening a calculator writes nothing.
  const last = useRef<string | undefined>(undefined);
  const { id, defaults, today, store } = kept;
  useEffect(() => {
    if (last.current === undefined) last.current = json;
    if (json === last.current) return;
    last.current = json;
    saveCalculatorInputs(id, JSON.parse(json) as CalculatorInputs[K], defaults, today, store);
  }, [json, id, defaults, today, store]);
}
