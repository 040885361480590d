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
    if (!exists(key)) throw new MissingMessageError(key);
    return t(key, params ?? {});
  };
}

/**
 * The engine's plan with every message key resolved in one language: the object behind the
 * screen, the print-out, the calendar file and the command line.
 */
export function resolvePlan(plan: EnginePlan, language: string, t: Translate): Plan {
  const r = (m: Message) => t(m.key, m.params);
  const fee = (f: EnginePlan['fees'][number]) => ({
    ...f,
    title: r(f.title),
    payment: r(f.payment),
    ...(f.note ? { note: r(f.note) } : {}),
  });
  return {
    ...plan,
    language,
    outcome: r(plan.outcome),
    disclaimer: r(plan.disclaimer),
    steps: plan.steps.map((s) => ({
      ...s,
      title: r(s.title),
      details: s.details.map(r),
      where: { ...s.where, text: r(s.where.text) },
      ...(s.booking ? { booking: { ...s.booking, lifeSituation: r(s.booking.lifeSituation), rules: s.booking.rules.map(r) } } : {}),
      ...(s.due
        ? { due: { ...s.due, rule: r(s.due.rule), ...(s.due.whatNow ? { whatNow: r(s.due.whatNow) } : {}) } }
        : {}),
      ...(s.timing ? { timing: r(s.timing) } : {}),
      documents: s.documents.map((d) => ({ ...d, name: r(d.name), ...(d.note ? { note: r(d.note) } : {}) })),
      fees: s.fees.map(fee),
    })),
    deadlines: plan.deadlines.map((d) => ({ ...d, title: r(d.title) })),
    fees: plan.fees.map(fee),
    warnings: plan.warnings.map((w) => ({ ...w, text: r(w.text) })),
  };
}
