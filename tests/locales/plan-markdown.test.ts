import type { Language } from '../../src/locales/i18n.ts';
import { planToMarkdown } from '../../src/locales/plan-markdown.ts';
import { resolvePlan } from '../../src/locales/resolve-plan.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { loadExample } from '../support/load-example.ts';
import { strictT } from '../support/resolve.ts';

const AS_OF = '2026-11-22';

async function markdown(example: string, lng: Language, asOf = AS_OF) {
  const r = makePlan(loadExample(example), asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const t = await strictT(lng);
  const plan = resolvePlan(r.plan, lng, t);
  return { plan, md: planToMarkdown(plan, t) };
}

/** The lines of the Markdown from its first heading of level 2 up to the next one. */
const firstSection = (md: string) => {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## '));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end);
};

describe('Markdown: the next action opens the plan', () => {
  it('EU employee (en): report the stay by Thursday 7 January 2027, in 30 working days (46 calendar days), and where', async () => {
    const { plan, md } = await markdown('eu-long-stay-employee', 'en');
    const section = firstSection(md);
    expect(section[0]).toBe('## Your next step');
    expect(section).toContain(`**${plan.steps[0]!.title}** (step 1)`);
    expect(section).toContain('- **By:** 7 January 2027 (Thursday) — in 30 working days (46 calendar days)');
    expect(section.join('\n')).toContain(`- **Where:** ${plan.next!.where.text}`);
    // Before the outcome and the warnings.
    expect(md.indexOf('## Your next step')).toBeLessThan(md.indexOf(plan.outcome));
  });

  it('an overdue notice (en): says how long ago and what to do now', async () => {
    const { plan, md } = await markdown('eu-long-stay-job-seeker', 'en');
    const text = firstSection(md).join('\n');
    expect(text).toContain('**overdue: the date passed 34 days ago**');
    expect(text).toContain(`- **What to do now:** ${plan.next!.whatNow}`);
  });

  it('Slovak and Ukrainian plurals of the days left', async () => {
    const sk = firstSection((await markdown('eu-long-stay-employee', 'sk')).md).join('\n');
    expect(sk).toContain('## Váš ďalší krok');
    expect(sk).toContain('o 30 pracovných dní (46 kalendárnych dní)');
    // Sun 22 Nov to Wed 25 Nov 2026: 3 working days, 3 calendar days.
    const uk = firstSection((await markdown('third-country-family-reunification', 'uk')).md).join('\n');
    expect(uk).toContain('## Ваш наступний крок');
    expect(uk).toContain('через 3 робочі дні (3 календарні дні)');
  });

  it('no date yet: the timing instead; nothing to do: no next section', async () => {
    const { plan, md } = await markdown('third-country-employment', 'en');
    expect(firstSection(md)).toContain(`- **When:** ${plan.next!.timing}`);
    const slovak = await markdown('slovak-citizen', 'en');
    expect(slovak.md).not.toContain('## Your next step');
  });
});

describe('Markdown: warnings with their steps, sources the step rests on', () => {
  it('a step warning under its step, none at the top; the primary sources, then all of them', async () => {
    const { plan, md } = await markdown('resident-renewal', 'en');
    expect(md).not.toContain('## Warnings');
    // Steps 1 and 2 are the BOK and the booking; the renewal is step 3, after them.
    const renewal = md.slice(md.indexOf('### 3. '), md.indexOf('### 4. '));
    expect(renewal).toContain('- **Do first:** Step 2: Book your visit to renew your residence');
    const lastDay = plan.warnings.find((w) => w.id === 'lastDayClosed.renewal')!;
    expect(renewal).toContain(`- **Not confirmed:** ${lastDay.text}`);
    const step = plan.steps[2]!;
    expect(step.id).toBe('renewal');
    expect(renewal).toContain(`\nSources: ${step.primarySourceIds.join(', ')}\n`);
    expect(renewal).toContain(`All sources (${step.sourceIds.length}): ${step.sourceIds.join(', ')}`);
  });

  it('a plan-wide warning stays at the top', async () => {
    const { plan, md } = await markdown('eu-family-member', 'en');
    const top = md.slice(md.indexOf('## Warnings'), md.indexOf('## Steps'));
    expect(top).toContain(plan.warnings.find((w) => w.id === 'familyMember.visa')!.text);
    expect(top).not.toContain(plan.warnings.find((w) => w.id === 'conflict.bokLockout')!.text);
  });
});

describe('Markdown: honest totals', () => {
  it('the EU card: optional up to €39 (not €45), the range, nothing due now', async () => {
    const { md } = await markdown('eu-long-stay-employee', 'en');
    expect(md).toContain('- Optional: up to €39.00');
    expect(md).toContain('- In all, depending on your choices: €0.00 to €39.00');
    expect(md).not.toContain('€45');
    expect(md).not.toContain('Next payment');
  });

  it('a renewal (sk): the next payment is the renewal with its card', async () => {
    const { md } = await markdown('resident-renewal', 'sk');
    expect(md).toMatch(/- Najbližšia platba: 146,00\s€/);
    expect(md).toMatch(/146,00\s€ až 179,00\s€/);
  });
});
