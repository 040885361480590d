import { describe, expect, it } from 'vitest';
import { BOK_PLACES, bokPlaces, bokWhere } from '../../../src/rules/params/offices-bok.ts';
import { entryAt } from '../../../src/rules/value-at.ts';

describe('BOK activation places', () => {
  it('differ before and after 14 Aug 2025 and 25 May 2026', () => {
    const before = bokPlaces('2025-08-13');
    const mid = bokPlaces('2025-08-14');
    const bratislava = bokPlaces('2026-05-25');
    expect(before.officeTypes).toEqual(['foreignPolice']);
    expect(mid.officeTypes).toEqual(['foreignPolice', 'documentDepartment', 'clientCentre']);
    expect(mid.bratislavaOnly).toBeUndefined();
    expect(bratislava.bratislavaOnly?.id).toBe('bratislavaZlatePiesky');
    expect(bratislava.bratislavaOnly?.address).toBe('Studená 4/B (OC STYLA), Bratislava');
    expect(bratislava.confidence).toBe('med');
    expect(JSON.stringify(before)).not.toBe(JSON.stringify(mid));
    expect(JSON.stringify(mid)).not.toBe(JSON.stringify(bratislava));
  });

  it('records the May 2026 amendment as uncertain', () => {
    expect(entryAt(BOK_PLACES, '2026-05-14').value.moreMayBeDesignated).toBe(false);
    expect(entryAt(BOK_PLACES, '2026-05-15').value.moreMayBeDesignated).toBe(true);
    expect(entryAt(BOK_PLACES, '2026-05-15').confidence).toBe('low');
  });

  it('sends Bratislava residents to Zlaté Piesky only from 25 May 2026', () => {
    expect(bokWhere('2026-05-24', true).officeType).toBe('documentDepartment');
    expect(bokWhere('2026-05-25', true)).toMatchObject({ officeType: 'clientCentre', nameSk: 'Klientske centrum Bratislava – Zlaté Piesky' });
    expect(bokWhere('2026-05-25', false).officeType).toBe('documentDepartment');
    expect(bokWhere('2025-08-13', true).officeType).toBe('foreignPolice');
  });
});
