import { dayOfRestOn, LAW_CONFIRMED_TO_YEAR } from '../calendar/days-of-rest.ts';
import { lastWorkingDayOnOrBefore, type DeadlineResult } from '../calendar/deadlines.ts';
import { isoWeekday } from '../calendar/iso-date.ts';
import type { CaseFile } from '../schema/case-file.ts';
import type { MemberRole } from '../schema/household.ts';
import type { DatedEntry, DatedValue } from '../schema/dated-value.ts';
import { msg, type Message } from '../schema/message.ts';
import type { EngineDocument, EngineFee, EngineStep, EngineWarning, Group, Need, OfficeType, WarningAbout } from '../schema/plan.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { roundCents } from '../money.ts';
import { FEE_ALTERNATIVES } from '../params/fees.ts';
import { officeFor, type OfficeProcedure, type VisitedOffice } from '../params/offices-competence.ts';
import { entryAt } from '../value-at.ts';

export const lowerConfidence = (a: Confidence, b: Confidence): Confidence => lowestConfidence(a, b);

export type DueKind = 'deadline' | 'earliest' | 'stayLimit';

/** A step being built: facts used while building it set its sources and confidence. */
export class StepDraft {
  readonly details: Message[] = [];
  readonly documents: EngineDocument[] = [];
  readonly fees: EngineFee[] = [];
  readonly sourceIds = new Set<string>();
  /** The sources the step rests on: the first ones cited (at most three). */
  private primary: string[] = [];
  confidence: Confidence = 'high';
  due?: EngineStep['due'];
  timing: Message | undefined;
  booking: EngineStep['booking'] | undefined;
  where: EngineStep['where'] = { officeType: 'none', text: msg('where.none') };
  title: Message;
  /** Order among steps without a date (and ties): lower first. */
  order = 0;
  /** False for a step that only informs (a validity, ongoing duties): never the plan's next action. */
  action = true;
  /** What must be done first (resolved to the giving step by step-needs.ts). */
  readonly needs: Need[] = [];
  /** What doing this step gives later steps. */
  readonly gives: Need[] = [];
  /** Needs resolved: the giving step, or held already. */
  resolvedNeeds: EngineStep['needs'] = [];
  /** A booking action: the step whose visit it books. */
  bookingFor?: string;

  constructor(
    private readonly plan: PlanContext,
    readonly id: string,
  ) {
    this.title = msg(`steps.${id}.title`);
  }

  /** Read a dated value as of the plan date, recording its sources and confidence on this step. */
  use<T>(param: DatedValue<T>): T {
    const entry = this.plan.use(param, this.id);
    for (const s of entry.sources) this.sourceIds.add(s);
    this.confidence = lowerConfidence(this.confidence, entry.confidence);
    return entry.value;
  }

  cite(...ids: string[]): this {
    if (this.primary.length === 0) this.primary = [...new Set(ids)].slice(0, 3);
    for (const id of ids) this.sourceIds.add(id);
    return this;
  }

  detail(key: string, params?: Record<string, string | number>): this {
    this.details.push(msg(key, params));
    return this;
  }

  at(officeType: OfficeType, text: Message, extra: { nameSk?: string; url?: string } = {}): this {
    this.where = { officeType, text, ...extra };
    return this;
  }

  /**
   * Where the visit goes, as the competence table has it on the plan date: the Foreign
   * Police department it allows for the procedure (any, or the one for the address) or a
   * Slovak embassy, with the Slovak name and the official list to find it in.
   */
  atOffice(officeType: VisitedOffice, procedure?: OfficeProcedure): this {
    const place = officeFor(officeType, this.plan.asOf, procedure);
    this.at(place.officeType, place.text, { ...(place.nameSk ? { nameSk: place.nameSk } : {}), ...(place.url ? { url: place.url } : {}) });
    this.cite(...place.sourceIds);
    this.confidence = lowerConfidence(this.confidence, place.confidence);
    return this;
  }

  dueOn(result: DeadlineResult | { date: string; rule: Message }, kind: DueKind = 'deadline'): this {
    const rule = 'rolled' in result ? ruleMessage(result) : result.rule;
    const status = dueStatus(result.date, this.plan.asOf, kind);
    this.due = { date: result.date, kind, weekday: isoWeekday(result.date), rule, status };
    if (kind === 'deadline' && Number(result.date.slice(0, 4)) > LAW_CONFIRMED_TO_YEAR) {
      // Counted on days of rest that no source has yet confirmed for that year.
      this.confidence = lowerConfidence(this.confidence, 'med');
      this.plan.warn({
        id: 'calendar.projected',
        kind: 'uncertain',
        text: msg('warnings.calendarProjected', { year: LAW_CONFIRMED_TO_YEAR }),
        sourceIds: ['cal-act-241-text', 'cal-act-261-2025'],
      });
    }
    if (status === 'overdue') {
      this.due.whatNow = msg(`steps.${this.id}.whatNow`);
      this.plan.warn({ id: `overdue.${this.id}`, kind: 'overdue', text: msg('warnings.overdue', { date: result.date }), stepId: this.id, about: 'due' });
    }
    return this;
  }

  /** What to do now once the deadline has passed, when it is not the step's own `whatNow` (set after dueOn). */
  whatNowIfOverdue(key: string): this {
    if (this.due?.whatNow) this.due.whatNow = msg(key);
    return this;
  }

  /**
   * A deadline that is a fixed last day (a permit's last day of validity, the last day of a
   * visa-free stay): due on the last working day on or before it. When that day is a weekend
   * or a day of rest, the plan says which day counts and why: Act 71/1967 §27(2) moves the
   * end of a time limit in proceedings to the next working day, but whether it extends the
   * validity of a permit or a stay is not settled, so the safe earlier day is advised (Med).
   */
  dueByLastDay(lastDay: string, rule: Message): this {
    const date = lastWorkingDayOnOrBefore(lastDay);
    this.dueOn({ date, rule });
    if (date !== lastDay) {
      const rest = dayOfRestOn(lastDay);
      this.confidence = lowerConfidence(this.confidence, 'med');
      this.plan.warn({
        id: `lastDayClosed.${this.id}`,
        kind: 'uncertain',
        text: rest
          ? msg('warnings.lastDayIsDayOfRest', { lastDay, filingDay: date, holiday: rest.nameSk })
          : msg('warnings.lastDayIsWeekend', { lastDay, filingDay: date }),
        stepId: this.id,
        about: 'due',
        sourceIds: ['cal-spravny-poriadok-lehota', 'cal-epi-civil-code-lehoty', ...(rest ? rest.sources : [])],
      });
    }
    return this;
  }

  /** This step only informs or lasts (a validity, ongoing duties): it is never the next action. */
  notAnAction(): this {
    this.action = false;
    return this;
  }

  when(key: string, params?: Record<string, string | number>): this {
    this.timing = msg(key, params);
    return this;
  }

  fee(
    id: string,
    param: DatedValue<number>,
    opts: { optional?: boolean; factor?: number; payment?: string; note?: string } = {},
  ): this {
    const entry = this.plan.use(param, this.id);
    const amount = roundCents(entry.value * (opts.factor ?? 1));
    const group = FEE_ALTERNATIVES[param.id];
    for (const s of entry.sources) this.sourceIds.add(s);
    this.confidence = lowerConfidence(this.confidence, entry.confidence);
    this.fees.push({
      id,
      stepId: this.id,
      title: msg(`fees.${id}`),
      amountEur: amount,
      optional: opts.optional ?? false,
      ...(group ? { alternativeGroup: group } : {}),
      payment: msg(`payment.${opts.payment ?? 'eKolok'}`),
      ...(opts.note ? { note: msg(opts.note) } : {}),
      confidence: entry.confidence,
      sourceIds: [...entry.sources],
    });
    return this;
  }

  doc(d: EngineDocument): this {
    this.documents.push(d);
    for (const s of d.sourceIds) this.sourceIds.add(s);
    return this;
  }

  build(): EngineStep {
    if (this.sourceIds.size === 0) throw new Error(`step ${this.id} cites no source`);
    return {
      id: this.id,
      title: this.title,
      details: this.details,
      where: this.where,
      ...(this.booking ? { booking: this.booking } : {}),
      ...(this.due ? { due: this.due } : {}),
      ...(this.timing ? { timing: this.timing } : {}),
      documents: this.documents,
      fees: this.fees,
      confidence: this.confidence,
      needs: this.resolvedNeeds,
      ...(this.bookingFor ? { bookingFor: this.bookingFor } : {}),
      sourceIds: [...this.sourceIds].sort(),
      primarySourceIds: this.primary.length ? this.primary : [...this.sourceIds].sort().slice(0, 3),
    };
  }
}

export function dueStatus(date: string, asOf: string, kind: DueKind): 'upcoming' | 'dueToday' | 'overdue' {
  if (date === asOf) return 'dueToday';
  if (date > asOf) return 'upcoming';
  return kind === 'earliest' ? 'upcoming' : 'overdue';
}

function ruleMessage(r: DeadlineResult): Message {
  const suffix = r.rolled ? 'Rolled' : '';
  const base = { from: r.rule.from, ...(r.rolled ? { unrolled: r.unrolledDate } : {}) };
  switch (r.rule.kind) {
    case 'workingDays':
      return msg(`due.workingDaysAfter${suffix}`, { n: r.rule.n, ...base });
    case 'calendarDays':
      return msg(`due.calendarDaysAfter${suffix}`, { n: r.rule.n, ...base });
    case 'monthsThenDays':
      return msg(`due.monthsThenDaysAfter${suffix}`, { months: r.rule.months, days: r.rule.days, ...base });
  }
}

/** Which fact of a step a dated value of this kind qualifies: fees, periods (the date), offices and booking. */
const ABOUT_BY_PREFIX: Readonly<Record<string, WarningAbout>> = { fees: 'fees', periods: 'due', offices: 'where', booking: 'booking' };
function aboutParam(paramId: string): { about?: WarningAbout } {
  const about = ABOUT_BY_PREFIX[paramId.slice(0, paramId.indexOf('.'))];
  return about ? { about } : {};
}

/** Everything one plan build collects: steps, warnings, the facts used. */
export class PlanContext {
  readonly drafts: StepDraft[] = [];
  readonly warnings: EngineWarning[] = [];
  readonly usedParams = new Map<string, DatedEntry<unknown>>();
  readonly extraSources = new Set<string>();
  /** The person's role in a household (a spouse, a child…), when the plan is one member's: documents follow it. */
  role: MemberRole | undefined = undefined;

  constructor(
    readonly caseFile: CaseFile,
    readonly asOf: string,
    readonly group: Group,
  ) {}

  step(id: string, order = 0): StepDraft {
    const d = new StepDraft(this, id);
    d.order = order;
    this.drafts.push(d);
    return d;
  }

  /** Read a dated value; a fact of med or low confidence becomes a visible warning. */
  use<T>(param: DatedValue<T>, stepId?: string): DatedEntry<T> & { value: T } {
    const entry = entryAt(param, this.asOf);
    if (!this.usedParams.has(param.id)) {
      this.usedParams.set(param.id, entry);
      if (entry.confidence !== 'high') {
        this.warn({
          id: `uncertain.${param.id}`,
          kind: 'uncertain',
          text: msg(`uncertain.${param.id}`),
          ...(stepId ? { stepId, ...aboutParam(param.id) } : {}),
          sourceIds: entry.sources,
        });
      }
    }
    return entry;
  }

  value<T>(param: DatedValue<T>): T {
    return this.use(param).value;
  }

  warn(w: Omit<EngineWarning, 'sourceIds'> & { sourceIds?: string[] }): void {
    if (this.warnings.some((x) => x.id === w.id)) return;
    this.warnings.push({ ...w, sourceIds: w.sourceIds ?? [] });
  }
}
