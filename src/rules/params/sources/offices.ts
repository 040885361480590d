import { defineSources, HANDBOOK_VERIFIED } from './define.ts';

/**
 * Sources of the office, booking and BOK data (shared/handbook/offices.md, facts.md §4b,
 * §8, documents.md §7). Addresses are the ones the handbook gives. Where the handbook names
 * a dated article without its address, the source points to the publisher's site and the
 * title names the article and its date. Pages the residence rules already cite
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
  'off-minv-visa-info': {
    title: 'Ministry of the Interior: types of visas, office days of the Foreign Police (as displayed 24 Mar 2023)',
    url: 'https://www.minv.sk/?vizova-info-typy-viz-1',
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
  'off-minv-press-2013': {
    title: 'Ministry of the Interior press release, 17 Jun 2013: new Bratislava counters; Malacky and Pezinok to OCP Trnava, Senec to OCP Dunajská Streda',
    url: 'https://www.minv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-minv-press-client-centres': {
    title: 'Ministry of the Interior press releases, 10 Mar 2017 (Bratislava client centre) and 27 Feb 2020 (62 client centres; Komárno, Levice, Zvolen, Rimavská Sobota, Skalica)',
    url: 'https://www.minv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-mfa': {
    title: 'Ministry of Foreign and European Affairs of the Slovak Republic: Slovak embassies and consulates',
    url: 'https://www.mzv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-akmv-districts-2021': {
    title: 'AKMV, 2021: change of the address of temporary residence at the Foreign Police (departments and districts; list truncated)',
    url: 'https://akmv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-sita-departments-2022': {
    title: 'SITA via Košice Dnes, Mar 2022: the 13 Foreign Police departments',
    url: 'https://kosicednes.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-tasr-departments-2022': {
    title: 'TASR (teraz.sk), 19 Aug 2022: Foreign Police departments in 13 district towns',
    url: 'https://www.teraz.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-frontex-2025': {
    title: 'ÚHCP presentation "Irregular migration in Slovakia – role of national police" (docslides.com, published 16 Jul 2025): 13 departments and the Asylum Department Humenné',
    url: 'https://docslides.com/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-spectator-regrutska-2018': {
    title: 'The Slovak Spectator, 23 Feb 2018: Foreign Police in Bratislava move to Regrútska 4',
    url: 'https://spectator.sme.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-spectator-2020': {
    title: 'The Slovak Spectator / TASR, 4 Feb 2020: new Foreign Police premises (Dunajská Streda, Mlynská 2/A; Žilina, Ružomberok, Trnava)',
    url: 'https://spectator.sme.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-spectator-zilina-2019': {
    title: 'The Slovak Spectator, 2019: Foreigners\' Police office in Žilina has moved to a new building',
    url: 'https://spectator.sme.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-dunstreda-2019': {
    title: 'dunstreda.sk / dunajskostredsky.sk, 28 Nov 2019: Foreign Police move temporarily from Ádorská ulica',
    url: 'https://dunstreda.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-tasr-trnava-2021': {
    title: 'TASR (teraz.sk), 18 Nov 2021: OCP PZ Trnava, Paulínska 13',
    url: 'https://www.teraz.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-tasr-trencin-2022': {
    title: 'TASR (teraz.sk), 24 Mar 2022: one Foreign Police department in the Trenčín region',
    url: 'https://www.teraz.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-tasr-nove-zamky-2025': {
    title: 'TASR (teraz.sk), 14 Jan 2025: Foreign Police in Nové Zámky in new premises on SNP street',
    url: 'https://www.teraz.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-sita-ruzomberok-2019': {
    title: 'SITA via skrsi.stvr.sk, 2019: new Foreign Police department in Ružomberok and its districts',
    url: 'https://skrsi.stvr.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-ahoj-presov-2022': {
    title: 'ahoj.tv, 14 Mar 2022: Foreign Police Prešov contact (Ľubochnianska 2)',
    url: 'https://ahoj.tv/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-upjs-kosice': {
    title: 'Pavol Jozef Šafárik University: Foreign Police Košice, Trieda SNP 35',
    url: 'https://upjs.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-kosice-ukraine-2022': {
    title: 'kosicepreukrajinu.sk, 2022: Foreign Police Košice address',
    url: 'https://kosicepreukrajinu.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-comin-asylum': {
    title: 'COMIN: international protection (updated 26 Sep 2022): Asylum Department Humenné, Migration Office',
    url: 'https://comin.sk/',
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
  'off-client-centres-2025': {
    title: 'SITA (sita.sk) and topky.sk, 23 Dec 2025: 66 client centres in operation, new ones planned',
    url: 'https://sita.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-finreport-2026': {
    title: 'SITA via finreport.sk, 2 Feb 2026: client centre Dunajská Streda opened (Jesenského ulica)',
    url: 'https://finreport.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-zilinak-2020': {
    title: 'zilinak.sk, May 2020: Ministry of the Interior notice on client-centre hours',
    url: 'https://zilinak.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'off-mic-contacts': {
    title: 'Migration Information Centre (IOM): free advice, hotline 0850 211 478; Košice branch at Floriánska 19',
    url: 'https://mic.iom.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
});
