/**
 * The adviser's desk with the keyboard: every client's dated steps in one list (en, sk, uk),
 * a filter, a row opening the person's plan at the step, and the calendar file of the rows
 * shown, read back: one event per row, a stable UID each, the client's name in each; and
 * what changed after a simulated rules change, cleared by "Mark as reviewed".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CLIENTS_KEY } from '../../src/components/keep/client-store.ts';
import { caseFileHash } from '../../src/components/keep/share-link.ts';
import { seenKey } from '../../src/components/keep/storage-keys.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { planDigest } from '../../src/rules/plan-changes.ts';
import { AS_OF, assert, assertEqual, test } from './fixtures.ts';
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

/**
 * A rules change, simulated: what the adviser last saw of Kovács's plan had the renewal a week
 * later and a cheaper fee, as a release before a change in law would have shown it.
 */
function seenBeforeTheChange(): { key: string; value: string; stepTitle: { key: string; params?: Record<string, unknown> } } {
  const made = makePlan(readExample('resident-renewal'), AS_OF);
  if (!made.ok) throw new Error('the renewal example does not plan');
  const now = planDigest(made.plan);
  const renewal = now.steps.find((x) => x.id === 'renewal' && x.date);
  if (!renewal?.date) throw new Error('the renewal step has no date');
  const before = {
    ...now,
    steps: now.steps.map((x) => (x === renewal ? { ...x, date: `${renewal.date!.slice(0, 8)}${renewal.date!.slice(8) === '01' ? '02' : '01'}` } : x)),
  };
  return { key: seenKey(caseFileHash(made.plan.caseFile)), value: JSON.stringify(before), stepTitle: renewal.title };
}

async function openDesk(page: Page, tx: Texts, seen?: { key: string; value: string }): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [CLIENTS_KEY, JSON.stringify(CLIENTS)]);
  if (seen) await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [seen.key, seen.value]);
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
    const seen = seenBeforeTheChange();
    await openDesk(s.page, tx, seen);

    // What changed since the adviser last looked: Kovács's renewal moved; marking the client
    // as reviewed clears it, and it stays cleared after a reload.
    const changes = s.page.getByRole('region', { name: tx.t('adviser.desk.changes.heading', { count: 1 }), exact: true });
    await changes.waitFor();
    const changed = await changes.innerText();
    assert(changed.includes('Kovács'), `the changed plans do not name Kovács: ${changed}`);
    assert(changed.includes(tx.t(seen.stepTitle.key, seen.stepTitle.params ?? {})), `the changed plans do not name the renewal: ${changed}`);
    assert(!changed.includes('Horváth'), 'a client whose plan did not change is listed as changed');
    await s.checkA11y(`desk, a plan changed (${lng})`);
    await tabTo(s.page, changes.getByRole('button', { name: tx.t('adviser.desk.changes.reviewed', { client: 'Kovács' }), exact: true }), 'Mark as reviewed');
    await s.page.keyboard.press('Enter');
    await changes.waitFor({ state: 'detached' });
    await s.page.reload();
    await heading(s.page, tx.t('adviser.title')).waitFor();
    await s.page.getByRole('heading', { level: 2, name: tx.t('adviser.desk.heading'), exact: true }).waitFor();
    assertEqual(await changes.count(), 0, 'the reviewed change is listed again after a reload');

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
