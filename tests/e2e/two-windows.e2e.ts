/**
 * Two windows of the same browser open on Pobyt at once, as people do: each sees the other's
 * changes, and neither overwrites the other's work with a stale copy. Client list add/add
 * (en), a client deleted in one window while edited in the other (sk), and the person's own
 * answers given in both (uk). Keyboard in the first window; axe on each new message.
 */
import type { Page } from '@playwright/test';
import { CLIENTS_KEY } from '../../src/components/keep/client-store.ts';
import { SESSION_KEY } from '../../src/components/keep/storage.ts';
import { assertEqual, test, type Session } from './fixtures.ts';
import { chooseRadio, chooseSelectOption, tabTo } from './keyboard.ts';
import { countryLabel, type Texts } from './texts.ts';
import { heading, openApp } from './walk.ts';

const storedNames = (page: Page) =>
  page.evaluate((k) => ((JSON.parse(localStorage.getItem(k) ?? '{"clients":[]}') as { clients: { name: string }[] }).clients.map((c) => c.name).sort()), CLIENTS_KEY);
const storedAnswers = (page: Page) =>
  page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? 'null') as { caseFile: Record<string, unknown> } | null)?.caseFile, SESSION_KEY);

async function press(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: true }), `the "${name}" button`);
  await page.keyboard.press('Enter');
}

/** A second window (tab) of the same browser: same storage, its own page. */
async function secondWindow(s: Session, tx: Texts): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`${s.origin}/`);
  await page.waitForFunction((l) => document.documentElement.lang === l, tx.lng);
  return page;
}

async function openClientsIn(page: Page, tx: Texts): Promise<void> {
  await page.getByRole('button', { name: tx.t('app.tools.clients'), exact: true }).click();
  await heading(page, tx.t('adviser.title')).waitFor();
}

async function addClientIn(page: Page, tx: Texts, name: string): Promise<void> {
  await page.getByLabel(tx.t('adviser.create.label'), { exact: true }).fill(name);
  await page.getByRole('button', { name: tx.t('adviser.create.button'), exact: true }).click();
  await page.getByRole('rowheader').filter({ hasText: name }).waitFor();
}

test('two windows: clients added in both stay in both (en)', async ({ session }) => {
  const a = await session();
  const tx = await openApp(a, 'en');
  await press(a.page, tx.t('app.tools.clients'));
  await heading(a.page, tx.t('adviser.title')).waitFor();
  const b = await secondWindow(a, tx);
  await openClientsIn(b, tx);

  await addClientIn(a.page, tx, 'Alpha');
  // The other window shows it without a reload, and says why.
  await b.getByRole('rowheader').filter({ hasText: 'Alpha' }).waitFor();
  await b.getByText(tx.t('adviser.sync.listChanged')).waitFor();
  await addClientIn(b, tx, 'Beta');
  await a.page.getByRole('rowheader').filter({ hasText: 'Beta' }).waitFor();
  assertEqual(await storedNames(a.page), ['Alpha', 'Beta'], 'the saved list after adding in both windows');
  await a.checkA11y('clients changed in another window (en)');
});

test('two windows: a client deleted in one while edited in the other is kept, and both say so (sk)', async ({ session }) => {
  const a = await session();
  const tx = await openApp(a, 'sk');
  await press(a.page, tx.t('app.tools.clients'));
  await heading(a.page, tx.t('adviser.title')).waitFor();
  await addClientIn(a.page, tx, 'Novák');

  const b = await secondWindow(a, tx);
  await openClientsIn(b, tx);
  await b.getByRole('button', { name: `${tx.t('adviser.list.open')} Novák`, exact: true }).click();
  await heading(b, 'Novák').waitFor();

  // Window A deletes the client (keyboard); window B, on the client's page, is told at once.
  await press(a.page, `${tx.t('adviser.list.delete')} Novák`);
  await b.getByRole('alert').filter({ hasText: tx.t('adviser.sync.deletedElsewhere', { name: 'Novák' }) }).waitFor();

  // B saves notes anyway: the client comes back with them, in both windows.
  await b.getByRole('textbox', { name: tx.t('adviser.client.notesLabel'), exact: true }).fill('Zavolať v pondelok');
  await b.getByRole('button', { name: tx.t('adviser.client.notesButton'), exact: true }).click();
  await b.getByText(tx.t('adviser.sync.restored', { name: 'Novák' }), { exact: false }).waitFor();
  await a.page.getByRole('rowheader').filter({ hasText: 'Novák' }).waitFor();
  assertEqual(await storedNames(a.page), ['Novák'], 'the saved list after delete/edit');
  const notes = await a.page.evaluate((k) => (JSON.parse(localStorage.getItem(k)!) as { clients: { notes: string }[] }).clients[0]!.notes, CLIENTS_KEY);
  assertEqual(notes, 'Zavolať v pondelok', 'the notes saved in the other window');
  await a.checkA11y('clients after delete/edit in two windows (sk)');
});

test('two windows: the person’s answers given in both are merged, and the latest can be shown (uk)', async ({ session }) => {
  const a = await session();
  const tx = await openApp(a, 'uk');
  const title = (q: string) => tx.t(`questions.${q}.title`);

  // Window A: start, citizenship.
  await press(a.page, tx.t('app.start.button'));
  await heading(a.page, title('citizenship')).waitFor();
  await chooseSelectOption(a.page, a.page.getByRole('combobox', { name: title('citizenship'), exact: true }), 'the citizenship list', countryLabel('US', 'uk'));
  await press(a.page, tx.t('form.continue'));
  await heading(a.page, title('euFamilyMember')).waitFor();

  // Window B opens and continues where A is.
  const b = await secondWindow(a, tx);
  await b.getByRole('button', { name: tx.t('app.continue.button'), exact: true }).click();
  await heading(b, title('euFamilyMember')).waitFor();

  // A answers the next question; B is told, and its own next answer keeps A's.
  await chooseRadio(a.page, tx.t('questions.euFamilyMember.options.no.label'), title('euFamilyMember'));
  await press(a.page, tx.t('form.continue'));
  await heading(a.page, title('stayLength')).waitFor();
  const banner = b.getByRole('region', { name: tx.t('app.elsewhere.label'), exact: true });
  await banner.waitFor();

  // B shows the latest answers: it moves on to the question A reached.
  await banner.getByRole('button', { name: tx.t('app.elsewhere.show'), exact: true }).click();
  await heading(b, title('stayLength')).waitFor();
  await b.getByRole('radio', { name: tx.t('questions.stayLength.options.over90Days.label') }).check();
  await b.getByRole('button', { name: tx.t('form.continue'), exact: true }).click();

  // A hears of B's answer; nothing either gave is lost.
  await a.page.getByRole('region', { name: tx.t('app.elsewhere.label'), exact: true }).waitFor();
  await a.checkA11y('answers changed in another window (uk)');
  const saved = await storedAnswers(a.page);
  assertEqual(saved, { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'over90Days' }, 'the answers saved from two windows');
});
