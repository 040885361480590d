/**
 * The adviser's desk with the keyboard: every client's dated steps in one list (en, sk, uk),
 * a filter, a row opening the person's plan at the step, and the calendar file of the rows
 * shown, read back: one event per row, a stable UID each, the client's name in each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CLIENTS_KEY } from '../../src/components/keep/client-store.ts';
import { assert, assertEqual, test } from './fixtures.ts';
import { chooseSelectOption, tabTo } from './keyboard.ts';
import { readExample, type Texts } from './texts.ts';
import { buttonNamed, heading, openApp } from './walk.ts';

const at = '2026-11-20T12:00:00.000Z';
const CLIENTS = {
  clients: [
    {
      id: 'horvath', name: 'Horváth', notes: '', createdAt: at, updatedAt: at,
      members: [
        { id: 'main', role: 'main', name: 'Olena', answers: readExample('eu-long-stay-employee') },
        { id: 'sp', role: 'spouse', name: 'Petro', answers: readExample('eu-family-member') },
      ],
    },
    { id: 'kovacs', name: 'Kovács', notes: '', createdAt: at, updatedAt: at, members: [{ id: 'main', role: 'main', answers: readExample('resident-renewal') }] },
  ],
};

async function openDesk(page: Page, tx: Texts): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [CLIENTS_KEY, JSON.stringify(CLIENTS)]);
  await tabTo(page, buttonNamed(page, tx.t('app.tools.clients')), 'the clients button');
  await page.keyboard.press('Enter');
  await heading(page, tx.t('adviser.title')).waitFor();
  await page.getByRole('heading', { level: 2, name: tx.t('adviser.desk.heading'), exact: true }).waitFor();
}

const deskRows = (page: Page) => page.locator('.adv-desk-table tbody tr');

for (const lng of ['en', 'sk', 'uk'] as const) {
  test(`desk: every client's dated steps, a filter, a row to the plan, one calendar (${lng})`, async ({ session, tmp }) => {
    const s = await session();
    const tx = await openApp(s, lng);
    await openDesk(s.page, tx);
    const all = await deskRows(s.page).count();
    assert(all >= 4, `the desk shows ${all} rows`);
    const dates = await deskRows(s.page).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    assertEqual(dates, [...dates].sort(), 'the desk is not in date order');
    await s.checkA11y(`desk (${lng})`);

    // Only renewals: the one renewal of Kovács.
    await chooseSelectOption(s.page, s.page.getByLabel(tx.t('adviser.desk.kindLabel'), { exact: true }), 'the kind filter', tx.t('adviser.desk.kind.renewal'));
    await s.page.getByText(tx.t('adviser.desk.shown', { count: 1, shown: 1, total: all }), { exact: true }).waitFor();
    assertEqual(await deskRows(s.page).count(), 1, 'rows with the renewal filter');

    // The calendar of the rows shown: one event, its UID and the client's name.
    const exportButton = buttonNamed(s.page, tx.t('adviser.desk.export'));
    await tabTo(s.page, exportButton, 'the calendar button');
    const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.keyboard.press('Enter')]);
    const file = path.join(tmp, d.suggestedFilename());
    await d.saveAs(file);
    const ics = readFileSync(file, 'utf8');
    assertEqual((ics.match(/BEGIN:VEVENT/g) ?? []).length, 1, 'events in the calendar file');
    assert(/UID:client-kovacs-main-renewal@pobyt/.test(ics), 'the event has no stable UID');
    assert(/SUMMARY:Kovács \(/.test(ics.replace(/\r\n /g, '')), "the client's name is not in the event");

    // The row opens Kovács's plan at the renewal step, focused.
    const rowButton = deskRows(s.page).first().getByRole('button');
    await tabTo(s.page, rowButton, 'the renewal row');
    await s.page.keyboard.press('Enter');
    await heading(s.page, 'Kovács').waitFor();
    await s.page.waitForFunction(() => document.activeElement?.id === 'adv-m-main-step-renewal');
    await s.checkA11y(`client page from the desk (${lng})`);
  });
}
