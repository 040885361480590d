import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/locales/i18n.ts';
import { LOCALES, localeStrings, type LocaleString } from './locale-strings.ts';

/**
 * One term per concept (shared/handbook/glossary.md §1): the strings that name a concept use the
 * glossary's term, and no string uses a variant the glossary or the native-speaker review
 * (issue 18) turned down. The terms below are copied from the glossary; when the handbook is
 * next to the project, a test checks they are still the glossary's.
 */
const GLOSSARY = join(LOCALES, '../../../shared/handbook/glossary.md');

const L = '\\p{L}*'; // the rest of an inflected word

type Term = {
  /** The glossary's wording, verbatim (checked against the glossary row). */
  glossary: string;
  /** The term in any inflection. */
  use: RegExp;
  /** Strings that name the concept: each must use the term. */
  keys: string[];
  /** Variants no string may use. */
  avoid?: RegExp[];
  /** Variants the strings in `keys` may not use (a word that is right elsewhere). */
  avoidInKeys?: RegExp[];
};

type Concept = { concept: string; row: string; en?: Term; sk: Term; uk: Term };

const re = (source: string, flags = 'u') => new RegExp(source, flags);

const CONCEPTS: Concept[] = [
  {
    concept: 'long-term residence',
    row: 'long-term residence',
    sk: {
      glossary: 'dlhodobý pobyt',
      use: re(`dlhodob${L} pobyt`, 'iu'),
      keys: ['app.tools.text', 'steps.longTermResidence.title', 'calc.nav.longTerm.title', 'outcome.resident.longTermResidence', 'calc.longTerm.result.canApply'],
      avoid: [re(`pobyt${L} dlhodobého rezidenta`, 'iu')],
    },
    uk: {
      glossary: 'довгострокове проживання',
      use: re(`довгостроков${L} проживанн${L}`, 'iu'),
      keys: ['app.tools.text', 'steps.longTermResidence.title', 'calc.nav.longTerm.title', 'outcome.resident.longTermResidence', 'calc.longTerm.result.canApply'],
      // «(статус довгострокового резидента ЄС)» beside the term is the glossary's own gloss.
      avoid: [re(`проживанн${L} довгострокового резидента`, 'iu')],
    },
  },
  {
    concept: 'EU Blue Card',
    row: 'EU Blue Card',
    sk: {
      glossary: 'modrá karta EÚ',
      use: re(`modr${L} kart${L} EÚ`, 'iu'),
      keys: ['questions.purpose.options.euBlueCard.label', 'purposes.euBlueCard', 'calc.blueCard.heading', 'calc.blueCard.intro', 'app.tools.text'],
      // Lower case inside a sentence, as the Act and MIC write it; the English name is not Slovak.
      avoid: [re(`[\\p{Ll},]\\s+Modr${L} kart`), /Blue Card/i],
    },
    uk: {
      glossary: 'Блакитна карта ЄС',
      // Capitalised everywhere, as a name.
      use: re(`Блакитн${L} карт${L} ЄС`),
      keys: ['questions.purpose.options.euBlueCard.label', 'purposes.euBlueCard', 'calc.blueCard.heading', 'calc.blueCard.intro', 'app.tools.text'],
      avoid: [re(`блакитн${L} карт`), re(`син${L} карт`, 'iu'), /Blue Card/i],
    },
  },
  {
    concept: 'temporary residence',
    row: 'temporary residence',
    sk: {
      glossary: 'prechodný pobyt',
      use: re(`prechodn${L} pobyt`, 'iu'),
      keys: ['steps.trApplication.title', 'questions.currentStatus.options.temporaryResidence.label', 'outcome.resident.renewal'],
      avoid: [re(`dočasn${L} pobyt`, 'iu'), re(`pracovn${L} víz`, 'iu'), /pobytovk/iu],
    },
    uk: {
      glossary: 'тимчасове проживання',
      use: re(`тимчасов${L} проживанн${L}`, 'iu'),
      keys: ['steps.trApplication.title', 'questions.currentStatus.options.temporaryResidence.label', 'outcome.resident.renewal'],
      avoid: [/(?<!\p{L})(ВНЖ|ВНП)(?!\p{L})/u, re(`робоч${L} віз`, 'iu')],
    },
  },
  {
    concept: 'permanent residence',
    row: 'permanent residence for 5 years',
    sk: {
      glossary: 'trvalý pobyt',
      use: re(`trval${L} pobyt`, 'iu'),
      keys: ['steps.permanentFiveYears.title', 'steps.permanentUnlimited.title', 'questions.currentStatus.options.permanentResidence.label', 'outcome.resident.permanentResidence'],
      avoid: [re(`permanentn${L} pobyt`, 'iu')],
    },
    uk: {
      glossary: 'постійне проживання',
      use: re(`постійн${L} проживанн${L}`, 'iu'),
      keys: ['steps.permanentFiveYears.title', 'steps.permanentUnlimited.title', 'questions.currentStatus.options.permanentResidence.label', 'outcome.resident.permanentResidence'],
      avoid: [/(?<!\p{L})(ПМЖ|ПМП)(?!\p{L})/u],
    },
  },
  {
    concept: 'notice of stay',
    row: 'notice of stay (form)',
    sk: {
      glossary: 'hlásenie pobytu',
      // "Ohláste pobyt" is the glossary's "ohlásiť začiatok a miesto pobytu".
      use: re(`(hlásen|ohlás)${L} pobyt`, 'iu'),
      keys: ['steps.noticeOfStay.title', 'steps.noticeAfterEntry.title', 'steps.noticeOfStay.whatNow', 'steps.noticeAfterEntry.whatNow'],
      avoidInKeys: [/registr/iu],
    },
    uk: {
      glossary: 'повідомлення про місце перебування',
      use: re(`повідом${L} про місце перебування`, 'iu'),
      keys: ['steps.noticeOfStay.title', 'steps.noticeAfterEntry.title', 'steps.noticeOfStay.whatNow', 'steps.noticeAfterEntry.whatNow'],
      // «реєстрація» is kept for the EU citizen's registration (next concept).
      avoidInKeys: [/реєстр/iu],
    },
  },
  {
    concept: 'registration of residence (EU citizen)',
    row: 'registration of residence (EU citizen)',
    sk: {
      glossary: 'registrácia pobytu občana Únie',
      use: re(`registr${L} pobyt`, 'iu'),
      keys: ['steps.euRegistration.title', 'documents.applicationEuRegistration.name', 'booking.lifeSituations.euRegistration'],
    },
    uk: {
      glossary: 'реєстрація перебування громадянина ЄС',
      use: re(`реєстр${L} (своє )?перебування`, 'iu'),
      keys: ['steps.euRegistration.title', 'documents.applicationEuRegistration.name', 'booking.lifeSituations.euRegistration'],
    },
  },
  {
    concept: 'Foreign Police department',
    row: 'Foreign Police department',
    en: {
      glossary: 'Foreign Police',
      use: /Foreign Police/u,
      keys: ['where.foreignPoliceAny', 'where.foreignPoliceForAddress', 'calc.invitation.intro', 'steps.noticeOfStay.whatNow'],
      avoid: [/Foreigners'? Police/iu, /Alien Police/iu],
    },
    sk: {
      glossary: 'oddelenie cudzineckej polície',
      use: re(`oddelen${L} cudzineckej polície`, 'iu'),
      keys: ['where.foreignPoliceAny', 'where.foreignPoliceForAddress', 'calc.invitation.intro', 'steps.noticeOfStay.whatNow'],
    },
    uk: {
      glossary: 'відділ поліції у справах іноземців',
      use: re(`відділ${L} поліції у справах іноземців`, 'iu'),
      keys: ['where.foreignPoliceAny', 'where.foreignPoliceForAddress', 'calc.invitation.intro', 'steps.noticeOfStay.whatNow', 'steps.invitation.whatNow'],
      avoid: [re(`іноземн${L} поліці`, 'iu'), re(`міграційн${L} поліці`, 'iu'), re(`поліці${L} у справах іноземних громадян`, 'iu')],
    },
  },
  {
    concept: 'invitation verification',
    row: 'invitation verification',
    sk: {
      glossary: 'overenie pozvania',
      use: re(`(overeni${L} pozvania|pozvanie overiť)`, 'iu'),
      keys: ['fees.invitationVerification', 'steps.invitation.whatNow', 'calc.invitation.intro'],
    },
    uk: {
      glossary: 'засвідчення запрошення відділом поліції у справах іноземців',
      use: re(`засвідчен${L}`, 'iu'),
      keys: ['fees.invitationVerification', 'steps.invitation.whatNow', 'calc.invitation.intro'],
      // The police verify the invitation; the host only files it.
      avoid: [/засвідчити запрошення/iu],
    },
  },
  {
    concept: 'notarised signature',
    row: 'notarised signature',
    sk: {
      glossary: 'úradne overený podpis',
      use: re(`úradne overen${L} podpis`, 'iu'),
      keys: ['uiPlan.documents.notarised', 'output.notarised'],
    },
    uk: {
      // «Úradne overený» also covers a municipality: say so, not «нотаріально» alone.
      glossary: 'у нотаріуса або в органі місцевого самоврядування',
      use: /засвідчений підпис \(у нотаріуса або в органі місцевого самоврядування\)/u,
      keys: ['uiPlan.documents.notarised', 'output.notarised'],
      avoid: [/нотаріально засвідчен/iu],
    },
  },
  {
    concept: 'tolerated stay',
    row: 'tolerated stay',
    sk: { glossary: 'tolerovaný pobyt', use: re(`tolerovan${L} pobyt`, 'iu'), keys: ['questions.currentStatus.options.toleratedStay.label'] },
    uk: {
      glossary: 'толероване перебування',
      use: re(`толерован${L} перебуванн${L}`, 'iu'),
      keys: ['questions.currentStatus.options.toleratedStay.label'],
      // «толерантне» means "tolerant".
      avoid: [/толерантн/iu],
    },
  },
];

const LANGS = ['en', 'sk', 'uk'] as const satisfies readonly Language[];
const STRINGS = Object.fromEntries(LANGS.map((l) => [l, localeStrings(l)])) as Record<(typeof LANGS)[number], LocaleString[]>;
const text = (lng: (typeof LANGS)[number], key: string) => STRINGS[lng].find((s) => s.key === key)?.text;

/** Where a pattern occurs in some strings, as "key: …match…". */
function occurrences(strings: LocaleString[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const { key, text: t } of strings) {
    const m = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g');
    for (const hit of t.matchAll(m)) found.push(`${key}: …${t.slice(Math.max(0, hit.index - 25), hit.index + hit[0].length + 25)}…`);
  }
  return found;
}

describe.skipIf(!existsSync(GLOSSARY))('the terms are the glossary’s', () => {
  const glossary = existsSync(GLOSSARY) ? readFileSync(GLOSSARY, 'utf8') : '';
  it.each(CONCEPTS)('$concept', ({ row, sk, uk }) => {
    const line = glossary.split('\n').find((l) => l.startsWith(`| ${row} |`));
    expect(line, `glossary row "${row}"`).toBeDefined();
    const [, , skCell = '', ukCell = '', , note = ''] = (line ?? '').split('|').map((c) => c.trim());
    expect(skCell.toLowerCase()).toContain(sk.glossary.toLowerCase());
    expect(`${ukCell} ${note}`).toContain(uk.glossary);
  });
});

describe.each(CONCEPTS.flatMap((c) => LANGS.flatMap((lng) => (c[lng] ? [{ concept: c.concept, lng, term: c[lng] }] : []))))(
  '$concept in $lng',
  ({ lng, term }) => {
    it('the glossary term is in use', () => {
      expect(STRINGS[lng].some((s) => term.use.test(s.text))).toBe(true);
    });

    it.runIf(term.keys.length > 0)('is named with the glossary term in the strings that name it', () => {
      const wrong = term.keys.filter((k) => !term.use.test(text(lng, k) ?? '')).map((k) => `${k}: ${text(lng, k) ?? '(no such key)'}`);
      expect(wrong).toEqual([]);
    });

    it('no string uses a turned-down variant', () => {
      const keyed = STRINGS[lng].filter((s) => term.keys.includes(s.key));
      const found = [
        ...(term.avoid ?? []).flatMap((p) => occurrences(STRINGS[lng], p)),
        ...(term.avoidInKeys ?? []).flatMap((p) => occurrences(keyed, p)),
      ];
      expect(found).toEqual([]);
    });
  },
);

/** Issue 18, item 15: one wording for each of these across the Ukrainian texts. */
describe('Ukrainian texts say each thing one way', () => {
  const uk = STRINGS.uk;

  it('write the apostrophe as ʼ (U+02BC), as Intl writes «пʼятниця», never \' or ’', () => {
    expect(occurrences(uk, /(?<=\p{L})['’](?=\p{L})/u)).toEqual([]);
  });

  it('apply for residence: «заяву про надання дозволу на … проживання»', () => {
    const kinds = '(тимчасов|довгострок|постійн)';
    expect([
      ...occurrences(uk, re(`заяв${L}\\s+(на|про)\\s+(дозвіл\\s+на\\s+)?${kinds}${L}\\s+проживанн`, 'iu')),
      ...occurrences(uk, re(`про надання ${kinds}`, 'iu')),
    ]).toEqual([]);
    expect(occurrences(uk, /заяв\p{L}* про надання дозволу на (тимчасове|довгострокове|постійне) проживання/u).length).toBeGreaterThan(5);
  });

  it('few-form «клієнти» with 2–4, not «клієнтів»', () => {
    const few = uk.filter((s) => s.key.endsWith('_few'));
    expect(few.length).toBeGreaterThan(0);
    expect(occurrences(few, /клієнтів/u)).toEqual([]);
  });

  it('«Виберіть», not «Оберіть»', () => {
    expect(occurrences(uk, /(?<!\p{L})[Оо]бер(іть|и)(?!\p{L})/u)).toEqual([]);
  });

  it('«приїзд», not «прибуття»', () => {
    expect(occurrences(uk, /прибутт\p{L}*|прибува\p{L}*/iu)).toEqual([]);
  });

  it('«термін дії» for validity, «строк» for a period (glossary §1.7)', () => {
    expect(occurrences(uk, /(?<!\p{L})строк\p{L}* дії/iu)).toEqual([]);
  });
});
