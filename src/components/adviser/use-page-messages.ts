import { useCallback, useState } from 'react';
import type { ProblemItem } from './adviser-notices.tsx';

/** A status message (announced), with an Undo when a change can be undone. */
export interface Notice<Undo> {
  message: string;
  undo?: Undo;
  /** Set when focus moves to the message. */
  focus?: number;
}

/** What failed, for the error summary: each problem links to its field. */
export interface Problems {
  items: ProblemItem[];
  details?: string[];
  nothingImported?: boolean;
}

/**
 * The two messages of an adviser's page: the status notice of the last change, and the
 * error summary of the last failed attempt (focused again on every failure).
 */
export function usePageMessages<Undo>() {
  const [notice, setNotice] = useState<Notice<Undo>>();
  const [problems, setProblems] = useState<Problems>();
  const [problemKey, setProblemKey] = useState(0);
  const fail = useCallback((p: Problems) => {
    setProblems(p);
    setProblemKey((k) => k + 1);
  }, []);
  const clearProblems = useCallback(() => setProblems(undefined), []);
  return { notice, setNotice, problems, problemKey, fail, clearProblems };
}

export type PageMessages<Undo> = ReturnType<typeof usePageMessages<Undo>>;
