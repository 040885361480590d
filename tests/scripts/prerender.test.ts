import { readFileSync } from 'node:fs';
import { fillShell, isShell, markupProblems } from '../../scripts/prerender.ts';

/** The project's index.html as vite builds it: its script moved into <head>. */
const SOURCE = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const SHELL = SOURCE.replace(/\s*<script\b[^>]*><\/script>(?=\s*<\/body>)/, '').replace('</head>', '<script type="module" src="/assets/index.js"></script></head>');

describe('prerender: which file is the shell, and what goes into it', () => {
  it('knows a fresh build\'s index.html from a prerendered one (an older shell is never kept)', () => {
    expect(isShell(SOURCE)).toBe(true);
    expect(isShell(SHELL)).toBe(true);
    const page = fillShell(SHELL, { lang: 'sk', title: 'Pobyt <sk>', root: '<main><h1>Pobyt</h1></main>' });
    expect(isShell(page)).toBe(false);
    expect(page).toContain('<html lang="sk"');
    expect(page).toContain('<title>Pobyt &lt;sk&gt;</title>');
    expect(page).toContain('<div id="root"><main><h1>Pobyt</h1></main></div>');
  });

  it('names markup the page\'s policy would refuse', () => {
    expect(markupProblems('<p>ok</p>')).toEqual([]);
    expect(markupProblems('<p style="color:red">x</p><script>1</script><a onclick="x()">y</a>')).toHaveLength(3);
  });
});
