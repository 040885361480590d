import type { EuBasis, Purpose } from '../schema/case-file.ts';
import type { DatedEntry, DatedValue } from '../schema/dated-value.ts';
import type { MemberRole } from '../schema/household.ts';
import type { Confidence } from '../schema/primitives.ts';
import { dated } from '../value-at.ts';
import type { DocumentId } from './document-ids.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * What a procedure's list is made of: a requirement (a catalogue id with its use), the
 * procedures and variants, and the eras where the law changed the lists (15 Jul 2024: a
 * 3-month statement as proof of means, doc-vizum-2024; 1 Jul 2025: Act 178/2025, no photos
 * and proof of means only where kept; 15 Jul 2025: Slovak A2 for long-term residence), with
 * the helpers the lists are built with. A change in law adds an era.
 */

/** One document as a procedure asks for it. */
export interface DocumentRequirement {
  id: DocumentId;
  /** Variant note replacing the catalogue note for this use (`documents.<id>.<variant>`). */
  note?: string;
  /** Only in the cases the note names (e.g. applicants under 18). */
  conditional?: boolean;
  /** Lower than the catalogue's confidence for this use. */
  confidence?: Confidence;
  /** Cited on top of the catalogue's sources for this use. */
  sources?: string[];
  /**
   * Only for family members in these roles (a child, a dependent parent…): a household member
   * in another role (a spouse) does not get it. Without a role (one person's plan) it is listed
   * with its note saying whom it is for.
   */
  forRoles?: readonly MemberRole[];
}

/** Documents for a child, and for relatives who depend on the family member (family reunification, Act 404/2011 §27). */
export const FOR_CHILD: readonly MemberRole[] = ['child'];
export const FOR_DEPENDANTS: readonly MemberRole[] = ['child', 'dependentParent', 'otherRelative'];

/** A procedure's documents on one date, and what about the list itself is uncertain. */
export interface DocumentList {
  items: DocumentRequirement[];
  /** Locale keys (`documentLists.*`) of list-level warnings: Med/Low points to check. */
  warningKeys: string[];
}

export const PROCEDURES = [
  'noticeOfStay',
  'euRegistration',
  'euCitizenCard',
  'familyMemberCard',
  'trFirst',
  'trRenewal',
  'changeOfPurpose',
  'permanentFiveYears',
  'permanentUnlimited',
  'longTermResidence',
  'collectCard',
  'healthInsurance',
  'medicalCertificate',
  'bok',
  'refugeCard',
] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** Employment has three routes; the single permit is the usual one (`employment`). */
export const TR_VARIANTS = [
  'employment',
  'employmentWorkPermit',
  'employmentNoPermit',
  'euBlueCard',
  'business',
  'studies',
  'research',
  'specialActivity',
  'familyReunification',
  'seasonalWork',
] as const;
export type TrVariant = (typeof TR_VARIANTS)[number];
export type DocumentVariant = TrVariant | Purpose | EuBasis;

/** The key of a procedure without variants. */
export const NO_VARIANT = 'default';

/** The state of the rules on each date where a list can change. */
export interface Era {
  from: string;
  /** Photos attached (until 30 Jun 2025). */
  photos: boolean;
  /** How proof of means is given: current balance, 3-month statement, or Act 178/2025 scope. */
  means: 'balance' | 'statement' | 'act178';
  /** Slovak A2 for long-term residence (applications from 15 Jul 2025). */
  a2: boolean;
  /** Sources of the change that starts this era. */
  sources: string[];
}

export const ERAS: readonly Era[] = [
  { from: '2024-01-01', photos: true, means: 'balance', a2: false, sources: [] },
  { from: '2024-07-15', photos: true, means: 'statement', a2: false, sources: ['doc-vizum-2024'] },
  { from: '2025-07-01', photos: false, means: 'act178', a2: false, sources: ['res-act-178-2025', 'doc-akmv-2025', 'res-24hod-2025', 'res-tasr-2025-changes'] },
  { from: '2025-07-15', photos: false, means: 'act178', a2: true, sources: ['doc-movetokosice-a2'] },
];

export interface Built {
  items: DocumentRequirement[];
  warnings?: string[];
  confidence?: Confidence;
  note?: string;
}

/**
 * A list as a dated value: `build` is evaluated for each era and an entry is kept only where
 * the list differs from the one before, so unchanged lists have a single entry.
 */
export function byEra(id: string, sources: string[], confidence: Confidence, build: (era: Era) => Built): DatedValue<DocumentList> {
  const history: DatedEntry<DocumentList>[] = [];
  let last = '';
  for (const era of ERAS) {
    const b = build(era);
    const value: DocumentList = { items: b.items, warningKeys: b.warnings ?? [] };
    const key = JSON.stringify(value);
    if (key === last) continue;
    last = key;
    history.push({
      from: era.from,
      value,
      sources: [...new Set([...sources, ...era.sources])],
      confidence: b.confidence ?? confidence,
      ...(b.note ? { note: b.note } : {}),
    });
  }
  return dated(`documents.${id}`, V, history);
}

export const req = (id: DocumentId, opts: Omit<DocumentRequirement, 'id'> = {}): DocumentRequirement => ({ id, ...opts });
export const photos = (era: Era): DocumentRequirement[] => (era.photos ? [req('photos')] : []);
export const photo = (era: Era): DocumentRequirement[] => (era.photos ? [req('photo')] : []);

/**
 * Proof of means for temporary residence. Before 1 Jul 2025 every purpose that had to prove
 * means attached it (from 15 Jul 2024 as a 3-month statement); from 1 Jul 2025 only business
 * (account-balance confirmation; Act 178/2025, res-act-178-2025). The scope per purpose is Low confidence.
 */
export function trMeans(era: Era, kept: boolean, note?: string): DocumentRequirement[] {
  if (era.means === 'act178') return kept ? [req('financialCoverage', { note: 'noteBalance2025' })] : [];
  return [req('financialCoverage', { note: note ?? (era.means === 'statement' ? 'noteStatement' : 'noteBalance') })];
}

/** Warnings and confidence of a temporary-residence list from 1 Jul 2025 when proof of means was dropped. */
export function droppedMeans(era: Era): Pick<Built, 'warnings' | 'confidence' | 'note'> {
  return era.means === 'act178'
    ? { warnings: ['documentLists.meansDropped'], confidence: 'low', note: 'Which purposes still attach proof of means after Act 178/2025 is unverified (res-act-178-2025, res-24hod-2025).' }
    : {};
}

export const crim = (note?: string, opts: Omit<DocumentRequirement, 'id' | 'note'> = {}): DocumentRequirement =>
  req('criminalRecordForeign', { ...(note ? { note } : {}), ...opts });
