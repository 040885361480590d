/**
 * The next action on a phone: on a 390 × 844 screen the plan opens with what to do next and
 * its date, visible without scrolling, in English, Slovak and Ukrainian (keyboard only, axe on
 * every screen). A picture of the first screen is kept in test-results/e2e/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dueDate } from '../../src/components/plan/plan-format.ts';
import { AS_OF, assert, normaliseSpace, PHONE, test } from './fixtures.ts';
import { E2E_LANGUAGES, expectedPlan, readExample } from './texts.ts';
import { openApp, walkToPlan } from './walk.ts';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/e2e');

const CASES = [
  // Arrived Fri 20 Nov 2026 visa-free: the notice of stay is due in 3 working days, on Wed 25 Nov.
  { name: 'Ukrainian researcher, visa-free', caseFile: { ...readExample('third-country-research-visa-free'), citizenship: 'UA', arrivalDate: '2026-11-20' } },
  { name: 'EU citizen, long stay (employee)', caseFile: readExample('eu-long-stay-employee') },
];

for (const lng of E2E_LANGUAGES) {
  for (const c of CASES) {
    test(`next action on a phone (${lng}): ${c.name}`, { tag: '@timed' }, async ({ session, log }) => {
      const s = await session();
      await s.page.setViewportSize(PHONE);
      const tx = await openApp(s, lng);
      await walkToPlan(s, tx, c.caseFile);
      const page = s.page;
      const plan = await expectedPlan(c.caseFile, AS_OF, lng);
      assert(plan.next !== null, 'the rules give no next action');

      const next = page.locator('.pv-next');
      await next.waitFor();
      const text = normaliseSpace(await next.innerText());
      assert(text.includes(normaliseSpace(plan.next.what)), `the next action does not say "${plan.next.what}": ${text}`);
      const date = dueDate(plan.next.by!, plan.next.kind ?? 'deadline', lng);
      assert(text.includes(normaliseSpace(date)), `the next action does not show its date ${date}: ${text}`);

      // Visible on the first screen, where the page is after "Build my plan", without scrolling.
      const scrollY = await page.evaluate(() => window.scrollY);
      const box = await next.locator('time').boundingBox();
      const what = await next.locator('.pv-next-what').boundingBox();
      assert(box !== null && what !== null, 'the next action is not laid out');
      // Where the page lands (focus on the plan's heading may scroll it a little) and from its top.
      for (const [label, b] of [['the date', box], ['what to do', what]] as const) {
        assert(b.y >= 0 && b.y + b.height <= PHONE.height, `${label} is at y ${Math.round(b.y)}–${Math.round(b.y + b.height)}, off the ${PHONE.height} px screen`);
        assert(b.y + scrollY + b.height <= PHONE.height, `${label} ends at ${Math.round(b.y + scrollY + b.height)} px from the page's top, below the first screen`);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= PHONE.width, `the page is ${width} px wide on a ${PHONE.width} px screen`);

      mkdirSync(SHOTS, { recursive: true });
      const file = path.join(SHOTS, `phone-next-${lng}-${c.caseFile.citizenship}.png`);
      await page.screenshot({ path: file });
      log(`date at y ${Math.round(box.y + scrollY)}–${Math.round(box.y + scrollY + box.height)} of ${PHONE.height} (page scrolled ${scrollY} px); ${path.relative(process.cwd(), file)}`);
    });
  }
}
