import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatEur, type WeekdayCase } from '../../locales/i18n.ts';
import { planChanges, planDigest, type PlanChange, type PlanDigest } from '../../rules/plan-changes.ts';
import type { EnginePlan } from '../../rules/schema/plan.ts';
import { caseFileHash } from '../keep/share-link.ts';
import { loadSeenPlan, saveSeenPlan } from '../keep/storage.ts';
import { dateWithWeekday } from './plan-format.ts';

interface Seen {
  hash: string;
  now: PlanDigest;
  /** When the person last saw the plan (its as-of date). */
  lastSeen?: string;
  changes: PlanChange[];
}

function compare(plan: EnginePlan, store: Storage | undefined): Seen {
  const hash = caseFileHash(plan.caseFile);
  const now = planDigest(plan);
  const seen = loadSeenPlan(hash, store);
  return seen.status === 'ok' ? { hash, now, lastSeen: seen.value.asOf, changes: planChanges(seen.value, now) } : { hash, now, changes: [] };
}

/** One change in words, in the interface language. */
export function changeLine(c: PlanChange, t: TFunction, lng: string): string {
  const date = (iso: string, weekdayCase: WeekdayCase = 'nominative') => dateWithWeekday(iso, lng, weekdayCase);
  const eur = (n: number) => formatEur(n, lng);
  const title = t(c.title.key, c.title.params ?? {});
  switch (c.kind) {
    case 'stepAdded':
      return t('uiPlan.changes.stepAdded', { title });
    case 'stepRemoved':
      return t('uiPlan.changes.stepRemoved', { title });
    case 'deadlineMoved':
      // A step that gains or loses its date says so; "from" / "z" / "з" takes the genitive, "to" / "na" / "на" the accusative.
      if (c.from && c.to) return t('uiPlan.changes.deadlineMoved', { title, from: date(c.from, 'genitive'), to: date(c.to, 'accusative') });
      if (c.to) return t('uiPlan.changes.deadlineSet', { title, to: date(c.to) });
      return t('uiPlan.changes.deadlineDropped', { title, from: c.from ? date(c.from) : t('uiPlan.changes.noDate') });
    case 'feeAdded':
      return t('uiPlan.changes.feeAdded', { title, amount: eur(c.amountEur) });
    case 'feeRemoved':
      return t('uiPlan.changes.feeRemoved', { title, amount: eur(c.amountEur) });
    case 'feeChanged':
      return t('uiPlan.changes.feeChanged', { title, from: eur(c.fromEur), to: eur(c.toEur) });
  }
}

/**
 * What changed in this plan since the person last saw it, for the same answers: after a new
 * release or when a change in law takes effect. Steps added or removed, deadlines moved, fees
 * changed, each named. "I have noted this" makes the plan now the one last seen. A plan seen
 * for the first time, or unchanged, is simply remembered.
 */
export function PlanChangesNotice({ plan, store }: { plan: EnginePlan; store: Storage | undefined }) {
  const { t, i18n } = useTranslation();
  const [seen, setSeen] = useState(() => compare(plan, store));
  const [done, setDone] = useState(false);
  const current = seen.hash === caseFileHash(plan.caseFile) ? seen : compare(plan, store);
  if (current !== seen) setSeen(current);

  useEffect(() => {
    if (current.changes.length === 0) saveSeenPlan(current.hash, current.now, store);
  }, [current, store]);

  if (current.changes.length === 0 || done) return null;
  const line = (c: PlanChange) => changeLine(c, t, i18n.language);
  const date = (iso: string | undefined) => (iso ? dateWithWeekday(iso, i18n.language) : t('uiPlan.changes.noDate'));
  return (
    <section className="app-notice app-plan-changes app-no-print" aria-labelledby="plan-changes-heading">
      <h2 id="plan-changes-heading">{t('uiPlan.changes.heading', { count: current.changes.length })}</h2>
      <p>{t('uiPlan.changes.intro', { date: date(current.lastSeen) })}</p>
      <ul>
        {current.changes.map((c, i) => (
          <li key={i}>{line(c)}</li>
        ))}
      </ul>
      <button
        type="button"
        className="app-button app-button-secondary"
        onClick={() => {
          saveSeenPlan(current.hash, current.now, store);
          setDone(true);
        }}
      >
        {t('uiPlan.changes.noted')}
      </button>
    </section>
  );
}
