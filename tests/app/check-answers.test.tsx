// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { saveSession, SESSION_KEY } from '../../src/components/keep/storage.ts';
import { renderApp } from './app-test-kit.tsx';

const EU_SHORT = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'facility' } as const;

beforeEach(() => {
  localStorage.clear();
  saveSession({ wizard: { state: 'check' }, caseFile: EU_SHORT }, { store: localStorage });
});

const h1 = () => screen.getByRole('heading', { level: 1 });

async function openCheckPage() {
  const r = await renderApp();
  await r.user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(h1()).toHaveTextContent('Check your answers');
  return r;
}

describe('check your answers', () => {
  it('lists every answered question with a Change button named after it', async () => {
    await openCheckPage();
    // One h1: the plan rendered ahead is hidden (not in the accessibility tree, not focusable).
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).not.toBeInTheDocument();
    const names = screen.getAllByRole('button', { name: /^Change / }).map((b) => b.textContent);
    expect(names).toEqual([
      'Change Citizenship',
      'Change Length of stay in Slovakia',
      'Change Date of arrival in Slovakia',
      'Change Where you stay',
    ]);
    // "Change" is what sighted people read; the question is visually hidden.
    const hidden = screen.getByRole('button', { name: 'Change Citizenship' }).querySelector('.app-visually-hidden');
    expect(hidden).toHaveTextContent('Citizenship');
  });

  it('Change goes to the question, prefilled, and the answer goes straight back to check', async () => {
    const { user } = await openCheckPage();
    await user.click(screen.getByRole('button', { name: 'Change Where you stay' }));
    expect(h1()).toHaveFocus();
    expect(document.querySelector('input[value=facility]')).toBeChecked();
    await user.click(document.querySelector<HTMLInputElement>('input[value=private]')!);
    await user.click(document.querySelector<HTMLButtonElement>('button[type=submit]')!);

    expect(h1()).toHaveTextContent('Check your answers');
    expect(h1()).toHaveFocus();
    const row = screen.getAllByRole('term').find((t) => t.textContent === 'Where you stay')!.closest('div')!;
    expect(within(row).getByText('Flat or house')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).caseFile.accommodation).toBe('private');
  });

  it('a change that opens new questions asks them first, then returns to check', async () => {
    const { user } = await openCheckPage();
    await user.click(screen.getByRole('button', { name: 'Change Length of stay in Slovakia' }));
    await user.click(document.querySelector<HTMLInputElement>('input[value=over90Days]')!);
    await user.click(document.querySelector<HTMLButtonElement>('button[type=submit]')!);
    // An EU citizen staying longer: the basis of residence comes next.
    expect(document.querySelector('input[value=employee]')).toBeInTheDocument();
    await user.click(document.querySelector<HTMLInputElement>('input[value=employee]')!);
    await user.click(document.querySelector<HTMLButtonElement>('button[type=submit]')!);
    expect(h1()).toHaveTextContent('Check your answers');
    expect(screen.getByRole('button', { name: 'Change Basis of your residence' })).toBeInTheDocument();
  });

  it('Back from check returns to the last question', async () => {
    const { user } = await openCheckPage();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.querySelector('input[value=facility]')).toBeChecked();
  });
});
