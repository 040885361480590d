// @vitest-environment jsdom
import { encodeCaseFileFragment } from '../../../src/components/keep/share-link.ts';
import {
  clearAll,
  clearSession,
  importCaseFileFromText,
  loadSession,
  loadTicks,
  saveSession,
  saveTicks,
  SESSION_KEY,
  ticksKey,
} from '../../../src/components/keep/storage.ts';
import type { CaseFile } from '../../../src/rules/schema/case-file.ts';
import { loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';
const employee = loadExample('eu-long-stay-employee') as CaseFile;
const NOW = new Date('2026-11-22T10:00:00.000Z');

beforeEach(() => localStorage.clear());

describe('wizard session', () => {
  it('round-trips the caller\u2019s opaque state and the answers so far', () => {
    const wizard = { at: 'accommodation', history: ['citizenship', 'stayLength'], flags: { adviser: true }, n: 3 };
    expect(saveSession({ wizard, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { now: NOW })).toEqual({ ok: true });
    expect(loadSession()).toEqual({
      status: 'ok',
      value: { savedAt: NOW.toISOString(), wizard, caseFile: { schemaVersion: 1, citizenship: 'DE' } },
    });
    expect(Object.keys(localStorage)).toEqual([SESSION_KEY]);
    expect(SESSION_KEY).toBe('pobyt:v1:session');
  });

  it('reports absent when nothing was saved, and clears', () => {
    expect(loadSession()).toEqual({ status: 'absent' });
    saveSession({ wizard: null, caseFile: employee });
    clearSession();
    expect(loadSession()).toEqual({ status: 'absent' });
  });

  it('reports corrupt JSON instead of throwing, and leaves it in place', () => {
    localStorage.setItem(SESSION_KEY, '{"savedAt": "2026-11-2');
    const r = loadSession();
    expect(r).toMatchObject({ status: 'corrupt', key: SESSION_KEY });
    expect(localStorage.getItem(SESSION_KEY)).toBe('{"savedAt": "2026-11-2');
  });

  it('reports a value of the wrong shape as corrupt, naming what is wrong', () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ savedAt: NOW.toISOString(), wizard: {}, caseFile: { citizenship: 42 } }));
    const r = loadSession();
    expect(r.status).toBe('corrupt');
    // Named as the question names it (the answers' field, not the session's path), as a message key.
    if (r.status === 'corrupt') expect(r.problems).toEqual([{ field: 'citizenship', key: 'problems.notText', params: { value: '42' } }]);
  });

  it('names every problem of a damaged session, not only the first', () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ savedAt: NOW.toISOString(), wizard: {}, caseFile: { citizenship: 'XX', arrivalDate: '2026-02-31' } }));
    const r = loadSession();
    expect(r.status === 'corrupt' && r.problems.map((p) => [p.field, p.key])).toEqual([
      ['citizenship', 'problems.unknownCountry'],
      ['arrivalDate', 'problems.impossibleDate'],
    ]);
  });

  it('refuses state that is not JSON, and keeps the old session', () => {
    saveSession({ wizard: { at: 'x' }, caseFile: {} }, { now: NOW });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(saveSession({ wizard: cyclic, caseFile: {} })).toEqual({ ok: false, reason: 'notJson' });
    expect(loadSession()).toMatchObject({ status: 'ok', value: { wizard: { at: 'x' } } });
  });

  it('reports unavailable storage instead of throwing', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(loadSession(blocked)).toEqual({ status: 'unavailable' });
    expect(saveSession({ wizard: 1, caseFile: {} }, { store: blocked })).toEqual({ ok: false, reason: 'refused' });
    expect(loadTicks('abc', blocked)).toEqual({ status: 'unavailable' });
  });
});

describe('checklist ticks', () => {
  it('keeps ticks per case hash', () => {
    saveTicks('aaaa1111', ['noticeOfStay/passport', 'euRegistration/accommodation']);
    saveTicks('bbbb2222', ['bok/passport']);
    expect(loadTicks('aaaa1111')).toEqual({ status: 'ok', value: ['euRegistration/accommodation', 'noticeOfStay/passport'] });
    expect(loadTicks('bbbb2222')).toEqual({ status: 'ok', value: ['bok/passport'] });
    expect(loadTicks('cccc3333')).toEqual({ status: 'absent' });
    expect(ticksKey('aaaa1111')).toBe('pobyt:v1:ticks:aaaa1111');
  });

  it('reports corrupt ticks and does not overwrite them on read', () => {
    localStorage.setItem(ticksKey('aaaa1111'), '{"ticked": "everything"}');
    expect(loadTicks('aaaa1111').status).toBe('corrupt');
    expect(localStorage.getItem(ticksKey('aaaa1111'))).toBe('{"ticked": "everything"}');
  });
});

describe('clearAll', () => {
  it('removes every pobyt key, of any version, and nothing else', () => {
    saveSession({ wizard: {}, caseFile: {} });
    saveTicks('aaaa1111', ['x/y']);
    localStorage.setItem('pobyt:v0:legacy', '1');
    localStorage.setItem('other-app:settings', 'keep me');
    localStorage.setItem('pobyt', 'not ours: no colon');
    expect(clearAll()).toBe(3);
    expect(Object.keys(localStorage).sort()).toEqual(['other-app:settings', 'pobyt']);
  });
});

describe('importCaseFileFromText', () => {
  it('accepts an exported case file', () => {
    expect(importCaseFileFromText(`\uFEFF${JSON.stringify(employee, null, 2)}\n`, AS_OF)).toEqual({ ok: true, caseFile: employee });
  });

  it('accepts a pasted share link', () => {
    expect(importCaseFileFromText(`https://pobyt.example/${encodeCaseFileFragment(employee)}`, AS_OF)).toEqual({
      ok: true,
      caseFile: employee,
    });
  });

  it('names the problems of a bad file', () => {
    const notJson = importCaseFileFromText('{"schemaVersion": 1,', AS_OF);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.problems).toEqual([{ field: '', key: 'problems.notJsonAt', params: { line: 1, column: 21 } }]);
    const wrong = importCaseFileFromText(JSON.stringify({ ...employee, citizenship: 'ZZ' }), AS_OF);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems.map((p) => p.field)).toContain('citizenship');
    const cut = importCaseFileFromText(`https://pobyt.example/${encodeCaseFileFragment(employee).slice(0, -3)}`, AS_OF);
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.problems).toEqual([{ field: '', key: 'problems.link.truncated' }]);
  });

  it('leaves the saved session untouched when an import fails', () => {
    saveSession({ wizard: { at: 'arrivalDate' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { now: NOW });
    const before = { ...localStorage };
    for (const text of ['', 'garbage', '{"schemaVersion": 2}', JSON.stringify({ ...employee, euBasis: 'pirate' })]) {
      expect(importCaseFileFromText(text, AS_OF).ok).toBe(false);
    }
    expect({ ...localStorage }).toEqual(before);
    expect(loadSession()).toMatchObject({ status: 'ok', value: { wizard: { at: 'arrivalDate' } } });
  });

  it('never writes to storage, even on success', () => {
    importCaseFileFromText(JSON.stringify(employee), AS_OF);
    expect(localStorage.length).toBe(0);
  });
});
