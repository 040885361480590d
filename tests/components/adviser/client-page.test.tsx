// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { ClientPage } from '../../../src/components/adviser/client-page.tsx';
import { CLIENTS_KEY, loadClients, saveClients, type Client } from '../../../src/components/keep/client-store.ts';
import { client, example, i18nFor, renderWith, TODAY } from './adviser-test-kit.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});
beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const stored = (id: string): Client => {
  const r = loadClients(localStorage);
  if (!r.ok) throw new Error(`stored list ${r.reason}`);
  return r.clients.find((c) => c.id === id)!;
};

function setup(c: Client, store: Storage | undefined = localStorage) {
  saveClients([c], localStorage);
  const onBack = vi.fn();
  const onAnswer = vi.fn();
  const page = () => <ClientPage asOf={TODAY} store={store} clientId={c.id} onBack={onBack} onAnswer={onAnswer} />;
  const utils = renderWith(i18n, page());
  return { ...utils, onBack, onAnswer, remount: () => (utils.unmount(), renderWith(i18n, page())) };
}

/** A household of three with complete answers (examples/) and one person not yet complete. */
function household(): Client {
  const c = { ...client('Kovalenko family'), notes: 'Employer: Žilina plant.\nCall back on Monday.' };
  c.members = [
    { id: 'main', role: 'main', name: 'Olena', answers: example('eu-long-stay-employee') },
    { id: 'spouse1', role: 'spouse', name: 'Petro', answers: example('eu-family-member') },
    { id: 'child1', role: 'child', name: 'Taras', answers: example('third-country-family-reunification') },
    { id: 'gran', role: 'dependentParent', answers: { schemaVersion: 1, citizenship: 'UA' } },
  ];
  return c;
}

describe('ClientPage: the client and the household', () => {
  it('shows the name as the heading and lets the adviser change it', async () => {
    const c = client('Novák');
    const { user, onBack } = setup(c);
    expect(screen.getByRole('heading', { level: 1, name: 'Novák' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Client’s name' });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the client’s name');
    expect(stored(c.id).name).toBe('Novák');
    await user.type(name, 'Novák family');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Novák family' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Name saved.');
    expect(stored(c.id).name).toBe('Novák family');
    await user.click(screen.getByRole('button', { name: 'All clients' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('keeps the adviser’s notes', async () => {
    const c = client('Novák');
    const { user, remount } = setup(c);
    const notes = screen.getByRole('textbox', { name: 'Adviser’s notes' });
    expect(notes).toHaveAccessibleDescription(/kept in this browser and printed on the cover page/);
    await user.type(notes, 'Passport expires in March.');
    await user.click(screen.getByRole('button', { name: 'Save the notes' }));
    expect(screen.getByRole('status')).toHaveTextContent('Notes saved.');
    expect(stored(c.id).notes).toBe('Passport expires in March.');
    expect(stored(c.id).updatedAt).not.toBe(c.updatedAt);
    remount();
    expect(screen.getByRole('textbox', { name: 'Adviser’s notes' })).toHaveValue('Passport expires in March.');
  });

  it('adds family members with a role and an optional name; the main person cannot be removed', async () => {
    const c = client('Novák');
    const { user } = setup(c);
    const members = () => within(screen.getByRole('region', { name: 'People in this household' })).getAllByRole('heading', { level: 3 });
    expect(members().map((h) => h.textContent)).toEqual(['Main person', 'Add a family member']);
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();

    const role = screen.getByRole('combobox', { name: 'Relationship to the main person' });
    expect(within(role).getAllByRole('option').map((o) => o.textContent)).toEqual(['Spouse', 'Child', 'Dependent parent', 'Other relative']);
    await user.selectOptions(role, 'Child');
    await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Add family member' }));
    expect(screen.getByRole('status')).toHaveTextContent('Added to the household: Anna.');
    await user.selectOptions(role, 'Child');
    await user.click(screen.getByRole('button', { name: 'Add family member' }));
    await user.selectOptions(role, 'Child');
    await user.click(screen.getByRole('button', { name: 'Add family member' }));
    expect(members().map((h) => h.textContent)).toEqual(['Main person', 'Anna', 'Child 1', 'Child 2', 'Add a family member']);
    expect(stored(c.id).members.map((m) => [m.role, m.name])).toEqual([
      ['main', undefined],
      ['child', 'Anna'],
      ['child', undefined],
      ['child', undefined],
    ]);
    expect(screen.getByRole('button', { name: 'Answer the questions for Child 2' })).toBeInTheDocument();
  });

  it('removes a family member with Undo back at the same place', async () => {
    const c = client('Novák');
    c.members.push({ id: 'sp', role: 'spouse', name: 'Jana', answers: { schemaVersion: 1 } }, { id: 'ch', role: 'child', name: 'Anna', answers: { schemaVersion: 1 } });
    const { user } = setup(c);
    await user.click(screen.getByRole('button', { name: 'Remove Jana' }));
    expect(stored(c.id).members.map((m) => m.id)).toEqual(['main', 'ch']);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Removed from the household: Jana.');
    expect(status).toHaveFocus();
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(stored(c.id).members.map((m) => m.id)).toEqual(['main', 'sp', 'ch']);
    expect(screen.getByRole('button', { name: 'Answer the questions for Jana' })).toHaveFocus();
  });

  it('changes a member’s name and relationship in place; Cancel changes nothing; the main person keeps the role', async () => {
    const c = client('Novák');
    c.members.push({ id: 'sp', role: 'spouse', name: 'Jana', answers: { schemaVersion: 1, citizenship: 'UA' } });
    const { user } = setup(c);
    await user.click(screen.getByRole('button', { name: 'Change details of Jana' }));
    const form = screen.getByRole('form', { name: 'Change the details of Jana' });
    const role = within(form).getByRole('combobox', { name: 'Relationship to the main person' });
    expect(role).toHaveFocus();
    await user.selectOptions(role, 'Child');
    const name = within(form).getByRole('textbox', { name: 'Name (optional)' });
    await user.clear(name);
    await user.type(name, 'Janka');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved: Janka.');
    expect(stored(c.id).members[1]).toEqual({ id: 'sp', role: 'child', name: 'Janka', answers: { schemaVersion: 1, citizenship: 'UA' } });
    expect(screen.queryByRole('form', { name: /^Change the details/ })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Change details of Janka' })).toHaveFocus());

    // Cancel: nothing saved, the focus back on the button.
    await user.click(screen.getByRole('button', { name: 'Change details of Janka' }));
    const again = screen.getByRole('form', { name: 'Change the details of Janka' });
    await user.clear(within(again).getByRole('textbox', { name: 'Name (optional)' }));
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));
    expect(stored(c.id).members[1]?.name).toBe('Janka');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Change details of Janka' })).toHaveFocus());

    // The main person: a name only; an empty name removes it.
    await user.click(screen.getByRole('button', { name: 'Change details of Main person' }));
    const main = screen.getByRole('form', { name: 'Change the details of Main person' });
    expect(within(main).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(main).getByRole('textbox', { name: 'Name (optional)' })).toHaveFocus();
    await user.type(within(main).getByRole('textbox', { name: 'Name (optional)' }), 'Peter');
    await user.click(within(main).getByRole('button', { name: 'Save changes' }));
    expect(stored(c.id).members[0]).toMatchObject({ id: 'main', role: 'main', name: 'Peter' });
  });

  it('counts a member’s questions answered so far, and the total only once complete', () => {
    const c = client('Novák');
    c.members = [
      { id: 'main', role: 'main', name: 'Olena', answers: example('eu-long-stay-employee') },
      { id: 'sp', role: 'spouse', name: 'Jana', answers: { schemaVersion: 1 } },
      { id: 'ch', role: 'child', name: 'Anna', answers: { schemaVersion: 1, citizenship: 'UA' } },
    ];
    setup(c);
    const progress = (who: string) =>
      within(screen.getByRole('heading', { level: 3, name: who }).parentElement!).getByText('Answers').nextElementSibling?.textContent;
    expect(progress('Olena')).toMatch(/^(\d+) of \1 questions answered \(complete\)$/);
    expect(progress('Jana')).toBe('No questions answered yet');
    expect(progress('Anna')).toBe('1 question answered so far');
  });

  it('“Answer the questions” calls back with the client and the member', async () => {
    const c = household();
    const { user, onAnswer } = setup(c);
    await user.click(screen.getByRole('button', { name: 'Answer the questions for Petro' }));
    expect(onAnswer).toHaveBeenCalledWith(c.id, 'spouse1');
    await user.click(screen.getByRole('button', { name: 'Answer the questions for Dependent parent' }));
    expect(onAnswer).toHaveBeenLastCalledWith(c.id, 'gran');
  });

  it('no plan until someone’s answers are complete', () => {
    setup(client('Novák'));
    const plan = screen.getByRole('region', { name: 'Household plan' });
    expect(plan).toHaveTextContent('The plan is shown once at least one person has answered all the questions.');
    expect(screen.queryByRole('button', { name: 'Print the pack' })).not.toBeInTheDocument();
  });

  it('the household plan: one section per complete person, the others listed as not yet complete', () => {
    setup(household());
    const plan = screen.getByRole('region', { name: 'Household plan' });
    const waiting = within(plan).getByRole('heading', { name: 'Not yet complete' }).parentElement!;
    expect(within(waiting).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Dependent parent: 1 question answered so far']);

    for (const who of ['Olena (Main person)', 'Petro (Spouse)', 'Taras (Child)']) {
      const section = screen.getByRole('region', { name: `Plan for ${who}` });
      expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(`Plan for ${who}`);
      expect(within(section).getByRole('list', { name: `Steps for ${who}` })).toBeInTheDocument();
    }
    expect(screen.queryByRole('region', { name: /Plan for Dependent parent/ })).not.toBeInTheDocument();
    // Ids stay unique with many plans on the page.
    const allIds = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('the merged timeline lists every deadline by date, naming the person', () => {
    setup(household());
    const timeline = screen.getByRole('region', { name: 'All deadlines by date' });
    const rows = within(within(timeline).getByRole('table')).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [r.querySelector('time')!.getAttribute('datetime'), within(r).getByRole('rowheader').textContent]);
    expect(cells).toEqual([
      ['2026-11-25', 'Taras'],
      ['2026-11-27', 'Petro'],
      ['2027-01-07', 'Olena'],
      // Each booking action 40 days before its visit (no BOK yet): 17 Feb, 15 Mar and 19 Apr 2027.
      ['2027-01-08', 'Taras'],
      ['2027-02-03', 'Petro'],
      ['2027-02-17', 'Taras'],
      ['2027-03-10', 'Olena'],
      ['2027-03-15', 'Petro'],
      ['2027-04-19', 'Olena'],
    ]);
    const dates = cells.map(([d]) => d!);
    expect([...dates].sort()).toEqual(dates);
    expect(rows[0]!.querySelector('time')).toHaveTextContent('25 Nov 2026');
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', '#adv-m-child1-step-noticeOfStay');
    expect(within(rows[0]!).getByText('Upcoming')).toBeInTheDocument();
  });

  it('ticking a document in the pack is kept for that person’s case', async () => {
    const { user, remount } = setup(household());
    const section = screen.getByRole('region', { name: 'Plan for Petro (Spouse)' });
    const box = within(section).getAllByRole('checkbox')[0]!;
    await user.click(box);
    expect(box).toBeChecked();
    remount();
    expect(within(screen.getByRole('region', { name: 'Plan for Petro (Spouse)' })).getAllByRole('checkbox')[0]).toBeChecked();
    expect(within(screen.getByRole('region', { name: 'Plan for Olena (Main person)' })).getAllByRole('checkbox')[0]).not.toBeChecked();
  });

  it('prints the pack: a cover page with the client, the date, the notes and the people, then each person', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = setup(household());
    await user.click(screen.getByRole('button', { name: 'Print the pack' }));
    expect(print).toHaveBeenCalledTimes(1);

    const cover = screen.getByRole('region', { name: 'Residence pack for Kovalenko family' });
    expect(cover).toHaveClass('adv-cover', 'adv-print-only');
    expect(cover).toHaveTextContent('Generated on 22 November 2026');
    expect(within(cover).getByRole('heading', { name: 'Adviser’s notes' })).toBeInTheDocument();
    expect(cover.querySelector('.adv-notes-text')!.textContent).toBe('Employer: Žilina plant.\nCall back on Monday.');
    expect(within(cover).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Olena (Main person) – plan in this pack',
      'Petro (Spouse) – plan in this pack',
      'Taras (Child) – plan in this pack',
      'Dependent parent – not yet complete, no plan in this pack',
    ]);
    // The pack's order: cover, each person's next step, deadlines, then one section per person (each starts a new page in print).
    const pack = cover.parentElement!;
    const parts = [...pack.children].map((el) => el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent);
    expect(parts).toEqual([
      'Residence pack for Kovalenko family',
      'Next step for each person',
      'All deadlines by date',
      'Plan for Olena (Main person)',
      'Plan for Petro (Spouse)',
      'Plan for Taras (Child)',
    ]);
    expect([...pack.querySelectorAll('.adv-person')]).toHaveLength(3);
    // Each person's next step, dated, linking to that person's step.
    const next = screen.getByRole('region', { name: 'Next step for each person' });
    expect(within(next).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Olena: Report your stay \(notice of stay\) – Do it by Thursday,? 7 January 2027$/),
      expect.stringMatching(/^Petro: Report your stay \(notice of stay\) – Do it by Friday,? 27 November 2026$/),
      expect.stringMatching(/^Taras: Report your stay \(notice of stay\) – Do it by Wednesday,? 25 November 2026$/),
    ]);
    expect(within(next).getAllByRole('link')[1]).toHaveAttribute('href', '#adv-m-spouse1-step-noticeOfStay');
    expect(document.getElementById('adv-m-spouse1-step-noticeOfStay')).not.toBeNull();
    // No inline style anywhere (the Content-Security-Policy forbids it).
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('an unknown client or an unreadable list says so', () => {
    saveClients([client('A')], localStorage);
    const { unmount } = renderWith(i18n, <ClientPage asOf={TODAY} store={localStorage} clientId="gone" onBack={() => {}} onAnswer={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This client is not in the list any more.');
    unmount();
    localStorage.setItem(CLIENTS_KEY, '{broken');
    renderWith(i18n, <ClientPage asOf={TODAY} store={localStorage} clientId="gone" onBack={() => {}} onAnswer={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('is damaged');
    expect(localStorage.getItem(CLIENTS_KEY)).toBe('{broken');
  });

  it('every text is there in Slovak and Ukrainian (no key shows)', async () => {
    const c = household();
    saveClients([c], localStorage);
    for (const lng of ['sk', 'uk'] as const) {
      const other = await i18nFor(lng);
      const { unmount } = renderWith(other, <ClientPage asOf={TODAY} store={localStorage} clientId={c.id} onBack={() => {}} onAnswer={() => {}} />);
      expect(document.body.textContent).not.toMatch(/\b(adviser|uiPlan)\.[a-zA-Z]/);
      expect(screen.getByRole('heading', { level: 1, name: 'Kovalenko family' })).toBeInTheDocument();
      unmount();
    }
  });
});
