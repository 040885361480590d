import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/**
 * The shape of the project, beside what ESLint guards (import zones, no import circle,
 * kebab-case names of the files it lints): every file and folder name is kebab-case, tests
 * mirror src/ folder for folder, and a source file over 300 lines says why on its first line.
 */
const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const TESTS = join(ROOT, 'tests');
/** Folders of tests that test no one part of src/: browser tests, shared helpers, the build's scripts/. */
const NOT_MIRRORED = new Set(['e2e', 'support', 'scripts']);
const MAX_LINES = 300;
/** The first line of a longer file names why it is long. */
const LONG_REASON = /^(\/\/|\/\*) Long file: \S/;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...walk(path)] : [path];
  });
}
const rel = (path: string) => relative(ROOT, path).split(sep).join('/');

const srcPaths = walk(SRC);
const testPaths = walk(TESTS);
const srcDirs = new Set(srcPaths.filter((p) => statSync(p).isDirectory()).map((p) => relative(SRC, p).split(sep).join('/')));
srcDirs.add('');
const srcFiles = srcPaths.filter((p) => /\.(ts|tsx)$/.test(p)).map((p) => relative(SRC, p).split(sep).join('/'));

describe('the shape of the project', () => {
  it('names every file and folder of src/ and tests/ in kebab-case', () => {
    const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
    const bad = [...srcPaths, ...testPaths].filter((p) => !kebab.test(basename(p))).map(rel);
    expect(bad).toEqual([]);
  });

  const tests = testPaths.filter((p) => /\.test\.tsx?$/.test(p)).map((p) => relative(TESTS, p).split(sep).join('/'));
  const mirrored = tests.filter((t) => !NOT_MIRRORED.has(t.split('/')[0]!));

  it('keeps each test in a folder that mirrors a folder of src/', () => {
    const lost = mirrored.filter((t) => !srcDirs.has(dirname(t) === '.' ? '' : dirname(t))).map((t) => `tests/${t}`);
    expect(lost).toEqual([]);
  });

  it('keeps the test of a source file in the mirror of that file’s folder (within its layer)', () => {
    const misplaced: string[] = [];
    for (const t of mirrored) {
      const subject = basename(t).replace(/\.test\.tsx?$/, '');
      const dir = dirname(t) === '.' ? '' : dirname(t);
      const layer = dir.split('/')[0]!;
      const homes = srcFiles
        .filter((f) => basename(f).replace(/\.tsx?$/, '') === subject && (layer === '' ? !f.includes('/') : f.startsWith(`${layer}/`)))
        .map((f) => (dirname(f) === '.' ? '' : dirname(f)));
      if (homes.length > 0 && !homes.includes(dir)) misplaced.push(`tests/${t} → tests/${homes[0]}/`);
    }
    expect(misplaced).toEqual([]);
  });

  it(`keeps source files to ${MAX_LINES} lines, or says why on the first line`, () => {
    const long = srcPaths
      .filter((p) => /\.(ts|tsx|css)$/.test(p))
      .filter((p) => {
        const text = readFileSync(p, 'utf8');
        return text.split('\n').length - (text.endsWith('\n') ? 1 : 0) > MAX_LINES && !LONG_REASON.test(text);
      })
      .map(rel);
    expect(long).toEqual([]);
  });
});
