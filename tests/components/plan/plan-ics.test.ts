import { caseFileHash } from '../../../src/components/keep/share-link.ts';
import { eventUid, planToIcs } from '../../../src/components/plan/plan-ics.ts';
import { escapeText, foldLine } from '../../../src/locales/ics-format.ts';
import { createI18n } from '../../../src/locales/i18n.ts';
import { resolvePlan, strictTranslate } from '../../../src/locales/resolve-plan.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import type { Plan } from '../../../src/rules/schema/plan.ts';
import { loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';
const GENERATED_AT = new Date('2026-11-22T09:30:05.123Z');

async function resolvedPlan(example: string): Promise<Plan> {
  const bundle = (await import('../../../src/locales/en/bundle.ts')).default;
  const i18n = await createI18n('en', bundle);
  const made = makePlan(loadExample(example), AS_OF);
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  return resolvePlan(made.plan, 'en', strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k)));
}

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undo folding (RFC 5545 §3.1): CRLF followed by one space or tab joins lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

function events(ics: string): string[] {
  return unfold(ics).split('BEGIN:VEVENT').slice(1).map((e) => e.split('END:VEVENT')[0]!);
}

describe('planToIcs', () => {
  let plan: Plan;
  let ics: string;
  beforeAll(async () => {
    plan = await resolvedPlan('eu-long-stay-employee');
    ics = planToIcs(plan, { generatedAt: GENERATED_AT });
  });

  it('is one VCALENDAR with the required properties', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Pobyt//EN');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(ics.match(/END:VEVENT/g)?.length);
  });

  it('ends every line with CRLF and never uses a bare LF or CR', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one all-day VEVENT per deadline, with the step title, rule and place', () => {
    const evs = events(ics);
    expect(evs).toHaveLength(plan.deadlines.length);
    // Notice of stay, booking the registration visit (40 days before it), the registration.
    expect(evs).toHaveLength(3);
    const [notice, booking, registration] = evs;
    expect(booking).toContain('DTSTART;VALUE=DATE:20270310\r\n');
    // The life situation to pick, with its Slovak label.
    expect(booking).toContain(escapeText(plan.steps[1]!.booking!.lifeSituationSk));
    expect(notice).toContain('DTSTART;VALUE=DATE:20270107\r\n');
    expect(notice).toContain('DTEND;VALUE=DATE:20270108\r\n');
    expect(registration).toContain('DTSTART;VALUE=DATE:20270419\r\n');
    expect(registration).toContain('DTEND;VALUE=DATE:20270420\r\n');
    expect(notice).toContain(`SUMMARY:${escapeText(plan.steps[0]!.title)}\r\n`);
    const description = /DESCRIPTION:(.*)\r\n/.exec(notice!)?.[1] ?? '';
    expect(description).toContain(escapeText(plan.steps[0]!.due!.rule));
    expect(description).toContain(escapeText(plan.steps[0]!.where.text));
    expect(description).toContain('oddelenie cudzineckej polície');
  });

  it('gives each event a UID stable per person and step, and a UTC DTSTAMP', () => {
    const hash = caseFileHash({ schemaVersion: 1, citizenship: 'DE' });
    const uids = events(ics).map((e) => /UID:(.*)\r\n/.exec(e)?.[1]);
    expect(uids).toEqual([`noticeOfStay-${hash}@pobyt`, `bookEuRegistration-${hash}@pobyt`, `euRegistration-${hash}@pobyt`]);
    expect(planToIcs(plan, { generatedAt: new Date('2027-01-01T00:00:00Z') })).toContain(`UID:noticeOfStay-${hash}@pobyt`);
    for (const e of events(ics)) expect(e).toContain('DTSTAMP:20261122T093005Z\r\n');
  });

  it('a re-export after an answer changed updates the same events: same UIDs, a higher SEQUENCE', async () => {
    const bundle = (await import('../../../src/locales/en/bundle.ts')).default;
    const i18n = await createI18n('en', bundle);
    // The arrival date corrected by a week: other dates, other case file, the same events.
    const made = makePlan({ ...(loadExample('eu-long-stay-employee') as object), arrivalDate: '2026-12-11' }, AS_OF);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const moved = resolvePlan(made.plan, 'en', strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k)));
    expect(caseFileHash(moved.caseFile)).not.toBe(caseFileHash(plan.caseFile));
    const later = events(planToIcs(moved, { generatedAt: new Date('2026-11-23T08:00:00Z') }));
    const uid = (e: string) => /UID:(.*)\r\n/.exec(e)?.[1];
    const seq = (e: string) => Number(/SEQUENCE:(\d+)\r\n/.exec(e)?.[1]);
    expect(later.map(uid)).toEqual(events(ics).map(uid));
    expect(later.map(uid)).toEqual(moved.deadlines.map((d) => eventUid(moved, d.stepId)));
    expect(seq(later[0]!)).toBeGreaterThan(seq(events(ics)[0]!));
    // Another person (another citizenship): other events.
    expect(eventUid({ ...plan, caseFile: { ...plan.caseFile, citizenship: 'FR' } }, 'noticeOfStay')).not.toBe(uid(events(ics)[0]!));
  });

  it('describes the date in words, then the rule under its own label: never "by: by the last day"', async () => {
    const renewal = await resolvedPlan('resident-renewal');
    const text = unfold(
      planToIcs(renewal, {
        generatedAt: GENERATED_AT,
        dueKindLabels: { deadline: 'Do it by' },
        ruleLabel: 'How the date is counted',
        whereLabel: 'Where to go',
      }),
    );
    // The renewal's own event (the BOK and the booking come before it).
    const at = renewal.deadlines.findIndex((d) => d.stepId === 'renewal');
    const description = /DESCRIPTION:(.*)\r\n/.exec(events(text)[at]!)?.[1] ?? '';
    const lines = description.split('\\n');
    expect(lines[0]).toMatch(/^Do it by Friday\\?,? 26 February 2027$/);
    expect(lines[1]).toBe(`How the date is counted: ${escapeText(renewal.steps.find((s) => s.id === 'renewal')!.due!.rule)}`);
    expect(lines[1]).toMatch(/: by the last day/);
    expect(lines[2]).toMatch(/^Where to go: /);
    expect(description).not.toMatch(/by: by/i);
  });

  it('reminds 14, 7 and 1 days before each deadline; a booking on the day slots open (9:00) and the day before', () => {
    const booking = (e: string) => e.includes('UID:bookEuRegistration-');
    expect(events(ics).filter(booking)).toHaveLength(1);
    for (const e of events(ics)) {
      const alarms = e.split('BEGIN:VALARM').slice(1);
      const triggers = alarms.map((a) => /TRIGGER:(.*)\r\n/.exec(a)?.[1]);
      expect(triggers).toEqual(booking(e) ? ['PT9H', '-P1D'] : ['-P14D', '-P7D', '-P1D']);
      for (const a of alarms) {
        expect(a).toContain('ACTION:DISPLAY');
        expect(a).toMatch(/DESCRIPTION:.+\r\n/);
        expect(a).toContain('END:VALARM');
      }
    }
  });

  it('folds every line at 75 octets, never inside a UTF-8 character', () => {
    const slovak = { ...plan, steps: plan.steps.map((s) => ({ ...s, where: { ...s.where, text: 'Oddelenie cudzineckej polície — žiadosť o udelenie prechodného pobytu; Ďalšie údaje, príloha č. 1' } })) };
    const ukrainian = { ...slovak, deadlines: slovak.deadlines.map((d) => ({ ...d, title: 'Повідомте про місце перебування у відділі поліції у справах іноземців 🇸🇰, до 07.01.2027' })) };
    for (const text of [ics, planToIcs(ukrainian, { generatedAt: GENERATED_AT })]) {
      const physical = text.split('\r\n');
      for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
      // Folding kept every character whole: the text decodes and unfolds to what went in.
      expect(physical.some((l) => l.startsWith(' '))).toBe(true);
      expect(text).not.toContain('\uFFFD');
    }
    const u = unfold(planToIcs(ukrainian, { generatedAt: GENERATED_AT }));
    expect(u).toContain(`SUMMARY:${escapeText(ukrainian.deadlines[0]!.title)}\r\n`);
  });

  it('folds a long multibyte line at character boundaries', () => {
    const line = `SUMMARY:${'ž'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });

  it('escapes backslashes, semicolons, commas and new lines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const odd = { ...plan, deadlines: plan.deadlines.map((d) => ({ ...d, title: 'Pay; sign, then go\\home\nnow' })) };
    expect(unfold(planToIcs(odd, { generatedAt: GENERATED_AT }))).toContain('SUMMARY:Pay\\; sign\\, then go\\\\home\\nnow\r\n');
  });

  it('adds what to do now to an overdue deadline', async () => {
    const overdue = await resolvedPlan('third-country-business-visa-free');
    const text = unfold(planToIcs(overdue, { generatedAt: GENERATED_AT, whatNowLabel: 'What to do now' }));
    expect(events(text)).toHaveLength(overdue.deadlines.length);
    expect(text).toContain('DTSTART;VALUE=DATE:20261105');
    expect(text).toContain('What to do now: ');
  });

  it('makes an empty calendar for a plan without deadlines', () => {
    const none = planToIcs({ ...plan, deadlines: [] }, { generatedAt: GENERATED_AT });
    expect(none).not.toContain('BEGIN:VEVENT');
    expect(none).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });
});

describe('calendar events of two people of one citizenship', () => {
  it('never share a UID when each browser has its own calendar id; re-exports from one browser keep theirs', async () => {
    const { calendarId, CALENDAR_ID_KEY } = await import('../../../src/components/keep/storage-keys.ts');
    const mine = new Map<string, string>();
    const theirs = new Map<string, string>();
    const store = (m: Map<string, string>) =>
      ({ getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }) as unknown as Storage;
    const a = calendarId(store(mine))!;
    const b = calendarId(store(theirs))!;
    expect(a).toMatch(/^[0-9a-z]{12}$/);
    expect(a).not.toBe(b);
    expect(calendarId(store(mine))).toBe(a);
    expect(mine.get(CALENDAR_ID_KEY)).toBe(a);
    const plan = await resolvedPlan('eu-long-stay-employee');
    const uids = (scope: string) => [...planToIcs(plan, { generatedAt: '2026-11-23T10:00:00Z', uidScope: scope }).matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids(a).length).toBeGreaterThan(0);
    expect(uids(a).some((u) => uids(b).includes(u))).toBe(false);
    expect(uids(a)).toEqual(uids(a));
    expect(calendarId(undefined)).toBeUndefined();
  });
});
