/**
 * Keeping and sharing a plan, keyboard only: the share link (copied to the clipboard,
 * opened in a fresh browser), the case file (.json download, then the start page's file
 * input), the calendar file (.ics), and what happens to a tampered link or a bad file:
 * an error on screen, and the answers saved in this browser untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { canonicalJson } from '../../src/components/keep/share-link.ts';
import { SESSION_KEY } from '../../src/components/keep/storage.ts';
import { AS_OF, assert, assertEqual, type Session, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { expectedPlan, readExample, type Texts } from './texts.ts';
import { buttonNamed, heading, openApp, planText, pressTimed, walkToPlan } from './walk.ts';

const CASE = readExample('eu-long-stay-employee');

const savedSession = (page: Page) => page.evaluate((k) => localStorage.getItem(k), SESSION_KEY);

/** Press a plan action by keyboard and return the file it downloads. */
async function download(s: Session, tx: Texts, labelKey: string, dir: string): Promise<{ name: string; text: string }> {
  const button = buttonNamed(s.page, tx.t(labelKey));
  await tabTo(s.page, button, tx.t(labelKey));
  const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.keyboard.press('Enter')]);
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/** Copy the share link by keyboard and read it back from the clipboard. */
async function copyShareLink(s: Session, tx: Texts): Promise<string> {
  const button = buttonNamed(s.page, tx.t('uiPlan.actions.copyShareLink'));
  await tabTo(s.page, button, 'Copy a link');
  await s.page.keyboard.press('Enter');
  await s.page.getByRole('status').filter({ hasText: tx.t('uiPlan.actions.copied') }).waitFor();
  const link = await s.page.evaluate(() => navigator.clipboard.readText());
  // The start page in the language shown: the link opens in the sender's language.
  assert(link.startsWith(`${s.origin}/${tx.lng}/#case=`), `the copied link is ${link}`);
  return link;
}

/** Load a case file with the start page's file input: Tab to it, Space opens the chooser. */
async function importFile(s: Session, tx: Texts, file: string): Promise<void> {
  const input = s.page.getByLabel(tx.t('app.import.label'), { exact: true });
  await tabTo(s.page, input, 'the import file input');
  const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), s.page.keyboard.press(' ')]);
  await chooser.setFiles(file);
}

test('share link: copy → open in a fresh browser → load → the same plan', { tag: '@timed' }, async ({ session, origin }) => {
  const a = await session({ clipboard: true });
  const tx = await openApp(a, 'en');
  await walkToPlan(a, tx, CASE);
  const original = await planText(a.page);
  const link = await copyShareLink(a, tx);

  const b = await session();
  await b.goto(link.slice(origin.length));
  await heading(b.page, tx.t('app.share.offerTitle')).waitFor();
  await b.checkA11y('share link offer (en)');
  await pressTimed(b, 'share → load', buttonNamed(b.page, tx.t('app.share.load')), 'Load', heading(b.page, tx.t('app.check.title')));
  await b.checkA11y('check your answers after a share link (en)');
  await pressTimed(b, 'check → plan', buttonNamed(b.page, tx.t('app.check.confirm')), 'Build my plan', heading(b.page, tx.t('uiPlan.title')));
  assertEqual(await planText(b.page), original, 'the plan opened from the link differs');
  assert(!b.page.url().includes('#case='), 'the share fragment stays in the address after loading');
});

test('case file: export (.json) → import (file chooser) in a fresh browser → the same plan', { tag: '@timed' }, async ({ session, tmp }) => {
  const a = await session();
  const tx = await openApp(a, 'en');
  await walkToPlan(a, tx, CASE);
  const original = await planText(a.page);
  const file = await download(a, tx, 'uiPlan.actions.exportCaseFile', tmp);
  assert(/^pobyt-[0-9a-f]{8}\.json$/.test(file.name), `export file name ${file.name}`);
  assertEqual(canonicalJson(JSON.parse(file.text)), canonicalJson(CASE), 'the exported case file differs from the answers');

  const b = await session();
  const txb = await openApp(b, 'en');
  await importFile(b, txb, path.join(tmp, file.name));
  await heading(b.page, tx.t('app.check.title')).waitFor();
  await b.checkA11y('check your answers after an import (en)');
  await pressTimed(b, 'check → plan', buttonNamed(b.page, tx.t('app.check.confirm')), 'Build my plan', heading(b.page, tx.t('uiPlan.title')));
  assertEqual(await planText(b.page), original, 'the plan from the imported file differs');
});

test('calendar: the .ics download holds one VEVENT per deadline', { tag: '@timed' }, async ({ session, tmp }) => {
  const s = await session();
  const tx = await openApp(s, 'en');
  await walkToPlan(s, tx, CASE);
  const plan = await expectedPlan(CASE, AS_OF, 'en');
  assert(plan.deadlines.length > 0, 'the example has no deadline to put in a calendar');
  const ics = await download(s, tx, 'uiPlan.actions.calendar', tmp);
  assert(ics.name.endsWith('.ics'), `calendar file name ${ics.name}`);
  const lines = ics.text.split(/\r\n/);
  assert(lines[0] === 'BEGIN:VCALENDAR' && lines.includes('END:VCALENDAR'), 'not a VCALENDAR');
  assert(ics.text.includes('\r\n') && !/[^\r]\n/.test(ics.text), 'lines must end with CRLF');
  const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
  assert(events === plan.deadlines.length, `${events} VEVENTs for ${plan.deadlines.length} deadlines`);
  const starts = lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:')).map((l) => l.slice(-8));
  assertEqual(starts.sort(), plan.deadlines.map((d) => d.date.replace(/-/g, '')).sort(), 'VEVENT dates differ from the deadlines');
});

test('tampered share link: the error shows and the saved answers survive', { tag: '@timed' }, async ({ session }) => {
  const s = await session({ clipboard: true });
  const tx = await openApp(s, 'en');
  await walkToPlan(s, tx, CASE);
  const original = await planText(s.page);
  const link = await copyShareLink(s, tx);
  const before = await savedSession(s.page);
  assert(before, 'nothing was saved in this browser');

  // Change one character of the payload: the checksum no longer matches.
  const at = link.indexOf('#case=') + 12;
  const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
  await s.page.goto('about:blank');
  await s.page.goto(tampered);
  await heading(s.page, tx.t('app.share.errorTitle')).waitFor();
  await s.page.getByText(tx.t('app.share.reason.truncated'), { exact: true }).waitFor();
  await s.page.getByText(tx.t('app.share.untouched'), { exact: true }).waitFor();
  await s.checkA11y('tampered share link (en)');
  assertEqual(await savedSession(s.page), before, 'the saved session changed after a tampered link');

  await pressTimed(s, 'share error → start', buttonNamed(s.page, tx.t('app.share.continue')), 'Continue', heading(s.page, tx.t('app.start.title')));
  await s.checkA11y('start page with saved answers (en)');
  await pressTimed(s, 'continue → plan', buttonNamed(s.page, tx.t('app.continue.button')), 'Continue', heading(s.page, tx.t('uiPlan.title')));
  assertEqual(await planText(s.page), original, 'the saved plan changed after a tampered link');
});

test('bad import files: the error shows and the saved answers survive', { tag: '@timed' }, async ({ session, tmp }) => {
  const s = await session();
  const tx = await openApp(s, 'en');
  await walkToPlan(s, tx, CASE);
  const before = await savedSession(s.page);
  assert(before, 'nothing was saved in this browser');

  const bad = [
    ['not-json.json', 'this is not JSON {'],
    ['wrong-answers.json', JSON.stringify({ schemaVersion: 1, citizenship: 'ZZ', stayLength: 'forever' })],
  ] as const;
  for (const [name, text] of bad) {
    await s.goto('/');
    await heading(s.page, tx.t('app.start.title')).waitFor();
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    await importFile(s, tx, file);
    const alert = s.page.getByRole('alert').filter({ hasText: tx.t('app.import.errorHeading') });
    await alert.waitFor();
    assert((await alert.innerText()).includes(tx.t('app.import.untouched')), `${name}: the error does not say the saved answers are kept`);
    assert((await alert.innerText()).includes(name), `${name}: the error does not name the file`);
    await s.checkA11y(`import error, ${name} (en)`);
    assertEqual(await savedSession(s.page), before, `${name}: the saved session changed`);
  }
});

test('damaged saved answers (not JSON at all) are said on the start page in the person\'s language, kept until deleted (uk)', async ({ session }) => {
  const s = await session();
  const tx = await openApp(s, 'uk');
  await s.page.evaluate((key) => localStorage.setItem(key, '{"garbage'), SESSION_KEY);
  await s.page.reload();
  const alert = s.page.getByRole('alert').filter({ has: s.page.getByRole('heading', { name: tx.t('app.damaged.heading'), exact: true }) });
  await alert.waitFor();
  await s.checkA11y('damaged saved answers on the start page (uk)');
  assertEqual(await s.page.evaluate((key) => localStorage.getItem(key), `${SESSION_KEY}-damaged`), '{"garbage', 'the damaged text kept aside');
  // Started again without deleting it: still said on the next visit.
  await tabTo(s.page, buttonNamed(s.page, tx.t('app.start.button')), 'Start now');
  await s.page.keyboard.press('Enter');
  await heading(s.page, tx.t('questions.citizenship.title')).waitFor();
  await s.goto('/uk/');
  await alert.waitFor();
  await tabTo(s.page, alert.getByRole('button', { name: tx.t('app.damaged.dismiss'), exact: true }), 'Delete the saved copy');
  await s.page.keyboard.press('Enter');
  await alert.waitFor({ state: 'detached' });
  await s.page.reload();
  await heading(s.page, tx.t('app.start.title')).waitFor();
  assertEqual(await s.page.getByRole('heading', { name: tx.t('app.damaged.heading'), exact: true }).count(), 0, 'the damaged notice after Delete');
});
