import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundCents } from '../../src/rules/money.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));

describe('roundCents', () => {
  it('rounds euros to whole cents', () => {
    expect(roundCents(284.13 * 3)).toBe(852.39);
    expect(roundCents(0.1 + 0.2)).toBe(0.3);
    expect(roundCents(172.5)).toBe(172.5);
  });

  it('is the one rounding of money in src/', () => {
    const copies = files(SRC)
      .filter((f) => /Math\.round\([^)]*\*\s*100\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(copies).toEqual(['rules/money.ts']);
  });
});
