// Long file: one table of the document lists' sources keyed by id (title, address, statute, date checked), pure data read by ALL_SOURCES; split by theme it would scatter the sources one list cites.
import { defineSources, HANDBOOK_VERIFIED } from './define.ts';

/**
 * Sources of the document lists. Where an article is known without its address, the
 * source points to the site and the title names the article. Pages already cited by the
 * residence rules keep their `res-` id and are not repeated here.
 */
export const DOCUMENT_SOURCES = defineSources({
  'doc-mic-purpose-sk': {
    title: 'Migration Information Centre (IOM): how to prove the purpose of residence (updated 23 Jul 2024)',
    url: 'https://mic.iom.sk/index.php/sk/pobyt2/prechodny-pobyt/325-ako-mozno-dokladovat-ucel-pobytu',
    legalRef: 'Act 404/2011 Z. z., §32',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-purpose-en': {
    title: 'Migration Information Centre (IOM): how to document the purpose of residence',
    url: 'https://mic.iom.sk/en/residence/temporary-residence/234-how-to-document-the-purpose-of-residence.html',
    legalRef: 'Act 404/2011 Z. z., §32',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-tr-application-sk': {
    title: 'Migration Information Centre (IOM): application for temporary residence (processing, after the grant)',
    url: 'https://mic.iom.sk/sk/pobyt2/prechodny-pobyt/326-ziadost-o-prechodny-pobyt-2.html',
    legalRef: 'Act 404/2011 Z. z., §30, §32',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-2025': {
    title: 'AKMV: changes to the Act on the residence of foreigners as of 1 July 2025',
    url: 'https://akmv.sk/en/changes-to-the-act-on-the-residence-of-foreigners-as-of-1-july-2025-2',
    legalRef: 'Act 178/2025 Z. z.; Act 404/2011 Z. z., §19(7), §32(2)(c), §34(3)(b), §53(4)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-ris-temporary-residence': {
    title: 'Research in Slovakia (SAIA): temporary residence of third-country nationals (study, research, renewal)',
    url: 'https://researchinslovakia.saia.sk/en/main/welcome/visa-and-entry-conditions/entry/third-countries/more-than-90/temporary-residence-old/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-eux-temporary-residence': {
    title: 'EURAXESS Slovakia: temporary residence (employment, research, special activity)',
    url: 'https://euraxess.sk/en/main/info/living/entry/third-countries/more-than-90/temporary-residence/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-eux-authentication': {
    title: 'EURAXESS Slovakia: authentication and translation of documents',
    url: 'https://euraxess.sk/en/main/info/living/authentication-and-translation/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-eux-family': {
    title: 'EURAXESS Slovakia: temporary residence for family reunification',
    url: 'https://euraxess.sk/en/main/info/living/entry/third-countries/bringing-family/temporary-residence-family-reunification',
    legalRef: 'Act 404/2011 Z. z., §27',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-euraxesspoint-family': {
    title: 'EURAXESS Slovakia: family reunion before arrival',
    url: 'https://euraxesspoint.sav.sk/information/family-arrival/family-reunion-before-arrival',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-euraxesspoint-documents': {
    title: 'EURAXESS Slovakia: documents (hosting agreement, medical centres)',
    url: 'https://euraxesspoint.sav.sk/documents-2/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-euraxesspoint-after-arrival': {
    title: 'EURAXESS Slovakia: doctoral student from a third country, after arrival (card issue and delivery)',
    url: 'https://euraxesspoint.sav.sk/information/doctoral/after-arrival-to-sk-2/doctoral-student-third-country-national/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-realdealplus-authentication': {
    title: 'Real Deal Plus: documents submitted to the Foreign Police (apostille, bilateral exemptions)',
    url: 'https://realdealplus.com/documents-submitted-department-alien-police-within-procedure-granting-residence-territory-slovak-republic/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-realdealplus-criminal': {
    title: 'Real Deal Plus: criminal record extract for a residence application',
    url: 'https://realdealplus.com/?p=1940',
    legalRef: 'Act 404/2011 Z. z., §121(1)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-realdealplus-study': {
    title: 'Real Deal Plus: documents for a study permit in Slovakia',
    url: 'https://realdealplus.com/documents-for-study-permit-in-slovakia/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-ejustice-public-documents': {
    title: 'European e-Justice Portal: public documents, Slovakia',
    url: 'https://beta.e-justice.europa.eu/561/SL/public_documents',
    legalRef: 'Regulation (EU) 2016/1191',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-e-apostille': {
    title: 'AKMV: temporary residence of a foreigner (electronic apostilles accepted as printouts)',
    url: 'https://akmv.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-sidlo-permanent': {
    title: 'Sidlo.market: documents for permanent residence (notarised signatures)',
    url: 'https://sidlo.market/en/documents/rp/trvaly',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-sidlo-unlimited': {
    title: 'Sidlo.market: documents for permanent residence for an unlimited period',
    url: 'https://sidlo.market/en/documents/rp/neobmedzeny',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-accommodation-affidavit': {
    title: 'AKMV: statutory declaration on providing accommodation to a foreign national',
    url: 'https://akmv.sk/en/statutory-declaration-of-provision-of-accommodation-to-a-foreign-national/',
    legalRef: 'Act 404/2011 Z. z., §122',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-accommodation-rules': {
    title: 'AKMV: temporary residence, accommodation requirements, change of address, passport validity',
    url: 'https://akmv.sk/en/temporary-residence-for-an-alien-accommodation-requirements-change-of-address-passport-validity/',
    legalRef: 'Act 404/2011 Z. z., §122; Decree 259/2008 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-sro-start-accommodation': {
    title: 'SRO Start: statement on providing accommodation to a foreigner',
    url: 'https://sro-start.sk/blog/statement-on-providing-accommodation-to-a-foreigner',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-serial-eu-registration': {
    title: 'SRO Start, "Seriál cudzinci 8": documents for the registration of residence of a Union citizen',
    url: 'https://sro-start.sk/blog/doklady-potrebne-k-ziadosti-o-registraciu-pobytu-obcana-unie',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-serial-business': {
    title: 'SRO Start, "Seriál cudzinci 13": documents for temporary residence for business (before 2025)',
    url: 'https://sro-start.sk/blog/doklady-potrebne-k-prijatiu-ziadosti-o-udelenie-prechodneho-pobytu-na-ucel-podnikania',
    legalRef: 'Act 404/2011 Z. z., §22',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-infoguru-insurance': {
    title: 'Infoguru forum: documents for renewal (insurer confirmation, no arrears), older post',
    url: 'https://infoguru.sk/viewtopic.php?t=19&p=43',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-infoguru-insurance-proof': {
    title: 'Infoguru forum: proof of health insurance within 30 days',
    url: 'https://infoguru.sk/viewtopic.php?t=18&p=42',
    legalRef: 'Act 404/2011 Z. z., §30',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-single-permit': {
    title: 'Migration Information Centre (IOM): single permit (19 Jul 2024)',
    url: 'https://mic.iom.sk/en/work/3/251-single-permit.html',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-vizum-2024': {
    title: 'Vizum.sk: change of the Act on the residence of foreigners from 15 Jul 2024',
    url: 'https://vizum.sk/zmena-zakona-o-pobyte-cudzincov-od-15-07-2024/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-slovensko-vpm-hq-form': {
    title: 'Slovensko.sk: request for confirmation of a vacancy for highly qualified employment (form 0.5)',
    url: 'https://slovensko.sk/static/eForm/dataset/00681156.ziadost_o_potvrdenie_obsadenia_VPM_VZ.sk.zam/0.5/Content/form.1000169.html',
    legalRef: 'Act 5/2004 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-slovensko-work-permit-form': {
    title: 'Slovensko.sk: application for a work permit for a foreigner (form 0.1)',
    url: 'https://slovensko.sk/static/eForm/dataset/00681156.ziadost_o_povolenie_zamestnanie_cudzinca.sk.zam/0.1/Content/form.1000169.html',
    legalRef: 'Act 5/2004 Z. z., §22',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-profesia-work-permit': {
    title: 'Profesia.sk: Act 5/2004 §22, work permit',
    url: 'https://profesia.sk/kariera-v-kocke/legislativa/5-2004/22-povolenie-na-zamestnanie/',
    legalRef: 'Act 5/2004 Z. z., §22',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-employment-seasonal': {
    title: 'Ministry of Labour: seasonal employment up to 90 days (work permit and Schengen visa)',
    url: 'https://employment.gov.sk/showdoc.do?docid=35455',
    legalRef: 'Act 5/2004 Z. z.',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-seasonal': {
    title: 'Migration Information Centre (IOM): reporting a vacancy (seasonal employment)',
    url: 'https://mic.iom.sk/sk/praca/nahlasovanie-volneho-pracovneho-miesta-a-situacia-2.html',
    legalRef: 'Act 404/2011 Z. z., §23(4)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-blue-card': {
    title: 'AKMV: Blue Card, temporary residence for highly qualified employment',
    url: 'https://akmv.sk/en/blue-card-temporary-residence-highly-qualified',
    legalRef: 'Act 404/2011 Z. z., §38',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-medicalcontrol-blue-card': {
    title: 'Medical Control: medical certificate for a Blue Card',
    url: 'https://medicalcontrol.sk/lekarsky-posudok-v-pripade-modrej-karty/',
    legalRef: 'Act 404/2011 Z. z., §38(8)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-economy-business': {
    title: 'Ministry of Economy: foreigners doing business in Slovakia (business plan template, opinion)',
    url: 'https://economy.gov.sk/podnikatelske-prostredie/cudzinci-foreigners/cudzinci-podnikanie-v-sr',
    legalRef: 'Act 404/2011 Z. z., §22',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-study': {
    title: 'AKMV: temporary residence permit for study',
    url: 'https://akmv.sk/en/legal-services/temporary-residence-permit-study',
    legalRef: 'Act 404/2011 Z. z., §24, §31(3)',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-special-activity': {
    title: 'AKMV: temporary residence for a special activity',
    url: 'https://akmv.sk/en/prechodny-pobyt-na-ucel-osobitnej-cinnosti',
    legalRef: 'Act 404/2011 Z. z., §25',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-ocpckari-family': {
    title: 'OCP Čkari: family reunification, documents',
    url: 'https://ocpckari.sk/?p=1665',
    legalRef: 'Act 404/2011 Z. z., §27',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-family': {
    title: 'AKMV: family reunification, temporary residence',
    url: 'https://akmv.sk/en/legal-help/family-reunification-temporary-residence',
    legalRef: 'Act 404/2011 Z. z., §27',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-akmv-family-pr': {
    title: 'AKMV: residence permit for family reunification (permanent residence for 5 years)',
    url: 'https://akmv.sk/en/legal-help/residence-permit-family-reunification/',
    legalRef: 'Act 404/2011 Z. z., §43',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-slovakconsult-renewal': {
    title: 'Slovak Consult: renewal of temporary residence for family reunification',
    url: 'https://slovakconsult.eu/en/copy-of-prechodn%C3%BD-pobyt-zl%C3%BA%C4%8Denie-ro-1',
    legalRef: 'Act 404/2011 Z. z., §34',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-comin-tr': {
    title: 'COMIN: temporary residence in Slovakia (2022; affidavit of good conduct for Ukrainian citizens)',
    url: 'https://comin.sk/pobyt-v-sr/prechodny-pobyt',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-eu-citizens': {
    title: 'Migration Information Centre (IOM): residence of Union citizens',
    url: 'https://mic.iom.sk/sk/pobyt2/obcania-eu/173-pobyt-obcanov-unie.html',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-eu-family': {
    title: 'Migration Information Centre (IOM): residence of family members of Union citizens',
    url: 'https://mic.iom.sk/en/residence/eu-citizens/752-residence-of-family-members-of-union-citizens.html',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-slovensko-residence-card': {
    title: 'Slovensko.sk life situation: requirements for residence cards',
    url: 'https://slovensko.sk/sk/zivotne-situacie/zivotna-situacia/_poziadavky-na-pobytove-preuka2/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-expatsk-eu': {
    title: 'ExpatSK: residence of an EU citizen and their family member in Slovakia',
    url: 'https://expatsk.com/residence-of-a-european-union-citizen-and-their-family-member-on-the-territory-of-the-slovak-republic/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-ris-eu-family': {
    title: 'Research in Slovakia (SAIA): family members of EU citizens who are third-country nationals',
    url: 'https://researchinslovakia.saia.sk/en/main/welcome/visa-and-entry-conditions/entry/eu/family-members-third',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-directive-2004-38': {
    title: 'Directive 2004/38/EC, Article 10: issue of residence cards',
    url: 'https://eearegulations.co.uk/citizens-rights-directive/article-10-issue-of-residence-cards/',
    legalRef: 'Directive 2004/38/EC, Art. 10',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-mic-pr-unlimited-old': {
    title: 'Migration Information Centre (IOM): permanent residence for an unlimited time (older page)',
    url: 'https://mic.iom.sk/en/residence/permanent-residence/19-trvaly-pobyt-na-neobmedzeny-cas.html',
    legalRef: 'Act 404/2011 Z. z., §46',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-expatsk-unlimited': {
    title: 'ExpatSK: indefinite permanent residency',
    url: 'https://expatsk.com/indefinite-permanent-residency/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-expatclinic-when': {
    title: 'Expat Clinic: when the Foreign Police require a medical examination and insurance',
    url: 'https://expatclinic.sk/kedy-cudzinecka-policia-vyzaduje-lekarsku-prehliadku-a-poistenie/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-expatclinic-who': {
    title: 'Expat Clinic: who hands the medical certificate to the Foreign Police',
    url: 'https://expatclinic.sk/kto-predklada-lekarsky-posudok-cudzineckej-policii/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-medicalcheck': {
    title: 'Medicalcheck: medical certificate template (issued by an infectious-disease specialist)',
    url: 'https://medicalcheck.sk/sablona/',
    legalRef: 'Act 404/2011 Z. z., §45(4), §124',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-medicalcontrol': {
    title: 'Medical Control: medical examinations for foreigners (clinic network, what to bring)',
    url: 'https://medicalcontrol.sk/',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-unm-martin': {
    title: 'University Hospital Martin: medical examination of foreigners',
    url: 'https://unm.sk/ambulancia/medical-examination-foreigners',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-1sjs-a2': {
    title: '1sjs.sk language school (Palisády 38, Bratislava): Slovak language level exam (A2)',
    url: 'https://1sjs.sk/ponuka-jazykov/overenie-jazykovej-urovne',
    lastVerified: HANDBOOK_VERIFIED,
  },
  'doc-movetokosice-a2': {
    title: 'Move to Košice: Slovak A2 language certificate for long-term residence',
    url: 'https://movetokosice.sk/en/blog/slovak-a2-language-certificate-for-long-term-residence-in-slovakia/detail/15',
    legalRef: 'Act 404/2011 Z. z., §52(6), §54(4)',
    lastVerified: HANDBOOK_VERIFIED,
  },
});
