import { defineSources, HANDBOOK_VERIFIED } from './define.ts';

/**
 * Sources of the office competence, booking and BOK data. Where a dated article is known
 * without its address, the source points to the publisher's site and the title names the
 * article and its date. Pages the residence rules already cite
 * (`res-booking-two-tier`, `res-bok-vizum-2025`, `res-bok-bratislava`, `res-24hod-2025`,
 * `res-euraxess-e-filing`, `fee-euraxess-card`) keep their id.
 */
export const OFFICE_SOURCES = defineSources({
  'off-minv-ocp': {
    title: 'Ministry of the Interior: contacts of the Foreign Police departments (Kontakt na Oddelenia cudzineckej polície PZ), as displayed 13 Jun and 19 Sep 2024',
    url: 'https://www.minv.sk/?ocp',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-minv-news-bratislava-2026': {
    title: 'Ministry of the Interior news, 15 May 2026: opening of the Foreign Police department in Bratislava at a new address (Račianska 62; Biometrics and Information and Registry bookings)',
    url: 'https://www.minv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-minv-hours': {
    title: 'Ministry of the Interior: office hours of the Foreign Police departments (as displayed 26 Oct 2020 and 22 Jan 2022; modified 18 Jun 2021)',
    url: 'https://www.minv.sk/?uradne-hodiny-ocp-pz',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-minv-booking-2020': {
    title: 'Ministry of the Interior: booking system of the Foreign Police departments (application types, 2020)',
    url: 'https://www.minv.sk/?objednavaci-system-na-ocp',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-minv-document-departments': {
    title: 'Ministry of the Interior: office days and hours of the document departments',
    url: 'https://www.minv.sk/?strankove-dni-a-hodiny-na-pracoviskach',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-mfa': {
    title: 'Ministry of Foreign and European Affairs of the Slovak Republic: Slovak embassies and consulates',
    url: 'https://www.mzv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-ukraineslovakia-police': {
    title: 'Ukraine–Slovakia: Foreign Police (which department is competent; asylum only in Humenné)',
    url: 'https://ukraineslovakia.sk/en/foreign-police/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-thclinic-booking': {
    title: 'THClinic: copy of the Ministry of the Interior text on any department vs competent department',
    url: 'https://thclinic.sk/author/jozefik/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-akbaltazarovic-2025': {
    title: 'AK Baltazarovič, 10 Sep 2025: changes in the Foreign Police booking system',
    url: 'https://akbaltazarovic.eu/2025/09/10/zmeny-v-rezervacnom-systeme-cudzineckej-policie',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-euraxess-two-level': {
    title: 'EURAXESS Slovakia news: Slovakia launches a two-level appointment system for Foreign Police visits',
    url: 'https://euraxess.sk/slovakia/news/slovakia-launches-two-level-appointment-system-foreign-police-departments-visits',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-euraxesspoint-bratislava-situations': {
    title: 'EURAXESS Slovakia: new life situations in the booking system of the Foreign Police department in Bratislava',
    url: 'https://euraxesspoint.sav.sk/new-life-situations-in-the-ministry-of-the-interior-of-the-slovak-republic-reservation-system-for-applicants-at-the-foreign-police-department-in-bratislava/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-refresher-2026': {
    title: 'Refresher News, 2 Feb 2026: the police launch a new booking system for foreigners (three areas)',
    url: 'https://news.refresher.sk/197567-Policia-spusta-novy-rezervacny-system-pre-cudzincov-Mozu-si-skratit-cakanie',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-lovinsk-bok': {
    title: 'Lovinsk: Slovakia ID card BOK activation, a complete guide for foreigners (cites the Ministry of the Interior)',
    url: 'https://lovinsk.com/slovakia-id-card-bok-activation-a-complete-guide-for-foreigners/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-hrl-bok': {
    title: 'HRL: changes to Foreign Police registration (BOK, eIDENTITA app)',
    url: 'https://hrl.sk/en/about-us/news/changes-to-foreign-police-registration',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-exilion-bok': {
    title: 'Exilion: BOK activation for foreigners ("Doklady / pasy" → "Aktivácia BOK / PIN")',
    url: 'https://exilion.eu/?p=668',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-vizum-bok-2026': {
    title: 'Vizum.sk: activation of the residence code will be easier (amendment, mid-May 2026)',
    url: 'https://vizum.sk/en/activation-of-the-residence-code-will-be-easier/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-factnews-bok-2026': {
    title: 'Fact News: fewer queues for refugees, Slovakia updates rules for obtaining the BOK (15 May 2026)',
    url: 'https://fact-news.com.ua/en/fewer-queues-for-refugees-slovakia-updates-rules-for-obtaining-secure-personal-bok-code/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-mic-contacts': {
    title: 'Migration Information Centre (IOM): free advice, hotline 0850 211 478; Košice branch at Floriánska 19',
    url: 'https://mic.iom.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
});
