import { addDays } from '../calendar/iso-date.ts';
import type { DatedValue } from '../schema/dated-value.ts';
import type { MemberRole } from '../schema/household.ts';
import { msg } from '../schema/message.ts';
import type { EngineDocument } from '../schema/plan.ts';
import { lowestConfidence, type Confidence } from '../schema/primitives.ts';
import { entryAt } from '../value-at.ts';
import { DOCUMENTS, nameKey, noteKey } from './document-catalogue.ts';
import { DOCUMENT_IDS, type DocumentId } from './document-ids.ts';
import { NO_VARIANT, PROCEDURES, type DocumentList, type DocumentRequirement, type DocumentVariant, type Procedure } from './document-list-parts.ts';
import { DOCUMENT_LISTS } from './document-lists.ts';

/**
 * What to bring, per procedure, as of a date: the lists resolved against the catalogue.
 * Sources in sources/documents.ts. Two layers:
 *
 * - `DOCUMENTS` (document-catalogue.ts): a catalogue of every document the sources name, with its Slovak name
 *   and the formal requirements (age, apostille, translation, verified signature).
 * - `DOCUMENT_LISTS` (document-lists.ts, document-lists-tr.ts, built from document-list-parts.ts): per procedure (and variant: purpose, EU basis), a dated value whose
 *   entries list catalogue ids. A change in law appends an entry; the plan as of an earlier
 *   date shows the old list. The dates that change lists: 15 Jul 2024 (3-month bank
 *   statement as proof of means), 1 Jul 2025 (Act 178/2025: no photos, proof of means only
 *   for business and long-term residence), 15 Jul 2025 (Slovak A2 for long-term residence).
 *
 * Text lives in src/locales/<lng>/documents.json: `documents.<id>.name`, `documents.<id>.note`
 * and the variant notes `documents.<id>.<noteVariant>`; list warnings under `documentLists.*`.
 */

/** The document is for a household member in this role (no role, or the main person: every document stays). */
export const fitsRole = (d: { forRoles?: readonly MemberRole[] | undefined }, role: MemberRole | undefined): boolean =>
  role === undefined || role === 'main' || d.forRoles === undefined || d.forRoles.includes(role);

export class UnknownDocumentVariantError extends Error {
  readonly code = 'unknownDocumentVariant';
  constructor(
    readonly procedure: string,
    readonly variant: string | undefined,
  ) {
    super(`no document list for ${procedure}${variant ? ` / ${variant}` : ' without a variant'}`);
  }
}

/** A document as a procedure needs it on a date: the catalogue spec with the list's overrides. */
export interface ResolvedDocument {
  id: DocumentId;
  nameKey: string;
  nameSk: string;
  maxAgeDays?: number;
  apostille: boolean;
  translation: boolean;
  notarised: boolean;
  noteKey?: string;
  conditional: boolean;
  sourceIds: string[];
  confidence: Confidence;
  forRoles?: readonly MemberRole[];
}

const lower = (a: Confidence, b: Confidence): Confidence => lowestConfidence(a, b);

export function resolveRequirement(r: DocumentRequirement): ResolvedDocument {
  const s = DOCUMENTS[r.id];
  const note = r.note ? noteKey(r.id, r.note) : s.noteKey;
  return {
    id: r.id,
    nameKey: nameKey(r.id),
    nameSk: s.nameSk,
    ...(s.maxAgeDays ? { maxAgeDays: s.maxAgeDays } : {}),
    apostille: s.apostille,
    translation: s.translation,
    notarised: s.notarised,
    ...(note ? { noteKey: note } : {}),
    conditional: r.conditional ?? false,
    sourceIds: [...new Set([...s.sources, ...(r.sources ?? [])])],
    confidence: r.confidence ? lower(s.confidence, r.confidence) : s.confidence,
    ...(r.forRoles ? { forRoles: r.forRoles } : {}),
  };
}

function listParam(procedure: Procedure, variant?: string): DatedValue<DocumentList> {
  const lists = DOCUMENT_LISTS[procedure];
  if (!lists) throw new UnknownDocumentVariantError(procedure, variant);
  const list = lists[variant ?? NO_VARIANT];
  if (!list) throw new UnknownDocumentVariantError(procedure, variant);
  return list;
}

/**
 * The documents a procedure needs as of a date. `variant` is the purpose (trFirst,
 * changeOfPurpose: also `employmentWorkPermit` / `employmentNoPermit`; trRenewal) or the EU
 * basis (euRegistration); other procedures take none. Throws UnknownDocumentVariantError
 * for a missing or unknown variant and OutOfRangeError outside 2024-01-01…
 */
export function documentsFor(procedure: Procedure, asOf: string, variant?: DocumentVariant): ResolvedDocument[] {
  return entryAt(listParam(procedure, variant), asOf).value.items.map(resolveRequirement);
}

/** The list with what the plan needs to cite it: the entry's sources, confidence and warnings. */
export interface DocumentListResult {
  paramId: string;
  from: string;
  documents: ResolvedDocument[];
  warningKeys: string[];
  confidence: Confidence;
  sourceIds: string[];
  lastVerified: string;
}

export function documentListFor(procedure: Procedure, asOf: string, variant?: DocumentVariant): DocumentListResult {
  const param = listParam(procedure, variant);
  const entry = entryAt(param, asOf);
  return {
    paramId: param.id,
    from: entry.from,
    documents: entry.value.items.map(resolveRequirement),
    warningKeys: entry.value.warningKeys,
    confidence: entry.confidence,
    sourceIds: [...entry.sources],
    lastVerified: param.lastVerified,
  };
}

/**
 * A resolved document in the plan's shape. With `filingDate`, a document with a maximum age
 * gets `obtainNoEarlierThan` (the filing date minus its maximum age).
 */
export function toEngineDocument(d: ResolvedDocument, filingDate?: string): EngineDocument {
  return {
    id: d.id,
    name: msg(d.nameKey),
    nameSk: d.nameSk,
    ...(d.maxAgeDays ? { maxAgeDays: d.maxAgeDays } : {}),
    ...(d.maxAgeDays && filingDate ? { obtainNoEarlierThan: addDays(filingDate, -d.maxAgeDays) } : {}),
    apostille: d.apostille,
    translation: d.translation,
    notarised: d.notarised,
    ...(d.noteKey ? { note: msg(d.noteKey) } : {}),
    sourceIds: d.sourceIds,
  };
}

/** Every locale key the document data can emit (names, notes, list warnings). */
export function documentMessageKeys(): string[] {
  const keys = new Set<string>();
  for (const id of DOCUMENT_IDS) {
    keys.add(nameKey(id));
    const n = DOCUMENTS[id].noteKey;
    if (n) keys.add(n);
  }
  for (const p of PROCEDURES) {
    for (const list of Object.values(DOCUMENT_LISTS[p])) {
      for (const e of list.history) {
        if (!e.value) continue;
        for (const w of e.value.warningKeys) keys.add(w);
        for (const r of e.value.items) {
          const d = resolveRequirement(r);
          keys.add(d.nameKey);
          if (d.noteKey) keys.add(d.noteKey);
        }
      }
    }
  }
  return [...keys].sort();
}
