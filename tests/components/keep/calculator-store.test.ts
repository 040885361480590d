import fc from 'fast-check';
import {
  calculatorInputSchemas,
  calculatorKey,
  damagedCalculatorKey,
  loadCalculatorInputs,
  MAX_KEPT_ROWS,
  saveCalculatorInputs,
  type CalculatorInputs,
} from '../../../src/components/keep/calculator-store.ts';
import { clearAll } from '../../../src/components/keep/storage-keys.ts';
import { RESIDENCE_KINDS } from '../../../src/rules/calculators/long-term-residence.ts';
import { memoryStore } from '../../support/fuzz-doors.ts';

const TODAY = '2026-12-07';
const LATER = '2027-01-15';
const schengenDefaults = (today: string): CalculatorInputs['schengen'] => ({ stays: [{ entry: '', exit: '' }], checkDate: today, tripEntry: '', tripExit: '' });
const longTermDefaults = (today: string): CalculatorInputs['longTerm'] => ({ periods: [{ kind: 'temporaryResidence', from: '', to: '' }], absences: [], date: today });

const typed: CalculatorInputs['schengen'] = {
  stays: [
    { entry: '2026-1-5', exit: '2026-02-10' },
    { entry: '2026-6-', exit: '' },
  ],
  checkDate: TODAY,
  tripEntry: '2027-03-01',
  tripExit: '',
};

describe('calculator forms kept in this browser', () => {
  it('gives back what was typed, boxes as typed (half-typed dates too), and the first visit gets the defaults', () => {
    const store = memoryStore();
    expect(loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, store)).toEqual({ inputs: schengenDefaults(TODAY), found: 'nothing' });
    expect(saveCalculatorInputs('schengen', typed, schengenDefaults(TODAY), TODAY, store)).toEqual({ ok: true });
    expect(loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, store)).toEqual({ inputs: typed, found: 'kept' });
  });

  it('a date box left at the day it was saved on follows today; a date the person picked stays', () => {
    const store = memoryStore();
    saveCalculatorInputs('schengen', typed, schengenDefaults(TODAY), TODAY, store);
    expect(loadCalculatorInputs('schengen', schengenDefaults(LATER), LATER, store).inputs).toEqual({ ...typed, checkDate: LATER });

    const picked = { ...typed, checkDate: '2026-11-30' };
    saveCalculatorInputs('schengen', picked, schengenDefaults(TODAY), TODAY, store);
    expect(loadCalculatorInputs('schengen', schengenDefaults(LATER), LATER, store).inputs).toEqual(picked);
  });

  it('keeps no key for a form that is only its defaults (opening a calculator leaves nothing behind)', () => {
    const store = memoryStore();
    saveCalculatorInputs('schengen', typed, schengenDefaults(TODAY), TODAY, store);
    expect(store.getItem(calculatorKey('schengen'))).not.toBeNull();
    expect(saveCalculatorInputs('schengen', schengenDefaults(TODAY), schengenDefaults(TODAY), TODAY, store)).toEqual({ ok: true });
    expect(store.getItem(calculatorKey('schengen'))).toBeNull();
  });

  it('each calculator has its own key; "Clear my data" removes them all', () => {
    const store = memoryStore();
    store.setItem('other-site', 'x');
    saveCalculatorInputs('schengen', typed, schengenDefaults(TODAY), TODAY, store);
    saveCalculatorInputs('blueCard', { date: TODAY, graduate: true }, { date: TODAY, graduate: false }, TODAY, store);
    saveCalculatorInputs('invitation', { people: '3', days: '14', date: TODAY }, { people: '1', days: '', date: TODAY }, TODAY, store);
    expect(loadCalculatorInputs('blueCard', { date: TODAY, graduate: false }, TODAY, store)).toEqual({ inputs: { date: TODAY, graduate: true }, found: 'kept' });
    expect(clearAll(store)).toBe(3);
    expect(store.getItem('other-site')).toBe('x');
    expect(loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, store).found).toBe('nothing');
  });

  it('refuses to keep what its schema refuses, and says when storage refuses or is missing', () => {
    const store = memoryStore();
    const tooLong = { ...typed, tripEntry: 'x'.repeat(101) };
    expect(saveCalculatorInputs('schengen', tooLong, schengenDefaults(TODAY), TODAY, store)).toEqual({ ok: false, reason: 'invalid' });
    const tooMany = { ...typed, stays: Array.from({ length: MAX_KEPT_ROWS + 1 }, () => ({ entry: '', exit: '' })) };
    expect(saveCalculatorInputs('schengen', tooMany, schengenDefaults(TODAY), TODAY, store)).toEqual({ ok: false, reason: 'invalid' });
    expect(store.getItem(calculatorKey('schengen'))).toBeNull();

    const full = memoryStore();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(saveCalculatorInputs('schengen', typed, schengenDefaults(TODAY), TODAY, full)).toEqual({ ok: false, reason: 'refused' });
    expect(saveCalculatorInputs('schengen', typed, schengenDefaults(TODAY), TODAY, undefined)).toEqual({ ok: false, reason: 'unavailable' });

    const blocked = memoryStore();
    blocked.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, blocked)).toEqual({ inputs: schengenDefaults(TODAY), found: 'unavailable' });
    expect(loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, undefined).found).toBe('unavailable');
  });
});

describe('a damaged kept form', () => {
  it('not JSON at all: the defaults, said to be damaged, and the text copied aside once (never overwritten)', () => {
    const store = memoryStore();
    store.setItem(calculatorKey('schengen'), '{"savedOn": "2026-12-0');
    expect(loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, store)).toEqual({ inputs: schengenDefaults(TODAY), found: 'damaged' });
    expect(store.getItem(damagedCalculatorKey('schengen'))).toBe('{"savedOn": "2026-12-0');
    // Damaged again, differently: the first copy is the one kept.
    store.setItem(calculatorKey('schengen'), 'garbage');
    loadCalculatorInputs('schengen', schengenDefaults(TODAY), TODAY, store);
    expect(store.getItem(damagedCalculatorKey('schengen'))).toBe('{"savedOn": "2026-12-0');
    // The damaged text stays under its own key until the form is changed.
    expect(store.getItem(calculatorKey('schengen'))).toBe('garbage');
  });

  it('gives back each box and each row that can still be read, the defaults for the rest', () => {
    const store = memoryStore();
    const text = JSON.stringify({
      savedOn: TODAY,
      inputs: {
        periods: [
          { kind: 'temporaryResidence', from: '2020-01-01', to: '2023-12-31' },
          { kind: 'visa', from: '2024-01-01', to: '' },
          { kind: 'studies', from: 7, to: '' },
          { kind: 'permanentResidence', from: '2024-01-01', to: '' },
        ],
        absences: 'none',
        date: TODAY,
        extra: true,
      },
    });
    store.setItem(calculatorKey('longTerm'), text);
    const got = loadCalculatorInputs('longTerm', longTermDefaults(LATER), LATER, store);
    expect(got.found).toBe('damaged');
    expect(got.inputs).toEqual({
      periods: [
        { kind: 'temporaryResidence', from: '2020-01-01', to: '2023-12-31' },
        { kind: 'permanentResidence', from: '2024-01-01', to: '' },
      ],
      absences: [],
      // Left at the day it was saved on: today.
      date: LATER,
    });
    expect(store.getItem(damagedCalculatorKey('longTerm'))).toBe(text);
  });

  it('a damaged day of saving: a date box is kept as it was (nothing to compare it with)', () => {
    const store = memoryStore();
    store.setItem(calculatorKey('blueCard'), JSON.stringify({ savedOn: '2026-02-30', inputs: { date: TODAY, graduate: 'yes' } }));
    expect(loadCalculatorInputs('blueCard', { date: LATER, graduate: false }, LATER, store)).toEqual({ inputs: { date: TODAY, graduate: false }, found: 'damaged' });
  });

  it('any stored text at all: never throws, always a form its schema accepts (property)', () => {
    const any = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ savedOn: fc.oneof(fc.constant(TODAY), fc.string()), inputs: fc.anything() }).map((v) => JSON.stringify(v)),
      fc
        .record({
          savedOn: fc.constant(TODAY),
          inputs: fc.record({
            periods: fc.array(fc.record({ kind: fc.oneof(fc.constantFrom(...RESIDENCE_KINDS), fc.string()), from: fc.anything(), to: fc.string() })),
            absences: fc.anything(),
            date: fc.anything(),
          }),
        })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(any, (text) => {
        const store = memoryStore();
        store.setItem(calculatorKey('longTerm'), text);
        const got = loadCalculatorInputs('longTerm', longTermDefaults(TODAY), TODAY, store);
        expect(calculatorInputSchemas.longTerm.safeParse(got.inputs).success).toBe(true);
        expect(['kept', 'damaged']).toContain(got.found);
        // Whatever was there is still there, or copied aside.
        expect(store.getItem(calculatorKey('longTerm'))).toBe(text);
        if (got.found === 'damaged') expect(store.getItem(damagedCalculatorKey('longTerm'))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
