/**
 * Walking the app by keyboard: open it, switch language with its language buttons, answer
 * each question on the case file's path (as the rules' decision tree gives it), check the
 * answers and build the plan. axe runs on every screen; every Continue is timed.
 */
import type { Locator, Page } from '@playwright/test';
import { questionPath } from '../../src/rules/questions.ts';
import type { CaseFile, QuestionId } from '../../src/rules/schema/case-file.ts';
import { AS_OF, assert, renderedText, timedAnswer, type Session } from './fixtures.ts';
import { chooseRadio, chooseSelectOption, fillByKeyboard, tabTo } from './keyboard.ts';
import { countryLabel, texts, type E2ELanguage, type Texts } from './texts.ts';

const DATE_QUESTIONS: readonly QuestionId[] = ['arrivalDate', 'permitExpiry', 'residenceSince'];

/** The page's <h1> with exactly this text. */
export const heading = (page: Page, text: string): Locator => page.getByRole('heading', { level: 1, name: text, exact: true });

/** Tab to a button and press Enter, timed from the keydown to `next` showing. */
export async function pressTimed(s: Session, where: string, button: Locator, label: string, next: Locator): Promise<void> {
  await tabTo(s.page, button, label);
  await timedAnswer(s, where, () => s.page.keyboard.press('Enter'), next);
}

export const buttonNamed = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

/**
 * Open the app at `/` and, for Slovak or Ukrainian, switch with the header's language
 * button (Tab to it, Enter). Checks <html lang> and the start page heading; axe on it.
 */
export async function openApp(s: Session, lng: E2ELanguage, pathAndHash = '/'): Promise<Texts> {
  const tx = await texts(lng);
  await s.goto(pathAndHash);
  const en = await texts('en');
  if (!pathAndHash.includes('#')) await heading(s.page, en.t('app.start.title')).waitFor();
  if (lng !== 'en') await switchLanguage(s, lng);
  return tx;
}

/** Switch language by keyboard with the header's button for `lng` (named in its own language). */
export async function switchLanguage(s: Session, lng: E2ELanguage): Promise<void> {
  const tx = await texts(lng);
  const button = s.page.getByRole('navigation').getByRole('button', { name: tx.t(`app.language.names.${lng}`), exact: true });
  await tabTo(s.page, button, `the ${lng} language button`);
  await s.page.keyboard.press('Enter');
  await s.page.waitForFunction((l) => document.documentElement.lang === l, lng, { timeout: 10_000 });
  assert((await button.getAttribute('aria-pressed')) === 'true', `the ${lng} button is not pressed after switching`);
}

/** Answer the question on screen with `value`, by keyboard, then Continue (timed) to `next`. */
export async function answerQuestion(s: Session, tx: Texts, q: QuestionId, value: string, next: Locator): Promise<void> {
  const page = s.page;
  const title = tx.t(`questions.${q}.title`);
  await heading(page, title).waitFor({ timeout: 10_000 });
  await s.checkA11y(`question ${q} (${tx.lng})`);
  if (q === 'citizenship') {
    await chooseSelectOption(page, page.getByRole('combobox', { name: title, exact: true }), 'the citizenship list', countryLabel(value, tx.lng));
  } else if (DATE_QUESTIONS.includes(q)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const group = page.getByRole('group', { name: title });
    for (const [part, text] of [
      ['day', String(day)],
      ['month', String(month)],
      ['year', String(year)],
    ] as const) {
      await fillByKeyboard(page, group.getByRole('textbox', { name: tx.t(`form.date.${part}`), exact: true }), `the ${part} box`, text);
    }
  } else {
    await chooseRadio(page, tx.t(`questions.${q}.options.${value}.label`), title);
  }
  await pressTimed(s, `${q} → next (${tx.lng})`, buttonNamed(page, tx.t('form.continue')), 'Continue', next);
}

/**
 * From the start page: Start now, every question on the path, check your answers (each
 * answered question listed), Build my plan. Ends on the plan page, axe checked.
 */
export async function walkToPlan(s: Session, tx: Texts, caseFile: Partial<CaseFile>): Promise<void> {
  const page = s.page;
  const { path, complete } = questionPath(caseFile, AS_OF);
  assert(complete, `the case file does not complete its path: ${path.join(' → ')}`);
  await s.checkA11y(`start page (${tx.lng})`);
  const title = (q: QuestionId) => tx.t(`questions.${q}.title`);
  await pressTimed(s, `start → ${path[0]} (${tx.lng})`, buttonNamed(page, tx.t('app.start.button')), 'Start now', heading(page, title(path[0]!)));
  for (let i = 0; i < path.length; i++) {
    const q = path[i]!;
    const next = i + 1 < path.length ? heading(page, title(path[i + 1]!)) : heading(page, tx.t('app.check.title'));
    await answerQuestion(s, tx, q, String(caseFile[q]), next);
  }
  await s.checkA11y(`check your answers (${tx.lng})`);
  for (const q of path) {
    const row = page.locator('.app-summary-key', { hasText: tx.t(`app.questions.${q}`) });
    assert((await row.count()) >= 1, `check your answers has no row for ${q}`);
  }
  await pressTimed(s, `check → plan (${tx.lng})`, buttonNamed(page, tx.t('app.check.confirm')), 'Build my plan', heading(page, tx.t('uiPlan.title')));
  await s.checkA11y(`plan (${tx.lng})`);
}

/** The address reads `path` (a new page's is written once it has painted), or the test fails naming both. */
export async function expectPath(page: Page, where: string, path: string): Promise<void> {
  await page.waitForFunction((p) => window.location.pathname === p, path, { timeout: 5_000 }).catch(() => undefined);
  const now = new URL(page.url()).pathname;
  assert(now === path, `${where}: the address is ${now}, expected ${path}`);
}

/** The plan's text on screen (the article, all of it), for comparing two plans. */
export async function planText(page: Page): Promise<string> {
  return (await renderedText(page.locator('article.pv'))).replace(/\s+/g, ' ').trim();
}

/** The texts of one language (re-exported for tests). */
export { texts };
