import { defineSources, HANDBOOK_VERIFIED } from './define.ts';

/**
 * Sources of the calendar used to count deadlines: days of rest (Act 241/1993 Z. z. as
 * amended) and the counting rule (Act 71/1967 Zb., §27(2); Act 40/1964 Zb., §122(3)).
 */
export const CALENDAR_SOURCES = defineSources({
  // The act on state holidays and days of rest.
  'cal-act-241-text': {
    title: 'Act No. 241/1993 Z. z. on state holidays, days of rest and memorial days (text as reproduced by vystahovalectvo.sk)',
    url: 'https://www.vystahovalectvo.sk/zakon-241-1993-z-z/',
    legalRef: 'Act 241/1993 Z. z., §1, §2',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-act-241-text-hu': {
    title: 'Act No. 241/1993 Z. z., Hungarian translation, version in force from 2016 (torvenytar.sk)',
    url: 'http://torvenytar.sk/print.php?ruleId=77&language=hu',
    legalRef: 'Act 241/1993 Z. z., §1, §2',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // The amending acts. The consolidated texts are linked as python-holidays cites them; they
  // were not read here (the text of Act 261/2025 itself could not be retrieved).
  'cal-act-326-2020': {
    title: 'Act No. 326/2020 Z. z.: 28 October a state holiday that is not a day of rest, from 2021 (as cited by python-holidays)',
    url: 'https://static.slov-lex.sk/static/SK/ZZ/2020/326/20210101.html',
    legalRef: 'Act 326/2020 Z. z., amending Act 241/1993 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-act-530-2023': {
    title: 'Act No. 530/2023 Z. z. (consolidation package): 1 September no longer a day of rest, from 2024 (as cited by python-holidays)',
    url: 'https://static.slov-lex.sk/static/SK/ZZ/2023/530/20240101.html',
    legalRef: 'Act 530/2023 Z. z., in force 1 Jan 2024, amending Act 241/1993 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-act-261-2025': {
    title: 'Act No. 261/2025 Z. z. (2025 consolidation package): 17 November no longer a day of rest; 8 May and 15 September not days of rest in 2026 only (as cited by python-holidays; its text not read)',
    url: 'https://static.slov-lex.sk/static/SK/ZZ/2025/261/20251101.html',
    legalRef: 'Act 261/2025 Z. z., in force 1 Nov 2025, amending Act 241/1993 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },

  'cal-act-241-2018-version': {
    title: 'Act No. 241/1993 Z. z., version in force from 11 Oct 2018: 30 October 2018 a one-off day of rest (100th anniversary of the Declaration of the Slovak Nation), as cited by python-holidays',
    url: 'https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/1993/241/20181011.html',
    legalRef: 'Act 241/1993 Z. z., as in force from 11 Oct 2018',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // The counting rule.
  'cal-spravny-poriadok-lehota': {
    title: 'Slov-lex legal thesaurus: "lehota" (time limit), Administrative Procedure Act §27',
    url: 'https://www.slov-lex.sk/zoznam-tezaurov/-/tezaurus/koncept/-SK-tezaury-1-6-koncepty-101',
    legalRef: 'Act 71/1967 Zb., §27(2)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-epi-civil-code-lehoty': {
    title: 'epi.sk: determining and counting time limits (Civil Code wording "sobotu, nedeľu alebo sviatok")',
    url: 'https://www.epi.sk/clanok-z-titulky/podrobnejsie-informacie-k-urcovaniu-a-pocitaniu-lehot.htm',
    legalRef: 'Act 40/1964 Zb. (Civil Code), §122(3)',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // Official and press reports of the changes.
  'cal-ip-1-september': {
    title: 'National Labour Inspectorate: 1 September is no longer a day of rest (28 October not one since 2021)',
    url: 'https://www.ip.gov.sk/1-september-uz-nie-je-dnom-pracovneho-pokoja/',
    legalRef: 'Act 241/1993 Z. z. as amended by Act 530/2023 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-stvr-constitution-day': {
    title: 'STVR (RSI): Constitution Day marked by work for the first time in decades',
    url: 'https://enrsi.stvr.sk/articles/news/413444/constitution-day-marked-by-work-for-the-first-time-in-decades',
    legalRef: 'Act 530/2023 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-tasr-24hod-shops': {
    title: '24hod.sk (TASR), 31 Oct 2025: 17 November permanently, and in 2026 also 8 May and 15 September, no longer days off',
    url: 'https://www.24hod.sk/nakupite-aj-pocas-sviatkov-od-novembra-uz-obchody-nemusia-zatvarat-cl820307.html',
    legalRef: 'Act 261/2025 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-dennikn-zssk-17-nov': {
    title: 'Denník N (ZSSK): trains on 17 November run as on other working days',
    url: 'https://dennikn.news/vlaky-budu-17-novembra-premavat-ako-v-ine-pracovne-dni',
    legalRef: 'Act 261/2025 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-teraz-15-sep-for-6-jan': {
    title: 'teraz.sk (TASR), 23 Sep 2025: parliament swaps 15 September in for 6 January (6 January stays a day of rest)',
    url: 'https://www.teraz.sk/ekonomika/nrsr-15-september-ma-nahradit-6-jan/908301-clanok.html',
    legalRef: 'Act 261/2025 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-refresher-2026-table': {
    title: 'refresher.sk, January 2026: table of holiday changes in 2026 (8 May and 15 September "iba 2026")',
    url: 'https://news.refresher.sk/196259-TABULKA-Zmena-sviatkov-v-roku-2026-Kedy-budu-zatvorene-obchody-a-kedy-nepojdem-do-prace',
    legalRef: 'Act 261/2025 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-sita-2026-days-off': {
    title: 'sita.sk: is 6 January a holiday? Four of the 11 days off in 2026 fall on a weekend',
    url: 'https://sita.sk/je-6-januar-sviatok-a-budu-otvorene-obchody-styri-z-11-volnych-dni-v-roku-2026-su-cez-vikend/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-newsbyte-labour-code-error': {
    title: 'newsbyte.sk: consolidation package error on holiday wage supplements (8 May, 15 September 2026)',
    url: 'https://www.newsbyte.sk/chyba-konsolidacny-balik-stat-priplatok-sviatok',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-obkec-2026-calendar': {
    title: 'obkec.azet.sk: new holiday calendar, these days become working days',
    url: 'https://obkec.azet.sk/clanok/i1Fp8Yc/novy-kalendar-sviatkov-tieto-dni-sa-menia-na-pracovne-co-to-pre-vas-znamena-a-ako-je-to-s-priplatkami',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // Holiday libraries, used as a cross-check only.
  'cal-python-holidays': {
    title: 'python holidays (vacanza/holidays), Slovakia calendar, commit c382fdec',
    url: 'https://github.com/vacanza/holidays/blob/c382fdec456ce76e03b841ab809d47e46be610a2/holidays/countries/slovakia.py',
    legalRef: 'Act 326/2020, Act 530/2023, Act 261/2025 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'cal-date-holidays-sk': {
    title: 'npm date-holidays (commenthol/date-holidays), data/countries/SK.yaml, commit 9e1b5adb',
    url: 'https://github.com/commenthol/date-holidays/blob/9e1b5adbbe1e313b9a53ea6dff80c268f85b7322/data/countries/SK.yaml',
    lastVerified: HANDBOOK_VERIFIED,
  },
});

export type CalendarSourceId = keyof typeof CALENDAR_SOURCES;
