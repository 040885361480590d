import { msg } from '../schema/message.ts';
import type { OfficeType } from '../schema/plan.ts';
import type { Confidence } from '../schema/primitives.ts';
import { dated, entryAt } from '../value-at.ts';
import { MINV_DOCUMENT_DEPARTMENTS_URL, MINV_OCP_LIST_URL, OFFICE_TYPE_SK, type OfficePlace } from './offices-competence.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * Where the BOK (security personal code) is activated, as of a date: at the Foreign Police
 * only, then (14 Aug 2025, res-bok-vizum-2025) also at document departments and client
 * centres wherever the card was issued; in Bratislava only at one client centre from
 * 25 May 2026 (res-bok-bratislava). Texts: `offices.where.bok*`.
 */

const START = '2024-01-01';

/** A client centre of a district office that the plan names. */
export interface ClientCentre {
  id: 'bratislavaZlatePiesky';
  nameSk: string;
  /** Street as found; null = not found. */
  address: string | null;
  sourceIds: string[];
  confidence: Confidence;
}

/** The one place in Bratislava that activates a foreigner's BOK from 25 May 2026 (walk-in). */
export const ZLATE_PIESKY: ClientCentre = {
  id: 'bratislavaZlatePiesky',
  nameSk: 'Klientske centrum Bratislava – Zlaté Piesky',
  address: 'Studená 4/B (OC STYLA), Bratislava',
  sourceIds: ['res-bok-bratislava', 'off-lovinsk-bok', 'res-24hod-2025'],
  confidence: 'med',
};

export interface BokPlacesValue {
  /** Where a foreigner can activate the BOK in general. */
  officeTypes: OfficeType[];
  /** Any such place, regardless of where the card was issued. */
  anyPlace: boolean;
  /** In Bratislava only at this client centre (walk-in). */
  bratislavaOnly?: ClientCentre['id'];
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
  url?: string;
  confidence: Confidence;
  sourceIds: string[];
}

/** Where the BOK can be activated on a date. */
export function bokPlaces(asOf: string): BokPlacesResult {
  const e = entryAt(BOK_PLACES, asOf);
  const v = e.value;
  const only = v.bratislavaOnly ? ZLATE_PIESKY : undefined;
  return {
    from: e.from,
    officeTypes: [...v.officeTypes],
    ...(only ? { bratislavaOnly: only } : {}),
    ...(v.anyPlace ? { url: MINV_DOCUMENT_DEPARTMENTS_URL } : { url: MINV_OCP_LIST_URL }),
    confidence: e.confidence,
    sourceIds: [...new Set([...e.sources, ...(only ? only.sourceIds : [])])],
  };
}

/** The plan's `where` for activating the BOK: the Bratislava exception when the person lives there. */
export function bokWhere(asOf: string, inBratislava = false): OfficePlace & { address?: string } {
  const p = bokPlaces(asOf);
  if (inBratislava && p.bratislavaOnly) {
    const c = p.bratislavaOnly;
    return {
      officeType: 'clientCentre',
      text: msg('offices.where.bokBratislava', { name: c.nameSk, address: c.address ?? '' }),
      nameSk: c.nameSk,
      ...(c.address ? { address: c.address } : {}),
      confidence: p.confidence,
      sourceIds: p.sourceIds,
    };
  }
  const three = p.officeTypes.length > 1;
  return {
    officeType: three ? 'documentDepartment' : 'foreignPolice',
    text: msg(three ? 'offices.where.bokAnyOfThree' : 'offices.where.bokForeignPolice'),
    nameSk: three ? OFFICE_TYPE_SK.documentDepartment! : OFFICE_TYPE_SK.foreignPolice!,
    ...(p.url ? { url: p.url } : {}),
    confidence: p.confidence,
    sourceIds: p.sourceIds,
  };
}
