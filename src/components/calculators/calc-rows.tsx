import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Rows of a calculator the person adds and removes (stays, periods, absences). */

export interface Row {
  /** Stable across adding and removing rows (React key and field ids); never used twice. */
  key: number;
}

/** A row as kept or typed, before it has a key. */
export type Unkeyed<R extends Row> = Omit<R, 'key'>;

/** Rows given keys `first`, `first + 1`, … (the rows a form starts with; pure, so safe in a render). */
export function keyed<R extends Row>(rows: readonly Unkeyed<R>[], first: number): R[] {
  return rows.map((r, i) => ({ ...r, key: first + i }) as R);
}

/** Hands out row keys; one source may serve several lists of a form. */
export function useRowKeys(first: number): () => number {
  const next = useRef(first);
  return () => next.current++;
}

export interface RowListSpec<R extends Row> {
  newKey: () => number;
  /** A new, empty row. */
  blank: (key: number) => R;
  /** The field of a new row that takes focus. */
  firstFieldId: (key: number) => string;
  /** The id of the Add button, which takes focus when a row is removed. */
  addId: string;
  /** Called with the key of a removed row (to forget the problems of its fields). */
  onRemove?: (key: number) => void;
}

export interface RowListState<R extends Row> {
  rows: R[];
  addId: string;
  add: () => void;
  remove: (key: number) => void;
  set: <K extends Exclude<keyof R, 'key'>>(key: number, part: K, value: R[K]) => void;
  /** Put these rows in place of all (each given a new key). */
  replace: (rows: readonly Unkeyed<R>[]) => void;
}

/** The rows and their editing; after a row is added or removed, focus moves to where the person goes on. */
export function useRowList<R extends Row>(initial: readonly R[], spec: RowListSpec<R>): RowListState<R> {
  const { newKey, blank, firstFieldId, addId, onRemove } = spec;
  const [rows, setRows] = useState<R[]>(() => [...initial]);
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const add = () => {
    const key = newKey();
    setRows((rs) => [...rs, blank(key)]);
    focusNext.current = firstFieldId(key);
  };
  const remove = (key: number) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    onRemove?.(key);
    focusNext.current = addId;
  };
  const set = <K extends Exclude<keyof R, 'key'>>(key: number, part: K, value: R[K]) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [part]: value } : r)));
  const replace = (next: readonly Unkeyed<R>[]) => {
    // Keys handed out here, not in the state update (React may run an update twice).
    const withKeys = next.map((r) => ({ ...r, key: newKey() }) as R);
    setRows(withKeys);
  };

  return { rows, addId, add, remove, set, replace };
}

export interface RowListProps<R extends Row> {
  list: RowListState<R>;
  /** The legend of row `number` (from 1). */
  legend: (number: number) => string;
  /** The Remove button of row `number`. */
  removeLabel: (number: number) => string;
  addLabel: string;
  /** At least one row stays: Remove shows only while there are two or more. */
  keepOne?: boolean;
  /** Shown instead of the list while it has no rows. */
  empty?: ReactNode;
  /** The fields of a row. */
  children: (row: R) => ReactNode;
}

/** The rows, each a numbered group with its fields and a Remove button, then the Add button. */
export function RowList<R extends Row>({ list, legend, removeLabel, addLabel, keepOne = false, empty, children }: RowListProps<R>) {
  const { rows } = list;
  return (
    <>
      {rows.length === 0 && empty !== undefined ? (
        empty
      ) : (
        <ol className="calc-rows">
          {rows.map((row, i) => (
            <li key={row.key} className="calc-row">
              <fieldset className="calc-fieldset calc-row-fieldset">
                <legend className="calc-row-legend">{legend(i + 1)}</legend>
                {children(row)}
                {(!keepOne || rows.length > 1) && (
                  <button type="button" className="app-link-button calc-remove" onClick={() => list.remove(row.key)}>
                    {removeLabel(i + 1)}
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <button type="button" id={list.addId} className="app-button app-button-secondary" onClick={list.add}>
        {addLabel}
      </button>
    </>
  );
}
