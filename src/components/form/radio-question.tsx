import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../rules/schema/case-file.ts';
import { FieldError } from '../ui/field-error.tsx';
import { QuestionHeading } from './question-heading.tsx';
import { QuestionPage } from './question-page.tsx';

export interface RadioQuestionProps<V extends string> {
  questionId: QuestionId;
  /** The values to offer, in order (from the case-file schema, or narrowed by the rules). */
  options: readonly V[];
  /** The current answer: checked when it is among the options. */
  defaultValue?: string | undefined;
  onAnswer: (value: V) => void;
  onBack: () => void;
}

interface RadioForm {
  answer: string | null;
}

/** The option "I don't know" (yesNoDontKnow enums): set apart by an "or" divider. */
export const DONT_KNOW = 'dontKnow';

/**
 * A question answered by choosing one option: a fieldset whose legend holds the <h1>,
 * the hint, native radio buttons with labels and optional hints. Texts come from
 * `questions.<questionId>.{title,hint,options.<value>.{label,hint},errors.required}`.
 */
export function RadioQuestion<V extends string>({ questionId: q, options, defaultValue, onAnswer, onBack }: RadioQuestionProps<V>) {
  const { t, i18n } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<RadioForm>({
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    defaultValues: { answer: defaultValue !== undefined && (options as readonly string[]).includes(defaultValue) ? defaultValue : null },
  });

  const title = t(`questions.${q}.title`);
  const hintKey = `questions.${q}.hint`;
  const hasHint = i18n.exists(hintKey);
  const hintId = `${q}-hint`;
  const errorId = `${q}-error`;
  const error = errors.answer?.message ? t(`questions.${q}.errors.${errors.answer.message}`) : undefined;
  const describedBy = [hasHint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const field = register('answer', {
    validate: (v) => (v !== null && (options as readonly string[]).includes(v)) || 'required',
  });
  const inputId = (value: string, i: number) => (i === 0 ? q : `${q}-${value}`);

  return (
    <QuestionPage
      title={title}
      errors={error ? [{ fieldId: q, message: error }] : []}
      submitCount={submitCount}
      onSubmit={handleSubmit(({ answer }) => onAnswer(answer as V))}
      onBack={onBack}
    >
      <div className={`qp-form-group${error ? ' qp-form-group--error' : ''}`}>
        <fieldset className="qp-fieldset" aria-describedby={describedBy}>
          <legend className="qp-legend">
            <QuestionHeading>{title}</QuestionHeading>
          </legend>
          {hasHint && (
            <div id={hintId} className="qp-hint">
              {t(hintKey)}
            </div>
          )}
          {error && <FieldError id={errorId} message={error} />}
          <div className="qp-radios">
            {options.map((value, i) => {
              const id = inputId(value, i);
              const optionHintKey = `questions.${q}.options.${value}.hint`;
              const optionHintId = `${q}-${value}-hint`;
              const hasOptionHint = i18n.exists(optionHintKey);
              return (
                <div key={value}>
                  {value === DONT_KNOW && i > 0 && <div className="qp-radios__divider">{t('form.or')}</div>}
                  <div className="qp-radios__item">
                    <input
                      className="qp-radios__input"
                      type="radio"
                      id={id}
                      value={value}
                      aria-describedby={hasOptionHint ? optionHintId : undefined}
                      aria-invalid={error ? true : undefined}
                      {...field}
                    />
                    <label className="qp-radios__label" htmlFor={id}>
                      {t(`questions.${q}.options.${value}.label`, value === DONT_KNOW ? { defaultValue: t('form.dontKnow') } : {})}
                    </label>
                    {hasOptionHint && (
                      <div id={optionHintId} className="qp-hint qp-radios__hint">
                        {t(optionHintKey)}
                      </div>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </QuestionPage>
  );
}
