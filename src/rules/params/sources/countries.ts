import { defineSources, HANDBOOK_VERIFIED } from './define.ts';

/**
 * Sources of the country data: EU/EEA/CH membership, the Schengen area and the visa-free
 * list of Reg. (EU) 2018/1806 Annex II. Where only a site name was known, the address is
 * the page found for that site's article; EUR-Lex acts are cited by their ELI or CELEX
 * address.
 */
export const COUNTRY_SOURCES = defineSources({
  // ── Standards ───────────────────────────────────────────────────────────────
  'ctry-iso-3166': {
    title: 'ISO 3166 country codes (ISO 3166-1 alpha-2)',
    url: 'https://www.iso.org/iso-3166-country-codes.html',
    legalRef: 'ISO 3166-1',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── EU, EEA, Switzerland ────────────────────────────────────────────────────
  'ctry-eu-countries': {
    title: 'European Union: EU countries (the 27 member states)',
    url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-withdrawal-agreement': {
    title: 'Agreement on the withdrawal of the United Kingdom from the EU and Euratom (UK left on 1 Feb 2020; transition to 31 Dec 2020)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12020W/TXT',
    legalRef: 'Withdrawal Agreement, OJ L 29, 31.1.2020, p. 7',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-efta-eea': {
    title: 'EFTA: the EEA Agreement (EU member states plus Iceland, Liechtenstein and Norway)',
    url: 'https://www.efta.int/eea',
    legalRef: 'Agreement on the European Economic Area',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-eeas-li-eea': {
    title: 'EU Delegation to Switzerland and Liechtenstein: 25th anniversary of Liechtenstein\'s EEA membership (since 1 May 1995)',
    url: 'https://eeas.europa.eu/delegations/switzerland/79399/25th-anniversary-liechtensteins-membership-eea_en',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-eu-ch-afmp': {
    title: 'Agreement between the EC and its Member States and the Swiss Confederation on the free movement of persons (in force 1 Jun 2002)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22002A0430(01)',
    legalRef: 'OJ L 114, 30.4.2002, p. 6',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Schengen area ───────────────────────────────────────────────────────────
  'ctry-council-dec-2022-2451': {
    title: 'Council Decision (EU) 2022/2451: full application of the Schengen acquis in Croatia (from 1 Jan 2023)',
    url: 'https://eur-lex.europa.eu/eli/dec/2022/2451/oj',
    legalRef: 'Council Decision (EU) 2022/2451',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-council-dec-2024-210': {
    title: 'Council Decision (EU) 2024/210: Schengen acquis in Bulgaria and Romania; air and sea border checks lifted 31 Mar 2024 (summary)',
    url: 'https://www.vreemdelingenrecht.be/nieuws/schengengebied-gedeeltelijke-toetreding-bulgarije',
    legalRef: 'Council Decision (EU) 2024/210',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-council-dec-2024-3212': {
    title: 'Council Decision (EU) 2024/3212: land border checks with and between Bulgaria and Romania lifted from 1 Jan 2025',
    url: 'https://eur-lex.europa.eu/eli/dec/2024/3212/oj',
    legalRef: 'Council Decision (EU) 2024/3212 of 12 Dec 2024',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-ansa-schengen-2025': {
    title: 'ANSA (31 Dec 2024): Romania and Bulgaria full Schengen members from 1 January; 29 countries; Cyprus and Ireland outside',
    url: 'https://ansa.it/nuova_europa/en/news/countries/romania/2024/12/31/eu-romania-and-bulgaria-from-january-1-full-schengen-members_edbefd06-6bbb-40be-aeda-6849380c845c.html',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-powiat-cyprus': {
    title: 'moj.powiat.pl: only Cyprus outside Schengen; Cyprus cannot issue Schengen visas',
    url: 'https://moj.powiat.pl/tylko-cypr-poza-strefa-schengen-25978802.html',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Reg. (EU) 2018/1806: the visa lists ─────────────────────────────────────
  'ctry-reg-1806-2024': {
    title: 'Regulation (EU) 2018/1806 (visa lists), EUR-Lex consolidated text of 4 Aug 2024',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A02018R1806-20240804',
    legalRef: 'Regulation (EU) 2018/1806, Annexes I and II',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-reg-1806-2025': {
    title: 'Regulation (EU) 2018/1806 (visa lists), EUR-Lex consolidated text of 30 Dec 2025',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A02018R1806-20251230',
    legalRef: 'Regulation (EU) 2018/1806, Annexes I and II',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-annex2-de': {
    title: 'gesetze.legal: Regulation (EU) 2018/1806, Annex II (German consolidation, includes 2024/2495)',
    url: 'https://gesetze.legal/eu/vo_eu_2018_1806/anhang_ii',
    legalRef: 'Regulation (EU) 2018/1806, Annex II',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-foreign-schengen-visa': {
    title: 'Slovak Ministry of Foreign and European Affairs: Schengen visa (points to Reg. 2018/1806)',
    url: 'https://foreign.gov.sk/web/en/visa-and-services/schengen-visa',
    legalRef: 'Regulation (EU) 2018/1806',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-minv-visa-free': {
    title: 'Ministry of the Interior: visa-free regime (Bezvízový režim), as displayed 28 Feb 2024',
    url: 'https://www.minv.sk/?bezvizovy-rezim',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-dataset-e': {
    title: 'EricLusk-Jopson/world-visa-calculator, src/data/regions/schengen.ts (last verified 2026-04-08)',
    url: 'https://github.com/EricLusk-Jopson/world-visa-calculator/blob/HEAD/src/data/regions/schengen.ts',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-dataset-p': {
    title: 'ilyankou/passport-index-dataset, passport-index-tidy-iso2.csv (12 Jan 2025)',
    url: 'https://github.com/ilyankou/passport-index-dataset',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── United Kingdom ──────────────────────────────────────────────────────────
  'ctry-reg-2019-592': {
    title: 'Regulation (EU) 2019/592, Art. 1: United Kingdom added to Annex II; British nationals in Part 3',
    url: 'https://lexparency.org/eu/32019R0592/ART_1',
    legalRef: 'Regulation (EU) 2019/592, Art. 1',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Kosovo ──────────────────────────────────────────────────────────────────
  'ctry-reg-2023-850': {
    title: 'Regulation (EU) 2023/850: Kosovo moved to Annex II (biometric passports; from 1 Jan 2024)',
    url: 'https://eur-lex.europa.eu/eli/reg/2023/850/oj',
    legalRef: 'Regulation (EU) 2023/850 of 19 Apr 2023',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-oeil-kosovo': {
    title: 'European Parliament Legislative Observatory: procedure 2016/0139(COD), visa liberalisation for Kosovo',
    url: 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2016/0139(COD)',
    legalRef: '2016/0139(COD)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-trtworld-kosovo': {
    title: 'TRT World: Kosovo citizens travel visa-free to the EU from 1 Jan 2024',
    url: 'https://www.trtworld.com/article/16483469',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Serbia ──────────────────────────────────────────────────────────────────
  'ctry-reg-2024-2495': {
    title: 'Regulation (EU) 2024/2495: Serbian passports issued by the Coordination Directorate included (in force 13 Oct 2024)',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/2495/oj',
    legalRef: 'Regulation (EU) 2024/2495 of 18 Sep 2024',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-europeansources-2024-2495': {
    title: 'European Sources Online: Regulation (EU) 2024/2495 (published 23 Sep 2024)',
    url: 'https://www.europeansources.info/record/regulation-eu-2024-2495-amending-regulation-eu-2018-1806-as-regards-holders-of-serbian-passports-issued-by-the-serbian-coordination-directorate-koordinaciona-uprava/',
    legalRef: 'Regulation (EU) 2024/2495',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Vanuatu ─────────────────────────────────────────────────────────────────
  'ctry-reg-2025-11': {
    title: 'Regulation (EU) 2025/11: Vanuatu moved to Annex I (entry into force 3 Feb 2025)',
    url: 'https://www.parlementairemonitor.nl/9353000/1/j9tvgajcor7dxyk_j9vvij5epmj1ey0/vmk1fttyfpys',
    legalRef: 'Regulation (EU) 2025/11 of 19 Dec 2024, OJ L 2025/11, 14.1.2025',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-oeil-vanuatu': {
    title: 'European Parliament Legislative Observatory: Vanuatu visa exemption suspended (partly 4 May 2022, fully 4 Feb 2023)',
    url: 'https://oeil.europarl.europa.eu/oeil/en/document-summary?id=1802174',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Georgia ─────────────────────────────────────────────────────────────────
  'ctry-visaverge-georgia': {
    title: 'VisaVerge (6 Mar 2026): Commission suspends visa-free travel for Georgian diplomatic, service and official passports until 6 Mar 2027',
    url: 'https://www.visaverge.com/news/european-commission-freezes-visa-free-travel-for-georgian-diplomatic-and-service-passports',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-report-az-georgia': {
    title: 'Report.az (6 Mar 2026), quoting the Commission: suspension in force for 12 months, until 6 Mar 2027',
    url: 'https://report.az/ru/drugie-strany/ek-priostanovila-bezviz-dlya-diplomaticheskih-i-sluzhebnyh-pasportov-gruzii',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-devdiscourse-georgia': {
    title: 'Devdiscourse (6 Mar 2026): EU suspends visa-free travel for Georgian diplomats',
    url: 'https://www.devdiscourse.com/article/business/3828531-eu-suspends-visa-free-travel-for-georgian-diplomats-over-commitment-violations',
    lastVerified: HANDBOOK_VERIFIED,
  },

  // ── Agreement-based exemptions and Nauru ────────────────────────────────────
  'ctry-oeil-marshall': {
    title: 'European Parliament Legislative Observatory: 2016/0103(NLE), EU–Marshall Islands short-stay visa waiver (paid activity not covered)',
    url: 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2016/0103(NLE)',
    legalRef: '2016/0103(NLE)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-oeil-tuvalu': {
    title: 'European Parliament Legislative Observatory: 2016/0100(NLE), EU–Tuvalu short-stay visa waiver (paid activity not covered)',
    url: 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2016/0100(NLE)',
    legalRef: '2016/0100(NLE)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-parltrack-palau': {
    title: 'Parltrack: 2015/0193(NLE), EU–Palau short-stay visa waiver (paid activity not covered)',
    url: 'https://parltrack.org/dossier/2015/0193(NLE)',
    legalRef: '2015/0193(NLE)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-citizenx-nauru': {
    title: 'CitizenX: Nauru passport holders need a Schengen visa',
    url: 'https://citizenx.com/insights/nauru-passport-visa-free-countries',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'ctry-savory-nauru': {
    title: 'Savory & Partners (13 Dec 2025): Nauru passport, Schengen area requires a visa',
    url: 'https://www.savoryandpartners.com/blog/nauru-visa-free-countries',
    lastVerified: HANDBOOK_VERIFIED,
  },
});
