import { defineSources, HANDBOOK_VERIFIED } from './define.ts';

/**
 * The day pending changes (the Single Permit Directive, the refuge extension, student work) were checked again.
 */
export const UPDATE_VERIFIED = '2026-12-06';

/**
 * Sources of the rules by route (issue 13): students who work, the Entry/Exit System and
 * ETIAS, temporary refuge after 4 March 2027, the follow-up duties after a grant.
 */
export const LAW_SOURCES = defineSources({
  'law-euraxesspoint-graduate': {
    title: 'EURAXESS Slovakia: doctoral student, renewal for 9 months to seek work or start a business after studies',
    url: 'https://www.euraxesspoint.sav.sk/doctoral-student-2',
    legalRef: 'Act 404/2011 Z. z., §34',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-ees-regulation': {
    title: 'Regulation (EU) 2017/2226 establishing an Entry/Exit System (EES)',
    url: 'https://eur-lex.europa.eu/eli/reg/2017/2226/oj',
    legalRef: 'Regulation (EU) 2017/2226',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-ees-start': {
    title: 'EU Delegation to Serbia: the Entry/Exit System starts on 12 October 2025 with a progressive roll-out',
    url: 'https://europa.rs/?lang=en&p=137624',
    legalRef: 'Regulation (EU) 2017/2226',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-ees-full': {
    title: 'EU Today: the Entry/Exit System fully operational from 10 April 2026',
    url: 'https://eutoday.net/tag/entry-exit-system/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-etias-regulation': {
    title: 'Regulation (EU) 2018/1240 establishing a European Travel Information and Authorisation System (ETIAS)',
    url: 'https://eur-lex.europa.eu/eli/reg/2018/1240/oj',
    legalRef: 'Regulation (EU) 2018/1240',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-etias-announced': {
    title: 'Sofia Globe: Commission proposes a higher ETIAS fee; start announced for the last quarter of 2026',
    url: 'https://sofiaglobe.com/2025/07/18/ec-proposes-increase-in-european-travel-information-and-authorisation-system-fee/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-refuge-proposal-2028': {
    title: 'Migrando: Ukraine protection, the European Commission formally proposes an extension to 2028 (June 2026)',
    url: 'https://migrando.de/en/news/eu-recht/ukraine-schutz-eu-kommission-schlaegt-offiziell-verlaengerung-bis-2028-vor-mit-einschraenkungen/',
    legalRef: 'Council Implementing Decision (EU) 2022/382 (proposed extension)',
    lastVerified: UPDATE_VERIFIED,
  },
  'law-refuge-transition': {
    title: 'ECRE: fourth anniversary of the Temporary Protection Directive (Council recommendation on the transition, 16 Sep 2025)',
    url: 'https://ecre.org/fourth-anniversary-of-the-activation-of-the-temporary-protection-directive/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-medical-blue-card': {
    title: 'Medical Control: medical certificate for an EU Blue Card (30 days after filing at the Foreign Police)',
    url: 'https://medicalcontrol.sk/lekarsky-posudok-v-pripade-modrej-karty/',
    legalRef: 'Act 404/2011 Z. z., §38(8)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-medical-pr5': {
    title: 'Medical Check: medical certificate for foreigners (temporary residence §32(10), permanent residence §45(4))',
    url: 'https://medicalcheck.sk/sablona/',
    legalRef: 'Act 404/2011 Z. z., §32(10), §45(4), §124',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-medical-who': {
    title: 'Expat Clinic: when the Foreign Police require a medical examination and insurance',
    url: 'https://expatclinic.sk/kedy-cudzinecka-policia-vyzaduje-lekarsku-prehliadku-a-poistenie/',
    legalRef: 'Act 404/2011 Z. z., §32(10)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'law-single-permit-directive': {
    title: 'Directive (EU) 2024/1233 on a single application procedure for a single permit for third-country nationals to reside and work (recast), OJ L 2024/1233 of 30 Apr 2024',
    url: 'https://eur-lex.europa.eu/eli/dir/2024/1233/oj',
    legalRef: 'Directive (EU) 2024/1233',
    lastVerified: UPDATE_VERIFIED,
  },
  'law-single-permit-fragomen': {
    title: 'Fragomen: European Union, revised Single Permit Directive approved (change of employer, periods of unemployment, transposition within two years)',
    url: 'https://www.fragomen.com/insights/european-union-revised-single-permit-directive-approved.html',
    legalRef: 'Directive (EU) 2024/1233',
    lastVerified: UPDATE_VERIFIED,
  },
});
