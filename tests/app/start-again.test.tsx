// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { SESSION_KEY } from '../../src/components/keep/storage-keys.ts';
import { loadExample } from '../support/load-example.ts';
import { renderApp } from './app-test-kit.tsx';

const jsonFile = (text: string) => new File([text], 'case.json', { type: 'application/json' });

const TEXTS = {
  en: { build: 'Build my plan', again: 'Start again', confirm: 'Yes, start again', cancel: 'Cancel', undo: 'Undo: bring my answers back', removed: 'Your answers have been removed.', heading: 'Start again with no answers?' },
  sk: { build: 'Vytvoriť môj plán', again: 'Začať znova', confirm: 'Áno, začať znova', cancel: 'Zrušiť', undo: 'Vrátiť späť moje odpovede', removed: 'Vaše odpovede boli odstránené.', heading: 'Začať znova bez odpovedí?' },
  uk: { build: 'Скласти мій план', again: 'Почати знову', confirm: 'Так, почати знову', cancel: 'Скасувати', undo: 'Повернути мої відповіді', removed: 'Ваші відповіді видалено.', heading: 'Почати знову без відповідей?' },
} as const;

const example = loadExample('eu-long-stay-employee') as Record<string, unknown>;
const savedAnswers = () => JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null')?.caseFile as Record<string, unknown> | undefined;

async function openPlan(lng: keyof typeof TEXTS) {
  localStorage.clear();
  const kit = await renderApp({ lng });
  await kit.user.upload(screen.getByLabelText(/\(JSON\)/), jsonFile(JSON.stringify(example)));
  await kit.user.click(await screen.findByRole('button', { name: TEXTS[lng].build }));
  await screen.findByRole('button', { name: TEXTS[lng].again });
  return kit;
}

describe.each(Object.keys(TEXTS) as (keyof typeof TEXTS)[])('"Start again" in %s', (lng) => {
  const tx = TEXTS[lng];

  it('asks first: Cancel (or Escape) keeps every answer, in the page and in storage, and focus returns to the button', async () => {
    const { user } = await openPlan(lng);
    const again = screen.getByRole('button', { name: tx.again });
    expect(again).toHaveAttribute('aria-expanded', 'false');
    await user.click(again);
    expect(again).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: tx.heading });
    expect(within(panel).getByRole('heading', { name: tx.heading })).toHaveFocus();
    // Nothing is removed by asking.
    expect(savedAnswers()).toEqual(example);
    await user.click(within(panel).getByRole('button', { name: tx.cancel }));
    expect(screen.queryByRole('group', { name: tx.heading })).toBeNull();
    expect(again).toHaveFocus();

    await user.click(again);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: tx.heading })).toBeNull();
    expect(again).toHaveFocus();
    expect(savedAnswers()).toEqual(example);
  });

  it('confirmed: the start page with no answers and an Undo status; Undo brings back every answer, the plan and the saved copy', async () => {
    const { user } = await openPlan(lng);
    await user.click(screen.getByRole('button', { name: tx.again }));
    await user.click(screen.getByRole('button', { name: tx.confirm }));

    const status = await screen.findByText(new RegExp(tx.removed));
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(savedAnswers()).toEqual({ schemaVersion: 1 });

    await user.click(screen.getByRole('button', { name: tx.undo }));
    // Back on the plan, with exactly the answers before, and saved again.
    expect(await screen.findByRole('button', { name: tx.again })).toBeInTheDocument();
    expect(savedAnswers()).toEqual(example);
    expect(screen.queryByRole('button', { name: tx.undo })).toBeNull();
  });
});

describe('"Start again" and Undo, with other actions', () => {
  it('"Clear my data" ends the Undo: cleared answers never come back', async () => {
    const { user } = await openPlan('en');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Yes, start again' }));
    expect(await screen.findByRole('button', { name: TEXTS.en.undo })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my data' }));
    expect(screen.queryByRole('button', { name: TEXTS.en.undo })).toBeNull();
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });
});
