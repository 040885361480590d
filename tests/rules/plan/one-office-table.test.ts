import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICE_TYPE_SK } from '../../../src/rules/params/offices-competence.ts';

// The plan modules ask the competence table (src/rules/params/offices-competence.ts) where to
// go, and read dates from dated values: no date and no Slovak office name typed in a module.
const dir = new URL('../../../src/rules/plan/', import.meta.url);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ f, text: readFileSync(new URL(f, dir), 'utf8') }));

describe('plan modules', () => {
  it('are found', () => expect(modules.length).toBeGreaterThan(10));

  it('type no date literal', () => {
    const bad = modules.flatMap(({ f, text }) => [...text.matchAll(/['"`]20\d\d-\d\d/g)].map((m) => `${f}: ${m[0]}`));
    expect(bad).toEqual([]);
  });

  it('type no Slovak office name', () => {
    const names = [...Object.values(OFFICE_TYPE_SK), 'zastupiteľský úrad', 'oddelenie cudzineckej'].map((n) => n.toLowerCase());
    const bad = modules.flatMap(({ f, text }) => names.filter((n) => text.toLowerCase().includes(`'${n}`)).map((n) => `${f}: ${n}`));
    expect(bad).toEqual([]);
  });
});
