import { useTranslation } from 'react-i18next';
import { problemText } from '../../locales/problem-text.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import type { Problem } from '../../rules/schema/problem.ts';
import { downloadText } from '../keep/download.ts';
import { deleteDamagedSession, loadDamagedSession } from '../keep/storage.ts';

export interface DamagedSessionProps {
  store: Storage | undefined;
  /** What was wrong: every problem found. */
  problems: readonly Problem[];
  /** The answers that could be read and are kept (not said on a later visit: they may have changed since). */
  salvaged: Partial<CaseFile> | undefined;
  onDone: () => void;
}

/**
 * The saved answers were damaged: say so, say how many could be read, and offer the copy that
 * was kept aside as it was, to download or delete. Shown on the start page until dealt with.
 */
export function DamagedSession({ store, problems, salvaged, onDone }: DamagedSessionProps) {
  const { t } = useTranslation();
  const kept = salvaged ? Object.keys(salvaged).filter((k) => k !== 'schemaVersion').length : 0;
  const lines = problems.map((p) => {
    const said = problemText(p, (key, options) => t(key, options ?? {}));
    return said.field ? `${said.field}: ${said.message}` : said.message;
  });
  // The same problem met twice (one answer, two rules) is said once.
  const shown = [...new Set(lines)];
  return (
    <div className="app-error-summary app-damaged" role="alert" aria-labelledby="app-damaged-title">
      <h2 id="app-damaged-title" className="app-error-summary-title">
        {t('app.damaged.heading')}
      </h2>
      <p>{t('app.damaged.text')}</p>
      {salvaged && <p>{t('app.damaged.kept', { count: kept })}</p>}
      <p>{t('app.damaged.problems', { count: shown.length })}</p>
      <ul className="app-damaged-problems">
        {shown.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="app-button-group">
        <button
          type="button"
          className="app-button"
          onClick={() => downloadText('pobyt-saved-answers-damaged.json', loadDamagedSession(store) ?? '', 'application/json')}
        >
          {t('app.damaged.download')}
        </button>
        <button
          type="button"
          className="app-button app-button-secondary"
          onClick={() => {
            deleteDamagedSession(store);
            onDone();
          }}
        >
          {t('app.damaged.dismiss')}
        </button>
      </div>
    </div>
  );
}
