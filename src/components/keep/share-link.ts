import { checkCaseFile, type Problem } from '../../rules/case-file-check.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import { FRAGMENT_KEY, fragmentValue } from './share-fragment.ts';

/**
 * Share links carry a case file in the URL FRAGMENT, never in the query string: browsers
 * do not send the fragment to any server, so the answers stay between the two people.
 *
 * Format: `#case=<payload>.<checksum>`
 *  - payload: base64url (RFC 4648 §5, no padding) of the UTF-8 bytes of the case file as JSON
 *    with its keys sorted (so the same answers always give the same link);
 *  - checksum: FNV-1a 32-bit of those same UTF-8 bytes, 8 lower-case hex digits. A link cut
 *    short or altered by hand no longer matches it.
 */

export { FRAGMENT_KEY, hasSharedCaseFile } from './share-fragment.ts';

export type ShareLinkFailure = 'missing' | 'tooLong' | 'truncated' | 'notBase64' | 'notJson' | 'invalid';

/**
 * The longest `case=` value read. A full case file makes under 1,000 characters; anything far
 * longer is refused at once, before any decoding, and never echoed.
 */
export const MAX_SHARE_VALUE_LENGTH = 8_192;

export type DecodeResult =
  | { ok: true; caseFile: CaseFile }
  | { ok: false; reason: ShareLinkFailure; problems?: Problem[] };

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, over bytes (or a string's UTF-8 bytes): 8 lower-case hex digits. */
export function fnv1a32(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A short, stable id of a case file: names its checklist ticks and its calendar events. */
export function caseFileHash(caseFile: CaseFile): string {
  return fnv1a32(canonicalJson(caseFile));
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes of a base64url text, or null when it is not base64url. */
export function base64UrlToBytes(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const bin = atob(padded);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** The fragment (starting with `#`) that carries the case file. */
export function encodeCaseFileFragment(caseFile: CaseFile): string {
  const bytes = encoder.encode(canonicalJson(caseFile));
  return `#${FRAGMENT_KEY}=${bytesToBase64Url(bytes)}.${fnv1a32(bytes)}`;
}

/**
 * A share link: the page address with any old fragment and any `case` query parameter
 * removed, and the case file in the fragment. The query string never holds the answers.
 */
export function shareUrl(pageUrl: string, caseFile: CaseFile): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.searchParams.delete(FRAGMENT_KEY);
  return `${url.toString().replace(/#$/, '')}${encodeCaseFileFragment(caseFile)}`;
}


/**
 * Read a case file from a share link, a `location.hash` or a bare `case=…` fragment, and
 * check it for planning as of a date. Never throws:
 *  - `missing`: no `case=` in the fragment (a `?case=` in the query is ignored on purpose);
 *  - `tooLong`: far longer than any share link (MAX_SHARE_VALUE_LENGTH), not read at all;
 *  - `truncated`: the link was cut short or altered (checksum missing or not matching);
 *  - `notBase64`: the payload has characters base64url does not use;
 *  - `notJson`: the payload is not UTF-8 JSON;
 *  - `invalid`: the JSON is not a valid case file; `problems` name the fields.
 */
export function decodeShareLink(input: string, asOf: string): DecodeResult {
  const raw = fragmentValue(input);
  if (raw === undefined) return { ok: false, reason: 'missing' };
  if (raw.length > MAX_SHARE_VALUE_LENGTH) return { ok: false, reason: 'tooLong' };
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    // Keep the raw text: base64url needs no percent-encoding.
  }
  const dot = value.lastIndexOf('.');
  const payload = dot >= 0 ? value.slice(0, dot) : value;
  const sum = dot >= 0 ? value.slice(dot + 1) : '';
  if (!BASE64URL.test(payload)) return { ok: false, reason: 'notBase64' };
  if (payload === '' || !/^[0-9a-f]{8}$/.test(sum) || payload.length % 4 === 1) return { ok: false, reason: 'truncated' };
  const bytes = base64UrlToBytes(payload);
  if (!bytes) return { ok: false, reason: 'notBase64' };
  if (fnv1a32(bytes) !== sum) return { ok: false, reason: 'truncated' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const checked = checkCaseFile(json, asOf);
  return checked.ok ? { ok: true, caseFile: checked.caseFile } : { ok: false, reason: 'invalid', problems: checked.problems };
}
