import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult, Problem } from '../../rules/case-file-check.ts';
import { RULES_LAST_VERIFIED } from '../../rules/rules-verified.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import { dayInWords } from '../../locales/day-in-words.ts';
import { withSchemas } from '../keep/with-schemas.ts';
import { ProblemList } from './problem-list.tsx';
import { StartAgainUndo } from './start-again.tsx';

export interface StartPageProps {
  asOf: string;
  /** Answers saved in this browser: offer to continue. */
  canContinue: boolean;
  /** A status to show on arrival ("Your data has been cleared"). */
  notice?: string;
  /** The answers were just cleared by "Start again": offer Undo. */
  onUndoStartAgain?: () => void;
  onStart: () => void;
  onContinue: () => void;
  /** A valid case file was imported: load its answers. */
  onImport: (caseFile: CaseFile) => void;
  /** Open the advisers' clients or the calculators. */
  onTool: (tool: 'clients' | 'calculators') => void;
  /** They could not be loaded. */
  toolFailed?: boolean;
}

type ImportError = { name: string; problems: Problem[] } | { name: string; readFailed: true };

/** The start page (GOV.UK start page pattern): what, how long, privacy, last verified, start. */
export function StartPage({ asOf, canContinue, notice, onUndoStartAgain, onStart, onContinue, onImport, onTool, toolFailed = false }: StartPageProps) {
  const { t, i18n } = useTranslation();
  // Fixed ids, not useId(): the prerendered start page (client-rendered markup) is hydrated.
  const inputId = 'app-import-file';
  const hintId = 'app-import-hint';
  const [importError, setImportError] = useState<ImportError>();
  const errorRef = useRef<HTMLDivElement>(null);

  // In the same commit as the alert (a passive effect may run after someone has already seen it).
  useLayoutEffect(() => {
    if (importError) errorRef.current?.focus();
  }, [importError]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Reading and checking a file load when one is chosen, not with the start page.
    let text: string;
    try {
      text = await (await import('../ui/read-file-text.ts')).readFileText(file);
    } catch {
      setImportError({ name: file.name, readFailed: true });
      return;
    } finally {
      input.value = '';
    }
    let r: CheckResult;
    try {
      r = (await withSchemas(() => import('../keep/storage.ts'))).importCaseFileFromText(text, asOf);
    } catch {
      setImportError({ name: file.name, readFailed: true });
      return;
    }
    if (r.ok) {
      setImportError(undefined);
      onImport(r.caseFile);
    } else {
      setImportError({ name: file.name, problems: r.problems });
    }
  };

  return (
    <div className="app-page app-start">
      {notice && (
        <p className="app-notice" role="status">
          {notice}
        </p>
      )}
      {onUndoStartAgain && <StartAgainUndo onUndo={onUndoStartAgain} />}
      <h1>{t('app.start.title')}</h1>
      <p className="app-lead">{t('app.start.lead')}</p>
      <p>{t('app.start.forWhom')}</p>
      <p>
        <strong>{t('app.start.time')}</strong>
      </p>
      <button type="button" className="app-button app-button-start" onClick={onStart}>
        {t('app.start.button')}
        <svg className="app-button-arrow" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>

      {canContinue && (
        <section className="app-section app-continue" aria-labelledby="app-continue-heading">
          <h2 id="app-continue-heading">{t('app.continue.heading')}</h2>
          <p>{t('app.continue.text')}</p>
          <button type="button" className="app-button" onClick={onContinue}>
            {t('app.continue.button')}
          </button>
        </section>
      )}

      <section className="app-section" aria-labelledby="app-privacy-heading">
        <h2 id="app-privacy-heading">{t('app.start.privacyHeading')}</h2>
        <p>{t('app.start.privacy')}</p>
      </section>

      <section className="app-section" aria-labelledby="app-advice-heading">
        <h2 id="app-advice-heading">{t('app.start.adviceHeading')}</h2>
        <p>{t('app.start.advice')}</p>
        <p>
          {t('app.start.verified', { date: dayInWords(RULES_LAST_VERIFIED, i18n.language) })}
        </p>
      </section>

      <section className="app-section" aria-labelledby="app-tools-heading">
        <h2 id="app-tools-heading">{t('app.tools.heading')}</h2>
        <p>{t('app.tools.text')}</p>
        {toolFailed && (
          <p className="app-error-message" role="alert">
            {t('app.tools.failed')}
          </p>
        )}
        <ul className="app-tools">
          <li>
            <button type="button" className="app-button app-button-secondary" onClick={() => onTool('calculators')}>
              {t('app.tools.calculators')}
            </button>
          </li>
          <li>
            <button type="button" className="app-button app-button-secondary" onClick={() => onTool('clients')}>
              {t('app.tools.clients')}
            </button>
          </li>
        </ul>
      </section>

      <section className="app-section" aria-labelledby="app-import-heading">
        <h2 id="app-import-heading">{t('app.import.heading')}</h2>
        {importError && (
          <div className="app-error-summary" role="alert" tabIndex={-1} ref={errorRef} aria-labelledby="app-import-error">
            <h3 id="app-import-error">{t('app.import.errorHeading')}</h3>
            {'readFailed' in importError ? (
              <p>{t('app.import.readFailed')}</p>
            ) : (
              <>
                <p>{t('app.import.errorIntro', { name: importError.name })}</p>
                <ProblemList problems={importError.problems} />
              </>
            )}
            <p>{t('app.import.untouched')}</p>
          </div>
        )}
        <p id={hintId}>{t('app.import.text')}</p>
        <label className="app-label" htmlFor={inputId}>
          {t('app.import.label')}
        </label>
        <input
          id={inputId}
          className="app-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => void onFile(e)}
        />
      </section>
    </div>
  );
}
