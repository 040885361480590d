// @vitest-environment jsdom
import {
  boot,
  canHydrate,
  hasAnswers,
  isFirstVisitStart,
  LANGUAGE_KEY,
  pageLanguage,
  pickLanguage,
  resumedState,
  todayLocal,
} from '../../src/app/boot.ts';
import { readIncomingShare } from '../../src/components/keep/incoming-share.ts';
import { encodeCaseFileFragment } from '../../src/components/keep/share-link.ts';
import { saveSession, SESSION_KEY } from '../../src/components/keep/storage.ts';
import { LANGS, loadTestLanguage, TODAY } from './app-test-kit.tsx';

const OFFERED = ['en', 'sk', 'uk'];

beforeEach(() => localStorage.clear());

describe('pickLanguage: the address\'s language, then the saved choice, then browser language, then English', () => {
  it.each([
    [undefined, undefined, ['sk-SK', 'en'], 'sk'],
    [undefined, undefined, ['uk-UA'], 'uk'],
    [undefined, undefined, ['de-DE', 'UK'], 'uk'],
    [undefined, undefined, ['de-DE', 'fr'], 'en'],
    [undefined, undefined, [], 'en'],
    ['sk', undefined, ['uk-UA'], 'sk'],
    ['xx', undefined, ['uk-UA'], 'uk'],
    [undefined, 'uk', ['sk-SK'], 'uk'],
    // A link or bookmark in Slovak opens in Slovak, whatever was chosen here before.
    ['uk', 'sk', ['en'], 'sk'],
    ['en', 'uk', ['sk-SK'], 'uk'],
    ['en', 'xx', ['sk-SK'], 'en'],
  ])('saved %s, page %s, browser %j → %s', (saved, page, browser, expected) => {
    expect(pickLanguage(saved, page, browser, OFFERED)).toBe(expected);
  });

  it('offers only the languages given', () => {
    expect(pickLanguage(undefined, undefined, ['sk'], ['en'])).toBe('en');
  });

  it('reads the page language from the address: /sk/ and /uk/, not /', () => {
    expect(pageLanguage('/sk/', OFFERED)).toBe('sk');
    expect(pageLanguage('/uk/questions/stayLength', OFFERED)).toBe('uk');
    expect(pageLanguage('/uk/index.html', OFFERED)).toBe('uk');
    expect(pageLanguage('/', OFFERED)).toBeUndefined();
    expect(pageLanguage('/de/', OFFERED)).toBeUndefined();
  });
});

describe('readIncomingShare', () => {
  it('no fragment, or no case in it: nothing', () => {
    expect(readIncomingShare('', TODAY)).toBeUndefined();
    expect(readIncomingShare('#main', TODAY)).toBeUndefined();
  });

  it('a valid link gives its case file; a cut one its reason', () => {
    const fragment = encodeCaseFileFragment({ schemaVersion: 1, citizenship: 'SK' });
    expect(readIncomingShare(fragment, TODAY)).toEqual({ status: 'ok', caseFile: { schemaVersion: 1, citizenship: 'SK' } });
    expect(readIncomingShare(fragment.slice(0, -3), TODAY)).toEqual({ status: 'error', reason: 'truncated', problems: [] });
  });
});

describe('boot', () => {
  it('reads the language choice, the session and the link, and writes nothing', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'sk');
    saveSession({ wizard: { state: 'plan' }, caseFile: { schemaVersion: 1, citizenship: 'SK' } }, { store: localStorage });
    const stored = localStorage.getItem(SESSION_KEY);
    const loaded: string[] = [];
    const r = await boot({
      store: localStorage,
      hash: '#case=nonsense',
      browserLanguages: ['uk'],
      today: TODAY,
      languages: LANGS,
      load: (lng) => {
        loaded.push(lng);
        return loadTestLanguage(lng);
      },
    });
    expect(loaded).toEqual(['sk']);
    expect(r.i18n.language).toBe('sk');
    expect(r.session.status).toBe('ok');
    expect(resumedState(r.session)).toBe('plan');
    expect(r.incoming?.status).toBe('error');
    expect(localStorage.getItem(SESSION_KEY)).toBe(stored);
    expect(localStorage.length).toBe(2);
  });

  it('starts a first visit to /uk/ in Ukrainian', async () => {
    const r = await boot({ store: localStorage, hash: '', pathname: '/uk/', browserLanguages: ['en-GB'], today: TODAY, languages: LANGS, load: loadTestLanguage });
    expect(r.i18n.language).toBe('uk');
  });

  it('hydrates a prerendered page only when the first render matches it', async () => {
    const fresh = await boot({ store: localStorage, hash: '', browserLanguages: ['sk'], today: TODAY, languages: LANGS, load: loadTestLanguage });
    expect(canHydrate({ hasMarkup: true, lang: 'sk' }, fresh)).toBe(true);
    expect(canHydrate({ hasMarkup: false, lang: 'sk' }, fresh)).toBe(false);
    expect(canHydrate({ hasMarkup: true, lang: 'en' }, fresh)).toBe(false);
    const linked = await boot({ store: localStorage, hash: '#case=x', browserLanguages: ['sk'], today: TODAY, languages: LANGS, load: loadTestLanguage });
    expect(canHydrate({ hasMarkup: true, lang: 'sk' }, linked)).toBe(false);
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    const resumed = await boot({ store: localStorage, hash: '', browserLanguages: ['sk'], today: TODAY, languages: LANGS, load: loadTestLanguage });
    expect(canHydrate({ hasMarkup: true, lang: 'sk' }, resumed)).toBe(false);
  });

  // Found on a walk: saved answers that were not JSON at all got the start page alone, which
  // said nothing; "Start now" then moved them aside in silence.
  it('a first visit\'s start page alone only when nothing is saved, linked or damaged', async () => {
    const opts = { store: localStorage, hash: '', browserLanguages: ['en'], today: TODAY, languages: LANGS, load: loadTestLanguage };
    const fresh = await boot(opts);
    expect(isFirstVisitStart(true, fresh, false)).toBe(true);
    expect(isFirstVisitStart(false, fresh, false)).toBe(false);
    // A damaged copy kept aside from an earlier visit and not yet deleted.
    expect(isFirstVisitStart(true, fresh, true)).toBe(false);
    expect(isFirstVisitStart(true, await boot({ ...opts, hash: '#case=x' }), false)).toBe(false);
    localStorage.setItem(SESSION_KEY, '{"garbage');
    const notJson = await boot(opts);
    expect(notJson.session.status).toBe('corrupt');
    expect(isFirstVisitStart(true, notJson, false)).toBe(false);
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE' } }, { store: localStorage });
    expect(isFirstVisitStart(true, await boot(opts), false)).toBe(false);
  });

  it('works without storage', async () => {
    const r = await boot({ store: undefined, hash: '', browserLanguages: ['en-GB'], today: TODAY, languages: LANGS, load: loadTestLanguage });
    expect(r.session.status).toBe('unavailable');
    expect(r.i18n.language).toBe('en');
  });
});

describe('helpers', () => {
  it('todayLocal is the local calendar day', () => {
    expect(todayLocal(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('hasAnswers ignores the schema version', () => {
    expect(hasAnswers({ schemaVersion: 1 })).toBe(false);
    expect(hasAnswers({ schemaVersion: 1, citizenship: 'DE' })).toBe(true);
    expect(hasAnswers(undefined)).toBe(false);
  });
});
