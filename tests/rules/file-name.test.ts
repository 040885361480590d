import { safeFileName } from '../../src/rules/file-name.ts';

describe('safeFileName', () => {
  it('keeps letters, digits, dot, dash and underscore; drops accents; joins the rest with one dash', () => {
    expect(safeFileName('Rodina Horváthová – Peter')).toBe('Rodina-Horvathova-Peter');
    expect(safeFileName('../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('a_b.c')).toBe('a_b.c');
  });
  it('gives a name even when nothing is left', () => {
    expect(safeFileName('Олена')).toBe('pobyt');
    expect(safeFileName('')).toBe('pobyt');
  });
});
