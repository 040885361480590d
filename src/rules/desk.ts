import { addDays } from './calendar/iso-date.ts';
import type { EnginePlan } from './schema/plan.ts';

/**
 * The adviser's desk: every dated action of every person of every client, in one list, the
 * overdue first, then by date. Works on plans already made (engine or resolved: titles pass
 * through), so a page can reuse the plans it shows.
 */

/** What kind of action a step is, for the desk's filter. */
export type ActionKind = 'booking' | 'filing' | 'collection' | 'renewal' | 'other';

/**
 * Each step the rules make, by kind: filing an application or a report at an office,
 * collecting a card or visa, renewing a permit. Steps not listed are other duties (BOK,
 * insurance, leaving the Schengen area in time…).
 */
export const STEP_KINDS: Readonly<Record<string, ActionKind>> = {
  noticeOfStay: 'filing',
  noticeAfterEntry: 'filing',
  euRegistration: 'filing',
  familyMemberCard: 'filing',
  trApplication: 'filing',
  changeOfPurpose: 'filing',
  longTermResidence: 'filing',
  longTermInstead: 'filing',
  permanentFiveYears: 'filing',
  invitation: 'filing',
  collectCard: 'collection',
  nationalVisaToCollect: 'collection',
  euCitizenCard: 'collection',
  refugeCard: 'collection',
  ukWaDocument: 'collection',
  renewal: 'renewal',
  // A renewal whose last day has passed: what is left, in its place.
  afterExpiry: 'renewal',
  permanentUnlimited: 'renewal',
};

/** A step's kind: a booking action (it books another step's visit), else by its id. */
export const stepKind = (stepId: string, bookingFor?: string): ActionKind => (bookingFor !== undefined ? 'booking' : (STEP_KINDS[stepId] ?? 'other'));

type Plan<T> = Pick<EnginePlan, 'asOf'> & {
  steps: readonly { id: string; title: T; bookingFor?: string | undefined; due?: { date: string; kind: NonNullable<EnginePlan['steps'][number]['due']>['kind']; status: EnginePlan['deadlines'][number]['status'] } | undefined; where: { officeType: string } }[];
};

export interface DeskPerson<P> {
  clientId: string;
  clientName: string;
  memberId: string;
  plan: P;
}

export interface DeskAction<T> {
  clientId: string;
  clientName: string;
  memberId: string;
  stepId: string;
  title: T;
  date: string;
  dueKind: NonNullable<EnginePlan['steps'][number]['due']>['kind'];
  kind: ActionKind;
  overdue: boolean;
  officeType: string;
}

/** Every dated step of every person: the overdue first (oldest first), then by date, then client and person order. */
export function deskActions<T, P extends Plan<T>>(people: readonly DeskPerson<P>[]): DeskAction<T>[] {
  const rows: { a: DeskAction<T>; order: number; i: number }[] = [];
  people.forEach((p, order) => {
    p.plan.steps.forEach((s, i) => {
      if (!s.due) return;
      rows.push({
        a: {
          clientId: p.clientId,
          clientName: p.clientName,
          memberId: p.memberId,
          stepId: s.id,
          title: s.title,
          date: s.due.date,
          dueKind: s.due.kind,
          kind: stepKind(s.id, s.bookingFor),
          overdue: s.due.status === 'overdue',
          officeType: s.where.officeType,
        },
        order,
        i,
      });
    });
  });
  rows.sort((x, y) => Number(y.a.overdue) - Number(x.a.overdue) || (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.order - y.order || x.i - y.i));
  return rows.map((r) => r.a);
}

export interface DeskFilter {
  /** Only actions due within this many days of the as-of date (overdue ones always stay). */
  withinDays?: number;
  kind?: ActionKind;
  clientId?: string;
}

/** The actions a filter keeps, as of a date. */
export function filterDesk<T>(actions: readonly DeskAction<T>[], asOf: string, f: DeskFilter): DeskAction<T>[] {
  const until = f.withinDays === undefined ? undefined : addDays(asOf, f.withinDays);
  return actions.filter(
    (a) =>
      (f.kind === undefined || a.kind === f.kind) &&
      (f.clientId === undefined || a.clientId === f.clientId) &&
      (until === undefined || a.overdue || a.date <= until),
  );
}
