import { readFileSync } from 'node:fs';
import { importClients, newClient } from '../../../src/components/keep/client-store.ts';
import { isEncryptedFile, openFile, sealFile } from '../../../src/components/keep/crypto-file.ts';

const data = { clients: [{ id: 'c1', name: 'Olena K.', caseFile: { schemaVersion: 1, citizenship: 'UA' } }] };
const FAST = 100_000; // fewer PBKDF2 rounds keep the test quick; the app uses 600,000

describe('client export files', () => {
  it('round-trips without a passphrase', async () => {
    const text = await sealFile(data);
    expect(isEncryptedFile(text)).toBe(false);
    expect(await openFile(text)).toEqual({ ok: true, data });
  });

  it('round-trips with a passphrase, and the file does not contain the data in clear', async () => {
    const text = await sealFile(data, 'correct horse battery', FAST);
    expect(isEncryptedFile(text)).toBe(true);
    expect(text).not.toContain('Olena');
    expect(await openFile(text, 'correct horse battery')).toEqual({ ok: true, data });
  });

  it('a wrong passphrase opens nothing', async () => {
    const text = await sealFile(data, 'right', FAST);
    expect(await openFile(text, 'wrong')).toEqual({ ok: false, reason: 'wrongPassphraseOrDamaged' });
    expect(await openFile(text)).toEqual({ ok: false, reason: 'needsPassphrase' });
  });

  it('a damaged file opens nothing', async () => {
    const text = await sealFile(data, 'right', FAST);
    const f = JSON.parse(text);
    f.ciphertext = f.ciphertext.slice(0, -8) + 'AAAAAAAA';
    expect(await openFile(JSON.stringify(f), 'right')).toEqual({ ok: false, reason: 'wrongPassphraseOrDamaged' });
    delete f.kdf;
    expect(await openFile(JSON.stringify(f), 'right')).toEqual({ ok: false, reason: 'damaged' });
    expect(await openFile('{"hello":1}')).toEqual({ ok: false, reason: 'notAPobytFile' });
    expect(await openFile('not json')).toEqual({ ok: false, reason: 'notJson' });
  });
});

/**
 * Files made by an earlier release keep opening: these were written once with the version-1
 * format (PBKDF2-SHA-256, AES-GCM) and are kept as they are. If the format changes, the new
 * version gets its own files here and these must still open.
 */
describe('export files of the version-1 format, as an earlier release wrote them', () => {
  const read = (name: string) => readFileSync(new URL(`../../support/files/${name}`, import.meta.url), 'utf8');

  it('opens the encrypted one with its passphrase, and nothing without it', async () => {
    const text = read('clients-v1-encrypted.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'pobyt-clients', version: 1, encrypted: true });
    const opened = await openFile(text, 'correct horse battery staple');
    expect(opened.ok).toBe(true);
    expect(opened.ok && (opened.data as { clients: { name: string }[] }).clients.map((c) => c.name)).toEqual(['Rodina Horváthová']);
    expect(await openFile(text, 'correct horse battery')).toEqual({ ok: false, reason: 'wrongPassphraseOrDamaged' });
  });

  it('imports both, encrypted and plain, into a list with the same client (a new id, nothing overwritten)', async () => {
    for (const [name, passphrase] of [['clients-v1-encrypted.json', 'correct horse battery staple'], ['clients-v1-plain.json', undefined]] as const) {
      const existing = [{ ...newClient('Someone'), id: 'k7f3v1' }];
      const r = await importClients(existing, read(name), passphrase);
      expect(r.ok, name).toBe(true);
      if (!r.ok) continue;
      expect(r.added).toBe(1);
      expect(r.clients.map((c) => c.name)).toEqual(['Someone', 'Rodina Horváthová']);
      expect(r.clients[1]!.id).not.toBe('k7f3v1');
      expect(r.clients[1]!.members.map((m) => [m.role, m.name])).toEqual([
        ['main', 'Peter'],
        ['spouse', 'Jana'],
      ]);
    }
  });

  it('a file of a version this release does not know opens nothing and says the file is damaged', async () => {
    const f = JSON.parse(read('clients-v1-plain.json'));
    expect(await openFile(JSON.stringify({ ...f, version: 2 }))).toEqual({ ok: false, reason: 'damaged' });
  });
});
