import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { normalizeCountryCode } from '../../rules/params/countries.ts';
import type { QuestionId } from '../../rules/schema/case-file.ts';
import { countryError, countryOptions } from './country-options.ts';
import { FieldError } from '../ui/field-error.tsx';
import { QuestionHeading } from './question-heading.tsx';
import { QuestionPage } from './question-page.tsx';

export interface CountryQuestionProps {
  questionId: QuestionId;
  /** The current answer, an ISO 3166-1 alpha-2 code. */
  defaultValue?: string | undefined;
  /** Called with the ISO code of a country the rules know. */
  onAnswer: (code: string) => void;
  onBack: () => void;
}

interface CountryForm {
  country: string;
}

/**
 * A country question: the <h1> is the label of a native <select> listing every country
 * the rules know, named in the person's language and sorted by that name. The value is
 * the ISO code. A native select works with every keyboard, screen reader and phone, and
 * typing the first letters jumps to the country.
 */
export function CountryQuestion({ questionId: q, defaultValue, onAnswer, onBack }: CountryQuestionProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const initial = defaultValue ? normalizeCountryCode(defaultValue) : '';
  // A saved answer the list does not hold stays visible, so Continue can say what is wrong.
  const stray = initial !== '' && !options.some((o) => o.code === initial) ? initial : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<CountryForm>({
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    defaultValues: { country: initial },
  });

  const title = t(`questions.${q}.title`);
  const hintKey = `questions.${q}.hint`;
  const hasHint = i18n.exists(hintKey);
  const hintId = `${q}-hint`;
  const errorId = `${q}-error`;
  const error = errors.country?.message ? t(`questions.${q}.errors.${errors.country.message}`) : undefined;
  const describedBy = [hasHint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;

  return (
    <QuestionPage
      title={title}
      errors={error ? [{ fieldId: q, message: error }] : []}
      submitCount={submitCount}
      onSubmit={handleSubmit(({ country }) => onAnswer(normalizeCountryCode(country)))}
      onBack={onBack}
    >
      <div className={`qp-form-group${error ? ' qp-form-group--error' : ''}`}>
        <QuestionHeading>
          <label className="qp-label--heading" htmlFor={q}>
            {title}
          </label>
        </QuestionHeading>
        {hasHint && (
          <div id={hintId} className="qp-hint">
            {t(hintKey)}
          </div>
        )}
        {error && <FieldError id={errorId} message={error} />}
        <select
          className={`qp-select${error ? ' qp-select--error' : ''}`}
          id={q}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...register('country', { validate: (v) => countryError(v) ?? true })}
        >
          <option value="">{t(`questions.${q}.placeholder`)}</option>
          {stray && <option value={stray}>{stray}</option>}
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
    </QuestionPage>
  );
}
