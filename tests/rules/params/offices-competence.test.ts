import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BOOKING_PROCEDURES,
  COMPETENCE,
  MFA_EMBASSIES_URL,
  MINV_OCP_LIST_URL,
  OFFICE_TYPE_SK,
  UNBOOKED_PROCEDURES,
  competenceFor,
  officeFor,
} from '../../../src/rules/params/offices-competence.ts';
import { OFFICE_SOURCES } from '../../../src/rules/params/sources/offices.ts';
import { ALL_SOURCES } from '../../../src/rules/plan/all-sources.ts';
import { sourceSchema } from '../../../src/rules/schema/citation.ts';

const DATES = ['2024-06-01', '2025-06-30', '2025-07-01', '2026-11-22'];

describe('office sources', () => {
  it('are valid sources whose ids start with off-', () => {
    for (const [id, s] of Object.entries(OFFICE_SOURCES)) {
      expect(id.startsWith('off-')).toBe(true);
      expect(s.id).toBe(id);
      expect(sourceSchema.safeParse(s).success, id).toBe(true);
    }
  });
});

describe('the competence table', () => {
  it('lets EU registration and the family member’s card go to any department from 1 Jul 2025, not before', () => {
    for (const procedure of ['euRegistration', 'familyMemberCard'] as const) {
      expect(competenceFor(procedure, '2025-06-30')?.value).toBe('competent');
      expect(competenceFor(procedure, '2025-07-01')?.value).toBe('any');
    }
  });

  it('keeps the EU citizen card, a residence document, at the department for the address on both sides of 1 Jul 2025', () => {
    expect(competenceFor('euCitizenCard', '2025-06-30')?.value).toBe('competent');
    expect(competenceFor('euCitizenCard', '2025-07-01')?.value).toBe('competent');
  });

  it('decides every procedure the plan sends to the Foreign Police, with known sources', () => {
    const decided = [...BOOKING_PROCEDURES.filter((p) => p !== 'bok' && p !== 'biometrics'), ...UNBOOKED_PROCEDURES];
    for (const procedure of decided) {
      expect(COMPETENCE[procedure], procedure).toBeDefined();
      for (const asOf of DATES) {
        const c = competenceFor(procedure, asOf)!;
        expect(c.sourceIds.length, procedure).toBeGreaterThan(0);
        for (const s of c.sourceIds) expect(ALL_SOURCES, `${procedure} cites ${s}`).toHaveProperty(s);
      }
    }
  });
});

describe('officeFor', () => {
  it('names the department the table allows, with the Slovak name and the Ministry list', () => {
    const at = (asOf: string) => officeFor('foreignPolice', asOf, 'euRegistration');
    expect(at('2025-06-30')).toMatchObject({ text: { key: 'where.foreignPoliceForAddress' }, nameSk: OFFICE_TYPE_SK.foreignPolice, url: MINV_OCP_LIST_URL });
    expect(at('2025-07-01').text.key).toBe('where.foreignPoliceAny');
    expect(at('2025-07-01').sourceIds).toEqual(['res-24hod-2025', 'res-act-178-2025']);
    expect(officeFor('foreignPolice', '2026-11-22', 'trFirst').text.key).toBe('where.foreignPoliceAny');
    expect(officeFor('foreignPolice', '2026-11-22', 'trRenewal').text.key).toBe('where.foreignPoliceForAddress');
    expect(officeFor('foreignPolice', '2026-11-22', 'invitation').text.key).toBe('where.foreignPoliceForHost');
  });

  it('carries the table’s confidence (a conflict stays Low)', () => {
    expect(officeFor('foreignPolice', '2026-11-22', 'changeOfPurpose').confidence).toBe('low');
    expect(officeFor('foreignPolice', '2026-11-22', 'trRenewal').confidence).toBe('high');
  });

  it('sends to a Slovak embassy with the Foreign Ministry’s site', () => {
    expect(officeFor('embassy', '2026-11-22')).toMatchObject({ officeType: 'embassy', text: { key: 'where.embassy' }, url: MFA_EMBASSIES_URL });
  });

  it('has a text in every language for every place it names', () => {
    for (const lng of ['en', 'sk', 'uk']) {
      const plan = JSON.parse(readFileSync(new URL(`../../../src/locales/${lng}/plan.json`, import.meta.url), 'utf8')) as { where: Record<string, string> };
      const where = plan.where;
      for (const key of ['where.foreignPoliceAny', 'where.foreignPoliceForAddress', 'where.foreignPoliceForHost', 'where.embassy']) {
        expect(where[key.slice('where.'.length)], `${lng} ${key}`).toBeTruthy();
      }
    }
  });
});
