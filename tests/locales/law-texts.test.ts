import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../src/locales/i18n.ts';
import { planToMarkdown } from '../../src/locales/plan-markdown.ts';
import { resolvePlan, sourceTitleLang, sourceTitlesNote } from '../../src/locales/resolve-plan.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import type { Plan } from '../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../support/load-example.ts';
import { strictT } from '../support/resolve.ts';
import { LOCALES } from './locale-strings.ts';

/**
 * Issue 13, "sources in the person's language" and "every word dated" (with issue 12's compact
 * print-out): source titles keep their own language, said once above a list outside the
 * English view; the Slovak view does not repeat a Slovak name as its own translation; numbers
 * that come from dated values take the plural form they need.
 */

async function resolved(lng: Language, cf: unknown, asOf: string): Promise<Plan> {
  const r = makePlan(cf, asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return resolvePlan(r.plan, lng, await strictT(lng));
}

/** A Slovak name that adds nothing: the text beside it already holds it (case and a final full stop aside). */
const repeats = (text: string, nameSk: string | undefined): boolean =>
  !!nameSk && text.toLowerCase().replace(/[\s.]+$/, '').includes(nameSk.toLowerCase().replace(/[\s.]+$/, ''));

describe('source titles stay as written, with their language said once for the list', () => {
  const cf = loadExample('third-country-employment');
  it.each([
    ['en', undefined],
    ['sk', 'Názvy zdrojov sú v angličtine.'],
    ['uk', 'Назви джерел подано англійською мовою.'],
  ] as const)('%s', async (lng, note) => {
    const engine = makePlan(cf, '2026-11-22');
    if (!engine.ok) throw new Error('example');
    const p = await resolved(lng, cf, '2026-11-22');
    const t = await strictT(lng);
    expect(p.sources.length).toBeGreaterThan(5);
    // Each title as written, with its language as data: no marker after every title.
    p.sources.forEach((s, i) => expect(s).toEqual(engine.plan.sources[i]));
    expect(p.sources.every((s) => s.titleLanguage === 'en')).toBe(true);
    expect(sourceTitlesNote(p.sources, lng, t)).toBe(note);
    const md = planToMarkdown(p, t);
    expect(md).not.toMatch(/\(v angličtine\)|\(англійською\)/);
    expect(md).toContain(`\` ${engine.plan.sources[0]!.title} `);
    if (note) expect(md.split(note)).toHaveLength(2);
    else expect(md).not.toContain('Source titles are in');
  });

  it('names every language that differs from the page, in the page\'s words, or none', async () => {
    const en = { titleLanguage: 'en' } as const;
    const sk = { titleLanguage: 'sk' } as const;
    expect(sourceTitlesNote([sk, en], 'en', await strictT('en'))).toBe('Source titles are in Slovak.');
    expect(sourceTitlesNote([sk, en], 'uk', await strictT('uk'))).toBe('Назви джерел подано англійською або словацькою мовою.');
    expect(sourceTitlesNote([en, sk], 'sk', await strictT('sk'))).toBe('Názvy zdrojov sú v angličtine.');
    expect(sourceTitlesNote([sk], 'sk', await strictT('sk'))).toBeUndefined();
    expect(sourceTitlesNote([], 'uk', await strictT('uk'))).toBeUndefined();
  });

  it('gives a title the lang it needs inside the page, none where it is the page\'s own', () => {
    expect(sourceTitleLang({ titleLanguage: 'en' }, 'uk')).toBe('en');
    expect(sourceTitleLang({ titleLanguage: 'sk' }, 'en')).toBe('sk');
    expect(sourceTitleLang({ titleLanguage: 'en' }, 'en')).toBeUndefined();
  });
});

describe('the Slovak view does not repeat a Slovak name as its own translation', () => {
  const DATES = ['2025-06-30', '2026-11-22', '2027-06-01'];

  it('no place, document or booking beside a Slovak text that already says it, on screen or in Markdown', async () => {
    const t = await strictT('sk');
    const bad: string[] = [];
    let kept = 0;
    for (const name of exampleNames()) {
      for (const asOf of DATES) {
        const r = makePlan(loadExample(name), asOf);
        if (!r.ok) continue;
        const p = resolvePlan(r.plan, 'sk', t);
        for (const s of p.steps) {
          if (repeats(s.where.text, s.where.nameSk)) bad.push(`${name} ${s.id} where: ${s.where.text} / ${s.where.nameSk}`);
          if (s.booking && repeats(s.booking.lifeSituation, s.booking.lifeSituationSk)) bad.push(`${name} ${s.id} booking: ${s.booking.lifeSituation}`);
          for (const d of s.documents) {
            if (d.nameSk) kept += 1;
            if (repeats(d.name, d.nameSk)) bad.push(`${name} ${s.id} document: ${d.name}`);
          }
        }
        if (p.next && repeats(p.next.where.text, p.next.where.nameSk)) bad.push(`${name} next: ${p.next.where.text}`);
        const md = planToMarkdown(p, t);
        expect(md).not.toMatch(/oddelenie cudzineckej polície\.? — \*oddelenie cudzineckej polície\*/i);
        expect(md).not.toMatch(/ \(\)| — \*\*(:|$)/m);
      }
    }
    expect(bad).toEqual([]);
    // Slovak names that differ from the Slovak text stay (the form's exact wording).
    expect(kept).toBeGreaterThan(0);
  });

  it('the old strings: "Oddelenie cudzineckej polície." beside "oddelenie cudzineckej polície" was shown; now only in other languages', async () => {
    const cf = loadExample('resident-renewal');
    const sk = await resolved('sk', cf, '2026-11-22');
    const renewal = sk.steps.find((s) => s.id === 'renewal')!;
    expect(renewal.where.nameSk).toBeUndefined();
    const same = renewal.documents.find((d) => d.name.toLowerCase() === 'doklad o zdravotnom poistení');
    if (same) expect(same.nameSk).toBe('');
    for (const lng of ['en', 'uk'] as const) {
      const p = await resolved(lng, cf, '2026-11-22');
      const s = p.steps.find((x) => x.id === 'renewal')!;
      expect(s.where.nameSk).toBe('oddelenie cudzineckej polície');
      expect(s.documents.every((d) => d.nameSk.length > 0)).toBe(true);
    }
  });
});

describe('numbers from dated values take their plural form', () => {
  const studies = { schemaVersion: 1, citizenship: 'VN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'abroad', purpose: 'studies' };
  const blueCard = { ...studies, citizenship: 'IN', purpose: 'euBlueCard' };
  const employment = { ...studies, citizenship: 'IN', purpose: 'employment' };
  const text = (p: Plan, step: string) => p.steps.find((s) => s.id === step)?.details.join(' ') ?? '';

  it.each([
    ['en', 'at most 3 years before', 'for 9 months', 'up to 3 months', 'at least 2 years'],
    ['sk', 'najviac 3 roky pred', 'na 9 mesiacov', 'najviac 3 mesiace', 'aspoň 2 roky'],
    ['uk', 'за 3 роки до', 'на 9 місяців', 'не довше ніж 3 місяці', 'щонайменше 2 роки'],
  ] as const)('%s', async (lng, graduate, afterStudies, unemployment, years) => {
    expect(text(await resolved(lng, blueCard, '2026-11-22'), 'trApplication')).toContain(graduate);
    expect(text(await resolved(lng, studies, '2026-11-22'), 'studentWork')).toContain(afterStudies);
    const sp = text(await resolved(lng, employment, '2026-11-22'), 'employerChange');
    expect(sp).toContain(unemployment);
    expect(sp).toContain(years);
  });

  it('the renewal to seek work after studies takes its months as a parameter, with no number written into the text', async () => {
    for (const lng of LANGUAGES) {
      const plan = JSON.parse(readFileSync(join(LOCALES, lng, 'plan.json'), 'utf8')) as { steps: { renewal: { jobSeeking: string }; trApplication: Record<string, string> } };
      expect(plan.steps.renewal.jobSeeking).not.toMatch(/\d/);
      expect(plan.steps.renewal.jobSeeking).toContain('{{months}}');
      expect(plan.steps.trApplication).not.toHaveProperty('blueCardFloor');
    }
    const cf = { ...studies, currentStatus: 'temporaryResidence', residentGoal: 'renewal', permitExpiry: '2027-08-31', filingChannel: 'inPerson', cardChip: 'yes', bokActive: 'no' };
    expect(text(await resolved('uk', cf, '2026-11-22'), 'renewal')).toContain('на 9 місяців');
    expect(text(await resolved('sk', cf, '2026-11-22'), 'renewal')).toContain('na 9 mesiacov');
  });
});
