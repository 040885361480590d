import type { EnginePlan, Plan } from '../rules/schema/plan.ts';
import type { Message } from '../rules/schema/message.ts';
import type { Source } from '../rules/schema/citation.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export class MissingMessageError extends Error {
  constructor(readonly key: string) {
    super(`no text for message key "${key}"`);
  }
}

/** A translate function that fails loudly on a missing key instead of showing it. */
export function strictTranslate(t: (key: string, opts?: object) => string, exists: (key: string) => boolean): Translate {
  return (key, params) => {
    // A plural text has no bare key: it exists when its "other" form does.
    const plural = params !== undefined && 'count' in params;
    if (!exists(key) && !(plural && exists(`${key}_other`))) throw new MissingMessageError(key);
    return t(key, params ?? {});
  };
}

/**
 * The one line above a list of sources that says which language their titles are in, where
 * any differs from the page's ("Názvy zdrojov sú v angličtine."); none when all are in it.
 * Said once for the list, not after every title, so a print-out stays short; each title still
 * carries its language (`lang`) for screen readers.
 */
export function sourceTitlesNote(sources: readonly Pick<Source, 'titleLanguage'>[], language: string, t: Translate): string | undefined {
  const others = [...new Set(sources.map((s) => s.titleLanguage))].filter((l) => l !== language).sort();
  if (others.length === 0) return undefined;
  const languages = new Intl.ListFormat(language, { type: 'disjunction' }).format(others.map((l) => t(`law.sources.titlesIn.${l}`)));
  return t('law.sources.titlesIn.note', { languages });
}

/** The `lang` a source's title needs inside a page in `language`: its own where it differs. */
export const sourceTitleLang = (source: Pick<Source, 'titleLanguage'>, language: string): string | undefined =>
  source.titleLanguage === language ? undefined : source.titleLanguage;

/**
 * Whether a Slovak name adds nothing beside a text that is itself Slovak: in the Slovak view
 * "Oddelenie cudzineckej polície." needs no "(oddelenie cudzineckej polície)". True when the
 * language is Slovak and the name is the text, or within it (case, spacing and a final full
 * stop aside).
 */
export function repeatsInSlovak(language: string, text: string, nameSk: string | undefined): boolean {
  if (language !== 'sk' || !nameSk) return false;
  const norm = (s: string) => s.toLocaleLowerCase('sk').replace(/\s+/gu, ' ').replace(/[\s.]+$/u, '').trim();
  return norm(text).includes(norm(nameSk));
}

/** A place with its Slovak name dropped where the text already says it in Slovak. */
function placeIn<W extends { text: string; nameSk?: string | undefined }>(language: string, where: W): W {
  if (!repeatsInSlovak(language, where.text, where.nameSk)) return where;
  const rest = { ...where };
  delete rest.nameSk;
  return rest;
}

/**
 * The engine's plan with every message key resolved in one language: the object behind the
 * screen, the print-out, the calendar file and the command line. In the Slovak view a Slovak
 * name that repeats the text beside it is left out (empty for a document or a booking's life
 * situation, absent for a place). Source titles stay as written, with their language
 * (`sourceTitlesNote`).
 */
export function resolvePlan(plan: EnginePlan, language: string, t: Translate): Plan {
  const r = (m: Message) => t(m.key, m.params);
  const fee = ({ note, ...f }: EnginePlan['fees'][number]) => ({
    ...f,
    title: r(f.title),
    payment: r(f.payment),
    ...(note ? { note: r(note) } : {}),
  });
  return {
    ...plan,
    language,
    outcome: r(plan.outcome),
    disclaimer: r(plan.disclaimer),
    next: plan.next ? resolveNext(plan.next, r, language) : null,
    steps: plan.steps.map(({ booking, due, timing, ...s }) => ({
      ...s,
      title: r(s.title),
      details: s.details.map(r),
      where: placeIn(language, { ...s.where, text: r(s.where.text) }),
      ...(booking ? { booking: resolveBooking(booking, r, language) } : {}),
      ...(due ? { due: resolveDue(due, r) } : {}),
      ...(timing ? { timing: r(timing) } : {}),
      documents: s.documents.map(({ note, ...d }) => {
        const name = r(d.name);
        return { ...d, name, nameSk: repeatsInSlovak(language, name, d.nameSk) ? '' : d.nameSk, ...(note ? { note: r(note) } : {}) };
      }),
      fees: s.fees.map(fee),
    })),
    deadlines: plan.deadlines.map((d) => ({ ...d, title: r(d.title) })),
    fees: plan.fees.map(fee),
    warnings: plan.warnings.map((w) => ({ ...w, text: r(w.text) })),
    sources: plan.sources,
  };
}

function resolveBooking(booking: NonNullable<EnginePlan['steps'][number]['booking']>, r: (m: Message) => string, language: string) {
  const lifeSituation = r(booking.lifeSituation);
  const lifeSituationSk = repeatsInSlovak(language, lifeSituation, booking.lifeSituationSk) ? '' : booking.lifeSituationSk;
  return { ...booking, lifeSituation, lifeSituationSk, rules: booking.rules.map(r) };
}

function resolveNext({ whatNow, timing, ...next }: NonNullable<EnginePlan['next']>, r: (m: Message) => string, language: string) {
  return {
    ...next,
    what: r(next.what),
    where: placeIn(language, { ...next.where, text: r(next.where.text) }),
    ...(timing ? { timing: r(timing) } : {}),
    ...(whatNow ? { whatNow: r(whatNow) } : {}),
  };
}

function resolveDue({ whatNow, ...due }: NonNullable<EnginePlan['steps'][number]['due']>, r: (m: Message) => string) {
  return { ...due, rule: r(due.rule), ...(whatNow ? { whatNow: r(whatNow) } : {}) };
}
