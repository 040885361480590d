import {
  base64UrlToBytes,
  bytesToBase64Url,
  caseFileHash,
  decodeShareLink,
  encodeCaseFileFragment,
  fnv1a32,
  MAX_SHARE_VALUE_LENGTH,
  shareUrl,
} from '../../../src/components/keep/share-link.ts';
import type { CaseFile } from '../../../src/rules/schema/case-file.ts';
import { loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';
const employee = loadExample('eu-long-stay-employee') as CaseFile;
const business = loadExample('third-country-business-visa-free') as CaseFile;

/** A fragment for any JSON text, with a correct checksum (as a tamperer would make it). */
function fragmentFor(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return `#case=${bytesToBase64Url(bytes)}.${fnv1a32(bytes)}`;
}

describe('share link', () => {
  it('round-trips a case file through the fragment', () => {
    for (const cf of [employee, business]) {
      const link = shareUrl('https://pobyt.example/plan', cf);
      const r = decodeShareLink(link, AS_OF);
      expect(r).toEqual({ ok: true, caseFile: cf });
    }
  });

  it('reads a bare location.hash too', () => {
    expect(decodeShareLink(encodeCaseFileFragment(business), AS_OF).ok).toBe(true);
  });

  it('round-trips non-ASCII text as UTF-8', () => {
    const json = JSON.stringify({ note: 'Žiadosť — заява' });
    const bytes = new TextEncoder().encode(json);
    const encoded = bytesToBase64Url(bytes);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new TextDecoder().decode(base64UrlToBytes(encoded)!)).toBe(json);
  });

  it('puts the answers in the fragment, never in the query string', () => {
    const link = shareUrl('https://pobyt.example/plan?lang=sk&case=old#step-bok', employee);
    const url = new URL(link);
    expect(url.search).toBe('?lang=sk');
    expect(url.hash).toMatch(/^#case=[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(link.indexOf('case=')).toBe(link.indexOf('#') + 1);
  });

  it('ignores a case file put in the query string', () => {
    const fragment = encodeCaseFileFragment(employee).slice(1);
    expect(decodeShareLink(`https://pobyt.example/plan?${fragment}`, AS_OF)).toEqual({ ok: false, reason: 'missing' });
  });

  it('gives the same link for the same answers in any key order', () => {
    const reordered = Object.fromEntries(Object.entries(employee).reverse()) as CaseFile;
    expect(encodeCaseFileFragment(reordered)).toBe(encodeCaseFileFragment(employee));
    expect(caseFileHash(reordered)).toBe(caseFileHash(employee));
    expect(caseFileHash(business)).not.toBe(caseFileHash(employee));
  });

  it('reports a truncated link as truncated', () => {
    const link = shareUrl('https://pobyt.example/', business);
    // Cut anywhere: inside the checksum, before it, or inside the payload.
    for (const cut of [1, 5, 9, 12, 20, 40]) {
      const r = decodeShareLink(link.slice(0, link.length - cut), AS_OF);
      expect(r, `cut ${cut}`).toMatchObject({ ok: false, reason: 'truncated' });
    }
  });

  it('reports a payload changed without a new checksum as truncated (damaged)', () => {
    const frag = encodeCaseFileFragment(employee);
    const [payload, sum] = frag.slice('#case='.length).split('.');
    const flipped = (payload!.startsWith('A') ? 'B' : 'A') + payload!.slice(1);
    expect(decodeShareLink(`#case=${flipped}.${sum}`, AS_OF)).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('reports a tampered field with a recomputed checksum as invalid, naming the field', () => {
    const tampered = JSON.stringify({ ...employee, citizenship: 'ZZ' });
    const r = decodeShareLink(fragmentFor(tampered), AS_OF);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('invalid');
    expect(r.problems?.map((p) => p.field)).toContain('citizenship');
  });

  it('names unknown and missing fields of a tampered case file', () => {
    const rest: Record<string, unknown> = { ...employee };
    delete rest.euBasis;
    const r = decodeShareLink(fragmentFor(JSON.stringify({ ...rest, password: 'x' })), AS_OF);
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.problems).toContainEqual({ field: '', key: 'problems.unknownField', params: { name: '"password"' } });
  });

  it('gives a clear reason for text that is not base64url', () => {
    expect(decodeShareLink('#case=not*base64!.0123abcd', AS_OF)).toEqual({ ok: false, reason: 'notBase64' });
    expect(decodeShareLink('#case=ab+/cd==.0123abcd', AS_OF)).toEqual({ ok: false, reason: 'notBase64' });
  });

  it('reports base64 that is not JSON as notJson', () => {
    expect(decodeShareLink(fragmentFor('hello, not json'), AS_OF)).toEqual({ ok: false, reason: 'notJson' });
    const bad = Uint8Array.from([0xff, 0xfe, 0x7b]);
    expect(decodeShareLink(`#case=${bytesToBase64Url(bad)}.${fnv1a32(bad)}`, AS_OF)).toEqual({ ok: false, reason: 'notJson' });
  });

  it('reports a link with no case as missing', () => {
    expect(decodeShareLink('https://pobyt.example/plan', AS_OF)).toEqual({ ok: false, reason: 'missing' });
    expect(decodeShareLink('#step-bok', AS_OF)).toEqual({ ok: false, reason: 'missing' });
    expect(decodeShareLink('#case=', AS_OF)).toEqual({ ok: false, reason: 'truncated' });
  });

  it('computes FNV-1a over UTF-8 bytes', () => {
    // Published FNV-1a 32-bit test vectors.
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
  });
});

describe('a link far longer than any share link', () => {
  it('is refused as tooLong before any decoding', () => {
    expect(decodeShareLink(`#case=${'A'.repeat(MAX_SHARE_VALUE_LENGTH + 1)}`, '2026-11-22')).toEqual({ ok: false, reason: 'tooLong' });
    // The longest real case file is far under the cap.
    const longest = encodeCaseFileFragment({
      schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence',
      residentGoal: 'renewTemporary', purpose: 'employment', permitExpiry: '2027-03-31', filingChannel: 'inPerson',
    } as never);
    expect(longest.length).toBeLessThan(MAX_SHARE_VALUE_LENGTH / 4);
  });
});
