/**
 * What the tests expect to read on screen, from the app's own sources: every text of a
 * language (all of src/locales/<lng>/*.json, through the app's i18next set-up) and the plan
 * the rules engine makes for a case file, resolved in that language, as the plan page does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { createI18n, formatEur, type Language } from '../../src/locales/i18n.ts';
import { resolvePlan, strictTranslate } from '../../src/locales/resolve-plan.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import type { CaseFile } from '../../src/rules/schema/case-file.ts';
import type { Plan } from '../../src/rules/schema/plan.ts';
import { countryOptions } from '../../src/components/form/country-options.ts';
import { dueDate } from '../../src/components/plan/plan-format.ts';
import { ROOT } from './setting.ts';

export const E2E_LANGUAGES = ['en', 'sk', 'uk'] as const satisfies readonly Language[];
export type E2ELanguage = (typeof E2E_LANGUAGES)[number];

export interface Texts {
  lng: E2ELanguage;
  t: TFunction;
  exists(key: string): boolean;
}

const cache = new Map<string, Promise<Texts>>();

/** Every text of one language: the union of its locale files. */
export function texts(lng: E2ELanguage): Promise<Texts> {
  let p = cache.get(lng);
  if (!p) {
    p = (async () => {
      const dir = path.join(ROOT, 'src', 'locales', lng);
      const resources: Record<string, unknown> = {};
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
        Object.assign(resources, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>);
      }
      const i18n = await createI18n(lng, resources);
      return { lng, t: i18n.t.bind(i18n) as TFunction, exists: (k: string) => i18n.exists(k) };
    })();
    cache.set(lng, p);
  }
  return p;
}

/** The country's name as the citizenship list shows it. */
export function countryLabel(code: string, lng: string): string {
  const o = countryOptions(lng).find((c) => c.code === code);
  if (!o) throw new Error(`no country ${code} in the citizenship list`);
  return o.name;
}

export function readExample(name: string): CaseFile {
  return JSON.parse(readFileSync(path.join(ROOT, 'examples', `${name}.json`), 'utf8')) as CaseFile;
}

/** The plan the app should show for these answers on that day, in that language. */
export async function expectedPlan(caseFile: Partial<CaseFile>, asOf: string, lng: E2ELanguage): Promise<Plan> {
  const made = makePlan(caseFile, asOf);
  if (!made.ok) throw new Error(`the rules refuse the case file: ${JSON.stringify(made.problems)}`);
  const { t, exists } = await texts(lng);
  return resolvePlan(made.plan, lng, strictTranslate(t as never, exists));
}

/** The texts a printed plan must hold: every deadline's date and every fee amount. */
export function printedFacts(plan: Plan): { deadlines: string[]; fees: string[] } {
  return {
    // Each as its step writes it, after its label ("Najneskôr do štvrtka 7. januára 2027").
    deadlines: [
      ...new Set(
        plan.deadlines.map((d) => dueDate(d.date, plan.steps.find((s) => s.id === d.stepId)?.due?.kind ?? 'deadline', plan.language)),
      ),
    ],
    fees: [...new Set(plan.fees.map((f) => formatEur(f.amountEur, plan.language)))],
  };
}
