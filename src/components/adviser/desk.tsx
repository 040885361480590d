import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskActions, filterDesk, type ActionKind, type DeskFilter } from '../../rules/desk.ts';
import { planChanges, planDigest, type PlanChange, type PlanDigest } from '../../rules/plan-changes.ts';
import type { Client, ClientMember } from '../keep/client-store.ts';
import { caseFileHash } from '../keep/share-link.ts';
import { loadSeenPlan, saveSeenPlan } from '../keep/storage.ts';
import { changeLine } from '../plan/plan-changes-notice.tsx';
import { downloadText } from '../keep/download.ts';
import { prefixedStepAnchor } from '../plan/step-timeline.tsx';
import { memberLabel, tableDate } from './adviser-format.ts';
import { deskToIcs } from '../../locales/desk-ics.ts';
import { personPrefix, plannedMembers, type PlannedMember } from './household-view.ts';
import type { EnginePlan } from '../../rules/schema/plan.ts';
import type { Message } from '../../rules/schema/message.ts';

const KINDS: readonly ActionKind[] = ['booking', 'filing', 'collection', 'renewal', 'other'];
const PERIODS = { all: undefined, week: 7, month: 31 } as const;
type Period = keyof typeof PERIODS;
const FIRST_ROWS = 50;

export interface DeskProps {
  clients: readonly Client[];
  asOf: string;
  store: Storage | undefined;
  /** Open a client's page, at one person's step. */
  onOpen: (clientId: string, anchor?: string) => void;
}

/**
 * Every client's dated actions in one list, the overdue first: filters by period, kind and
 * client; each row opens the person's plan at that step; the rows shown go into one calendar
 * file. The plans are the ones the client pages show (cached per language).
 */
export function Desk({ clients, asOf, store, onOpen }: DeskProps) {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<Period>('all');
  const [kind, setKind] = useState<ActionKind | ''>('');
  const [clientId, setClientId] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [exported, setExported] = useState<string>();

  // Each client's people with a plan, made once for the list and for what changed.
  const ready = useMemo(() => clients.map((client) => ({ client, members: plannedMembers(client, asOf) })), [clients, asOf]);
  const { rows, who } = useMemo(() => {
    const people = ready.flatMap(({ client: c, members }) => members.map((s) => ({ clientId: c.id, clientName: c.name, memberId: s.member.id, plan: s.engine })));
    // A person's name on the desk, worked out for the rows shown only (and then kept).
    const byId = new Map(clients.map((c) => [c.id, c]));
    const labels = new Map<string, string>();
    const who = (clientId: string, memberId: string) => {
      const key = `${clientId}/${memberId}`;
      let label = labels.get(key);
      if (label === undefined) {
        const c = byId.get(clientId);
        const m = c?.members.find((x) => x.id === memberId);
        label = c && m ? memberLabel(m, c.members, t) : '';
        labels.set(key, label);
      }
      return label;
    };
    return { rows: deskActions<Message, EnginePlan>(people), who };
  }, [ready, clients, t]);
  // Only the rows shown (and exported) are put into words.
  const title = (m: Message) => t(m.key, m.params ?? {});

  const filter: DeskFilter = {
    ...(PERIODS[period] !== undefined ? { withinDays: PERIODS[period] } : {}),
    ...(kind ? { kind } : {}),
    ...(clientId ? { clientId } : {}),
  };
  const shown = filterDesk(rows, asOf, filter);
  const visible = showAll ? shown : shown.slice(0, FIRST_ROWS);

  const exportCalendar = () => {
    const file = `pobyt-desk-${asOf}.ics`;
    const text = deskToIcs(
      shown.map((r) => ({
        clientId: r.clientId,
        memberId: r.memberId,
        stepId: r.stepId,
        date: r.date,
        summary: t('adviser.desk.eventSummary', { client: r.clientName, who: who(r.clientId, r.memberId), what: title(r.title) }),
        description: t(`adviser.desk.kind.${r.kind}`),
        booking: r.kind === 'booking',
      })),
      new Date(),
    );
    downloadText(file, text, 'text/calendar');
    setExported(t('adviser.desk.exported', { count: shown.length, file }));
  };

  return (
    <section className="app-section adv-desk" aria-labelledby="adv-desk-heading">
      <DeskChanges ready={ready} store={store} />
      <h2 id="adv-desk-heading">{t('adviser.desk.heading')}</h2>
      <p>{t('adviser.desk.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('adviser.desk.none')}</p>
      ) : (
        <>
          <div className="adv-desk-filters">
            <div className="adv-form-group">
              <label className="app-label" htmlFor="adv-desk-period">
                {t('adviser.desk.periodLabel')}
              </label>
              <select id="adv-desk-period" className="adv-select" value={period} onChange={(e) => setPeriod(e.currentTarget.value as Period)}>
                {(Object.keys(PERIODS) as Period[]).map((p) => (
                  <option key={p} value={p}>
                    {t(`adviser.desk.period.${p}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="adv-form-group">
              <label className="app-label" htmlFor="adv-desk-kind">
                {t('adviser.desk.kindLabel')}
              </label>
              <select id="adv-desk-kind" className="adv-select" value={kind} onChange={(e) => setKind(e.currentTarget.value as ActionKind | '')}>
                <option value="">{t('adviser.desk.allKinds')}</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`adviser.desk.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="adv-form-group">
              <label className="app-label" htmlFor="adv-desk-client">
                {t('adviser.desk.clientLabel')}
              </label>
              <select id="adv-desk-client" className="adv-select" value={clientId} onChange={(e) => setClientId(e.currentTarget.value)}>
                <option value="">{t('adviser.desk.allClients')}</option>
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="adv-muted" aria-live="polite">
            {t('adviser.desk.shown', { count: shown.length, shown: shown.length, total: rows.length })}
          </p>
          {shown.length > 0 && (
            <div className="adv-table-wrap">
              <table className="adv-table adv-desk-table">
                <caption className="app-visually-hidden">{t('adviser.desk.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('adviser.desk.col.date')}</th>
                    <th scope="col">{t('adviser.desk.col.who')}</th>
                    <th scope="col">{t('adviser.desk.col.what')}</th>
                    <th scope="col">{t('adviser.desk.col.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((r) => {
                    const person = who(r.clientId, r.memberId);
                    return (
                      <tr key={`${r.clientId}/${r.memberId}/${r.stepId}`} className={r.overdue ? 'adv-desk-overdue' : undefined}>
                        <td>
                          <time dateTime={r.date}>{tableDate(r.date, i18n.language)}</time>
                          {r.overdue && <strong className="adv-desk-flag"> {t('adviser.desk.overdue')}</strong>}
                        </td>
                        <th scope="row">
                          {r.clientName}
                          <span className="adv-muted"> · {person}</span>
                        </th>
                        <td>
                          <button
                            type="button"
                            className="app-link-button"
                            onClick={() => onOpen(r.clientId, prefixedStepAnchor(personPrefix(r.memberId), r.stepId))}
                          >
                            {title(r.title)}
                            <span className="app-visually-hidden"> {t('adviser.desk.openFor', { who: person, client: r.clientName })}</span>
                          </button>
                        </td>
                        <td>{t(`adviser.desk.kind.${r.kind}`)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {!showAll && shown.length > FIRST_ROWS && (
            <button type="button" className="app-button app-button-secondary" onClick={() => setShowAll(true)}>
              {t('adviser.desk.showAll', { count: shown.length })}
            </button>
          )}
          <div className="app-button-group">
            <button type="button" className="app-button app-button-secondary" disabled={shown.length === 0} onClick={exportCalendar}>
              {t('adviser.desk.export', { count: shown.length })}
            </button>
          </div>
          <p className="adv-muted" aria-live="polite">
            {exported ?? ''}
          </p>
        </>
      )}
    </section>
  );
}

interface MemberChange {
  member: ClientMember;
  hash: string;
  now: PlanDigest;
  changes: PlanChange[];
}

/**
 * Clients whose plans changed since the adviser last reviewed them (a new release, or the
 * as-of date passing a dated change in law): each change named, per person; "Mark as reviewed"
 * makes the plans now the ones seen. A plan seen for the first time is remembered quietly.
 */
function DeskChanges({ ready, store }: { ready: readonly { client: Client; members: readonly PlannedMember[] }[]; store: Storage | undefined }) {
  const { t, i18n } = useTranslation();
  const [reviewed, setReviewed] = useState(0);
  const { changed, firstSeen } = useMemo(() => {
    void reviewed;
    const changed: { client: Client; members: MemberChange[] }[] = [];
    const firstSeen: { hash: string; now: PlanDigest }[] = [];
    for (const { client, members: people } of ready) {
      const members: MemberChange[] = [];
      for (const { member, engine } of people) {
        const hash = caseFileHash(engine.caseFile);
        const now = planDigest(engine);
        const seen = loadSeenPlan(hash, store);
        if (seen.status !== 'ok') {
          firstSeen.push({ hash, now });
          continue;
        }
        const changes = planChanges(seen.value, now);
        if (changes.length) members.push({ member, hash, now, changes });
      }
      if (members.length) changed.push({ client, members });
    }
    return { changed, firstSeen };
  }, [ready, store, reviewed]);

  useEffect(() => {
    for (const f of firstSeen) saveSeenPlan(f.hash, f.now, store);
  }, [firstSeen, store]);

  if (changed.length === 0) return null;
  return (
    <section className="adv-inset adv-desk-changes" aria-labelledby="adv-desk-changes-heading">
      <h2 id="adv-desk-changes-heading" className="adv-inset-heading">
        {t('adviser.desk.changes.heading', { count: changed.length })}
      </h2>
      <p>{t('adviser.desk.changes.intro')}</p>
      <ul className="adv-plain-list">
        {changed.map(({ client, members }) => (
          <li key={client.id}>
            <h3>{client.name}</h3>
            {members.map((m) => (
              <div key={m.member.id}>
                <p>{memberLabel(m.member, client.members, t)}</p>
                <ul>
                  {m.changes.map((c, i) => (
                    <li key={i}>{changeLine(c, t, i18n.language)}</li>
                  ))}
                </ul>
              </div>
            ))}
            <button
              type="button"
              className="app-button app-button-secondary"
              onClick={() => {
                for (const m of members) saveSeenPlan(m.hash, m.now, store);
                setReviewed((n) => n + 1);
              }}
            >
              {t('adviser.desk.changes.reviewed', { client: client.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
