import type { Purpose } from '../schema/case-file.ts';
import type { DatedValue } from '../schema/dated-value.ts';
import { msg, type Message } from '../schema/message.ts';
import type { EngineStep, OfficeType } from '../schema/plan.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { dated, entryAt } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * Where to go and how to book (shared/handbook/offices.md; facts.md §4b, §8; documents.md
 * §7). The department table is incomplete: where a department's address or a district's
 * department is not known, the plan names the office type and links the Ministry of the
 * Interior's list; it never guesses. Text lives in src/locales/<lng>/offices.json under
 * `offices.*` and `booking.*`.
 */

const START = '2024-01-01';

/** The Ministry of the Interior's list of Foreign Police departments (authoritative). */
export const MINV_OCP_LIST_URL = 'https://www.minv.sk/?ocp';
/** Document departments of the district police directorates: places and hours. */
export const MINV_DOCUMENT_DEPARTMENTS_URL = 'https://www.minv.sk/?strankove-dni-a-hodiny-na-pracoviskach';
/** The Ministry of the Interior's page on the Foreign Police booking system. */
export const MINV_BOOKING_URL = 'https://www.minv.sk/?objednavaci-system-na-ocp';
/**
 * Slovak embassies and consulates: the Ministry of Foreign and European Affairs' site. The
 * handbook gives no address of the list page itself, so the site is linked.
 */
export const MFA_EMBASSIES_URL = 'https://www.mzv.sk/';

// ---------------------------------------------------------------------------------------
// Foreign Police departments (OCP PZ)

export const OCP_IDS = [
  'bratislava',
  'dunajskaStreda',
  'trnava',
  'nitra',
  'noveZamky',
  'trencin',
  'banskaBystrica',
  'rimavskaSobota',
  'zilina',
  'ruzomberok',
  'presov',
  'kosice',
  'michalovce',
] as const;
export type OcpId = (typeof OCP_IDS)[number];

/** An address as last found; `line: null` = not found in any source (link the list instead). */
export interface OfficeAddress {
  line: string | null;
  /** A temporary counter or premises (offices.md). */
  temporary?: boolean;
}

/** The districts (okresy) a department serves; `complete: false` = the list is partial or missing. */
export interface DistrictCoverage {
  districts: string[];
  complete: boolean;
}

export interface ForeignPoliceDepartment {
  id: OcpId;
  /** Town of the seat, as in the department's name. */
  town: string;
  /** English (or other language) name: `offices.foreignPolice.department` with the town. */
  name: Message;
  nameSk: string;
  address: DatedValue<OfficeAddress>;
  districts: DatedValue<DistrictCoverage>;
  phone?: string;
  url: string;
}

function department(
  id: OcpId,
  town: string,
  address: DatedValue<OfficeAddress>,
  districts: DatedValue<DistrictCoverage>,
  phone?: string,
): ForeignPoliceDepartment {
  return {
    id,
    town,
    name: msg('offices.foreignPolice.department', { town }),
    nameSk: `Oddelenie cudzineckej polície PZ ${town}`,
    address,
    districts,
    ...(phone ? { phone } : {}),
    url: MINV_OCP_LIST_URL,
  };
}

const unknownAddress = (id: OcpId, sources: string[]): DatedValue<OfficeAddress> =>
  dated(`offices.foreignPolice.${id}.address`, V, [
    { from: START, value: { line: null }, sources, confidence: 'med', note: 'No address found in any source: link minv.sk/?ocp.' },
  ]);

const coverage = (id: OcpId, districts: string[], complete: boolean, sources: string[], confidence: Confidence, note?: string) =>
  dated<DistrictCoverage>(`offices.foreignPolice.${id}.districts`, V, [
    { from: START, value: { districts, complete }, sources, confidence, ...(note ? { note } : {}) },
  ]);

const LIST_13 = ['off-sita-departments-2022', 'off-tasr-departments-2022', 'off-frontex-2025'];
const DISTRICTS_2021 = ['off-akmv-districts-2021', 'off-minv-press-2013'];

export const FOREIGN_POLICE_DEPARTMENTS: Readonly<Record<OcpId, ForeignPoliceDepartment>> = {
  bratislava: department(
    'bratislava',
    'Bratislava',
    dated('offices.foreignPolice.bratislava.address', V, [
      { from: START, value: { line: 'Regrútska 4, 831 07 Bratislava' }, sources: ['off-spectator-regrutska-2018', 'off-minv-hours'], confidence: 'high' },
      { from: '2026-05-18', value: { line: 'Račianska 62, Bratislava' }, sources: ['off-minv-news-bratislava-2026'], confidence: 'high' },
    ]),
    coverage('bratislava', ['Bratislava I', 'Bratislava II', 'Bratislava III', 'Bratislava IV', 'Bratislava V'], true, DISTRICTS_2021, 'high'),
  ),
  dunajskaStreda: department(
    'dunajskaStreda',
    'Dunajská Streda',
    dated('offices.foreignPolice.dunajskaStreda.address', V, [
      {
        from: START,
        value: { line: 'Mlynská 2/A, Dunajská Streda', temporary: true },
        sources: ['off-spectator-2020', 'off-dunstreda-2019'],
        confidence: 'med',
        note: 'Announced in 2019 as a temporary move from Ádorská ulica; whether it moved back is not known.',
      },
    ]),
    coverage('dunajskaStreda', ['Dunajská Streda', 'Galanta', 'Senec'], true, DISTRICTS_2021, 'med'),
  ),
  trnava: department(
    'trnava',
    'Trnava',
    dated('offices.foreignPolice.trnava.address', V, [
      { from: START, value: { line: 'Paulínska 13, Trnava' }, sources: ['off-tasr-trnava-2021'], confidence: 'high' },
    ]),
    coverage('trnava', ['Trnava', 'Malacky', 'Pezinok', 'Piešťany', 'Senica', 'Skalica'], true, DISTRICTS_2021, 'med'),
  ),
  nitra: department(
    'nitra',
    'Nitra',
    dated('offices.foreignPolice.nitra.address', V, [
      { from: START, value: { line: null }, sources: ['off-minv-ocp'], confidence: 'med', note: 'Permanent address not found.' },
      {
        from: '2024-03-11',
        value: { line: 'Akademická 4, 949 01 Nitra (Agrokomplex)', temporary: true },
        sources: ['off-minv-ocp'],
        confidence: 'high',
        note: 'Temporary public counter during reconstruction, announced for about 7 months.',
      },
      {
        from: '2024-10-11',
        value: { line: null },
        sources: ['off-minv-ocp'],
        confidence: 'low',
        note: 'Computed end of the announced ~7-month temporary move; the address after it was not found.',
      },
    ]),
    coverage('nitra', ['Nitra', 'Hlohovec', 'Partizánske', 'Topoľčany', 'Zlaté Moravce'], true, DISTRICTS_2021, 'med'),
  ),
  noveZamky: department(
    'noveZamky',
    'Nové Zámky',
    dated('offices.foreignPolice.noveZamky.address', V, [
      { from: START, value: { line: null }, sources: ['off-minv-ocp'], confidence: 'med' },
      {
        from: '2025-01-14',
        value: { line: 'ulica Slovenského národného povstania (SNP), Nové Zámky' },
        sources: ['off-tasr-nove-zamky-2025'],
        confidence: 'med',
        note: 'New premises from January 2025 (report of 14 Jan 2025); house number not found.',
      },
    ]),
    coverage('noveZamky', ['Nové Zámky', 'Komárno', 'Levice', 'Šaľa'], true, DISTRICTS_2021, 'med'),
  ),
  trencin: department(
    'trencin',
    'Trenčín',
    unknownAddress('trencin', ['off-minv-ocp', 'off-tasr-trencin-2022']),
    coverage(
      'trencin',
      ['Trenčín', 'Myjava', 'Nové Mesto nad Váhom', 'Bánovce nad Bebravou', 'Ilava', 'Prievidza', 'Púchov'],
      false,
      [...DISTRICTS_2021, 'off-tasr-trencin-2022'],
      'med',
      'The 2021 list omits Považská Bystrica.',
    ),
  ),
  banskaBystrica: department(
    'banskaBystrica',
    'Banská Bystrica',
    unknownAddress('banskaBystrica', ['off-minv-ocp']),
    coverage('banskaBystrica', ['Banská Bystrica', 'Banská Štiavnica', 'Brezno', 'Detva', 'Zvolen'], false, DISTRICTS_2021, 'med', 'Source list truncated after "Ž…".'),
  ),
  rimavskaSobota: department('rimavskaSobota', 'Rimavská Sobota', unknownAddress('rimavskaSobota', LIST_13), coverage('rimavskaSobota', [], false, LIST_13, 'med')),
  zilina: department(
    'zilina',
    'Žilina',
    unknownAddress('zilina', ['off-spectator-zilina-2019']),
    coverage('zilina', ['Žilina', 'Kysucké Nové Mesto'], false, ['off-spectator-zilina-2019'], 'low'),
  ),
  ruzomberok: department(
    'ruzomberok',
    'Ružomberok',
    unknownAddress('ruzomberok', ['off-sita-ruzomberok-2019']),
    coverage(
      'ruzomberok',
      ['Ružomberok', 'Turčianske Teplice', 'Tvrdošín', 'Dolný Kubín', 'Martin', 'Liptovský Mikuláš'],
      true,
      ['off-sita-ruzomberok-2019', 'off-akmv-districts-2021'],
      'med',
      'Announced before the opening in 2019; Ružomberok itself is inferred as the seat.',
    ),
  ),
  presov: department(
    'presov',
    'Prešov',
    dated('offices.foreignPolice.presov.address', V, [
      { from: START, value: { line: 'Ľubochnianska 2, 080 01 Prešov' }, sources: ['off-ahoj-presov-2022'], confidence: 'med' },
    ]),
    coverage('presov', [], false, LIST_13, 'med'),
    '+421-96180-3205',
  ),
  kosice: department(
    'kosice',
    'Košice',
    dated('offices.foreignPolice.kosice.address', V, [
      { from: START, value: { line: 'Trieda SNP 35, 040 11 Košice' }, sources: ['off-upjs-kosice', 'off-kosice-ukraine-2022'], confidence: 'high' },
    ]),
    coverage('kosice', [], false, LIST_13, 'med'),
    '+421-961931208',
  ),
  michalovce: department('michalovce', 'Michalovce', unknownAddress('michalovce', LIST_13), coverage('michalovce', [], false, LIST_13, 'med')),
};

/** The only place to apply for asylum inland (besides border crossings and airport transit zones). */
export const ASYLUM_DEPARTMENT = {
  name: msg('offices.foreignPolice.asylum'),
  nameSk: 'Oddelenie azylu, Humenné',
  address: 'Nemocničná 1, 066 01 Humenné',
  phone: '+421 96182 3241',
  sourceIds: ['off-comin-asylum', 'off-ukraineslovakia-police', 'off-frontex-2025'],
  confidence: 'high' as Confidence,
} as const;

/** Phone information line of all Foreign Police departments (page modified 18 Jun 2021; Med). */
export const OCP_INFO_LINE = dated<{ phone: string; days: number[]; from: string; to: string }>('offices.foreignPolice.infoLine', V, [
  { from: START, value: { phone: '+421-9610-36999', days: [1, 2, 3, 4, 5], from: '08:00', to: '15:00' }, sources: ['off-minv-hours'], confidence: 'med' },
]);

/** Lower case, no diacritics, single spaces, no leading "okres". */
export function normaliseDistrict(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^okres\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The department serving a district on a date, or undefined when no source names one. */
export function departmentForDistrict(district: string, asOf: string): ForeignPoliceDepartment | undefined {
  const wanted = normaliseDistrict(district);
  for (const id of OCP_IDS) {
    const d = FOREIGN_POLICE_DEPARTMENTS[id];
    if (entryAt(d.districts, asOf).value.districts.some((x) => normaliseDistrict(x) === wanted)) return d;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Office hours

/** One line of a timetable: ISO weekdays (1 = Monday), times, and what is served (`offices.hours.scope.*`). */
export interface HoursRow {
  days: number[];
  from: string;
  to: string;
  scopeKey: string;
}

/** General pattern of all departments: shown 24 Mar 2023 (in force since 1 Apr 2022); may be stale. */
export const OCP_HOURS = dated<HoursRow[]>('offices.hours.general', V, [
  {
    from: START,
    value: [
      { days: [1, 3, 5], from: '07:30', to: '15:30', scopeKey: 'offices.hours.scope.all' },
      { days: [2, 4], from: '07:30', to: '15:30', scopeKey: 'offices.hours.scope.driversAndVisas' },
    ],
    sources: ['off-minv-visa-info'],
    confidence: 'med',
    note: 'No 2025–26 general timetable found.',
  },
]);

const BRATISLAVA_HOURS: HoursRow[] = [
  { days: [1, 3, 5], from: '07:30', to: '15:30', scopeKey: 'offices.hours.scope.all' },
  { days: [2], from: '07:30', to: '15:00', scopeKey: 'offices.hours.scope.nationalVisa' },
  { days: [4], from: '07:30', to: '14:00', scopeKey: 'offices.hours.scope.nationalVisaAndRefuge' },
];

/** Bratislava: the hours the 15 May 2026 news gives "remain the same" at Račianska 62; since when they apply is not known. */
export const OCP_HOURS_BRATISLAVA = dated<HoursRow[]>('offices.hours.bratislava', V, [
  {
    from: START,
    value: BRATISLAVA_HOURS,
    sources: ['off-minv-news-bratislava-2026'],
    confidence: 'low',
    note: 'Same hours as announced for the new address; the start date of this timetable is not known.',
  },
  { from: '2026-05-18', value: BRATISLAVA_HOURS, sources: ['off-minv-news-bratislava-2026'], confidence: 'high' },
]);

/** Acts outside the booking system (collecting documents, adding documents to a file): in person, undated source. */
export const WALK_IN_WINDOW = dated<{ from: string; to: string }>('offices.hours.walkIn', V, [
  { from: START, value: { from: '15:00', to: '15:30' }, sources: ['off-ukraineslovakia-police'], confidence: 'low' },
]);

// ---------------------------------------------------------------------------------------
// Client centres of district offices

export const CLIENT_CENTRE_IDS = [
  'bratislavaTomasikova',
  'bratislavaZlatePiesky',
  'komarno',
  'levice',
  'zvolen',
  'rimavskaSobota',
  'skalica',
  'dunajskaStreda',
  'trnava',
  'hlohovec',
  'galanta',
  'senica',
] as const;
export type ClientCentreId = (typeof CLIENT_CENTRE_IDS)[number];

export interface ClientCentre {
  id: ClientCentreId;
  town: string;
  /** `offices.clientCentres.name` with the place (town, and the site in Bratislava). */
  name: Message;
  nameSk: string;
  /** Street as found; null = not found. */
  address: string | null;
  /** Extra directions in the locale file (`offices.clientCentres.<id>.directions`). */
  directionsKey?: string;
  sourceIds: string[];
  confidence: Confidence;
}

const centre = (
  id: ClientCentreId,
  town: string,
  nameSk: string,
  address: string | null,
  sourceIds: string[],
  confidence: Confidence,
  directions = false,
): ClientCentre => ({
  id,
  town,
  name: msg('offices.clientCentres.name', { place: nameSk.replace(/^Klientske centrum /, '') }),
  nameSk,
  address,
  ...(directions ? { directionsKey: `offices.clientCentres.${id}.directions` } : {}),
  sourceIds,
  confidence,
});

/** Known client centres (66 were in operation in 2025; there is no complete list with addresses). */
export const CLIENT_CENTRES: Readonly<Record<ClientCentreId, ClientCentre>> = {
  bratislavaTomasikova: centre('bratislavaTomasikova', 'Bratislava', 'Klientske centrum Bratislava', 'Tomášikova ulica, Bratislava-Ružinov', ['off-minv-press-client-centres', 'res-24hod-2025'], 'med'),
  bratislavaZlatePiesky: centre(
    'bratislavaZlatePiesky',
    'Bratislava',
    'Klientske centrum Bratislava – Zlaté Piesky',
    'Studená 4/B (OC STYLA), Bratislava',
    ['res-bok-bratislava', 'off-lovinsk-bok', 'res-24hod-2025'],
    'med',
    true,
  ),
  komarno: centre('komarno', 'Komárno', 'Klientske centrum Komárno', 'Záhradnícka ulica, Komárno', ['off-minv-press-client-centres'], 'med'),
  levice: centre('levice', 'Levice', 'Klientske centrum Levice', 'Rozmarínová ulica, Levice', ['off-minv-press-client-centres'], 'med'),
  zvolen: centre('zvolen', 'Zvolen', 'Klientske centrum Zvolen', 'Študentská ulica, Zvolen', ['off-minv-press-client-centres'], 'med'),
  rimavskaSobota: centre('rimavskaSobota', 'Rimavská Sobota', 'Klientske centrum Rimavská Sobota', 'Hostinského ulica, Rimavská Sobota', ['off-minv-press-client-centres'], 'med'),
  skalica: centre('skalica', 'Skalica', 'Klientske centrum Skalica', 'Štefánikova ulica, Skalica', ['off-minv-press-client-centres'], 'med'),
  dunajskaStreda: centre('dunajskaStreda', 'Dunajská Streda', 'Klientske centrum Dunajská Streda', 'Jesenského ulica, Dunajská Streda', ['off-finreport-2026'], 'med'),
  trnava: centre('trnava', 'Trnava', 'Klientske centrum Trnava', null, ['off-finreport-2026'], 'med'),
  hlohovec: centre('hlohovec', 'Hlohovec', 'Klientske centrum Hlohovec', null, ['off-finreport-2026'], 'med'),
  galanta: centre('galanta', 'Galanta', 'Klientske centrum Galanta', null, ['off-finreport-2026'], 'med'),
  senica: centre('senica', 'Senica', 'Klientske centrum Senica', null, ['off-finreport-2026'], 'med'),
};

/**
 * Which of the known client centres a source shows in operation on a date. A centre enters
 * the list on the first date a source confirms it (it may have opened earlier).
 */
export const KNOWN_CLIENT_CENTRES = dated<ClientCentreId[]>('offices.clientCentres.known', V, [
  {
    from: START,
    value: ['bratislavaTomasikova', 'komarno', 'levice', 'zvolen', 'rimavskaSobota', 'skalica'],
    sources: ['off-minv-press-client-centres'],
    confidence: 'med',
  },
  {
    from: '2026-02-02',
    value: ['bratislavaTomasikova', 'komarno', 'levice', 'zvolen', 'rimavskaSobota', 'skalica', 'dunajskaStreda', 'trnava', 'hlohovec', 'galanta', 'senica'],
    sources: ['off-minv-press-client-centres', 'off-finreport-2026'],
    confidence: 'med',
  },
  {
    from: '2026-05-25',
    value: [
      'bratislavaTomasikova',
      'bratislavaZlatePiesky',
      'komarno',
      'levice',
      'zvolen',
      'rimavskaSobota',
      'skalica',
      'dunajskaStreda',
      'trnava',
      'hlohovec',
      'galanta',
      'senica',
    ],
    sources: ['off-minv-press-client-centres', 'off-finreport-2026', 'res-bok-bratislava'],
    confidence: 'med',
    note: 'Zlaté Piesky was announced for autumn 2025; the first date a source confirms it in operation is 25 May 2026.',
  },
]);

export function clientCentres(asOf: string): ClientCentre[] {
  return entryAt(KNOWN_CLIENT_CENTRES, asOf).value.map((id) => CLIENT_CENTRES[id]);
}

// ---------------------------------------------------------------------------------------
// Where: the plan's `where` for an office type

export type Competence = 'any' | 'competent';

export interface OfficePlace {
  officeType: OfficeType;
  text: Message;
  nameSk?: string;
  url?: string;
  /** The named department, when the district is mapped. */
  departmentId?: OcpId;
  address?: string;
  /** False when the plan can only name the office type and link a list. */
  known: boolean;
  confidence: Confidence;
  sourceIds: string[];
}

/** Slovak names of the office types (README: Slovak names to show beside translations). */
export const OFFICE_TYPE_SK: Partial<Record<OfficeType, string>> = {
  foreignPolice: 'oddelenie cudzineckej polície',
  embassy: 'zastupiteľský úrad Slovenskej republiky',
  clientCentre: 'klientske centrum okresného úradu',
  documentDepartment: 'oddelenie dokladov okresného riaditeľstva Policajného zboru',
  healthInsurer: 'zdravotná poisťovňa',
  labourOffice: 'úrad práce, sociálnych vecí a rodiny',
  accommodationProvider: 'ubytovacie zariadenie',
  online: 'slovensko.sk',
};

const OFFICE_TYPE_URL: Partial<Record<OfficeType, string>> = {
  foreignPolice: MINV_OCP_LIST_URL,
  embassy: MFA_EMBASSIES_URL,
  documentDepartment: MINV_DOCUMENT_DEPARTMENTS_URL,
  online: 'https://www.slovensko.sk/',
};

const OFFICE_TYPE_SOURCES: Partial<Record<OfficeType, string[]>> = {
  foreignPolice: ['off-minv-ocp'],
  embassy: ['off-mfa'],
  clientCentre: ['off-client-centres-2025', 'off-minv-press-client-centres'],
  documentDepartment: ['off-minv-document-departments'],
  online: ['res-euraxess-e-filing'],
};

export interface OfficeQuery {
  officeType: OfficeType;
  asOf: string;
  /** District (okres) of the person's address, when known. */
  district?: string;
  /** The procedure, to tell whether any department or only the competent one accepts it. */
  procedure?: BookingProcedure;
}

/**
 * Where to go. For the Foreign Police the department is named only when the district is in
 * the table; otherwise (and for every type without a named place) the text names the office
 * type and the url links the official list.
 */
export function officeFor(q: OfficeQuery): OfficePlace {
  if (q.officeType !== 'foreignPolice') {
    const sk = OFFICE_TYPE_SK[q.officeType];
    const url = OFFICE_TYPE_URL[q.officeType];
    return {
      officeType: q.officeType,
      text: msg(`offices.where.${q.officeType}`),
      ...(sk ? { nameSk: sk } : {}),
      ...(url ? { url } : {}),
      known: false,
      confidence: 'high',
      sourceIds: OFFICE_TYPE_SOURCES[q.officeType] ?? ['off-minv-ocp'],
    };
  }
  const competence = q.procedure ? competenceFor(q.procedure, q.asOf) : undefined;
  const any = competence?.value === 'any';
  const base = {
    officeType: 'foreignPolice' as const,
    url: MINV_OCP_LIST_URL,
    sourceIds: [...new Set(['off-minv-ocp', ...(competence?.sourceIds ?? [])])],
  };
  const dept = q.district ? departmentForDistrict(q.district, q.asOf) : undefined;
  if (!dept) {
    return {
      ...base,
      text: msg(any ? 'offices.where.foreignPoliceAny' : 'offices.where.foreignPoliceForAddress'),
      nameSk: OFFICE_TYPE_SK.foreignPolice as string,
      known: false,
      confidence: competence?.confidence ?? 'high',
    };
  }
  const addr = entryAt(dept.address, q.asOf);
  const cov = entryAt(dept.districts, q.asOf);
  const confidence = lowest([addr.confidence, cov.confidence, competence?.confidence ?? 'high']);
  const line = addr.value.line;
  const prefix = any ? 'offices.where.foreignPoliceAnyNamed' : 'offices.where.foreignPoliceNamed';
  return {
    ...base,
    text: line ? msg(prefix, { town: dept.town, address: line }) : msg(`${prefix}NoAddress`, { town: dept.town }),
    nameSk: dept.nameSk,
    departmentId: dept.id,
    ...(line ? { address: line } : {}),
    known: line !== null,
    confidence,
    sourceIds: [...new Set([...base.sourceIds, ...addr.sources, ...cov.sources])],
  };
}

const lowest = (cs: Confidence[]): Confidence => lowestConfidence(...cs);

// ---------------------------------------------------------------------------------------
// Which department accepts a procedure

export const BOOKING_PROCEDURES = [
  'trFirst',
  'trRenewal',
  'changeOfPurpose',
  'euRegistration',
  'euCitizenCard',
  'familyMemberCard',
  'permanentFiveYears',
  'permanentUnlimited',
  'longTermResidence',
  'collectCard',
  'biometrics',
  'replacementCard',
  'bok',
  'refugeCard',
] as const;
export type BookingProcedure = (typeof BOOKING_PROCEDURES)[number];

const anyDept = (id: string, sources: string[], confidence: Confidence) =>
  dated<Competence>(`booking.competence.${id}`, V, [{ from: START, value: 'any', sources, confidence }]);
const competent = (id: string, sources: string[], confidence: Confidence, note?: string) =>
  dated<Competence>(`booking.competence.${id}`, V, [{ from: START, value: 'competent', sources, confidence, ...(note ? { note } : {}) }]);

const COMPETENCE_SOURCES = ['off-ukraineslovakia-police', 'off-thclinic-booking', 'off-akbaltazarovic-2025'];

/** Any department, or only the one for the person's address (documents.md §7; offices.md §3.1). */
export const COMPETENCE: Readonly<Partial<Record<BookingProcedure, DatedValue<Competence>>>> = {
  trFirst: anyDept('trFirst', COMPETENCE_SOURCES, 'med'),
  permanentFiveYears: anyDept('permanentFiveYears', COMPETENCE_SOURCES, 'med'),
  trRenewal: competent('trRenewal', ['res-renewal-smartup', ...COMPETENCE_SOURCES], 'high'),
  permanentUnlimited: competent('permanentUnlimited', COMPETENCE_SOURCES, 'med'),
  longTermResidence: competent('longTermResidence', COMPETENCE_SOURCES, 'med'),
  changeOfPurpose: competent(
    'changeOfPurpose',
    COMPETENCE_SOURCES,
    'low',
    'Conflict: any department (akbaltazarovic.eu 2025) vs competent only (thclinic.sk); the competent department is the default.',
  ),
  euCitizenCard: competent('euCitizenCard', COMPETENCE_SOURCES, 'med'),
  collectCard: competent('collectCard', COMPETENCE_SOURCES, 'med'),
  replacementCard: competent('replacementCard', COMPETENCE_SOURCES, 'med'),
  euRegistration: dated<Competence>('booking.competence.euRegistration', V, [
    { from: START, value: 'competent', sources: ['off-ukraineslovakia-police'], confidence: 'med' },
    { from: '2025-07-01', value: 'any', sources: ['res-24hod-2025', 'res-act-178-2025'], confidence: 'med' },
  ]),
  familyMemberCard: dated<Competence>('booking.competence.familyMemberCard', V, [
    { from: START, value: 'competent', sources: ['off-ukraineslovakia-police'], confidence: 'med' },
    { from: '2025-07-01', value: 'any', sources: ['doc-mic-eu-family', 'res-24hod-2025'], confidence: 'med' },
  ]),
};

export function competenceFor(procedure: BookingProcedure, asOf: string): { value: Competence; confidence: Confidence; sourceIds: string[] } | undefined {
  const param = COMPETENCE[procedure];
  if (!param) return undefined;
  const e = entryAt(param, asOf);
  return { value: e.value, confidence: e.confidence, sourceIds: [...e.sources] };
}

// ---------------------------------------------------------------------------------------
// BOK activation places

export interface BokPlacesValue {
  /** Where a foreigner can activate the BOK in general. */
  officeTypes: OfficeType[];
  /** Any such place, regardless of where the card was issued. */
  anyPlace: boolean;
  /** In Bratislava only at this client centre (walk-in). */
  bratislavaOnly?: ClientCentreId;
  /** The Ministry of the Interior may designate further places (none designated in the sources). */
  moreMayBeDesignated: boolean;
}

export const BOK_PLACES = dated<BokPlacesValue>('offices.bokPlaces', V, [
  {
    from: START,
    value: { officeTypes: ['foreignPolice'], anyPlace: false, moreMayBeDesignated: false },
    sources: ['res-bok-minv', 'off-exilion-bok'],
    confidence: 'high',
    note: 'At the Foreign Police, when applying for or collecting the card, or later.',
  },
  {
    from: '2025-08-14',
    value: { officeTypes: ['foreignPolice', 'documentDepartment', 'clientCentre'], anyPlace: true, moreMayBeDesignated: false },
    sources: ['res-bok-vizum-2025', 'off-hrl-bok'],
    confidence: 'high',
  },
  {
    from: '2026-05-15',
    value: { officeTypes: ['foreignPolice', 'documentDepartment', 'clientCentre'], anyPlace: true, moreMayBeDesignated: true },
    sources: ['res-bok-vizum-2025', 'off-vizum-bok-2026', 'off-factnews-bok-2026'],
    confidence: 'low',
    note: 'Amendment lets the MoI designate more places (Slovak Post mentioned, not confirmed); date Med, details Low.',
  },
  {
    from: '2026-05-25',
    value: {
      officeTypes: ['foreignPolice', 'documentDepartment', 'clientCentre'],
      anyPlace: true,
      bratislavaOnly: 'bratislavaZlatePiesky',
      moreMayBeDesignated: true,
    },
    sources: ['res-bok-vizum-2025', 'res-bok-bratislava', 'off-lovinsk-bok', 'off-vizum-bok-2026'],
    confidence: 'med',
    note: 'Bratislava: only at Klientske centrum Zlaté Piesky, walk-in; OCP Bratislava and Tomášikova no longer offer it.',
  },
]);

export interface BokPlacesResult {
  from: string;
  officeTypes: OfficeType[];
  bratislavaOnly?: ClientCentre;
  /** What to tell the person, in order (`offices.bok.*`). */
  messages: Message[];
  url?: string;
  confidence: Confidence;
  sourceIds: string[];
}

/** Where the BOK can be activated on a date. */
export function bokPlaces(asOf: string): BokPlacesResult {
  const e = entryAt(BOK_PLACES, asOf);
  const v = e.value;
  const messages: Message[] = [msg(v.anyPlace ? 'offices.bok.anyOfThree' : 'offices.bok.foreignPoliceOnly')];
  const only = v.bratislavaOnly ? CLIENT_CENTRES[v.bratislavaOnly] : undefined;
  if (only) messages.push(msg('offices.bok.bratislavaOnly', { name: only.nameSk, address: only.address ?? '' }));
  if (v.moreMayBeDesignated) messages.push(msg('offices.bok.moreMayBeDesignated'));
  return {
    from: e.from,
    officeTypes: [...v.officeTypes],
    ...(only ? { bratislavaOnly: only } : {}),
    messages,
    ...(v.anyPlace ? { url: MINV_DOCUMENT_DEPARTMENTS_URL } : { url: MINV_OCP_LIST_URL }),
    confidence: e.confidence,
    sourceIds: [...new Set([...e.sources, ...(only ? only.sourceIds : [])])],
  };
}

/** The plan's `where` for activating the BOK: the Bratislava exception when the person lives there. */
export function bokWhere(asOf: string, inBratislava = false): OfficePlace {
  const p = bokPlaces(asOf);
  if (inBratislava && p.bratislavaOnly) {
    const c = p.bratislavaOnly;
    return {
      officeType: 'clientCentre',
      text: msg('offices.where.bokBratislava', { name: c.nameSk, address: c.address ?? '' }),
      nameSk: c.nameSk,
      ...(c.address ? { address: c.address } : {}),
      known: c.address !== null,
      confidence: p.confidence,
      sourceIds: p.sourceIds,
    };
  }
  const three = p.officeTypes.length > 1;
  return {
    officeType: three ? 'documentDepartment' : 'foreignPolice',
    text: msg(three ? 'offices.where.bokAnyOfThree' : 'offices.where.bokForeignPolice'),
    nameSk: three ? (OFFICE_TYPE_SK.documentDepartment as string) : (OFFICE_TYPE_SK.foreignPolice as string),
    ...(p.url ? { url: p.url } : {}),
    known: false,
    confidence: p.confidence,
    sourceIds: p.sourceIds,
  };
}

// ---------------------------------------------------------------------------------------
// Booking system

/** A booking life situation as the system shows it on a date. */
export interface LifeSituation {
  /** Locale key suffix: `booking.lifeSituations.<key>`. */
  key: string;
  /** Slovak label as the booking system shows it, where a source gives it. */
  labelSk: string | null;
  /** Label as an English-language source shows it, where no Slovak label is known. */
  labelSeen: string | null;
  /** False: no booking known for this act (walk-in, or ask the department). */
  bookable: boolean;
  /** Bookable only through authorised access (residence card with chip + activated BOK). */
  authorisedOnly: boolean;
}

const situation = (key: string, labelSk: string | null, labelSeen: string | null, authorisedOnly = false, bookable = true): LifeSituation => ({
  key,
  labelSk,
  labelSeen,
  bookable,
  authorisedOnly,
});

/** Application types listed on minv.sk in 2020 (High; labels may have been renamed since). */
const SK_2020 = ['off-minv-booking-2020'];
const TWO_TIER = '2025-08-07';
const TWO_TIER_SOURCES = ['res-booking-two-tier', 'off-euraxess-two-level'];

const fixedSituation = (id: string, s: LifeSituation, sources: string[], confidence: Confidence) =>
  dated<LifeSituation>(`booking.situation.${id}`, V, [{ from: START, value: s, sources, confidence }]);

/** The life situation to pick, per procedure (outside Bratislava, or where Bratislava does not differ). */
export const LIFE_SITUATIONS: Readonly<Record<BookingProcedure, DatedValue<LifeSituation>>> = {
  trFirst: fixedSituation('trFirst', situation('trGrant', 'žiadosť o udelenie prechodného pobytu', null), SK_2020, 'high'),
  trRenewal: dated<LifeSituation>('booking.situation.trRenewal', V, [
    { from: START, value: situation('trRenewal', 'žiadosť o obnovenie prechodného pobytu', null), sources: SK_2020, confidence: 'high' },
    {
      from: TWO_TIER,
      value: situation('trRenewal', 'žiadosť o obnovenie prechodného pobytu', 'Temporary residence – renewal', true),
      sources: [...SK_2020, 'res-euraxess-e-filing', ...TWO_TIER_SOURCES],
      confidence: 'high',
      note: 'Two-tier booking launched 7–8 Aug 2025; renewal is authorised-only.',
    },
  ]),
  changeOfPurpose: dated<LifeSituation>('booking.situation.changeOfPurpose', V, [
    {
      from: START,
      value: situation('trGrant', 'žiadosť o udelenie prechodného pobytu', null),
      sources: SK_2020,
      confidence: 'med',
      note: 'A change of purpose is a new application for temporary residence.',
    },
    {
      from: TWO_TIER,
      value: situation('changeOfPurpose', null, 'Temporary residence – change of purpose of residence', true),
      sources: ['res-euraxess-e-filing', ...TWO_TIER_SOURCES],
      confidence: 'med',
      note: 'Added Aug 2025 under authorised services; whether it is authorised-only is not confirmed.',
    },
  ]),
  euRegistration: fixedSituation('euRegistration', situation('euRegistration', 'žiadosť o registráciu práva občana Únie', null), SK_2020, 'high'),
  euCitizenCard: fixedSituation(
    'euCitizenCard',
    situation('residencePermitDocument', null, 'Documents / Passports → Application for a residence permit'),
    ['fee-euraxess-card'],
    'low',
  ),
  familyMemberCard: fixedSituation(
    'familyMemberCard',
    situation('familyMemberRegistration', 'žiadosť o registráciu práva na pobyt rodinného príslušníka občana Únie', null),
    SK_2020,
    'high',
  ),
  permanentFiveYears: fixedSituation('permanentFiveYears', situation('permanentFiveYears', 'žiadosť o udelenie trvalého pobytu na 5 rokov', null), SK_2020, 'high'),
  permanentUnlimited: fixedSituation(
    'permanentUnlimited',
    situation('permanentUnlimited', 'žiadosť o udelenie trvalého pobytu na neobmedzený čas', null),
    SK_2020,
    'high',
  ),
  longTermResidence: fixedSituation('longTermResidence', situation('longTermResidence', 'žiadosť o udelenie dlhodobého pobytu', null), SK_2020, 'high'),
  collectCard: fixedSituation('collectCard', situation('walkInCollection', null, null, false, false), ['off-ukraineslovakia-police'], 'low'),
  biometrics: fixedSituation('biometrics', situation('biometricsAskDepartment', null, null, false, false), ['off-euraxesspoint-bratislava-situations'], 'low'),
  replacementCard: fixedSituation(
    'replacementCard',
    situation('residencePermitDocument', null, 'Documents / Passports → Application for a residence permit'),
    ['fee-euraxess-card'],
    'med',
  ),
  bok: dated<LifeSituation>('booking.situation.bok', V, [
    {
      from: START,
      value: situation('bokForeignPolice', 'Doklady / pasy – Aktivácia BOK / PIN', null),
      sources: ['off-exilion-bok', 'res-bok-minv'],
      confidence: 'high',
      note: 'Or walk in with a queue ticket.',
    },
    {
      from: '2025-08-14',
      value: situation('bokDocumentDepartment', 'Oddelenie dokladov – získanie BOK kódu cudzincom', null),
      sources: ['res-bok-vizum-2025', 'off-exilion-bok'],
      confidence: 'high',
    },
  ]),
  refugeCard: fixedSituation('refugeCard', situation('refugeDocument', 'Dočasné útočisko', null), ['res-refuge-2027', 'off-refresher-2026'], 'med'),
};

/** Where Bratislava differs: new booking options at Račianska 62 (18 May 2026) and BOK only at Zlaté Piesky (25 May 2026). */
export const LIFE_SITUATIONS_BRATISLAVA: Readonly<Partial<Record<BookingProcedure, DatedValue<LifeSituation>>>> = {
  collectCard: dated<LifeSituation>('booking.situation.bratislava.collectCard', V, [
    { from: START, value: situation('walkInCollection', null, null, false, false), sources: ['off-ukraineslovakia-police'], confidence: 'low' },
    {
      from: '2026-05-18',
      value: situation('informationAndRegistry', null, 'Information and Registry'),
      sources: ['off-minv-news-bratislava-2026', 'off-euraxesspoint-bratislava-situations'],
      confidence: 'high',
    },
  ]),
  biometrics: dated<LifeSituation>('booking.situation.bratislava.biometrics', V, [
    { from: START, value: situation('biometricsAskDepartment', null, null, false, false), sources: ['off-euraxesspoint-bratislava-situations'], confidence: 'low' },
    {
      from: '2026-05-18',
      value: situation('biometrics', null, 'Biometrics'),
      sources: ['off-minv-news-bratislava-2026', 'off-euraxesspoint-bratislava-situations'],
      confidence: 'high',
    },
  ]),
  bok: dated<LifeSituation>('booking.situation.bratislava.bok', V, [
    { from: START, value: situation('bokForeignPolice', 'Doklady / pasy – Aktivácia BOK / PIN', null), sources: ['off-exilion-bok', 'res-bok-minv'], confidence: 'high' },
    {
      from: '2025-08-14',
      value: situation('bokDocumentDepartment', 'Oddelenie dokladov – získanie BOK kódu cudzincom', null),
      sources: ['res-bok-vizum-2025', 'off-exilion-bok'],
      confidence: 'high',
    },
    {
      from: '2026-05-25',
      value: situation('bokWalkInZlatePiesky', null, null, false, false),
      sources: ['res-bok-bratislava', 'off-lovinsk-bok'],
      confidence: 'med',
    },
  ]),
};

/** A general booking rule: a message key with numeric parameters, and how sure it is. */
export interface BookingRule {
  key: string;
  params?: Record<string, string | number>;
  confidence: Confidence;
  sources: string[];
}

const rule = (key: string, sources: string[], confidence: Confidence, params?: Record<string, string | number>): BookingRule => ({
  key: `booking.rules.${key}`,
  ...(params ? { params } : {}),
  confidence,
  sources,
});

const BOOKING_REQUIRED = rule('bookingRequired', ['off-minv-hours', 'res-24hod-2025'], 'high');

/**
 * Rules shown with every booking. The at-most-2-per-agenda and cancel-12-hours rules come
 * from the handbook's summary only (no source address): Low.
 */
export const BOOKING_RULES = dated<BookingRule[]>('booking.rules', V, [
  { from: START, value: [BOOKING_REQUIRED], sources: ['off-minv-hours'], confidence: 'high' },
  {
    from: TWO_TIER,
    value: [
      BOOKING_REQUIRED,
      rule('authorisedWindow', TWO_TIER_SOURCES, 'high', { days: 60 }),
      rule('unauthorisedWindow', TWO_TIER_SOURCES, 'high', { days: 40 }),
      rule('keepPin', TWO_TIER_SOURCES, 'high'),
      rule('maxPerAgenda', TWO_TIER_SOURCES, 'low', { count: 2, days: 15 }),
      rule('cancelBefore', TWO_TIER_SOURCES, 'low', { hours: 12 }),
      rule('noShowBlock', ['res-booking-two-tier'], 'high', { days: 60 }),
    ],
    sources: TWO_TIER_SOURCES,
    confidence: 'high',
    note: 'Two-tier booking from 7–8 Aug 2025.',
  },
]);

export const BOOKING_AREA_IDS = ['temporaryRefuge', 'foreignPolice', 'visa'] as const;
export type BookingAreaId = (typeof BOOKING_AREA_IDS)[number];

/** From Feb 2026 the booking system opens with three areas (Med). */
export const BOOKING_AREAS = dated<{ id: BookingAreaId; nameSk: string }[]>('booking.areas', V, [
  { from: START, value: [], sources: ['off-minv-booking-2020'], confidence: 'high', note: 'No areas before the 2026 regrouping.' },
  {
    from: '2026-02-02',
    value: [
      { id: 'temporaryRefuge', nameSk: 'Dočasné útočisko' },
      { id: 'foreignPolice', nameSk: 'Oddelenia cudzineckej polície' },
      { id: 'visa', nameSk: 'Vízová agenda' },
    ],
    sources: ['off-refresher-2026'],
    confidence: 'med',
  },
]);

const AREA_OF: Record<BookingProcedure, BookingAreaId> = {
  trFirst: 'foreignPolice',
  trRenewal: 'foreignPolice',
  changeOfPurpose: 'foreignPolice',
  euRegistration: 'foreignPolice',
  euCitizenCard: 'foreignPolice',
  familyMemberCard: 'foreignPolice',
  permanentFiveYears: 'foreignPolice',
  permanentUnlimited: 'foreignPolice',
  longTermResidence: 'foreignPolice',
  collectCard: 'foreignPolice',
  biometrics: 'foreignPolice',
  replacementCard: 'foreignPolice',
  bok: 'foreignPolice',
  refugeCard: 'temporaryRefuge',
};

/** "Rodinný lístok": spouses and up to 3 children filed together, Wednesday afternoons (2025, Med). */
export const FAMILY_TICKET = dated<boolean>('booking.familyTicket', V, [
  { from: START, value: false, sources: ['off-akbaltazarovic-2025'], confidence: 'med', note: 'Not reported before the Sep 2025 article.' },
  { from: '2025-09-10', value: true, sources: ['off-akbaltazarovic-2025'], confidence: 'med' },
]);

/** Procedures whose applicants usually hold a chip card: whether they need authorised access is not confirmed. */
const CARD_HOLDER_PROCEDURES: readonly BookingProcedure[] = ['permanentFiveYears', 'permanentUnlimited', 'longTermResidence', 'replacementCard'];

export interface BookingOptions {
  /** Purpose of a temporary-residence application (family reunification: family ticket). */
  purpose?: Purpose;
  /** The person's department is Bratislava (new options from May 2026, BOK exception). */
  inBratislava?: boolean;
}

export interface BookingInfo {
  procedure: BookingProcedure;
  /** False: no booking known; go in person (see rules). */
  bookable: boolean;
  lifeSituation: Message;
  /** Slovak label to pick, where a source gives it. */
  lifeSituationSk: string | null;
  /** Label as an English-language source shows it, where no Slovak label is known. */
  lifeSituationSeen: string | null;
  authorisedOnly: boolean;
  area?: { id: BookingAreaId; nameSk: string; name: Message };
  competence?: Competence;
  rules: Message[];
  /** Each rule with its own confidence (same order as `rules`). */
  ruleDetails: BookingRule[];
  confidence: Confidence;
  sourceIds: string[];
  url: string;
}

/** How to book a procedure's visit on a date. */
export function bookingFor(procedure: BookingProcedure, asOf: string, options: BookingOptions = {}): BookingInfo {
  const special = options.inBratislava ? LIFE_SITUATIONS_BRATISLAVA[procedure] : undefined;
  const sEntry = entryAt(special ?? LIFE_SITUATIONS[procedure], asOf);
  const s = sEntry.value;
  const sources = new Set<string>(sEntry.sources);
  const details: BookingRule[] = [];
  const add = (r: BookingRule) => {
    details.push(r);
    for (const id of r.sources) sources.add(id);
  };

  const areas = entryAt(BOOKING_AREAS, asOf);
  const areaDef = areas.value.find((a) => a.id === AREA_OF[procedure]);
  const competence = competenceFor(procedure, asOf);

  if (!s.bookable) {
    if (s.key === 'walkInCollection') {
      const w = entryAt(WALK_IN_WINDOW, asOf);
      add(rule(`notBookable.${s.key}`, [...sEntry.sources, ...w.sources], lowest([sEntry.confidence, w.confidence]), { from: w.value.from, to: w.value.to }));
    } else add(rule(`notBookable.${s.key}`, [...sEntry.sources], sEntry.confidence));
  } else {
    const general = entryAt(BOOKING_RULES, asOf);
    for (const r of general.value) add(r);
    if (areaDef) add(rule('pickArea', [...areas.sources], areas.confidence));
    if (s.authorisedOnly) add(rule(procedure === 'trRenewal' ? 'needsBok' : 'needsBokUnconfirmed', [...sEntry.sources], sEntry.confidence));
    else if (asOf >= TWO_TIER && CARD_HOLDER_PROCEDURES.includes(procedure)) add(rule('otherAgendasUnconfirmed', TWO_TIER_SOURCES, 'med'));
    if (!s.labelSk) add(rule('labelUnconfirmed', [...sEntry.sources], 'low'));
    else if (sEntry.sources.includes('off-minv-booking-2020')) add(rule('labelFrom2020', ['off-minv-booking-2020'], 'high'));
    if (procedure === 'trFirst' && options.purpose === 'familyReunification') {
      const ft = entryAt(FAMILY_TICKET, asOf);
      if (ft.value) add(rule('familyTicket', [...ft.sources], ft.confidence));
    }
    if (special && (procedure === 'collectCard' || procedure === 'biometrics')) {
      add(rule('keepBookingDetails', ['off-minv-news-bratislava-2026'], 'high'));
    }
  }
  if (competence) {
    add(rule(competence.value === 'any' ? 'anyDepartment' : 'competentDepartment', competence.sourceIds, competence.confidence));
  }

  const rules = details.map((r) => {
    const params: Record<string, string | number> = { ...(r.params ?? {}) };
    if (r.key === 'booking.rules.pickArea' && areaDef) params.area = areaDef.nameSk;
    return Object.keys(params).length ? msg(r.key, params) : msg(r.key);
  });

  return {
    procedure,
    bookable: s.bookable,
    lifeSituation: msg(`booking.lifeSituations.${s.key}`),
    lifeSituationSk: s.labelSk,
    lifeSituationSeen: s.labelSeen,
    authorisedOnly: s.authorisedOnly,
    ...(areaDef ? { area: { ...areaDef, name: msg(`booking.areas.${areaDef.id}`) } } : {}),
    ...(competence ? { competence: competence.value } : {}),
    rules,
    ruleDetails: details,
    confidence: lowest([sEntry.confidence, ...(competence ? [competence.confidence] : [])]),
    sourceIds: [...sources].sort(),
    url: MINV_BOOKING_URL,
  };
}

/**
 * The plan's `booking` for a step, or undefined when the act is not booked (walk-in): then
 * show `info.rules` as details. Without a Slovak label, the label as published is shown.
 */
export function toPlanBooking(info: BookingInfo): EngineStep['booking'] {
  if (!info.bookable) return undefined;
  return {
    lifeSituation: info.lifeSituation,
    lifeSituationSk: info.lifeSituationSk ?? info.lifeSituationSeen ?? '',
    authorisedOnly: info.authorisedOnly,
    rules: info.rules,
  };
}

/** Whether booking this procedure needs an activated BOK on a date. */
export function bookingNeedsBok(procedure: BookingProcedure, asOf: string, options: BookingOptions = {}): boolean {
  const special = options.inBratislava ? LIFE_SITUATIONS_BRATISLAVA[procedure] : undefined;
  const s = entryAt(special ?? LIFE_SITUATIONS[procedure], asOf).value;
  return s.bookable && s.authorisedOnly;
}
