import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sameInputs } from '../keep/calculator-store.ts';
import { unreadableDates, type CalcOutcome, type CalcProblem } from './calc-checks.ts';
import { CalcErrorSummary, CalcSection, CalculateButton, messagesByField, ResultRegion, useProblemMessages, type FieldMessage } from './calc-parts.tsx';
import type { CalculatorId } from './calculator-ids.ts';
import type { KeptFormState } from './use-kept-form.ts';

/** What every calculator does on Calculate: check the form, then show the result or the problems. */

export interface CalcFormState<T> {
  /** The result of the last successful Calculate (none after a failed one). */
  result: T | undefined;
  /** The problems of the last failed Calculate, in words, in the order of the form. */
  messages: FieldMessage[];
  /** The first message for each field, by the field's id. */
  errorFor: ReadonlyMap<string, string>;
  /** How many times Calculate failed: the error summary takes focus again on each. */
  failures: number;
  /** On Calculate: check the form and work the result out with `run`, then keep the result or the problems. */
  submit: (e: FormEvent<HTMLFormElement>, run: CalcRun<T>) => void;
  /** Forget the problems of these fields (their row was removed). */
  dropProblems: (fieldIds: readonly string[]) => void;
  /** Forget the result and every problem (the form was emptied or put back). */
  reset: () => void;
}

/**
 * Checks a calculator's fields and works the result out; it gets the ids of the date inputs
 * whose text the browser could not read as a date.
 */
export type CalcRun<T> = (unreadable: ReadonlySet<string>) => CalcOutcome<T>;

/** The state of a calculator's form: the result, or the problems of the last Calculate. */
export function useCalcForm<T>(): CalcFormState<T> {
  const [problems, setProblems] = useState<CalcProblem[]>([]);
  const [failures, setFailures] = useState(0);
  const [result, setResult] = useState<{ value: T }>();

  const messages = useProblemMessages(problems);

  const submit = (e: FormEvent<HTMLFormElement>, run: CalcRun<T>) => {
    e.preventDefault();
    const outcome = run(unreadableDates(e.currentTarget));
    if (outcome.ok) {
      setProblems([]);
      setResult({ value: outcome.value });
    } else {
      setProblems(outcome.problems);
      setResult(undefined);
      setFailures((n) => n + 1);
    }
  };

  const dropProblems = (fieldIds: readonly string[]) => setProblems((ps) => ps.filter((p) => !fieldIds.includes(p.fieldId)));

  const reset = () => {
    setProblems([]);
    setResult(undefined);
  };

  return { result: result?.value, messages, errorFor: messagesByField(messages), failures, submit, dropProblems, reset };
}

export interface CalcFormProps<T, I> {
  id: CalculatorId;
  /** Unique on the page: the ids of the error summary's title and of the result heading are built from it. */
  idPrefix: string;
  title: string;
  intro: string;
  form: CalcFormState<T>;
  run: CalcRun<T>;
  /** What the boxes hold now. */
  inputs: I;
  /** What the form was read as from this browser, and its empty state. */
  kept: KeptFormState<I>;
  /** Put a whole form in place (emptied, or put back by Undo). */
  restore: (inputs: I) => void;
  /** The fields; the Calculate button follows them. */
  children: ReactNode;
  renderResult: (result: T) => ReactNode;
}

/**
 * A calculator: its section, intro, a note when the form was filled in from this browser,
 * error summary, form with the Calculate and "Clear the form" buttons, and the result region.
 * An emptied form can be put back (Undo) until the person types into it again.
 */
export function CalcForm<T, I>({ id, idPrefix, title, intro, form, run, inputs, kept, restore, children, renderResult }: CalcFormProps<T, I>) {
  const { t } = useTranslation();
  const empty = sameInputs(inputs, kept.defaults);
  const [undo, setUndo] = useState<{ inputs: I }>();
  // Once emptied, what is typed is new: no longer "filled in with what you typed before".
  const [emptied, setEmptied] = useState(false);
  // Typed into again after "Clear the form": what was cleared is no longer offered back.
  if (undo && !empty) setUndo(undefined);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const clear = () => {
    setUndo({ inputs });
    setEmptied(true);
    restore(kept.defaults);
    form.reset();
    focusNext.current = `${idPrefix}-undo`;
  };
  const putBack = () => {
    if (!undo) return;
    setEmptied(false);
    restore(undo.inputs);
    setUndo(undefined);
    form.reset();
    focusNext.current = `${idPrefix}-clear`;
  };

  return (
    <CalcSection id={id} title={title}>
      <p>{intro}</p>
      {kept.found === 'kept' && !empty && !emptied && <p className="calc-kept-note">{t('calc.kept.restored')}</p>}
      {kept.found === 'damaged' && !emptied && (
        // Part of it read back, or nothing at all (the form starts empty).
        <p className="calc-kept-note calc-kept-note--problem">{t(sameInputs(kept.initial, kept.defaults) ? 'calc.kept.unreadable' : 'calc.kept.damaged')}</p>
      )}
      {kept.found === 'unavailable' && <p className="calc-kept-note">{t('calc.kept.unavailable')}</p>}
      <CalcErrorSummary idPrefix={idPrefix} messages={form.messages} focusKey={form.failures} />
      <form className="calc-form" noValidate onSubmit={(e) => form.submit(e, run)}>
        {children}
        <CalculateButton>
          {!empty && (
            <button type="button" id={`${idPrefix}-clear`} className="app-link-button calc-clear" onClick={clear}>
              {t('calc.kept.clear')}
            </button>
          )}
        </CalculateButton>
        <p className="calc-cleared" role="status">
          {undo && empty && (
            <>
              {t('calc.kept.cleared')}{' '}
              <button type="button" id={`${idPrefix}-undo`} className="app-link-button calc-undo" onClick={putBack}>
                {t('calc.kept.undo')}
              </button>
            </>
          )}
        </p>
      </form>

      <ResultRegion idPrefix={idPrefix}>{form.result === undefined ? undefined : renderResult(form.result)}</ResultRegion>
    </CalcSection>
  );
}
