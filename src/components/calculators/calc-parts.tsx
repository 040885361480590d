// Long file: the parts every calculator shares (fields, date boxes, error summary, result region, sources), one import for each calculator.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goToField, useSummaryFocus } from '../form/error-summary.tsx';
import { FieldError } from '../ui/field-error.tsx';
import { sourceTitleLang, sourceTitlesNote } from '../../locales/resolve-plan.ts';
import { sourcesFor } from '../../rules/plan/all-sources.ts';
import type { Confidence } from '../../rules/schema/primitives.ts';
import { DATE_PARTS, joinDate, splitDate, type CalcProblem, type DatePartName, type DateRange } from './calc-checks.ts';
import { calculatorHeadingId, calculatorSectionId, type CalculatorId } from './calculator-ids.ts';

/** Shared parts of the calculators: section, fields, error summary, result region, sources. */

export interface FieldMessage {
  fieldId: string;
  message: string;
}

/** The problems in words, in the order of the form. */
export function useProblemMessages(problems: readonly CalcProblem[]): FieldMessage[] {
  const { t } = useTranslation();
  return problems.map((p) => ({
    fieldId: p.fieldId,
    message: t(p.key, { ...p.params, field: t(p.field.key, p.field.params) }),
  }));
}

/** The first message for each field (shown above the field). */
export const messagesByField = (messages: readonly FieldMessage[]): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of messages) if (!out.has(m.fieldId)) out.set(m.fieldId, m.message);
  return out;
};

/** A calculator: a section named by its <h2>, which the page focuses when it opens the calculator. */
export function CalcSection({ id, title, children }: { id: CalculatorId; title: string; children: ReactNode }) {
  return (
    <section className="calc" id={calculatorSectionId(id)} aria-labelledby={calculatorHeadingId(id)}>
      <h2 id={calculatorHeadingId(id)} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export interface CalcErrorSummaryProps {
  /** Unique on the page: the summary's title id is built from it. */
  idPrefix: string;
  messages: readonly FieldMessage[];
  /** Changes on every failed Calculate: the summary takes focus again. */
  focusKey: number;
}

/**
 * "There is a problem" (GOV.UK error summary): announced, focused after a failed Calculate,
 * each message a link that moves focus to its field.
 */
export function CalcErrorSummary({ idPrefix, messages, focusKey }: CalcErrorSummaryProps) {
  const { t } = useTranslation();
  // Focus again on each failed Calculate (not on every change of the messages).
  const ref = useSummaryFocus(focusKey, focusKey > 0);
  if (messages.length === 0) return null;
  const groupOf = (field: HTMLElement) => field.closest('.calc-form-group') ?? field;

  const titleId = `${idPrefix}-error-summary-title`;
  return (
    <div className="app-error-summary calc-error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <h3 id={titleId} className="calc-error-summary-title">
        {t('calc.common.errorSummaryTitle')}
      </h3>
      <ul className="calc-error-summary-list">
        {messages.map((m, i) => (
          <li key={`${m.fieldId}-${i}`}>
            <a href={`#${m.fieldId}`} onClick={goToField(m.fieldId, groupOf)}>
              {m.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldBase {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

const describedBy = (...ids: (string | false | undefined)[]): string | undefined => {
  const s = ids.filter(Boolean).join(' ');
  return s === '' ? undefined : s;
};

function FieldShell({ id, label, hint, error, children }: FieldBase & { children: ReactNode }) {
  return (
    <div className={`calc-form-group${error ? ' calc-form-group--error' : ''}`}>
      <label className="app-label calc-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="calc-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} area="calculator" />}
      {children}
    </div>
  );
}

export interface DateFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  range: DateRange;
}

/** The id of one part's input: the day keeps the field's id (error links go to it). */
export const datePartId = (id: string, part: DatePartName): string => (part === 'day' ? id : `${id}-${part}`);

/**
 * A date as day, month and year text boxes (GOV.UK date input, the same as the question
 * pages; no browser picker with its own order), grouped under the field's label as a legend.
 * The day box is named with the legend too, so it alone answers to the field's label.
 */
export function DateField({ id, label, hint, error, value, onChange }: DateFieldProps) {
  const { t } = useTranslation();
  const parts = splitDate(value);
  const legendId = `${id}-legend`;
  return (
    <fieldset className={`calc-form-group calc-date-field${error ? ' calc-form-group--error' : ''}`}>
      <legend id={legendId} className="app-label calc-label">
        {label}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="calc-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} area="calculator" />}
      <div className="calc-date-parts">
        {DATE_PARTS.map((part) => {
          const partId = datePartId(id, part);
          return (
            <div className="calc-date-part" key={part}>
              <label id={`${partId}-label`} className="calc-date-part-label" htmlFor={partId}>
                {t(`form.date.${part}`)}
              </label>
              <input
                id={partId}
                className={`calc-input calc-input--width-${part === 'year' ? 4 : 2}${error ? ' calc-input--error' : ''}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={parts[part]}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
                {...(part === 'day' ? { 'aria-labelledby': `${legendId} ${partId}-label` } : {})}
                onChange={(e) => onChange(joinDate({ ...parts, [part]: e.currentTarget.value }))}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export interface DatePartProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

export interface DatePairProps {
  start: DatePartProps;
  end: DatePartProps;
  range: DateRange;
  /** The error of each field, by its id. */
  errorFor: ReadonlyMap<string, string>;
}

/** Two dates side by side, the first and last day of a run of days (a stay, a period, a trip). */
export function DatePair({ start, end, range, errorFor }: DatePairProps) {
  const field = ({ id, label, value, onChange }: DatePartProps) => (
    <DateField id={id} label={label} value={value} onChange={onChange} range={range} error={errorFor.get(id)} />
  );
  return (
    <div className="calc-date-pair">
      {field(start)}
      {field(end)}
    </div>
  );
}

export interface NumberFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  /** Width in characters. */
  width: 2 | 3 | 4;
}

/** A whole number typed into a text box (GOV.UK: no type="number"), with a numeric keypad on phones. */
export function NumberField({ id, label, hint, error, value, onChange, width }: NumberFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className={`calc-input calc-input--width-${width}${error ? ' calc-input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </FieldShell>
  );
}

/** A group of fields: a legend, then a hint the group is described by. */
export function CalcFieldset({ legend, hint, hintId, children }: { legend: string; hint: string; hintId: string; children: ReactNode }) {
  return (
    <fieldset className="calc-fieldset" aria-describedby={hintId}>
      <legend className="calc-legend">{legend}</legend>
      <p id={hintId} className="calc-hint">
        {hint}
      </p>
      {children}
    </fieldset>
  );
}

/** The Calculate button, and the form's other actions after it. */
export function CalculateButton({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="calc-actions">
      <button type="submit" className="app-button">
        {t('calc.common.calculate')}
      </button>
      {children}
    </div>
  );
}

/**
 * Where the result appears: a region named "Result", polite live region, so a screen reader
 * reads the new result after Calculate without moving focus.
 */
export function ResultRegion({ idPrefix, children }: { idPrefix: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `${idPrefix}-result-heading`;
  return (
    <section className="calc-result" aria-labelledby={headingId} aria-live="polite">
      <h3 id={headingId} className="calc-result-heading">
        {t('calc.common.resultHeading')}
      </h3>
      {children ?? <p className="calc-hint">{t('calc.common.resultEmpty')}</p>}
    </section>
  );
}

/**
 * A visible "check with the Foreign Police" note for a value of Med or Low confidence
 * (never shown as certain); computed values say so.
 */
export function UncertainNote({ confidence, computed = false }: { confidence: Confidence; computed?: boolean }) {
  const { t } = useTranslation();
  if (confidence === 'high' && !computed) return null;
  return (
    <div className={`calc-uncertain calc-uncertain--${confidence}`}>
      <p>
        <span className="calc-uncertain-icon" aria-hidden="true">
          !
        </span>
        <strong>{t('calc.common.uncertainLabel')}</strong>
      </p>
      {confidence !== 'high' && <p>{t(`calc.common.uncertain.${confidence}`)}</p>}
      {computed && <p>{t('calc.common.computed')}</p>}
    </div>
  );
}

/** The sources of a result: title (linked), legal reference and last-verified date. */
export function CalcSources({ ids }: { ids: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const sources = sourcesFor([...ids]);
  if (sources.length === 0) return null;
  const note = sourceTitlesNote(sources, i18n.language, t);
  return (
    <div className="calc-sources">
      <h4 className="calc-sources-heading">{t('calc.common.sourcesHeading')}</h4>
      {note && <p className="calc-source-languages">{note}</p>}
      <ul className="calc-source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <a href={s.url} rel="noreferrer" lang={sourceTitleLang(s, i18n.language)}>
              {s.title}
            </a>
            {s.legalRef && <span className="calc-legal-ref"> ({s.legalRef})</span>}
            {' — '}
            <span className="calc-verified">{t('calc.common.lastVerified', { date: s.lastVerified })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One row of a result's summary list (GOV.UK summary list). */
export function ResultRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="calc-summary-row">
      <dt className="calc-summary-key">{label}</dt>
      <dd className="calc-summary-value">{children}</dd>
    </div>
  );
}
