/**
 * Adviser mode, keyboard only: from the start page's "Clients and households" to a new client
 * (an empty name first: the error summary), a spouse and the adviser's notes; the questions
 * answered for the main person (the wizard says whose answers these are), back to the client
 * and its household plan, printed as the pack (cover page with the client's name and the
 * notes). Then the clients exported with a passphrase and imported in a fresh browser (the
 * wrong passphrase first: nothing imported), and a client deleted and brought back with Undo.
 * axe on every screen and state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { questionPath } from '../../src/rules/questions.ts';
import { AS_OF, assert, assertEqual, DESKTOP, normaliseSpace, pdfPageCount, pdfPageFill, PHONE, printToPdfText, ROOT, test, type Session } from './fixtures.ts';
import { chooseSelectOption, fillByKeyboard, followLink, tabTo } from './keyboard.ts';
import { readExample, type Texts } from './texts.ts';
import { answerQuestion, buttonNamed, heading, openApp, pressTimed } from './walk.ts';

const CASE = readExample('eu-long-stay-employee');
const CLIENT = 'Rodina Horváthová';
const SPOUSE = 'Jana';
const NOTES = 'First meeting on 20 November. Employer: Volkswagen Bratislava; bring the contract next time.';
const PASSPHRASE = 'correct horse battery staple';

const isFocused = (loc: Locator) => loc.evaluate((el) => el === document.activeElement);

/** "There is a problem" on the adviser's pages. */
const errorSummary = (page: Page, tx: Texts) => page.getByRole('alert', { name: tx.t('adviser.errorSummary.title'), exact: true });

/** The status message (role=status) of the adviser's pages, once it says `text`. */
async function statusSays(page: Page, text: string): Promise<Locator> {
  const status = page.locator('.adv-status[role=status]').filter({ hasText: text });
  await status.waitFor();
  return status;
}

/** Start page → Clients and households. */
async function openClients(s: Session, tx: Texts): Promise<void> {
  await tabTo(s.page, buttonNamed(s.page, tx.t('app.tools.clients')), 'the clients button');
  await s.page.keyboard.press('Enter');
  await heading(s.page, tx.t('adviser.title')).waitFor();
}

/** Tab to a button and press Enter. */
async function press(page: Page, name: string, scope: Page | Locator = page): Promise<void> {
  await tabTo(page, scope.getByRole('button', { name, exact: true }), `the "${name}" button`);
  await page.keyboard.press('Enter');
}

/** The clients table's row for a client. */
const clientRow = (page: Page, name: string) => page.locator('#adv-client-table').getByRole('row').filter({ has: page.getByRole('rowheader').filter({ hasText: name }) });

/** Load a file into the import form's file input: Tab to it, Space opens the chooser. */
async function chooseImportFile(s: Session, tx: Texts, file: string): Promise<void> {
  const input = s.page.getByLabel(tx.t('adviser.import.fileLabel'), { exact: true });
  await tabTo(s.page, input, 'the import file input');
  const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), s.page.keyboard.press(' ')]);
  await chooser.setFiles(file);
}

test('tools: adviser: client, spouse, notes, questions for the main person, household plan, print pack', { tag: '@timed' }, async ({ session, tmp, log }) => {
  const s = await session();
  const page = s.page;
  const tx = await openApp(s, 'en');
  await openClients(s, tx);
  await page.getByText(tx.t('adviser.list.none'), { exact: true }).waitFor();
  await s.checkA11y('clients, none yet (en)');

  // Add a client without a name: the error summary, its link to the field.
  const nameField = page.getByLabel(tx.t('adviser.create.label'), { exact: true });
  await press(page, tx.t('adviser.create.button'));
  await errorSummary(page, tx).waitFor();
  assert(await isFocused(errorSummary(page, tx)), 'the error summary did not take the focus');
  assertEqual(await nameField.getAttribute('aria-invalid'), 'true', 'the empty name is not marked invalid');
  await s.checkA11y('clients, empty name (en)');
  await followLink(page, tx.t('adviser.create.errorEmpty'));
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  assert(await isFocused(nameField), "the error's link did not focus the name field");
  await page.keyboard.type(CLIENT);
  await press(page, tx.t('adviser.create.button'));
  await statusSays(page, tx.t('adviser.create.added', { name: CLIENT }));
  assertEqual(await errorSummary(page, tx).count(), 0, 'the error summary stays after the client was added');
  await clientRow(page, CLIENT).waitFor();
  await s.checkA11y('clients, one client (en)');

  // Open it.
  await press(page, `${tx.t('adviser.list.open')} ${CLIENT}`);
  await heading(page, CLIENT).waitFor();
  await s.checkA11y('client page, new (en)');

  // A spouse, with a name.
  await chooseSelectOption(page, page.getByLabel(tx.t('adviser.members.roleLabel'), { exact: true }), 'the relationship', tx.t('adviser.role.spouse'));
  await fillByKeyboard(page, page.getByLabel(tx.t('adviser.members.nameLabel'), { exact: true }), 'the member name', SPOUSE);
  await press(page, tx.t('adviser.members.addButton'));
  await statusSays(page, tx.t('adviser.members.added', { who: SPOUSE }));
  await page.getByRole('heading', { level: 3, name: SPOUSE, exact: true }).waitFor();
  // Remove the spouse, then Undo (twice): Undo is the next Tab, then the focus is on the person.
  for (const round of [1, 2]) {
    await press(page, tx.t('adviser.members.remove', { who: SPOUSE }));
    const removed = await statusSays(page, tx.t('adviser.members.removed', { who: SPOUSE }));
    assert(await isFocused(removed), `round ${round}: the focus did not go to the removal message`);
    assertEqual(await page.getByRole('heading', { level: 3, name: SPOUSE, exact: true }).count(), 0, `round ${round}: the spouse is still listed`);
    if (round === 1) await s.checkA11y('client page, spouse removed (en)');
    await page.keyboard.press('Tab');
    assert(await isFocused(removed.getByRole('button', { name: tx.t('adviser.members.undo'), exact: true })), `round ${round}: Undo is not the next Tab`);
    await page.keyboard.press('Enter');
    await statusSays(page, tx.t('adviser.members.restored', { who: SPOUSE }));
    const answerSpouse = buttonNamed(page, tx.t('adviser.members.answer', { who: SPOUSE }));
    await answerSpouse.waitFor();
    await page.waitForFunction(() => document.activeElement?.id?.startsWith('adv-answer-'), undefined, { timeout: 2000 }).catch(() => undefined);
    assert(await isFocused(answerSpouse), `round ${round}: the focus did not go back to the spouse`);
  }

  // Change the spouse's details (issue 16): the form opens in place with the focus on its first
  // field; Save says so and gives the focus back; the name and relationship are kept.
  for (const [from, to] of [[SPOUSE, `${SPOUSE} H.`], [`${SPOUSE} H.`, SPOUSE]] as const) {
    await press(page, tx.t('adviser.members.edit', { who: from }));
    const form = page.getByRole('form', { name: tx.t('adviser.members.editHeading', { who: from }), exact: true });
    await form.waitFor();
    assert(await isFocused(form.getByRole('combobox')), 'the change form did not focus its first field');
    if (to !== SPOUSE) await s.checkA11y('client page, changing a member (en)');
    await fillByKeyboard(page, form.getByRole('textbox', { name: tx.t('adviser.members.nameLabel'), exact: true }), 'the new name', to);
    await press(page, tx.t('adviser.members.save'), form);
    await statusSays(page, tx.t('adviser.members.saved', { who: to }));
    await page.getByRole('heading', { level: 3, name: to, exact: true }).waitFor();
    const edit = buttonNamed(page, tx.t('adviser.members.edit', { who: to }));
    await page.waitForFunction(() => document.activeElement?.id?.startsWith('adv-edit-'), undefined, { timeout: 2000 }).catch(() => undefined);
    assert(await isFocused(edit), 'the focus did not go back to "Change details"');
  }

  // The adviser's notes.
  await fillByKeyboard(page, page.getByRole('textbox', { name: tx.t('adviser.client.notesLabel'), exact: true }), 'the notes', NOTES);
  await press(page, tx.t('adviser.client.notesButton'));
  await statusSays(page, tx.t('adviser.client.notesSaved'));
  const household = page.getByRole('region', { name: tx.t('adviser.household.heading'), exact: true });
  await household.getByText(tx.t('adviser.household.none'), { exact: true }).waitFor();
  await s.checkA11y('client page, two people and notes (en)');

  // Answer the questions for the main person: the wizard, with a banner saying for whom.
  const main = tx.t('adviser.role.main');
  const { path: questions, complete } = questionPath(CASE, AS_OF);
  assert(complete, 'the example does not complete its path');
  const title = (i: number) => heading(page, tx.t(`questions.${questions[i]}.title`));
  await press(page, tx.t('adviser.members.answer', { who: main }));
  await title(0).waitFor();
  const banner = page.getByRole('region', { name: tx.t('adviser.answering.label'), exact: true });
  await banner.waitFor();
  assertEqual(
    normaliseSpace(await banner.locator('p').innerText()),
    normaliseSpace(tx.t('adviser.answering.text', { person: main, client: CLIENT })),
    'the banner says whose answers these are',
  );
  for (let i = 0; i < questions.length; i++) {
    const next = i + 1 < questions.length ? title(i + 1) : heading(page, tx.t('app.check.title'));
    await answerQuestion(s, tx, questions[i]!, String(CASE[questions[i]!]), next);
  }
  assert(await banner.isVisible(), 'the banner is gone on check your answers');
  await s.checkA11y('check your answers, for a client (en)');
  await pressTimed(s, 'check → plan (client)', buttonNamed(page, tx.t('app.check.confirm')), 'Build my plan', heading(page, tx.t('uiPlan.title')));
  assert(await banner.isVisible(), 'the banner is gone on the plan');
  await s.checkA11y('plan, for a client (en)');

  // Back to the client: the main person is complete, the household plan shows.
  await press(page, tx.t('adviser.answering.back'));
  await heading(page, CLIENT).waitFor();
  assertEqual(await banner.count(), 0, 'the banner stays after going back to the client');
  await household.getByText(tx.t('adviser.household.asOf', { date: AS_OF }), { exact: true }).waitFor();
  const incomplete = household.getByText(`${SPOUSE}`, { exact: false });
  assert((await incomplete.count()) > 0, 'the spouse is not listed as not yet complete');
  await page.getByRole('heading', { name: tx.t('adviser.household.timelineHeading'), exact: true }).waitFor();
  await page.getByRole('heading', { name: tx.t('adviser.household.planFor', { who: main }), exact: true }).waitFor();
  assert(
    (await page.getByText(`${tx.t('adviser.members.questions', { answered: questions.length, asked: questions.length })} (${tx.t('adviser.members.complete')})`).count()) === 1,
    'the main person is not shown as complete',
  );
  await s.checkA11y('client page, household plan (en)');
  // A deadline in the household's timeline leads to that step of the person's plan.
  const firstDeadline = page.getByRole('region', { name: tx.t('adviser.household.timelineHeading'), exact: true }).getByRole('link').first();
  const stepTitle = normaliseSpace(await firstDeadline.innerText());
  await tabTo(page, firstDeadline, 'the first deadline of the household');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'ARTICLE');
  const step = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
  assert(normaliseSpace(step).includes(stepTitle), `the deadline's link went to another step: ${normaliseSpace(step).slice(0, 80)}`);

  // Print the pack: the Print button calls window.print(). Headless Chromium's print dialog
  // cannot be answered, and left open it blocks later file choosers in the browser: the call
  // is counted instead, then the page is printed to a PDF as the printer would get it.
  await page.evaluate(() => {
    const w = window as unknown as { __printCalls: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls += 1;
    };
  });
  await press(page, tx.t('adviser.household.print'));
  assertEqual(await page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls), 1, 'Print the pack did not print');
  assert(await isFocused(buttonNamed(page, tx.t('adviser.household.print'))), 'the focus left the Print button');
  const packFile = path.join(tmp, 'pack.pdf');
  const pdf = normaliseSpace(await printToPdfText(page, packFile));
  // Issue 12: a two-person household pack on at most 8 A4 pages, none under a quarter full.
  const packPages = pdfPageCount(packFile);
  const fill = pdfPageFill(packFile);
  log(`the pack prints on ${packPages} A4 pages, filled to ${fill.map((f) => Math.round(f * 100)).join(', ')} % of their height`);
  assert(packPages <= 8, `the household pack takes ${packPages} A4 pages, at most 8`);
  const thin = fill.findIndex((f) => f < 0.25);
  assert(thin < 0, `page ${thin + 1} of the pack is less than a quarter full (${Math.round((fill[thin] ?? 0) * 100)} %)`);
  for (const expected of [tx.t('adviser.cover.title', { name: CLIENT }), tx.t('adviser.cover.notesHeading'), NOTES, tx.t('adviser.cover.generated', { date: AS_OF })]) {
    assert(pdf.includes(normaliseSpace(expected)), `the printed pack does not hold "${expected}"`);
  }
  for (const screenOnly of [tx.t('adviser.members.addHeading'), tx.t('adviser.household.print')]) {
    assert(!pdf.includes(normaliseSpace(screenOnly)), `the printed pack holds the screen's "${screenOnly}"`);
  }
});

test('tools: adviser: export with a passphrase, import in a fresh browser (wrong then right), delete and undo', async ({ session, tmp }) => {
  const a = await session();
  const tx = await openApp(a, 'en');
  await openClients(a, tx);
  await fillByKeyboard(a.page, a.page.getByLabel(tx.t('adviser.create.label'), { exact: true }), 'the client name', CLIENT);
  await a.page.keyboard.press('Enter');
  await statusSays(a.page, tx.t('adviser.create.added', { name: CLIENT }));
  await press(a.page, `${tx.t('adviser.list.open')} ${CLIENT}`);
  await heading(a.page, CLIENT).waitFor();
  await fillByKeyboard(a.page, a.page.getByRole('textbox', { name: tx.t('adviser.client.notesLabel'), exact: true }), 'the notes', NOTES);
  await press(a.page, tx.t('adviser.client.notesButton'));
  await statusSays(a.page, tx.t('adviser.client.notesSaved'));
  await press(a.page, tx.t('adviser.client.back'));
  await heading(a.page, tx.t('adviser.title')).waitFor();

  // Export: a passphrase too short first.
  const exportForm = a.page.getByRole('region', { name: tx.t('adviser.export.heading'), exact: true });
  const exportPass = a.page.getByLabel(tx.t('adviser.export.passphraseLabel'), { exact: true });
  await fillByKeyboard(a.page, exportPass, 'the export passphrase', 'short');
  await press(a.page, tx.t('adviser.export.button'), exportForm);
  await errorSummary(a.page, tx).waitFor();
  assert(await isFocused(errorSummary(a.page, tx)), 'the error summary did not take the focus');
  await a.checkA11y('clients, passphrase too short (en)');
  await followLink(a.page, tx.t('adviser.export.passphraseTooShort'));
  await a.page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  assert(await isFocused(exportPass), "the error's link did not focus the passphrase");
  await a.page.keyboard.press('ControlOrMeta+A');
  await a.page.keyboard.type(PASSPHRASE);
  // The passphrase twice: a different second one is refused, the same one exports.
  const again = a.page.getByLabel(tx.t('adviser.export.passphraseAgainLabel'), { exact: true });
  await fillByKeyboard(a.page, again, 'the passphrase again', `${PASSPHRASE}!`);
  await press(a.page, tx.t('adviser.export.button'), exportForm);
  await errorSummary(a.page, tx).waitFor();
  assertEqual(await again.getAttribute('aria-invalid'), 'true', 'the differing passphrase is not marked invalid');
  await a.checkA11y('clients, passphrases differ (en)');
  await fillByKeyboard(a.page, again, 'the passphrase again', PASSPHRASE);
  await tabTo(a.page, exportForm.getByRole('button', { name: tx.t('adviser.export.button'), exact: true }), 'Export to a file');
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.keyboard.press('Enter')]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  assertEqual(download.suggestedFilename(), `pobyt-clients-${AS_OF}.json`, 'the export file name');
  const text = readFileSync(file, 'utf8');
  assert(!text.includes(CLIENT) && !text.includes('Volkswagen'), 'the encrypted export holds the client in plain text');
  await statusSays(a.page, tx.t('adviser.export.encrypted'));
  await statusSays(a.page, tx.t('adviser.export.checked'));
  assertEqual(await exportPass.inputValue(), '', 'the passphrase stays in its field after the export');
  await a.checkA11y('clients, exported (en)');

  // Delete, then Undo: the focus goes to the message, Undo is the next Tab; Undo puts the
  // client back and the focus on it. Twice: a second slip must work as the first.
  for (const round of [1, 2]) {
    await press(a.page, `${tx.t('adviser.list.delete')} ${CLIENT}`);
    const deleted = await statusSays(a.page, tx.t('adviser.list.deleted', { name: CLIENT }));
    assert(await isFocused(deleted), `round ${round}: the focus did not go to the deletion message`);
    await a.page.getByText(tx.t('adviser.list.none'), { exact: true }).waitFor();
    if (round === 1) await a.checkA11y('clients, one deleted (en)');
    await a.page.keyboard.press('Tab');
    assert(await isFocused(deleted.getByRole('button', { name: tx.t('adviser.list.undo'), exact: true })), `round ${round}: Undo is not the next Tab after a deletion`);
    await a.page.keyboard.press('Enter');
    await statusSays(a.page, tx.t('adviser.list.restored', { name: CLIENT }));
    await clientRow(a.page, CLIENT).waitFor();
    const openButton = a.page.getByRole('button', { name: `${tx.t('adviser.list.open')} ${CLIENT}`, exact: true });
    await a.page.waitForFunction(() => document.activeElement?.id?.startsWith('adv-open-'), undefined, { timeout: 2000 }).catch(() => undefined);
    assert(await isFocused(openButton), `round ${round}: the focus did not go to the restored client (it is on ${await a.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`);
    if (round === 1) await a.checkA11y('clients, restored (en)');
  }

  // A fresh browser: the wrong passphrase imports nothing, the right one the client.
  const b = await session();
  const txb = await openApp(b, 'en');
  await openClients(b, txb);
  const importForm = b.page.getByRole('region', { name: txb.t('adviser.import.heading'), exact: true });
  const importPass = b.page.getByLabel(txb.t('adviser.import.passphraseLabel'), { exact: true });
  await chooseImportFile(b, txb, file);
  await fillByKeyboard(b.page, importPass, 'the import passphrase', 'not the passphrase');
  await press(b.page, txb.t('adviser.import.button'), importForm);
  const summary = errorSummary(b.page, txb);
  await summary.waitFor();
  const wrong = txb.t('adviser.import.errorWrongPassphraseOrDamaged', { name: path.basename(file) });
  assert((await summary.innerText()).includes(wrong), `the error summary does not say: ${wrong}`);
  assert((await summary.innerText()).includes(txb.t('adviser.import.nothingImported')), 'the error summary does not say nothing was imported');
  assert(await isFocused(summary), 'the error summary did not take the focus');
  assertEqual(await importPass.getAttribute('aria-invalid'), 'true', 'the wrong passphrase is not marked invalid');
  await b.page.getByText(txb.t('adviser.list.none'), { exact: true }).waitFor();
  assertEqual(await clientRow(b.page, CLIENT).count(), 0, 'a client was imported with the wrong passphrase');
  await b.checkA11y('clients, wrong passphrase (en)');

  await followLink(b.page, wrong);
  await b.page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  assert(await isFocused(importPass), "the error's link did not focus the passphrase");
  await b.page.keyboard.press('ControlOrMeta+A');
  await b.page.keyboard.type(PASSPHRASE);
  await press(b.page, txb.t('adviser.import.button'), importForm);
  await statusSays(b.page, txb.t('adviser.import.added', { count: 1, name: path.basename(file) }));
  await clientRow(b.page, CLIENT).waitFor();
  assertEqual(await errorSummary(b.page, txb).count(), 0, 'the error summary stays after a good import');
  await b.checkA11y('clients, imported (en)');
  await press(b.page, `${txb.t('adviser.list.open')} ${CLIENT}`);
  await heading(b.page, CLIENT).waitFor();
  assertEqual(await b.page.getByRole('textbox', { name: txb.t('adviser.client.notesLabel'), exact: true }).inputValue(), NOTES, 'the imported notes');
});

test('tools: adviser: the client list on a phone (uk): each client a block, every action on the screen, no sideways scroll', async ({ session }) => {
  const LONG = 'Олена Коваленко-Шевчук з дуже довгим прізвищем';
  const a = await session();
  await a.page.setViewportSize(PHONE);
  const tx = await openApp(a, 'uk');
  await openClients(a, tx);
  await fillByKeyboard(a.page, a.page.getByLabel(tx.t('adviser.create.label'), { exact: true }), 'the client name', LONG);
  await a.page.keyboard.press('Enter');
  await statusSays(a.page, tx.t('adviser.create.added', { name: LONG }));

  const row = clientRow(a.page, LONG);
  await row.waitFor();
  for (const action of ['open', 'duplicate', 'delete'] as const) {
    const button = row.getByRole('button', { name: `${tx.t(`adviser.list.${action}`)} ${LONG}`, exact: true });
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    assert(box !== null, `"${action}" is not laid out`);
    assert(box.x >= 0 && box.x + box.width <= PHONE.width, `"${action}" spans x ${Math.round(box.x)}–${Math.round(box.x + box.width)} on a ${PHONE.width} px screen`);
    assert(box.height >= 24, `"${action}" is ${box.height} px tall (WCAG 2.5.8: at least 24)`);
  }
  const width = await a.page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.querySelector('.adv-table-wrap')?.scrollWidth ?? 0));
  assert(width <= PHONE.width, `the client list is ${width} px wide on a ${PHONE.width} px screen`);
  // Each value is shown under its column's name; the table is still a table with its headers.
  const changed = await row.getByRole('cell').first().evaluate((td) => getComputedStyle(td, '::before').content);
  assert(changed.startsWith(`"${tx.t('adviser.list.changed')}"`), `the label over the last change is ${changed}`);
  // What a screen reader gets is the browser's accessibility tree: still a table, with its
  // column headers, the client's row header and its cells.
  const cdp = await a.page.context().newCDPSession(a.page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const roles = nodes.filter((n) => !n.ignored).map((n) => String(n.role?.value ?? ''));
  const count = (role: string) => roles.filter((r) => r === role).length;
  assertEqual([count('table'), count('columnheader'), count('rowheader'), count('cell')], [1, 4, 1, 3], 'tables, column headers, row headers and cells in the accessibility tree');
  await cdp.detach();
  await a.checkA11y('clients on a phone (uk)');
  // On a wide screen it is laid out as a table again.
  await a.page.setViewportSize(DESKTOP);
  assertEqual(await row.getByRole('cell').first().evaluate((td) => getComputedStyle(td).display), 'table-cell', 'the client list on a wide screen');
});

test('tools: adviser: a household plan on a phone (uk): no sideways scroll, the deadlines a table of blocks, the fees under their names', async ({ session }) => {
  const a = await session();
  await a.page.setViewportSize(PHONE);
  const tx = await openApp(a, 'uk');
  await openClients(a, tx);
  const file = path.join(ROOT, 'tests/support/files/household-v1-plain.json');
  await chooseImportFile(a, tx, file);
  await press(a.page, tx.t('adviser.import.button'));
  await statusSays(a.page, tx.t('adviser.import.added', { count: 1, name: path.basename(file) }));
  await press(a.page, `${tx.t('adviser.list.open')} Rodina Kovalenko`);
  await heading(a.page, 'Rodina Kovalenko').waitFor();
  const timeline = a.page.getByRole('table', { name: tx.t('adviser.household.timelineCaption'), exact: true });
  await timeline.waitFor();
  // 498 px (en) and 616 px (uk) wide before: the fee totals side by side, the deadlines a wide table.
  const width = await a.page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= PHONE.width, `the household page is ${width} px wide on a ${PHONE.width} px screen`);
  for (const total of await a.page.locator('.adv-totals dd').all()) {
    const box = await total.boundingBox();
    assert(box !== null && box.x + box.width <= PHONE.width, `a household fee total spans to x ${box && Math.round(box.x + box.width)}`);
  }
  const date = await timeline.getByRole('cell').first().evaluate((td) => getComputedStyle(td, '::before').content);
  assert(date.startsWith(`"${tx.t('adviser.household.date')}"`), `the label over a deadline's date is ${date}`);
  const cdp = await a.page.context().newCDPSession(a.page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const tables = nodes.filter((n) => !n.ignored && n.role?.value === 'table').map((n) => String(n.name?.value ?? ''));
  assert(tables.includes(tx.t('adviser.household.timelineCaption')), `the deadlines are not a table in the accessibility tree: ${JSON.stringify(tables)}`);
  await cdp.detach();
  await a.checkA11y('household plan on a phone (uk)');
});
