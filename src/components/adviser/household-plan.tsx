import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../keep/client-store.ts';
import { dueDate } from '../plan/plan-format.ts';
import { prefixedStepAnchor } from '../plan/step-timeline.tsx';
import { memberHeading, memberLabel, progressText, tableDate } from './adviser-format.ts';
import { householdFees, memberStates, mergedTimeline, personPrefix, type ReadyMember } from './household-view.ts';
import { PersonPlan } from './person-plan.tsx';

/** The household's deadlines: the columns, in order (each cell below repeats its name as a label on a phone). */
const TIMELINE_COLUMNS = ['date', 'person', 'step', 'status'] as const;

export interface HouseholdPlanProps {
  client: Client;
  asOf: string;
  store: Storage | undefined;
  onPrint: () => void;
}

/**
 * The household's plan and its print pack: a cover page (printed only) with the client, the
 * date, the adviser's notes and the people; every deadline of the household by date; then one
 * section per person whose answers are complete, each starting a new page on paper.
 */
export function HouseholdPlan({ client, asOf, store, onPrint }: HouseholdPlanProps) {
  const { t, i18n } = useTranslation();
  // One i18next instance per language (app/use-language.ts): a new language is a new instance.
  const states = useMemo(() => memberStates(client, asOf, i18n), [client, asOf, i18n]);
  const ready = useMemo(() => states.filter((s): s is ReadyMember => s.status === 'ready'), [states]);
  const waiting = states.filter((s) => s.status !== 'ready');
  const timeline = useMemo(() => mergedTimeline(ready), [ready]);
  const fees = householdFees(ready);
  const label = (m: Client['members'][number]) => memberLabel(m, client.members, t);
  const heading = (m: Client['members'][number]) => memberHeading(m, client.members, t);

  const goTo = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView?.();
    target.focus({ preventScroll: true });
  };

  return (
    <>
      <section className="app-section adv-household adv-no-print" aria-labelledby="adv-household-plan-heading">
        <h2 id="adv-household-plan-heading">{t('adviser.household.heading')}</h2>
        {ready.length === 0 ? (
          <p>{t('adviser.household.none')}</p>
        ) : (
          <p>{t('adviser.household.asOf', { date: asOf })}</p>
        )}

        {waiting.length > 0 && (
          <div className="adv-inset">
            <h3 className="adv-inset-heading">{t('adviser.household.incompleteHeading')}</h3>
            <p>{t('adviser.household.incompleteText')}</p>
            <ul className="adv-plain-list">
              {waiting.map((s) => (
                <li key={s.member.id}>
                  {s.status === 'incomplete'
                    ? `${heading(s.member)}: ${progressText({ ...s, complete: false }, t)}`
                    : t('adviser.household.problemsText', { who: heading(s.member) })}
                </li>
              ))}
            </ul>
          </div>
        )}

        {ready.length > 0 && (
          <div className="adv-no-print">
            <p className="adv-hint" id="adv-print-hint">
              {t('adviser.household.printHint')}
            </p>
            <button type="button" className="app-button" aria-describedby="adv-print-hint" onClick={onPrint}>
              {t('adviser.household.print')}
            </button>
          </div>
        )}
      </section>

      {ready.length > 0 && (
        <div className="adv-pack">
          <section className="adv-cover adv-print-only" aria-labelledby="adv-cover-title">
            <p className="adv-cover-kicker">{t('adviser.cover.kicker')}</p>
            <h2 id="adv-cover-title">{t('adviser.cover.title', { name: client.name })}</h2>
            <p>{t('adviser.cover.generated', { date: asOf })}</p>
            <h3>{t('adviser.cover.notesHeading')}</h3>
            <p className="adv-notes-text">{client.notes.trim() || t('adviser.cover.noNotes')}</p>
            <h3>{t('adviser.cover.membersHeading')}</h3>
            <ul className="adv-plain-list">
              {states.map((s) => (
                <li key={s.member.id}>
                  {heading(s.member)} – {s.status === 'ready' ? t('adviser.cover.inPack') : t('adviser.cover.notInPack')}
                </li>
              ))}
            </ul>
            <p className="adv-cover-disclaimer">{t('adviser.cover.disclaimer')}</p>
          </section>

          <section className="app-section adv-next" aria-labelledby="adv-next-heading">
            <h2 id="adv-next-heading">{t('uiPlan.next.eachPerson')}</h2>
            <ul className="adv-plain-list">
              {ready.map(({ member, plan }) => {
                const next = plan.next;
                const anchor = next ? prefixedStepAnchor(personPrefix(member.id), next.stepId) : '';
                return (
                  <li key={member.id}>
                    <strong>{label(member)}</strong>:{' '}
                    {next ? (
                      <>
                        <a href={`#${anchor}`} onClick={goTo(anchor)}>
                          {next.what}
                        </a>
                        {next.by && (
                          <>
                            {' '}
                            – {t(`uiPlan.steps.dueKind.${next.kind ?? 'deadline'}`)}{' '}
                            <time dateTime={next.by}>{dueDate(next.by, next.kind ?? 'deadline', i18n.language)}</time>
                          </>
                        )}
                        {next.overdue && (
                          <>
                            {' '}
                            <span className="adv-badge adv-badge-overdue">{t('uiPlan.steps.status.overdue')}</span>
                          </>
                        )}
                      </>
                    ) : (
                      t('uiPlan.next.nothing')
                    )}
                  </li>
                );
              })}
            </ul>
          </section>

          <section className="app-section adv-timeline" aria-labelledby="adv-timeline-heading">
            <h2 id="adv-timeline-heading">{t('adviser.household.timelineHeading')}</h2>
            {timeline.length === 0 ? (
              <p>{t('adviser.household.timelineNone')}</p>
            ) : (
              <div className="adv-table-wrap">
                <table className="adv-table adv-table-stack" role="table">
                  <caption className="app-visually-hidden">{t('adviser.household.timelineCaption')}</caption>
                  {/* Explicit roles: on a phone the rows are stacked as blocks, which some browsers would no longer expose as a table. */}
                  <thead role="rowgroup">
                    <tr role="row">
                      {TIMELINE_COLUMNS.map((column) => (
                        <th key={column} scope="col" role="columnheader">
                          {t(`adviser.household.${column}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {timeline.map((d) => {
                      const anchor = prefixedStepAnchor(personPrefix(d.member.id), d.stepId);
                      return (
                        <tr key={`${d.member.id}-${d.stepId}`} role="row">
                          <td role="cell" data-label={t('adviser.household.date')}>
                            <time dateTime={d.date}>{tableDate(d.date, i18n.language)}</time>
                          </td>
                          <th scope="row" role="rowheader" data-label={t('adviser.household.person')}>
                            {label(d.member)}
                          </th>
                          <td role="cell" data-label={t('adviser.household.step')}>
                            <span className="adv-block adv-muted">{t(`uiPlan.steps.dueKind.${d.kind}`)}</span>
                            <a href={`#${anchor}`} onClick={goTo(anchor)}>
                              {d.title}
                            </a>
                          </td>
                          <td role="cell" data-label={t('adviser.household.status')}>
                            <span className={`adv-badge adv-badge-${d.status}`}>{t(`uiPlan.steps.status.${d.status}`)}</span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            <h3>{t('adviser.household.feesHeading')}</h3>
            <dl className="adv-totals">
              <div>
                <dt>{t('uiPlan.fees.required')}</dt>
                <dd>{t('uiPlan.fees.money', { amount: fees.requiredEur })}</dd>
              </div>
              <div>
                <dt>{t('uiPlan.fees.optionalTotal')}</dt>
                <dd>{t('uiPlan.fees.upTo', { amount: fees.optionalEur })}</dd>
              </div>
              <div>
                <dt>{t('uiPlan.fees.range')}</dt>
                <dd>{t('uiPlan.fees.rangeValue', { min: fees.requiredEur, max: fees.maxEur })}</dd>
              </div>
            </dl>
          </section>

          {ready.map((s) => (
            <PersonPlan
              key={s.member.id}
              plan={s.plan}
              idPrefix={personPrefix(s.member.id)}
              heading={t('adviser.household.planFor', { who: heading(s.member) })}
              person={heading(s.member)}
              store={store}
            />
          ))}
        </div>
      )}
    </>
  );
}
