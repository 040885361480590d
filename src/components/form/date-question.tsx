import { useMemo } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dayInWords } from '../../locales/day-in-words.ts';
import type { QuestionId } from '../../rules/schema/case-file.ts';
import { checkDateParts, DATE_PARTS, isoToParts, type DateParts, type DateRange } from './date-parts.ts';
import { FieldError } from '../ui/field-error.tsx';
import { QuestionHeading } from './question-heading.tsx';
import { QuestionPage } from './question-page.tsx';

export interface DateQuestionProps {
  questionId: QuestionId;
  /** The current answer, YYYY-MM-DD. */
  defaultValue?: string | undefined;
  /** The days accepted, and which message a date after the last one gets. */
  range: DateRange;
  /** A date shown in the format hint ("For example, 18 12 2026"), YYYY-MM-DD. */
  example: string;
  onAnswer: (iso: string) => void;
  onBack: () => void;
}

/**
 * The error of a refused date, as RHF stores it: the message code, with its parameter
 * after a colon (`dayTooLarge:28`, `tooLate:2027-12-31`).
 */
const encode = (code: string, param?: number | string) => (param === undefined ? code : `${code}:${param}`);
const decode = (message: string) => {
  const [code, param] = message.split(':') as [string, string | undefined];
  return { code, param };
};

/** A tiny resolver (like @hookform/resolvers): the three boxes are checked together. */
function dateResolver(range: DateRange): Resolver<DateParts> {
  return (values) => {
    const result = checkDateParts(values, range);
    if (result.ok) return { values, errors: {} };
    const message = encode(result.code, result.params?.days ?? result.params?.date);
    const errors: FieldErrors<DateParts> = {};
    for (const part of result.parts) errors[part] = { type: result.code, message };
    return { values: {}, errors };
  };
}

/**
 * A date question, GOV.UK style: a fieldset whose legend holds the <h1>, a hint, and
 * three numeric boxes for day, month and year. Impossible and out-of-range dates are
 * refused with a message that says what to fix; the boxes at fault are marked.
 */
export function DateQuestion({ questionId: q, defaultValue, range, example, onAnswer, onBack }: DateQuestionProps) {
  const { t, i18n } = useTranslation();
  const resolver = useMemo(() => dateResolver(range), [range]);
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<DateParts>({
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    defaultValues: isoToParts(defaultValue),
    resolver,
  });

  const title = t(`questions.${q}.title`);
  const hintKey = `questions.${q}.hint`;
  const hasHint = i18n.exists(hintKey);
  const hintId = `${q}-hint`;
  const formatHintId = `${q}-format-hint`;
  const errorId = `${q}-error`;
  const wrong = DATE_PARTS.filter((p) => errors[p]);
  const firstMessage = wrong.length > 0 ? errors[wrong[0]!]?.message : undefined;
  let error: string | undefined;
  if (firstMessage) {
    const { code, param } = decode(firstMessage);
    const params = code === 'dayTooLarge' ? { days: param } : param ? { date: dayInWords(param, i18n.language) } : {};
    error = t(`questions.${q}.errors.${code}`, params);
  }
  const describedBy = [hasHint && hintId, formatHintId, error && errorId].filter(Boolean).join(' ');
  const exampleParts = isoToParts(example);

  return (
    <QuestionPage
      title={title}
      errors={error ? [{ fieldId: `${q}-${wrong[0]}`, message: error }] : []}
      submitCount={submitCount}
      onSubmit={handleSubmit((parts) => {
        const result = checkDateParts(parts, range);
        if (result.ok) onAnswer(result.iso);
      })}
      onBack={onBack}
    >
      <div className={`qp-form-group${error ? ' qp-form-group--error' : ''}`}>
        <fieldset className="qp-fieldset" role="group" aria-describedby={describedBy}>
          <legend className="qp-legend">
            <QuestionHeading>{title}</QuestionHeading>
          </legend>
          {hasHint && (
            <div id={hintId} className="qp-hint">
              {t(hintKey)}
            </div>
          )}
          <div id={formatHintId} className="qp-hint">
            {t('form.date.hint', { ...exampleParts })}
          </div>
          {error && <FieldError id={errorId} message={error} />}
          <div className="qp-date-input">
            {DATE_PARTS.map((part) => {
              const id = `${q}-${part}`;
              return (
                <div className="qp-date-input__item" key={part}>
                  <label className="qp-date-input__label" htmlFor={id}>
                    {t(`form.date.${part}`)}
                  </label>
                  <input
                    className={`qp-input qp-date-input__input qp-input--width-${part === 'year' ? 4 : 2}${errors[part] ? ' qp-input--error' : ''}`}
                    id={id}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={errors[part] ? true : undefined}
                    {...register(part)}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </QuestionPage>
  );
}
