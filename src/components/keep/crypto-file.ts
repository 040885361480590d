import { z } from 'zod';

/**
 * Export files for advisers' clients, optionally protected with a passphrase: AES-GCM
 * (256-bit) with a key derived by PBKDF2-SHA-256, all with the browser's Web Crypto.
 * Nothing leaves the device; the file is the only copy outside this browser.
 */

export const KDF_ITERATIONS = 600_000;

const b64 = {
  encode: (bytes: Uint8Array): string => {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  },
  decode: (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
};

const plainFileSchema = z.object({ format: z.literal('pobyt-clients'), version: z.literal(1), encrypted: z.literal(false), data: z.unknown() });
const encryptedFileSchema = z.object({
  format: z.literal('pobyt-clients'),
  version: z.literal(1),
  encrypted: z.literal(true),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(100_000).max(10_000_000), salt: z.string().min(16) }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: z.string().min(16) }),
  ciphertext: z.string().min(1),
});

export type OpenResult =
  | { ok: true; data: unknown }
  | { ok: false; reason: 'notJson' | 'notAPobytFile' | 'needsPassphrase' | 'wrongPassphraseOrDamaged' | 'damaged' };

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Serialise data to the export file text; with a passphrase, encrypted. */
export async function sealFile(data: unknown, passphrase?: string, iterations = KDF_ITERATIONS): Promise<string> {
  if (!passphrase) return JSON.stringify({ format: 'pobyt-clients', version: 1, encrypted: false, data }, null, 2);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const plain = new TextEncoder().encode(JSON.stringify(data));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, plain as BufferSource));
  return JSON.stringify(
    {
      format: 'pobyt-clients',
      version: 1,
      encrypted: true,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: b64.encode(salt) },
      cipher: { name: 'AES-GCM', iv: b64.encode(iv) },
      ciphertext: b64.encode(cipher),
    },
    null,
    2,
  );
}

/** Whether a file needs a passphrase to open (undefined when it is not a Pobyt file). */
export function isEncryptedFile(text: string): boolean | undefined {
  try {
    const v = JSON.parse(text) as { format?: unknown; encrypted?: unknown };
    return v?.format === 'pobyt-clients' ? v.encrypted === true : undefined;
  } catch {
    return undefined;
  }
}

/** Open an export file. Never throws; a wrong passphrase or a damaged file is a reason, not data. */
export async function openFile(text: string, passphrase?: string): Promise<OpenResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const plain = plainFileSchema.safeParse(value);
  if (plain.success) return { ok: true, data: plain.data.data };
  const enc = encryptedFileSchema.safeParse(value);
  if (!enc.success) {
    const f = value as { format?: unknown; encrypted?: unknown };
    return { ok: false, reason: f && typeof f === 'object' && f.format === 'pobyt-clients' ? 'damaged' : 'notAPobytFile' };
  }
  if (!passphrase) return { ok: false, reason: 'needsPassphrase' };
  try {
    const f = enc.data;
    const key = await deriveKey(passphrase, b64.decode(f.kdf.salt), f.kdf.iterations);
    const plainBytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: b64.decode(f.cipher.iv) as BufferSource }, key, b64.decode(f.ciphertext) as BufferSource);
    return { ok: true, data: JSON.parse(new TextDecoder().decode(plainBytes)) };
  } catch {
    return { ok: false, reason: 'wrongPassphraseOrDamaged' };
  }
}
