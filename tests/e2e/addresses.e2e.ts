/**
 * Every page has an address, language first (issue 15): a full path with the browser's Back,
 * Forward and reload in each language; a deep link and a share link opened in a fresh browser
 * in the sender's language; a language switch mid-way. axe on the pages reached that way.
 */
import type { Page } from '@playwright/test';
import { questionPath } from '../../src/rules/questions.ts';
import { AS_OF, assert, test, TIMED } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { E2E_LANGUAGES, readExample, texts, type Texts } from './texts.ts';
import { buttonNamed, expectPath, heading, openApp, switchLanguage, walkToPlan } from './walk.ts';

const CASE = readExample('eu-short-stay');
async function expectAt(page: Page, where: string, path: string, h1: string): Promise<void> {
  await heading(page, h1).waitFor({ timeout: 10_000 });
  await expectPath(page, where, path);
}

const noteText = (page: Page) => page.locator('main .app-notice').allInnerTexts();

for (const lng of E2E_LANGUAGES) {
  test(`addresses: a full path with Back, Forward and reload (${lng})`, { tag: TIMED }, async ({ session }) => {
    const s = await session();
    const tx = await openApp(s, lng);
    const page = s.page;
    await expectAt(page, 'the start page', `/${lng}/`, tx.t('app.start.title'));
    await walkToPlan(s, tx, CASE);
    const { path } = questionPath(CASE, AS_OF);
    const last = path[path.length - 1]!;
    const q = (id: string) => tx.t(`questions.${id}.title`);
    await expectAt(page, 'the plan', `/${lng}/plan`, tx.t('uiPlan.title'));

    // Back: check your answers, then the last question; Forward: back to the plan.
    await page.goBack();
    await expectAt(page, 'Back from the plan', `/${lng}/check`, tx.t('app.check.title'));
    await page.goBack();
    await expectAt(page, 'Back from check', `/${lng}/questions/${last}`, q(last));
    await s.checkA11y(`question ${last} after Back (${lng})`);
    await page.goForward();
    await expectAt(page, 'Forward to check', `/${lng}/check`, tx.t('app.check.title'));
    await page.goForward();
    await expectAt(page, 'Forward to the plan', `/${lng}/plan`, tx.t('uiPlan.title'));

    // Reload stays on the page, in its language, with no note.
    await page.reload({ waitUntil: 'load' });
    await expectAt(page, 'reload on the plan', `/${lng}/plan`, tx.t('uiPlan.title'));
    assert((await page.locator('html').getAttribute('lang')) === lng, `after the reload <html lang> is not ${lng}`);
    assert((await noteText(page)).length === 0, `a note after the reload: ${(await noteText(page)).join(' | ')}`);
    await s.checkA11y(`plan after reload (${lng})`);

    // Back through the whole path to the start page, and a reload on a question.
    for (let i = path.length - 1; i >= 0; i--) {
      await page.goBack();
      const at = i === path.length - 1 ? `/${lng}/check` : `/${lng}/questions/${path[i + 1]}`;
      if (i === path.length - 1) await expectAt(page, 'Back', at, tx.t('app.check.title'));
      else await expectAt(page, 'Back', at, q(path[i + 1]!));
    }
    await page.goBack();
    await expectAt(page, 'Back to the first question', `/${lng}/questions/${path[0]}`, q(path[0]!));
    await page.reload({ waitUntil: 'load' });
    await expectAt(page, 'reload on the first question', `/${lng}/questions/${path[0]}`, q(path[0]!));
    await page.goBack();
    await expectAt(page, 'Back to the start page', `/${lng}/`, tx.t('app.start.title'));
    await s.checkA11y(`start page after Back (${lng})`);
  });
}

test('addresses: a deep link in a fresh browser opens in its language; one the answers do not reach says so', async ({ session }) => {
  const sk = await texts('sk');
  // Service workers blocked: a worker still installing from one address would take over the
  // next page opened in the same browser and reload it (register-sw.ts); offline.e2e.ts
  // covers addresses served by the worker.
  const fresh = { locale: 'en-GB', serviceWorkers: 'block' } as const;
  const s = await session(fresh);
  await s.goto('/sk/questions/stayLength');
  await expectAt(s.page, 'a question no answer reaches yet', '/sk/questions/citizenship', sk.t('questions.citizenship.title'));
  assert((await s.page.locator('html').getAttribute('lang')) === 'sk', 'the Slovak link did not open in Slovak');
  const notes = await noteText(s.page);
  assert(notes.includes(sk.t('app.address.unreachable')), `no note on the deep link: ${notes.join(' | ')}`);
  await s.checkA11y('deep link to an unreached question (sk)');

  // A calculator by its address, in Ukrainian, in another fresh browser.
  const uk = await texts('uk');
  const c = await session(fresh);
  await c.goto('/uk/calculators/schengen');
  await expectAt(c.page, 'a calculator', '/uk/calculators/schengen', uk.t('calc.title'));
  await c.checkA11y('calculators by address (uk)');

  // An address with no page, and a language we do not have: the start page, with a note.
  const e = await session(fresh);
  const en = await texts('en');
  await e.goto('/en/nowhere');
  await expectAt(e.page, 'no such page', '/en/', en.t('app.start.title'));
  assert((await noteText(e.page)).includes(en.t('app.address.unknownPage')), 'no note for an unknown page');
  await e.goto('/de/');
  await expectAt(e.page, 'a language we do not have', '/en/', en.t('app.start.title'));
  assert((await noteText(e.page)).includes(en.t('app.address.unknownLanguage')), 'no note for an unknown language');
  await e.checkA11y('unknown language note (en)');
});

test('addresses: a share link made in Ukrainian opens in Ukrainian in a fresh English browser', { tag: TIMED }, async ({ session, origin }) => {
  const a = await session({ clipboard: true });
  const tx = await openApp(a, 'uk');
  await walkToPlan(a, tx, CASE);
  const button = buttonNamed(a.page, tx.t('uiPlan.actions.copyShareLink'));
  await tabTo(a.page, button, 'Copy a link');
  await a.page.keyboard.press('Enter');
  await a.page.getByRole('status').filter({ hasText: tx.t('uiPlan.actions.copied') }).waitFor();
  const link = await a.page.evaluate(() => navigator.clipboard.readText());
  assert(link.startsWith(`${origin}/uk/#case=`), `the copied link is ${link}`);

  const b = await session({ locale: 'en-GB' });
  await b.goto(link.slice(origin.length));
  await heading(b.page, tx.t('app.share.offerTitle')).waitFor();
  assert((await b.page.locator('html').getAttribute('lang')) === 'uk', 'the share link did not open in Ukrainian');
  await b.checkA11y('share link offer (uk)');
  await buttonNamed(b.page, tx.t('app.share.load')).click();
  await expectAt(b.page, 'the share link loaded', '/uk/check', tx.t('app.check.title'));
  assert(!b.page.url().includes('#case='), 'the share fragment stays in the address after loading');
});

test('addresses: switching language mid-way changes the path; Back and Forward keep the new language', async ({ session }) => {
  const s = await session();
  const en = await openApp(s, 'en');
  const page = s.page;
  await buttonNamed(page, en.t('app.start.button')).click();
  await expectAt(page, 'first question', '/en/questions/citizenship', en.t('questions.citizenship.title'));
  await page.getByRole('combobox').selectOption('DE');
  await buttonNamed(page, en.t('form.continue')).click();
  await expectAt(page, 'second question', '/en/questions/stayLength', en.t('questions.stayLength.title'));

  await switchLanguage(s, 'sk');
  const sk: Texts = await texts('sk');
  await expectAt(page, 'after switching to Slovak', '/sk/questions/stayLength', sk.t('questions.stayLength.title'));
  await s.checkA11y('question after switching language (sk)');
  await page.goBack();
  await expectAt(page, 'Back after the switch', '/sk/questions/citizenship', sk.t('questions.citizenship.title'));
  await page.goForward();
  await expectAt(page, 'Forward after the switch', '/sk/questions/stayLength', sk.t('questions.stayLength.title'));
  await page.reload({ waitUntil: 'load' });
  await expectAt(page, 'reload after the switch', '/sk/questions/stayLength', sk.t('questions.stayLength.title'));
});
