import { useCallback, useState } from 'react';
import { defaultStore, loadTicks, saveTicks } from '../keep/storage.ts';

/** Why ticks are not kept: nothing to say, storage refused, or the saved ticks were unreadable. */
export type TicksNotice = 'none' | 'notSaved' | 'corrupt';

interface TicksState {
  caseHash: string;
  ticked: ReadonlySet<string>;
  notice: TicksNotice;
}

function initialState(caseHash: string, store: Storage | undefined): TicksState {
  const r = loadTicks(caseHash, store);
  switch (r.status) {
    case 'ok':
      return { caseHash, ticked: new Set(r.value), notice: 'none' };
    case 'absent':
      return { caseHash, ticked: new Set(), notice: 'none' };
    case 'corrupt':
      return { caseHash, ticked: new Set(), notice: 'corrupt' };
    case 'unavailable':
      return { caseHash, ticked: new Set(), notice: 'notSaved' };
  }
}

export interface ChecklistTicks {
  isTicked: (id: string) => boolean;
  setTicked: (id: string, ticked: boolean) => void;
  count: (ids: readonly string[]) => number;
  notice: TicksNotice;
}

/**
 * The ticked documents of one case, kept in localStorage under the case's hash: another case
 * has its own ticks. Corrupt saved ticks start an empty list (and say so); they are replaced
 * only when the person ticks something.
 */
export function useChecklistTicks(caseHash: string, store?: Storage): ChecklistTicks {
  const target = store ?? defaultStore();
  const [state, setState] = useState<TicksState>(() => initialState(caseHash, target));
  let current = state;
  if (state.caseHash !== caseHash) {
    // A different case: load its ticks (React's pattern for state derived from a prop).
    current = initialState(caseHash, target);
    setState(current);
  }
  const { ticked } = current;

  const setTicked = useCallback(
    (id: string, on: boolean) => {
      setState((prev) => {
        const next = new Set(prev.ticked);
        if (on) next.add(id);
        else next.delete(id);
        const saved = saveTicks(prev.caseHash, next, target);
        return { caseHash: prev.caseHash, ticked: next, notice: saved.ok ? 'none' : 'notSaved' };
      });
    },
    [target],
  );

  return {
    isTicked: (id) => ticked.has(id),
    setTicked,
    count: (ids) => ids.filter((id) => ticked.has(id)).length,
    notice: current.notice,
  };
}
