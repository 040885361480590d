import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistTicks } from './use-checklist-ticks.ts';
import { documentMarks, tickId, type DocumentMark, type Step } from './plan-format.ts';

export interface DocumentChecklistProps {
  step: Step;
  ticks: ChecklistTicks;
  headingId: string;
  /** Put before the checkboxes' ids (`<prefix>-doc-<step>-<document>`) when several plans stand on one page. */
  idPrefix?: string;
  /** Shown under the heading: the warnings about these documents. */
  notes?: ReactNode;
}

/** A step's documents as a checklist: real checkboxes whose ticks the caller keeps. */
export function DocumentChecklist({ step, ticks, headingId, idPrefix, notes }: DocumentChecklistProps) {
  const { t } = useTranslation();
  if (step.documents.length === 0) return null;
  const ids = step.documents.map((d) => tickId(step.id, d.id));
  const markText = (m: DocumentMark): string => {
    switch (m.key) {
      case 'maxAge':
        return t('uiPlan.documents.maxAge', { count: m.count });
      case 'obtainNoEarlierThan':
        return t('uiPlan.documents.obtainNoEarlierThan', { date: m.date });
      default:
        return t(`uiPlan.documents.${m.key}`);
    }
  };
  const rows = step.documents.map((doc) => {
    const id = tickId(step.id, doc.id);
    const inputId = `${idPrefix ? `${idPrefix}-` : ''}doc-${step.id}-${doc.id}`;
    return {
      doc,
      id,
      inputId,
      describedBy: `${inputId}-sk`,
      marks: documentMarks(doc).map(markText),
      ticked: ticks.isTicked(id),
    };
  });

  return (
    <section className="pv-documents" aria-labelledby={headingId}>
      <h4 id={headingId} className="pv-subheading">
        {t('uiPlan.documents.heading')}{' '}
        <span className="pv-progress">({t('uiPlan.documents.progress', { done: ticks.count(ids), total: ids.length })})</span>
      </h4>
      {notes}
      <ul className="pv-checklist">
        {rows.map(({ doc, id, inputId, describedBy, marks, ticked }) => (
          <li key={doc.id} className="pv-check">
            <input
              type="checkbox"
              id={inputId}
              className="pv-check-box"
              checked={ticked}
              aria-describedby={describedBy}
              onChange={(e) => ticks.setTicked(id, e.currentTarget.checked)}
            />
            <div className="pv-check-body">
              <label htmlFor={inputId} className="pv-check-label">
                {doc.name}
              </label>
              <div id={describedBy} className="pv-check-more">
                {doc.nameSk && (
                  <p className="pv-sk">
                    <span className="pv-sk-label">{t('uiPlan.documents.inSlovak')}:</span> <span lang="sk">{doc.nameSk}</span>
                  </p>
                )}
                {marks.length > 0 && (
                  <ul className="pv-marks">
                    {marks.map((m, i) => (
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                )}
                {doc.note && <p className="pv-note">{doc.note}</p>}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Says when ticks are not kept (storage refused them) or the saved ticks were unreadable. */
export function TicksNotice({ ticks }: { ticks: ChecklistTicks }) {
  const { t } = useTranslation();
  if (ticks.notice === 'none') return null;
  return (
    <p className="pv-note pv-ticks-notice" role="status">
      {t(ticks.notice === 'corrupt' ? 'uiPlan.documents.ticksCorrupt' : 'uiPlan.documents.ticksNotSaved')}
    </p>
  );
}
