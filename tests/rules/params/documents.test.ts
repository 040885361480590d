import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays } from '../../../src/rules/calendar/iso-date.ts';
import { DOCUMENTS } from '../../../src/rules/params/document-catalogue.ts';
import { DOCUMENT_IDS } from '../../../src/rules/params/document-ids.ts';
import { NO_VARIANT, PROCEDURES, type DocumentList, type DocumentVariant, type Procedure } from '../../../src/rules/params/document-list-parts.ts';
import { DOCUMENT_LISTS, DOCUMENT_VARIANTS } from '../../../src/rules/params/document-lists.ts';
import { UnknownDocumentVariantError, documentListFor, documentMessageKeys, documentsFor, toEngineDocument } from '../../../src/rules/params/documents.ts';
import { DOCUMENT_SOURCES } from '../../../src/rules/params/sources/documents.ts';
import { ALL_SOURCES } from '../../../src/rules/plan/all-sources.ts';
import { datedValueSchema } from '../../../src/rules/schema/dated-value.ts';
import type { DatedValue } from '../../../src/rules/schema/dated-value.ts';
import { messageSchema } from '../../../src/rules/schema/message.ts';
import { sourceSchema } from '../../../src/rules/schema/citation.ts';
import { entryAt } from '../../../src/rules/value-at.ts';
import { AS_OF_RANGE } from '../../../src/rules/date-ranges.ts';
import { leaves, lookup } from '../../support/locale-tree.ts';

const DATES = ['2024-06-01', '2025-06-30', '2025-07-01', '2026-11-22'];

const locale = JSON.parse(readFileSync(new URL('../../../src/locales/en/documents.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every (procedure, variant) pair; `undefined` for procedures without variants. */
const CASES: [Procedure, DocumentVariant | undefined][] = PROCEDURES.flatMap((p) =>
  DOCUMENT_VARIANTS[p].map((v) => [p, v === NO_VARIANT ? undefined : (v as DocumentVariant)] as [Procedure, DocumentVariant | undefined]),
);

const PARAMS: DatedValue<DocumentList>[] = PROCEDURES.flatMap((p) => Object.values(DOCUMENT_LISTS[p]));

const ids = (p: Procedure, asOf: string, v?: DocumentVariant) => documentsFor(p, asOf, v).map((d) => d.id);

describe('document sources', () => {
  it('are valid sources whose ids start with doc-', () => {
    for (const [id, s] of Object.entries(DOCUMENT_SOURCES)) {
      expect(id.startsWith('doc-')).toBe(true);
      expect(s.id).toBe(id);
      expect(sourceSchema.safeParse(s).success, id).toBe(true);
    }
  });
});

describe('document catalogue', () => {
  it('has a spec for every id, citing existing sources', () => {
    expect(Object.keys(DOCUMENTS).sort()).toEqual([...DOCUMENT_IDS].sort());
    for (const id of DOCUMENT_IDS) {
      const d = DOCUMENTS[id];
      expect(d.nameSk.length, id).toBeGreaterThan(0);
      expect(d.sources.length, id).toBeGreaterThan(0);
      for (const s of d.sources) expect(ALL_SOURCES, `${id} cites ${s}`).toHaveProperty(s);
    }
  });

  it('covers what the handbook names', () => {
    for (const id of [
      'passport',
      'applicationTrGrant',
      'applicationTrRenewal',
      'criminalRecordForeign',
      'criminalRecordSk',
      'accommodation',
      'familyAffidavit',
      'labourOfficeConfirmation',
      'workPermit',
      'employmentContract',
      'degreeRecognition',
      'businessPlan',
      'schoolConfirmation',
      'hostingAgreement',
      'civilStatusDocument',
      'euRegistrationCertificate',
      'healthInsuranceProof',
      'medicalCertificate',
      'financialCoverage',
      'languageCertificateA2',
    ] as const) {
      expect(DOCUMENTS).toHaveProperty(id);
    }
  });

  it('marks foreign public documents for apostille and translation, and the rest not', () => {
    expect(DOCUMENTS.criminalRecordForeign).toMatchObject({ apostille: true, translation: true, maxAgeDays: 90 });
    expect(DOCUMENTS.civilStatusDocument).toMatchObject({ apostille: true, translation: true });
    expect(DOCUMENTS.criminalRecordSk).toMatchObject({ apostille: false, translation: false });
    expect(DOCUMENTS.accommodation).toMatchObject({ notarised: true, maxAgeDays: 90 });
    expect(DOCUMENTS.affidavitJobSeeker.notarised).toBe(true);
    expect(DOCUMENTS.medicalCertificate.maxAgeDays).toBe(30);
    expect(DOCUMENTS.hostingAgreement.maxAgeDays).toBeUndefined();
    expect(DOCUMENTS.passport.maxAgeDays).toBeUndefined();
  });
});

describe('document lists', () => {
  it.each(CASES)('%s / %s resolves on every test date with cited documents', (procedure, variant) => {
    for (const asOf of DATES) {
      const list = documentListFor(procedure, asOf, variant);
      expect(list.documents.length, `${procedure} ${variant} ${asOf}`).toBeGreaterThan(0);
      for (const s of list.sourceIds) expect(ALL_SOURCES, `${list.paramId} cites ${s}`).toHaveProperty(s);
      for (const d of list.documents) {
        expect(d.sourceIds.length).toBeGreaterThan(0);
        for (const s of d.sourceIds) expect(ALL_SOURCES, `${d.id} cites ${s}`).toHaveProperty(s);
      }
      // No document twice in one list.
      expect(new Set(list.documents.map((d) => d.id)).size).toBe(list.documents.length);
    }
  });

  it('has the expected procedures and variants', () => {
    expect(DOCUMENT_VARIANTS.euRegistration).toEqual(['employee', 'selfEmployed', 'student', 'selfSufficient', 'jobSeeker', 'familyMember']);
    expect(DOCUMENT_VARIANTS.trFirst).toEqual(
      expect.arrayContaining(['employment', 'euBlueCard', 'business', 'studies', 'research', 'specialActivity', 'familyReunification', 'seasonalWork']),
    );
    expect(DOCUMENT_VARIANTS.trRenewal).toHaveLength(8);
    expect(DOCUMENT_VARIANTS.changeOfPurpose).toEqual(DOCUMENT_VARIANTS.trFirst);
    for (const p of ['collectCard', 'healthInsurance', 'medicalCertificate', 'bok', 'refugeCard', 'permanentFiveYears', 'permanentUnlimited', 'longTermResidence'] as const) {
      expect(DOCUMENT_VARIANTS[p]).toEqual([NO_VARIANT]);
    }
  });

  it.each(PARAMS.map((p) => [p.id, p] as const))('%s: valid shape, strictly ascending history, no gap 2024–2027', (_id, p) => {
    expect(datedValueSchema(z.unknown()).safeParse(p).success).toBe(true);
    expect(p.history[0]!.from <= AS_OF_RANGE.min).toBe(true);
    for (let i = 1; i < p.history.length; i++) expect(p.history[i]!.from > p.history[i - 1]!.from).toBe(true);
    for (const e of p.history) {
      expect(e.value).not.toBeNull();
      for (const s of e.sources) expect(ALL_SOURCES, `${p.id} cites ${s}`).toHaveProperty(s);
    }
    for (let d = AS_OF_RANGE.min; d <= AS_OF_RANGE.max; d = addDays(d, 1)) expect(() => entryAt(p, d)).not.toThrow();
  });

  it('explains every conditional document in its note', () => {
    for (const [p, v] of CASES) {
      for (const asOf of DATES) {
        for (const d of documentsFor(p, asOf, v)) if (d.conditional) expect(d.noteKey, `${p} ${v} ${d.id}`).toBeDefined();
      }
    }
  });

  it('throws on a missing or unknown variant', () => {
    expect(() => documentsFor('trFirst', '2026-11-22')).toThrow(UnknownDocumentVariantError);
    expect(() => documentsFor('euRegistration', '2026-11-22', 'employment')).toThrow(UnknownDocumentVariantError);
    expect(() => documentsFor('bok', '2026-11-22', 'studies')).toThrow(UnknownDocumentVariantError);
  });
});

describe('Act 178/2025 (1 Jul 2025) and other dated changes', () => {
  it('drops photos from every list on 1 Jul 2025', () => {
    let seenBefore = 0;
    for (const [p, v] of CASES) {
      const before = ids(p, '2025-06-30', v);
      const after = ids(p, '2025-07-01', v);
      if (before.includes('photos') || before.includes('photo')) seenBefore++;
      expect(after).not.toContain('photos');
      expect(after).not.toContain('photo');
    }
    expect(seenBefore).toBeGreaterThan(20);
    expect(ids('trFirst', '2024-06-01', 'employment')).toContain('photos');
    expect(ids('trRenewal', '2025-06-30', 'employment')).toContain('photo');
    expect(ids('euCitizenCard', '2025-06-30')).toContain('photos');
    expect(ids('familyMemberCard', '2025-06-30')).toContain('photos');
  });

  it('keeps proof of means only for business from 1 Jul 2025, with a Low-confidence warning where it was dropped', () => {
    for (const v of ['employment', 'studies', 'specialActivity', 'familyReunification', 'seasonalWork'] as const) {
      expect(ids('trFirst', '2025-06-30', v)).toContain('financialCoverage');
      expect(ids('trFirst', '2025-07-01', v)).not.toContain('financialCoverage');
      const list = documentListFor('trFirst', '2025-07-01', v);
      expect(list.warningKeys).toContain('documentLists.meansDropped');
      expect(list.confidence).toBe('low');
    }
    expect(ids('trFirst', '2025-07-01', 'business')).toContain('financialCoverage');
    expect(ids('trRenewal', '2026-11-22', 'business')).toContain('financialCoverage');
    expect(ids('trRenewal', '2026-11-22', 'employment')).not.toContain('financialCoverage');
    expect(ids('permanentFiveYears', '2025-06-30')).toContain('financialCoverage');
    expect(ids('permanentFiveYears', '2025-07-01')).not.toContain('financialCoverage');
    expect(ids('longTermResidence', '2026-11-22')).toContain('incomeProof');
  });

  it('shows the 3-month bank statement between 15 Jul 2024 and 30 Jun 2025', () => {
    const note = (asOf: string) => documentsFor('trFirst', asOf, 'seasonalWork').find((d) => d.id === 'financialCoverage')?.noteKey;
    expect(note('2024-06-01')).toBe('documents.financialCoverage.noteBalance');
    expect(note('2024-07-15')).toBe('documents.financialCoverage.noteStatement');
    expect(note('2025-07-01')).toBeUndefined();
  });

  it('makes the business plan mandatory and adds the feasibility proof on 1 Jul 2025', () => {
    const plan = (asOf: string) => documentsFor('trFirst', asOf, 'business').find((d) => d.id === 'businessPlan');
    expect(plan('2025-06-30')?.conditional).toBe(true);
    expect(plan('2025-07-01')?.conditional).toBe(false);
    expect(ids('trFirst', '2025-06-30', 'business')).not.toContain('businessFeasibility');
    expect(ids('trFirst', '2025-07-01', 'business')).toContain('businessFeasibility');
  });

  it('asks for Slovak A2 for long-term residence from 15 Jul 2025', () => {
    expect(ids('longTermResidence', '2025-07-14')).not.toContain('languageCertificateA2');
    expect(ids('longTermResidence', '2025-07-15')).toContain('languageCertificateA2');
    expect(documentListFor('longTermResidence', '2026-11-22').warningKeys).toContain('documentLists.a2Unconfirmed');
  });

  it('keeps a single entry for lists that never changed', () => {
    expect(DOCUMENT_LISTS.euRegistration.employee!.history).toHaveLength(1);
    expect(DOCUMENT_LISTS.bok[NO_VARIANT]!.history).toHaveLength(1);
    expect(DOCUMENT_LISTS.trFirst.research!.history.map((e) => e.from)).toEqual(['2024-01-01', '2025-07-01']);
  });
});

describe('procedure specifics', () => {
  it('follows the handbook per purpose and basis', () => {
    expect(ids('trFirst', '2026-11-22', 'research')).not.toContain('accommodation');
    expect(ids('trFirst', '2026-11-22', 'research')).toContain('hostingAgreement');
    expect(ids('trFirst', '2026-11-22', 'euBlueCard')).toEqual(
      expect.arrayContaining(['applicationBlueCard', 'labourOfficeConfirmationHq', 'degreeRecognition', 'criminalRecordForeign']),
    );
    expect(ids('trFirst', '2026-11-22', 'employmentWorkPermit')).toContain('workPermit');
    expect(ids('trFirst', '2026-11-22', 'employmentNoPermit')).toContain('employerConfirmationNoPermit');
    expect(documentListFor('trFirst', '2026-11-22', 'employment').warningKeys).toContain('documentLists.singlePermitConflict');
    expect(ids('changeOfPurpose', '2026-11-22', 'studies')).not.toContain('criminalRecordForeign');
    expect(ids('trRenewal', '2026-11-22', 'studies')).not.toContain('healthInsuranceProof');
    expect(ids('trRenewal', '2026-11-22', 'research')).toContain('healthInsuranceProof');
    expect(ids('euRegistration', '2026-11-22', 'jobSeeker')).toContain('affidavitJobSeeker');
    expect(ids('euRegistration', '2026-11-22', 'familyMember')).toEqual(expect.arrayContaining(['relationshipProof', 'euRegistrationCertificate']));
    expect(ids('euRegistration', '2026-11-22', 'selfSufficient')).toEqual(expect.arrayContaining(['sufficientResourcesProof', 'healthInsuranceProof']));
    expect(ids('medicalCertificate', '2026-11-22')).toContain('medicalCertificate');
    expect(ids('bok', '2026-11-22')).toEqual(['residenceCard', 'passport']);
  });

  it('gives the plan shape, with "obtain no earlier than" from the filing date', () => {
    const crim = documentsFor('trFirst', '2026-11-22', 'studies').find((d) => d.id === 'criminalRecordForeign')!;
    const doc = toEngineDocument(crim, '2026-12-18');
    expect(doc.obtainNoEarlierThan).toBe('2026-09-19');
    expect(messageSchema.safeParse(doc.name).success).toBe(true);
    expect(doc.note && messageSchema.safeParse(doc.note).success).toBe(true);
    expect(toEngineDocument(documentsFor('bok', '2026-11-22')[0]!, '2026-12-18').obtainNoEarlierThan).toBeUndefined();
  });
});

describe('English texts', () => {
  const keys = documentMessageKeys();

  it('has a non-empty text for every key the data can emit', () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      expect(messageSchema.safeParse({ key }).success, key).toBe(true);
      const text = lookup(locale, key);
      expect(typeof text === 'string' && text.length > 0, `missing text for ${key}`).toBe(true);
    }
  });

  it('has no text the data never emits', () => {
    const emitted = new Set(keys);
    for (const leaf of leaves(locale)) expect(emitted.has(leaf), `unused text ${leaf}`).toBe(true);
  });

  it('resolves every key on every test date', () => {
    for (const [p, v] of CASES) {
      for (const asOf of DATES) {
        const list = documentListFor(p, asOf, v);
        for (const k of list.warningKeys) expect(typeof lookup(locale, k)).toBe('string');
        for (const d of list.documents) {
          expect(typeof lookup(locale, d.nameKey)).toBe('string');
          if (d.noteKey) expect(typeof lookup(locale, d.noteKey)).toBe('string');
        }
      }
    }
  });
});
