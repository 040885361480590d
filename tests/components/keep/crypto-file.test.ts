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
