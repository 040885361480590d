/**
 * Problems and "Start again" in the person's language, keyboard only: a case file with
 * three problems imported in the Slovak interface lists all three in Slovak (each field named
 * as its question, the bad value quoted, no parser or English text); "Start again" asks
 * first and Undo brings every answer back, in English, Slovak and Ukrainian. axe on each screen.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SESSION_KEY } from '../../src/components/keep/storage-keys.ts';
import { problemText } from '../../src/locales/problem-text.ts';
import { checkCaseFile } from '../../src/rules/case-file-check.ts';
import { AS_OF, assert, assertEqual, type Session, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { E2E_LANGUAGES, readExample, type Texts } from './texts.ts';
import { buttonNamed, heading, openApp } from './walk.ts';

const savedAnswers = async (page: Page): Promise<unknown> =>
  (JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)) ?? 'null') as { caseFile?: unknown } | null)?.caseFile;

/** Load a case file with the start page's file input: Tab to it, Space opens the chooser. */
async function importFile(s: Session, tx: Texts, file: string): Promise<void> {
  const input = s.page.getByLabel(tx.t('app.import.label'), { exact: true });
  await tabTo(s.page, input, 'the import file input');
  const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), s.page.keyboard.press(' ')]);
  await chooser.setFiles(file);
}

test('import in Slovak: a file with three problems lists all three in Slovak', async ({ session, tmp }) => {
  const s = await session();
  const tx = await openApp(s, 'sk');
  const bad = { schemaVersion: 1, citizenship: 'QQ', stayLength: 'upTo90Days', arrivalDate: '2026-02-30', accommodation: 'private', 'poznámka\u202e': 'x' };
  const file = path.join(tmp, 'tri-problemy.json');
  writeFileSync(file, JSON.stringify(bad, null, 2));
  await importFile(s, tx, file);

  const alert = s.page.getByRole('alert').filter({ hasText: tx.t('app.import.errorHeading') });
  await alert.waitFor();
  const items = (await alert.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
  // The same three problems the rules give, each said in Slovak as the page says it.
  const checked = checkCaseFile(bad, AS_OF);
  assert(!checked.ok, 'the rules accepted the bad file');
  const expected = checked.problems.map((p) => {
    const said = problemText(p, (key, options) => tx.t(key, options ?? {}));
    return said.field ? `${said.field}: ${said.message}` : said.message;
  });
  assertEqual(items, expected, 'the problems listed');
  assertEqual(items.length, 3, 'the number of problems listed');
  assert(items[0]!.startsWith(`${tx.t('app.questions.citizenship')}: "QQ"`), `the country problem: ${items[0]}`);
  assert(items[1]!.startsWith(`${tx.t('app.questions.arrivalDate')}: "2026-02-30"`), `the date problem: ${items[1]}`);
  // The odd key is shown escaped: no right-to-left override reaches the page.
  assert(items[2]!.includes('\\u202e') && !items[2]!.includes('\u202e'), `the unknown key: ${items[2]}`);
  const text = await alert.innerText();
  assert(!/Unexpected|Invalid|expected|unknown field|is not/.test(text), `English or parser text in the Slovak error: ${text}`);
  assert(text.includes(tx.t('app.import.untouched')), 'the error does not say the saved answers are kept');
  await s.checkA11y('import with three problems (sk)');
  await heading(s.page, tx.t('app.start.title')).waitFor();
});

for (const lng of E2E_LANGUAGES) {
  test(`start again (${lng}): asks first, then Undo brings every answer and the plan back`, async ({ session, tmp }) => {
    const s = await session();
    const tx = await openApp(s, lng);
    const answers = readExample('eu-long-stay-employee');
    const file = path.join(tmp, 'case.json');
    writeFileSync(file, JSON.stringify(answers));
    await importFile(s, tx, file);
    await heading(s.page, tx.t('app.check.title')).waitFor();
    const build = buttonNamed(s.page, tx.t('app.check.confirm'));
    await tabTo(s.page, build, 'Build my plan');
    await s.page.keyboard.press('Enter');
    await heading(s.page, tx.t('uiPlan.title')).waitFor();

    const again = buttonNamed(s.page, tx.t('app.plan.startAgain'));
    await tabTo(s.page, again, 'Start again');
    await s.page.keyboard.press('Enter');
    const confirmHeading = s.page.getByRole('heading', { name: tx.t('app.plan.startAgainConfirmHeading'), exact: true });
    await confirmHeading.waitFor();
    assert(await confirmHeading.evaluate((h) => h === document.activeElement), 'the confirmation heading does not have focus');
    assertEqual(await again.getAttribute('aria-expanded'), 'true', 'aria-expanded of Start again');
    await s.checkA11y(`start again, confirmation (${lng})`);
    // Escape: nothing removed, focus back on the button.
    await s.page.keyboard.press('Escape');
    await confirmHeading.waitFor({ state: 'detached' });
    assert(await again.evaluate((b) => b === document.activeElement), 'focus did not return to Start again');
    assertEqual(await savedAnswers(s.page), answers, 'the saved answers after Escape');

    await s.page.keyboard.press('Enter');
    const yes = buttonNamed(s.page, tx.t('app.plan.startAgainConfirm'));
    await tabTo(s.page, yes, 'Yes, start again');
    await s.page.keyboard.press('Enter');
    await heading(s.page, tx.t('app.start.title')).waitFor();
    const status = s.page.getByRole('status').filter({ hasText: tx.t('app.restarted.text') });
    await status.waitFor();
    assertEqual(await savedAnswers(s.page), { schemaVersion: 1 }, 'the saved answers after Start again');
    await s.checkA11y(`start page with Undo (${lng})`);

    const undo = buttonNamed(s.page, tx.t('app.restarted.undo'));
    await tabTo(s.page, undo, 'Undo');
    await s.page.keyboard.press('Enter');
    await heading(s.page, tx.t('uiPlan.title')).waitFor();
    assertEqual(await savedAnswers(s.page), answers, 'the saved answers after Undo');
    await s.checkA11y(`plan after Undo (${lng})`);
  });
}
