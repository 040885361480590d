import type { EnginePlan, Plan } from '../rules/schema/plan.ts';
import type { Message } from '../rules/schema/message.ts';

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
 * The engine's plan with every message key resolved in one language: the object behind the
 * screen, the print-out, the calendar file and the command line.
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
    next: plan.next ? resolveNext(plan.next, r) : null,
    steps: plan.steps.map(({ booking, due, timing, ...s }) => ({
      ...s,
      title: r(s.title),
      details: s.details.map(r),
      where: { ...s.where, text: r(s.where.text) },
      ...(booking ? { booking: { ...booking, lifeSituation: r(booking.lifeSituation), rules: booking.rules.map(r) } } : {}),
      ...(due ? { due: resolveDue(due, r) } : {}),
      ...(timing ? { timing: r(timing) } : {}),
      documents: s.documents.map(({ note, ...d }) => ({ ...d, name: r(d.name), ...(note ? { note: r(note) } : {}) })),
      fees: s.fees.map(fee),
    })),
    deadlines: plan.deadlines.map((d) => ({ ...d, title: r(d.title) })),
    fees: plan.fees.map(fee),
    warnings: plan.warnings.map((w) => ({ ...w, text: r(w.text) })),
  };
}

function resolveNext({ whatNow, timing, ...next }: NonNullable<EnginePlan['next']>, r: (m: Message) => string) {
  return {
    ...next,
    what: r(next.what),
    where: { ...next.where, text: r(next.where.text) },
    ...(timing ? { timing: r(timing) } : {}),
    ...(whatNow ? { whatNow: r(whatNow) } : {}),
  };
}

function resolveDue({ whatNow, ...due }: NonNullable<EnginePlan['steps'][number]['due']>, r: (m: Message) => string) {
  return { ...due, rule: r(due.rule), ...(whatNow ? { whatNow: r(whatNow) } : {}) };
}
