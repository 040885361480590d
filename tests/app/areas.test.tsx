// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { CLIENTS_KEY, loadClients } from '../../src/components/keep/client-store.ts';
import { loadSession, saveSession, SESSION_KEY } from '../../src/components/keep/storage.ts';
import { renderApp } from './app-test-kit.tsx';

beforeEach(() => localStorage.clear());

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('calculators and advisers from the start page', () => {
  it('opens the calculators, and goes back to the start page', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Calculators' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calculators' })).toHaveFocus();
    await user.click(screen.getAllByRole('button', { name: 'Back' })[0]!);
    expect(h1()).toHaveTextContent('Find out what you must do');
  });

  it('an adviser answers for a client\'s member: saved to the client, the own session untouched', async () => {
    const own = { schemaVersion: 1, citizenship: 'DE' } as const;
    saveSession({ wizard: { state: 'stayLength' }, caseFile: own }, { store: localStorage });
    const ownSaved = localStorage.getItem(SESSION_KEY);
    const { user } = await renderApp();

    await user.click(screen.getByRole('button', { name: 'Clients and households (for advisers)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toHaveFocus();
    await user.type(screen.getByLabelText('Client’s name'), 'Novak family');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    await user.click(screen.getByRole('button', { name: 'Open Novak family' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Novak family/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /^Answer the questions for/ }));
    const banner = screen.getByRole('region', { name: 'Answering for a client' });
    expect(banner).toHaveTextContent('Novak family');
    expect(h1()).toHaveTextContent('What is your citizenship?');
    await user.selectOptions(screen.getByRole('combobox'), 'UA');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const clients = loadClients(localStorage);
    expect(clients.ok && clients.clients[0]!.members[0]!.answers.citizenship).toBe('UA');
    // The person's own saved answers are as they were.
    expect(localStorage.getItem(SESSION_KEY)).toBe(ownSaved);

    await user.click(within(screen.getByRole('region', { name: 'Answering for a client' })).getByRole('button', { name: 'Back to the client' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Novak family/ })).toBeInTheDocument();
    const session = loadSession(localStorage);
    expect(session.status === 'ok' && session.value.caseFile).toEqual(own);
    expect(localStorage.getItem(CLIENTS_KEY)).toContain('"UA"');
  });
});
