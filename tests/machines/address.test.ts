import fc from 'fast-check';
import { QUESTION_IDS } from '../../src/rules/questions.ts';
import { addressOf, readAddress, routeOfState, wizardPageOf, wizardRoute, type Route } from '../../src/machines/address.ts';

const OPTIONS = { languages: ['en', 'sk', 'uk'], questions: QUESTION_IDS, calculators: ['schengen', 'longTerm', 'invitation', 'blueCard'] };
const read = (path: string) => readAddress(path, OPTIONS);

describe('every page has one address, language first, and reads back', () => {
  const routes: Route[] = [
    { page: 'start' },
    ...QUESTION_IDS.map((question) => ({ page: 'question' as const, question })),
    { page: 'check' },
    { page: 'plan' },
    { page: 'calculators' },
    ...OPTIONS.calculators.map((calculator) => ({ page: 'calculators' as const, calculator })),
    { page: 'clients' },
    { page: 'client', client: 'c-1a2b' },
    { page: 'client', client: 'a name/with ? and #' },
  ];

  it.each(OPTIONS.languages)('in %s: every route, every question id', (lang) => {
    for (const route of routes) {
      const path = addressOf(lang, route);
      expect(path.startsWith(`/${lang}/`)).toBe(true);
      expect(read(path)).toEqual({ lang, route, problem: undefined });
    }
  });

  it('names the pages as the issue asks', () => {
    expect(addressOf('sk', { page: 'start' })).toBe('/sk/');
    expect(addressOf('uk', { page: 'question', question: 'stayLength' })).toBe('/uk/questions/stayLength');
    expect(addressOf('en', { page: 'check' })).toBe('/en/check');
    expect(addressOf('en', { page: 'plan' })).toBe('/en/plan');
    expect(addressOf('en', { page: 'calculators', calculator: 'schengen' })).toBe('/en/calculators/schengen');
    expect(addressOf('en', { page: 'clients' })).toBe('/en/clients');
    expect(addressOf('en', { page: 'client', client: 'a b' })).toBe('/en/clients/a%20b');
  });

  it('a wizard state and its route map both ways', () => {
    for (const page of ['start', ...QUESTION_IDS, 'check', 'plan'] as const) expect(wizardPageOf(wizardRoute(page))).toBe(page);
    expect(wizardPageOf({ page: 'clients' })).toBeUndefined();
  });
});

describe('addresses that are not as expected: a clear note, never a crash', () => {
  it.each([
    ['/', { lang: undefined, route: { page: 'start' }, problem: undefined }],
    ['', { lang: undefined, route: { page: 'start' }, problem: undefined }],
    ['/sk', { lang: 'sk', route: { page: 'start' }, problem: undefined }],
    ['/sk/plan/', { lang: 'sk', route: { page: 'plan' }, problem: undefined }],
    ['//uk//check', { lang: 'uk', route: { page: 'check' }, problem: undefined }],
    // A language we do not offer: the page is still read, the language left to the app.
    ['/de/plan', { lang: undefined, route: { page: 'plan' }, problem: 'unknownLanguage' }],
    ['/pt-br/', { lang: undefined, route: { page: 'start' }, problem: 'unknownLanguage' }],
    ['/EN/check', { lang: undefined, route: { page: 'check' }, problem: 'unknownLanguage' }],
    // No language at all: the page, no note.
    ['/questions/citizenship', { lang: undefined, route: { page: 'question', question: 'citizenship' }, problem: undefined }],
    // No such page: the start page, with a note.
    ['/sk/questions/nationality', { lang: 'sk', route: { page: 'start' }, problem: 'unknownPage' }],
    ['/sk/questions', { lang: 'sk', route: { page: 'start' }, problem: 'unknownPage' }],
    ['/en/calculators/loan', { lang: 'en', route: { page: 'start' }, problem: 'unknownPage' }],
    ['/en/plan/extra', { lang: 'en', route: { page: 'start' }, problem: 'unknownPage' }],
    ['/en/clients/%E0%A4%A', { lang: 'en', route: { page: 'start' }, problem: 'unknownPage' }],
    ['/index.html', { lang: undefined, route: { page: 'start' }, problem: 'unknownPage' }],
    ['/de/nowhere', { lang: undefined, route: { page: 'start' }, problem: 'unknownLanguage' }],
  ])('%s', (path, expected) => {
    expect(read(path)).toEqual(expected);
  });

  it('never throws, whatever the path', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.constantFrom('en', 'sk', 'questions', 'plan', 'clients', '%', '..', 'x')), (s, parts) => {
        for (const path of [s, `/${parts.join('/')}`]) {
          const a = read(path);
          expect(['start', 'question', 'check', 'plan', 'calculators', 'clients', 'client']).toContain(a.route.page);
          expect(a.lang === undefined || OPTIONS.languages.includes(a.lang)).toBe(true);
        }
      }),
    );
  });

  it('read with no questions known (the start page at first load), a question is not the start page', () => {
    const a = readAddress('/sk/questions/citizenship', { languages: OPTIONS.languages, questions: [], calculators: [] });
    expect(a.problem).toBe('unknownPage');
    expect(readAddress('/sk/', { languages: OPTIONS.languages, questions: [], calculators: [] })).toEqual({ lang: 'sk', route: { page: 'start' }, problem: undefined });
  });
});

describe('routeOfState: the address of the machines\' state', () => {
  it('the wizard\'s page in the wizard, the area\'s page elsewhere, nothing while a link is offered', () => {
    expect(routeOfState('wizard', {}, 'stayLength')).toEqual({ page: 'question', question: 'stayLength' });
    expect(routeOfState('wizard', {}, 'plan')).toEqual({ page: 'plan' });
    expect(routeOfState('clients', {}, 'plan')).toEqual({ page: 'clients' });
    expect(routeOfState('client', { client: 'c1' }, 'plan')).toEqual({ page: 'client', client: 'c1' });
    expect(routeOfState('calculators', { calculator: 'schengen' }, 'start')).toEqual({ page: 'calculators', calculator: 'schengen' });
    expect(routeOfState('share', {}, 'start')).toBeUndefined();
  });
});
