import { useState, type FormEvent, type ReactNode } from 'react';
import { unreadableDates, type CalcOutcome, type CalcProblem } from './calc-checks.ts';
import { CalcErrorSummary, CalcSection, CalculateButton, messagesByField, ResultRegion, useProblemMessages, type FieldMessage } from './calc-parts.tsx';
import type { CalculatorId } from './calculator-ids.ts';

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

  return { result: result?.value, messages, errorFor: messagesByField(messages), failures, submit, dropProblems };
}

export interface CalcFormProps<T> {
  id: CalculatorId;
  /** Unique on the page: the ids of the error summary's title and of the result heading are built from it. */
  idPrefix: string;
  title: string;
  intro: string;
  form: CalcFormState<T>;
  run: CalcRun<T>;
  /** The fields; the Calculate button follows them. */
  children: ReactNode;
  renderResult: (result: T) => ReactNode;
}

/** A calculator: its section, intro, error summary, form with the Calculate button, and the result region. */
export function CalcForm<T>({ id, idPrefix, title, intro, form, run, children, renderResult }: CalcFormProps<T>) {
  return (
    <CalcSection id={id} title={title}>
      <p>{intro}</p>
      <CalcErrorSummary idPrefix={idPrefix} messages={form.messages} focusKey={form.failures} />
      <form className="calc-form" noValidate onSubmit={(e) => form.submit(e, run)}>
        {children}
        <CalculateButton />
      </form>

      <ResultRegion idPrefix={idPrefix}>{form.result === undefined ? undefined : renderResult(form.result)}</ResultRegion>
    </CalcSection>
  );
}
