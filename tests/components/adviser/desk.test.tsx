// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { Desk } from '../../../src/components/adviser/desk.tsx';
import { deskToIcs, deskUid } from '../../../src/locales/desk-ics.ts';
import type { Client } from '../../../src/components/keep/client-store.ts';
import { downloadText } from '../../../src/components/keep/download.ts';
import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { loadSeenPlan, saveSeenPlan } from '../../../src/components/keep/storage.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { planDigest } from '../../../src/rules/plan-changes.ts';
import { client, example, i18nFor, renderWith, TODAY } from './adviser-test-kit.tsx';

vi.mock('../../../src/components/keep/download.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/components/keep/download.ts')>()),
  downloadText: vi.fn(),
}));

const langs: Record<string, I18n> = {};
beforeAll(async () => {
  for (const l of ['en', 'sk', 'uk'] as const) langs[l] = await i18nFor(l);
});
beforeEach(() => {
  vi.mocked(downloadText).mockClear();
  localStorage.clear();
});

function clients(): Client[] {
  const a = client('Horváth');
  a.members = [
    { id: 'main', role: 'main', name: 'Olena', answers: example('eu-long-stay-employee') },
    { id: 'sp', role: 'spouse', name: 'Petro', answers: example('eu-family-member') },
  ];
  const b = client('Kovács');
  b.members = [{ id: 'main', role: 'main', answers: example('resident-renewal') }];
  const c = client('Novák'); // no complete answers: no rows
  return [a, b, c];
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const dates = () => rows().map((r) => r.querySelector('time')!.getAttribute('datetime')!);

describe('the desk: every client’s deadlines in one list', () => {
  it('lists every dated step of every person by date, each opening the person’s plan at that step', async () => {
    const onOpen = vi.fn();
    const list = clients();
    const { user } = renderWith(langs.en!, <Desk clients={list} asOf={TODAY} store={localStorage} onOpen={onOpen} />);
    expect(screen.getByRole('heading', { name: 'Deadlines across all clients' })).toBeInTheDocument();
    expect(dates()).toEqual([...dates()].sort());
    const names = rows().map((r) => within(r).getByRole('rowheader').textContent);
    expect(names.some((n) => n!.startsWith('Horváth · Olena'))).toBe(true);
    expect(names.some((n) => n!.startsWith('Horváth · Petro'))).toBe(true);
    expect(names.some((n) => n!.startsWith('Kovács'))).toBe(true);
    expect(names.some((n) => n!.startsWith('Novák'))).toBe(false);
    const renewal = rows().find((r) => r.textContent!.includes('Renewal'))!;
    await user.click(within(renewal).getByRole('button'));
    expect(onOpen).toHaveBeenCalledWith(list[1]!.id, 'adv-m-main-step-renewal');
  });

  it('filters by kind and by client; the calendar file holds the rows shown, with stable ids and the client’s name', async () => {
    const list = clients();
    const { user } = renderWith(langs.en!, <Desk clients={list} asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    const all = rows().length;
    await user.selectOptions(screen.getByLabelText('Kind of step'), 'renewal');
    expect(rows()).toHaveLength(1);
    expect(screen.getByText(`1 of ${all} dated steps shown`)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind of step'), 'booking');
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().every((r) => /Book your visit/.test(r.textContent!))).toBe(true);
    await user.selectOptions(screen.getByLabelText('Kind of step'), '');
    await user.selectOptions(screen.getByLabelText('Client'), list[0]!.id);
    expect(rows().every((r) => r.textContent!.includes('Horváth'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Download the calendar of these steps (.ics)' }));
    const [name, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toBe(`pobyt-desk-${TODAY}.ics`);
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
    expect(uids).toHaveLength(rows().length);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => u.startsWith(`client-${list[0]!.id}-`))).toBe(true);
    expect(text).toMatch(/SUMMARY:Horváth \(Olena\): /);
    // Booking actions ring when slots open (9:00 that day); every other date 14, 7 and 1 days before.
    const bookings = uids.filter((u) => /-book[A-Z]/.test(u)).length;
    expect(text.match(/TRIGGER:-P14D/g) ?? []).toHaveLength(uids.length - bookings);
    expect(text.match(/TRIGGER:PT9H/g) ?? []).toHaveLength(bookings);
  });

  it.each(['sk', 'uk'] as const)('speaks %s', (lng) => {
    renderWith(langs[lng]!, <Desk clients={clients()} asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    expect(screen.getByRole('heading', { name: langs[lng]!.t('adviser.desk.heading') })).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});

describe('the desk’s calendar file', () => {
  it('exported twice gives the same UIDs (a re-import updates, never duplicates)', () => {
    const events = [{ clientId: 'c1', memberId: 'main', stepId: 'renewal', date: '2027-02-26', summary: 'Kovács (Main person): Renewal' }];
    const first = deskToIcs(events, new Date('2026-11-22T10:00:00Z'));
    const again = deskToIcs(events, new Date('2026-12-01T10:00:00Z'));
    const uid = (s: string) => /UID:(.*)\r\n/.exec(s)![1];
    expect(uid(first)).toBe(uid(again));
    expect(uid(first)).toBe(deskUid(events[0]!));
    expect(first).toContain('DTSTART;VALUE=DATE:20270226');
  });
});

describe('the desk: plans that changed since the adviser last reviewed them', () => {
  it('first time: nothing to say, each plan remembered; after a change of rules: the client, the person and the change; reviewed clears it', async () => {
    const list = clients();
    const first = renderWith(langs.en!, <Desk clients={list} asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    expect(screen.queryByRole('heading', { name: /changed since you last reviewed/ })).toBeNull();
    const made = makePlan(example('resident-renewal'), TODAY);
    if (!made.ok) throw new Error('no plan');
    const hash = caseFileHash(made.plan.caseFile);
    expect(loadSeenPlan(hash, localStorage).status).toBe('ok');
    first.unmount();

    // The renewal's date was different when last reviewed (as a release with another rule would make it).
    const now = planDigest(made.plan);
    saveSeenPlan(hash, { ...now, steps: now.steps.map((s) => (s.id === 'renewal' ? { ...s, date: '2027-01-29' } : s)) }, localStorage);
    const { user } = renderWith(langs.en!, <Desk clients={list} asOf={TODAY} store={localStorage} onOpen={vi.fn()} />);
    const region = screen.getByRole('heading', { name: '1 client’s plans changed since you last reviewed them' }).closest('section')!;
    expect(region).toHaveTextContent('Kovács');
    expect(region).toHaveTextContent(/the date moved from Friday, 29 January 2027 to/);
    expect(region).not.toHaveTextContent('Horváth');
    await user.click(within(region as HTMLElement).getByRole('button', { name: 'Mark Kovács as reviewed' }));
    expect(screen.queryByRole('heading', { name: /changed since you last reviewed/ })).toBeNull();
    const seen = loadSeenPlan(hash, localStorage);
    expect(seen.status === 'ok' && seen.value).toEqual(now);
  });
});
