import { dateFormat, weekdayInCase, type WeekdayCase } from '../../locales/i18n.ts';
import { isIsoDate } from '../../rules/calendar/is-iso-date.ts';
import { sourceTitleLang } from '../../locales/resolve-plan.ts';
import type { Plan } from '../../rules/schema/plan.ts';

/** Pure helpers that turn the plan into what the plan view shows: no React here. */

export type Step = Plan['steps'][number];
export type DueKind = NonNullable<Step['due']>['kind'];
export type PlanFee = Plan['fees'][number];
export type PlanWarning = Plan['warnings'][number];
export type PlanDocument = Step['documents'][number];
export type WarningKind = PlanWarning['kind'];

/** The order warnings are shown in: what already went wrong, what the law forbids, then the rest. */
export const WARNING_ORDER: readonly WarningKind[] = ['overdue', 'forbidden', 'conflict', 'uncertain', 'info'];
export const PROMINENT_WARNINGS: ReadonlySet<WarningKind> = new Set(['overdue', 'forbidden']);

export interface WarningGroup {
  kind: WarningKind;
  warnings: PlanWarning[];
}

export function groupWarnings(warnings: readonly PlanWarning[]): WarningGroup[] {
  return WARNING_ORDER.map((kind) => ({ kind, warnings: warnings.filter((w) => w.kind === kind) })).filter(
    (g) => g.warnings.length > 0,
  );
}

/**
 * A date as the person's language writes it, with its weekday first (e.g. "Thursday 7 January
 * 2027", "štvrtok 7. januára 2027"), from a plain ISO date with no time zone. After a
 * preposition the weekday takes its case: "do štvrtka 7. januára 2027", "не пізніше четверга,
 * 7 січня 2027 р.". An impossible date is given back as written.
 */
export function dateWithWeekday(iso: string, lng: string, weekdayCase: WeekdayCase = 'nominative'): string {
  if (!isIsoDate(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  const written = dateFormat(lng, 'withWeekday').format(d);
  const weekday = weekdayInCase(lng, weekdayCase, d.getUTCDay());
  if (!weekday) return written;
  // The weekday leads in Slovak and Ukrainian: Intl's word is replaced by the one in the case.
  // (Not with formatToParts, whose parts can differ from format's text, e.g. U+202F before "р.".)
  const intlWeekday = dateFormat(lng, 'weekday').format(d);
  return written.startsWith(intlWeekday) ? `${weekday}${written.slice(intlWeekday.length)}` : written;
}

/**
 * The case of the weekday after each label of a step's date: "Najneskôr do" / "Не пізніше"
 * and "Najskôr od" / "Не раніше" are prepositions that take the genitive; "Last day you may
 * stay" is followed by the date on its own.
 */
const DUE_KIND_WEEKDAY: Readonly<Record<DueKind, WeekdayCase>> = { deadline: 'genitive', earliest: 'genitive', stayLimit: 'nominative' };

/** A step's date as written after its label (`uiPlan.steps.dueKind.*`): "Najneskôr do štvrtka 7. januára 2027". */
export function dueDate(iso: string, kind: DueKind, lng: string): string {
  return dateWithWeekday(iso, lng, DUE_KIND_WEEKDAY[kind]);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const stepAnchor = (stepId: string) => `step-${stepId}`;
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** The longest address printed whole; a longer one is printed as its site (see printedAddress). */
export const PRINTED_ADDRESS_MAX = 40;

/**
 * A source's address as printed on paper, where it can only be typed: without the scheme, and
 * a long one (over PRINTED_ADDRESS_MAX characters) as its site followed by "/…" (the title
 * names the page; the plan on screen, its Markdown and JSON link the whole address). Printed
 * whole, the long addresses took a third of the print-out's source list.
 */
export function printedAddress(url: string): string {
  const bare = url.replace(/^https?:\/\//, '');
  if (bare.length <= PRINTED_ADDRESS_MAX) return bare;
  return `${new URL(url).host}/…`;
}
export const tickId = (stepId: string, documentId: string) => `${stepId}/${documentId}`;

/** Step numbers (1-based, in plan order) by step id. */
export function stepNumbers(plan: Plan): Map<string, number> {
  return new Map(plan.steps.map((s, i) => [s.id, i + 1]));
}

/** Source numbers (1-based, in the order of the source list) by source id. */
export function sourceNumbers(plan: Plan): Map<string, number> {
  return new Map(plan.sources.map((s, i) => [s.id, i + 1]));
}

export interface StepSource {
  id: string;
  number: number;
  title: string;
  /** The `lang` of the title where it differs from the plan's. */
  lang: string | undefined;
}

/**
 * A step's sources, numbered as in the plan's source list: the one to three it rests on
 * (`primary`, in the step's order) and all of them (`all`, in the list's order).
 */
export function stepSources(step: Step, plan: Plan): { primary: StepSource[]; all: StepSource[] } {
  const numbers = sourceNumbers(plan);
  const byId = new Map(plan.sources.map((s) => [s.id, { id: s.id, number: numbers.get(s.id) ?? 0, title: s.title, lang: sourceTitleLang(s, plan.language) }]));
  const all = plan.sources.filter((s) => step.sourceIds.includes(s.id)).map((s) => byId.get(s.id)!);
  const primary = step.primarySourceIds.flatMap((id) => byId.get(id) ?? []);
  return { primary, all };
}

/** Warnings about one step, other than "overdue" (the step shows its own status and what to do now). */
export function stepWarnings(step: Step, plan: Plan): PlanWarning[] {
  const order = (w: PlanWarning) => WARNING_ORDER.indexOf(w.kind);
  return plan.warnings.filter((w) => w.stepId === step.id && w.kind !== 'overdue').sort((a, b) => order(a) - order(b));
}

export type WarningPlace = NonNullable<PlanWarning['about']> | 'step';

/**
 * A step's warnings by the fact they qualify (its date, place, booking, documents, fees),
 * to be shown beside it; the rest, and those whose fact the step does not show, under `step`.
 */
export function warningsByFact(step: Step, warnings: readonly PlanWarning[]): Record<WarningPlace, PlanWarning[]> {
  const out: Record<WarningPlace, PlanWarning[]> = { due: [], where: [], booking: [], documents: [], fees: [], step: [] };
  const shown: Record<NonNullable<PlanWarning['about']>, boolean> = {
    due: true,
    where: true,
    booking: step.booking !== undefined,
    documents: step.documents.length > 0,
    fees: step.fees.length > 0,
  };
  for (const w of warnings) out[w.about && shown[w.about] ? w.about : 'step'].push(w);
  return out;
}

/** The warnings that concern the whole plan, not one step: the only ones shown at its top. */
export const planWideWarnings = (plan: Plan): PlanWarning[] => plan.warnings.filter((w) => !w.stepId);

/** The distinct ways to pay, in the order they first appear. */
export function paymentMethods(fees: readonly PlanFee[]): string[] {
  return [...new Set(fees.map((f) => f.payment))];
}

export type DocumentMark =
  | { key: 'maxAge'; count: number }
  | { key: 'obtainNoEarlierThan'; date: string }
  | { key: 'apostille' | 'translation' | 'notarised' };

/** What a document must satisfy, in a fixed order. */
export function documentMarks(doc: PlanDocument): DocumentMark[] {
  const marks: DocumentMark[] = [];
  if (doc.maxAgeDays) marks.push({ key: 'maxAge', count: doc.maxAgeDays });
  if (doc.obtainNoEarlierThan) marks.push({ key: 'obtainNoEarlierThan', date: doc.obtainNoEarlierThan });
  if (doc.apostille) marks.push({ key: 'apostille' });
  if (doc.translation) marks.push({ key: 'translation' });
  if (doc.notarised) marks.push({ key: 'notarised' });
  return marks;
}

/** The file name for the plan's exports, e.g. `pobyt-1a2b3c4d.ics`. */
export const exportFileName = (caseHash: string, ext: 'ics' | 'json') => `pobyt-${caseHash}.${ext}`;
