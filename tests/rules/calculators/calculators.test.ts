import fc from 'fast-check';
import { blueCardFloor } from '../../../src/rules/calculators/blue-card.ts';
import { invitationMoney } from '../../../src/rules/calculators/invitation.ts';
import { longTermResidence, RESIDENCE_KINDS } from '../../../src/rules/calculators/long-term-residence.ts';
import { addDays } from '../../../src/rules/calendar/iso-date.ts';
import { INVITATION_FEE } from '../../../src/rules/params/fees.ts';
import { BLUE_CARD_CONDITIONS } from '../../../src/rules/params/law.ts';
import { AVERAGE_WAGE_REFERENCE, BLUE_CARD_MULTIPLIER, DAILY_SUBSISTENCE, INVITATION_MONEY, INVITATION_PERIODS, SUBSISTENCE_MINIMUM } from '../../../src/rules/params/money.ts';
import { LONG_TERM_RESIDENCE, SCHENGEN_RULE } from '../../../src/rules/params/periods.ts';
import type { DatedValue } from '../../../src/rules/schema/dated-value.ts';
import { entryAt } from '../../../src/rules/value-at.ts';

describe('invitation: money the host must show, as of a date', () => {
  it.each([
    // 12 × subsistence minimum + 56 EUR × days × people
    ['2026-11-22', 2, 10, 12 * 284.13, 1120],
    ['2025-01-10', 1, 30, 12 * 273.99, 1680],
    ['2024-06-01', 3, 5, 12 * 268.88, 840],
  ])('on %s for %d people and %d days', (asOf, people, days, base, guests) => {
    const r = invitationMoney(people, days, asOf);
    expect(r.baseEur).toBeCloseTo(base, 2);
    expect(r.guestsEur).toBe(guests);
    expect(r.totalEur).toBeCloseTo(base + guests, 2);
    expect(r.feeEur).toBe(33);
    expect(r.confidence).not.toBe('high');
  });

  it('rejects impossible inputs', () => {
    expect(() => invitationMoney(0, 10, '2026-11-22')).toThrow(RangeError);
    expect(() => invitationMoney(1, 91, '2026-11-22')).toThrow(RangeError);
  });
});

describe('EU Blue Card salary floor, as of a date', () => {
  it.each([
    ['2026-11-22', false, 1944, 2025],
    ['2026-11-22', true, 1620, 2025],
    ['2026-03-02', false, 1828.8, 2024],
    ['2025-06-01', true, 1524, 2024],
    ['2024-05-01', false, 2145, 2023],
  ])('on %s (recent graduate: %s) is %d EUR (wage year %d)', (asOf, grad, floor, year) => {
    const r = blueCardFloor(asOf, grad);
    expect(r.floorEur).toBeCloseTo(floor, 2);
    expect(r.wageYear).toBe(year);
    expect(r.computed).toBe(true);
    expect(r.confidence).not.toBe('high');
  });
});

describe('long-term residence: earliest date and blockers', () => {
  it('five years of temporary residence from 1 Sep 2021 give 1 Sep 2026', () => {
    const r = longTermResidence([{ from: '2021-09-01', to: '2027-08-31', kind: 'temporaryResidence' }], [], '2026-11-22');
    expect(r.earliest).toBe('2026-09-01');
    expect(r.canApplyOn).toBe(true);
    expect(r.blockers).toEqual([]);
    expect(r.languageA2).toBe(true);
  });

  it('one day before the five years is not enough', () => {
    const r = longTermResidence([{ from: '2021-09-01', to: '2027-08-31', kind: 'temporaryResidence' }], [], '2026-08-31');
    expect(r.canApplyOn).toBe(false);
    expect(r.blockers.map((b) => b.kind)).toContain('notEnoughYet');
  });

  it('studies count half, so two years of studies add one year', () => {
    const r = longTermResidence(
      [
        { from: '2020-09-01', to: '2022-08-31', kind: 'studies' },
        { from: '2022-09-01', to: '2027-12-31', kind: 'temporaryResidence' },
      ],
      [],
      '2026-11-22',
    );
    // 730 study days count 365; the rest must come from temporary residence.
    expect(r.earliest! > '2026-08-25' && r.earliest! < '2026-09-05').toBe(true);
  });

  it('an absence over 6 months restarts the count after it', () => {
    const r = longTermResidence(
      [{ from: '2020-01-01', to: '2027-12-31', kind: 'temporaryResidence' }],
      [{ from: '2022-01-01', to: '2022-07-31' }],
      '2026-11-22',
    );
    expect(r.blockers.map((b) => b.kind)).toContain('absenceTooLong');
    expect(r.earliest).toBe('2027-08-01');
  });

  it('absences over 10 months in all within the five years block until they fall out of the window', () => {
    const absences = [
      { from: '2022-01-01', to: '2022-05-31' },
      { from: '2023-01-01', to: '2023-05-31' },
      { from: '2024-01-01', to: '2024-02-29' },
    ];
    const r = longTermResidence([{ from: '2019-01-01', to: '2027-12-31', kind: 'temporaryResidence' }], absences, '2026-11-22');
    expect(r.canApplyOn).toBe(false);
    expect(r.blockers.map((b) => b.kind)).toContain('absencesTooLongInTotal');
  });

  it('temporary refuge does not count and blocks while held', () => {
    const r = longTermResidence([{ from: '2022-03-01', to: '2027-03-04', kind: 'temporaryRefuge' }], [], '2026-11-22');
    expect(r.earliest).toBeNull();
    expect(r.blockers.map((b) => b.kind)).toEqual(expect.arrayContaining(['excludedStatus', 'notEnoughYet']));
  });

  // "Directly before applying": the person applies while still holding residence.
  it('residence that ended years ago: not a day to apply, the end is named, and the days are counted as they stood then', () => {
    const r = longTermResidence([{ from: '2018-01-01', to: '2024-06-30', kind: 'temporaryResidence' }], [], '2026-12-07');
    // The five years were complete on 1 Jan 2023, while the residence lasted.
    expect(r.earliest).toBe('2023-01-01');
    expect(r.canApplyOn).toBe(false);
    expect(r.blockers).toEqual([{ kind: 'residenceEnded', lastDay: '2024-06-30' }]);
    // 1 Jan 2018 – 30 Jun 2024 is 2,373 days; five years before 1 Jul 2024 are 1,827 (two 29 Februaries).
    expect([r.countedOn, r.creditedDaysOnAsOf, r.neededDaysOnAsOf]).toEqual(['2024-07-01', 2373, 1827]);
    // On the residence's last day it was a day to apply.
    expect(longTermResidence([{ from: '2018-01-01', to: '2024-06-30', kind: 'temporaryResidence' }], [], '2024-06-30').canApplyOn).toBe(true);
  });

  it('five years that end on the last day of residence: the day after is no day to apply, so no date', () => {
    // 1 Mar 2021 – 28 Feb 2026 is exactly five years (1,826 days): complete on 1 Mar 2026, the day after it ended.
    const periods = [{ from: '2021-03-01', to: '2026-02-28', kind: 'temporaryResidence' as const }];
    const after = longTermResidence(periods, [], '2026-12-07');
    expect(after.earliest).toBeNull();
    expect(after.canApplyOn).toBe(false);
    expect(after.blockers.map((b) => b.kind)).toEqual(['residenceEnded']);
    // Five years reached exactly as it ended: counted on the first day without residence.
    expect([after.countedOn, after.creditedDaysOnAsOf, after.neededDaysOnAsOf]).toEqual(['2026-03-01', 1826, 1826]);
    expect(longTermResidence(periods, [], '2026-03-01').canApplyOn).toBe(false);
    // One more day of residence (a renewal) makes 1 Mar 2026 a day to apply.
    const renewed = longTermResidence([...periods, { from: '2026-03-01', to: '2026-03-01', kind: 'temporaryResidence' }], [], '2026-03-01');
    expect(renewed).toMatchObject({ earliest: '2026-03-01', canApplyOn: true, blockers: [] });
  });

  it('a short period inside a long one is not a gap (the latest end so far covers it)', () => {
    const r = longTermResidence(
      [
        { from: '2015-01-01', to: '2027-12-31', kind: 'temporaryResidence' },
        { from: '2016-01-01', to: '2016-06-30', kind: 'temporaryResidence' },
        { from: '2019-01-01', to: '2019-12-31', kind: 'temporaryResidence' },
      ],
      [],
      '2026-12-07',
    );
    expect(r).toMatchObject({ earliest: '2020-01-01', canApplyOn: true, blockers: [] });
  });

  // Found in review: a renewal expected after a break turned "You can apply" into "0 days, no date".
  it('a renewal expected after a break does not take away the run the person is in', () => {
    const now = [{ from: '2020-01-01', to: '2026-12-31', kind: 'temporaryResidence' as const }];
    const renewal = { from: '2027-02-01', to: '2029-12-31', kind: 'temporaryResidence' as const };
    const before = longTermResidence(now, [], '2026-06-01');
    const withRenewal = longTermResidence([...now, renewal], [], '2026-06-01');
    expect(before).toMatchObject({ earliest: '2025-01-01', canApplyOn: true, blockers: [] });
    expect(withRenewal).toMatchObject({ earliest: '2025-01-01', canApplyOn: true, blockers: [] });
    // On a day in the break: the residence has ended (the renewal comes too late to bridge it).
    const inBreak = longTermResidence([...now, renewal], [], '2027-01-15');
    expect(inBreak.canApplyOn).toBe(false);
    expect(inBreak.blockers).toEqual([{ kind: 'residenceEnded', lastDay: '2026-12-31' }]);
    // Too short now, long enough after the break: the date is in the later run.
    const later = longTermResidence(
      [
        { from: '2024-01-01', to: '2026-12-31', kind: 'temporaryResidence' },
        { from: '2027-03-01', to: '2033-12-31', kind: 'temporaryResidence' },
      ],
      [],
      '2026-06-01',
    );
    expect(later.earliest).toBe('2032-03-01');
    expect(later.canApplyOn).toBe(false);
  });

  it('property: a period planned after a break, after the day checked, never changes whether the person can apply that day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 2500 }), days: fc.integer({ min: 1, max: 2500 }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 2, max: 400 }),
        (spans, checked, gap) => {
          const periods = spans.map((p) => ({ from: addDays('2024-01-01', p.start), to: addDays('2024-01-01', p.start + p.days - 1), kind: 'temporaryResidence' as const }));
          const asOf = addDays('2024-01-01', checked);
          const lastDay = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]!.to);
          const from = addDays(lastDay > asOf ? lastDay : asOf, gap);
          const planned = { from, to: addDays(from, 800), kind: 'temporaryResidence' as const };
          expect(longTermResidence([...periods, planned], [], asOf).canApplyOn).toBe(longTermResidence(periods, [], asOf).canApplyOn);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: a day after the last period given is never a day to apply, and says why', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 3000 }), days: fc.integer({ min: 1, max: 2500 }), kind: fc.constantFrom(...RESIDENCE_KINDS) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 1500 }),
        (spans, after) => {
          // From 2024 (the rules' first day) to 2039 at the latest.
          const periods = spans.map((p) => ({ from: addDays('2024-01-01', p.start), to: addDays('2024-01-01', p.start + p.days - 1), kind: p.kind }));
          const lastDay = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]!.to);
          const asOf = addDays(lastDay, after);
          const r = longTermResidence(periods, [], asOf);
          expect(r.canApplyOn).toBe(false);
          expect(r.blockers).toContainEqual({ kind: 'residenceEnded', lastDay });
          if (r.earliest !== null) expect(r.earliest <= lastDay).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * Issue 12: each calculator cites the sources of the dated values in force on the day it
 * works out, so a source's date matches the value shown: checked on the day before and the
 * first day of every entry of every value the calculator reads (dates the calendar keeps).
 */
describe('every calculator cites the sources of the values in force on its date', () => {
  const inForceSources = (params: readonly DatedValue<unknown>[], asOf: string) =>
    [...new Set(params.flatMap((p) => entryAt(p, asOf).sources))].sort();
  const boundaries = (params: readonly DatedValue<unknown>[]) =>
    [...new Set(params.flatMap((p) => p.history.map((e) => e.from)))]
      .filter((d) => d > '2024-01-01' && d < '2045-12-31')
      .flatMap((d) => [addDays(d, -1), d]);

  const calculators: [string, readonly DatedValue<unknown>[], (asOf: string) => string[]][] = [
    ['invitation', [SUBSISTENCE_MINIMUM, INVITATION_MONEY, DAILY_SUBSISTENCE, INVITATION_PERIODS, INVITATION_FEE], (d) => invitationMoney(1, 10, d).sourceIds],
    ['EU Blue Card', [AVERAGE_WAGE_REFERENCE, BLUE_CARD_MULTIPLIER, BLUE_CARD_CONDITIONS], (d) => blueCardFloor(d, true).sourceIds],
    ['long-term residence', [LONG_TERM_RESIDENCE], (d) => longTermResidence([{ from: '2019-01-01', to: '2030-12-31', kind: 'temporaryResidence' }], [], d).sourceIds],
    ['Schengen 90/180', [SCHENGEN_RULE], (d) => [...entryAt(SCHENGEN_RULE, d).sources].sort()],
  ];

  it.each(calculators)('%s', (_name, params, sourcesOn) => {
    const dates = ['2024-06-01', '2026-11-22', ...boundaries(params)];
    for (const d of dates) expect([d, [...sourcesOn(d)].sort()]).toEqual([d, inForceSources(params, d)]);
  });

  it('long-term residence: the A2 source only from 15 Jul 2025, when the A2 condition is shown', () => {
    const on = (d: string) => longTermResidence([{ from: '2019-01-01', to: '2030-12-31', kind: 'temporaryResidence' }], [], d);
    expect(on('2025-07-14')).toMatchObject({ languageA2: false, sourceIds: ['res-mic-long-term'] });
    expect(on('2025-07-15')).toMatchObject({ languageA2: true, sourceIds: ['res-mic-long-term', 'doc-movetokosice-a2'] });
  });
});
