import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n, LANGUAGES } from '../../src/locales/i18n.ts';
import { fieldName, problemText, type Translate } from '../../src/locales/problem-text.ts';
import { resourcesFor } from '../app/app-test-kit.tsx';

const translator = async (lng: (typeof LANGUAGES)[number]): Promise<Translate> => {
  const i18n = await createI18n(lng, resourcesFor(lng));
  return (key, options) => i18n.t(key, options ?? {});
};

/** Every problem key written in the source (problem(field, 'name'), `problems.<name>` keys and `params: { problem: 'name' }`). */
function keysInSource(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.tsx?$/.test(e.name)) files.push(join(dir, e.name));
    }
  };
  walk('src');
  const keys = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\bproblem\([^,()]+,\s*'([a-zA-Z.]+)'/g)) keys.add(`problems.${m[1]}`);
    for (const m of text.matchAll(/problem: '([a-zA-Z]+)'/g)) keys.add(`problems.${m[1]}`);
    for (const m of text.matchAll(/'problems\.([a-zA-Z.]+)'/g)) keys.add(`problems.${m[1]}`);
  }
  return [...keys].sort();
}

describe.each(LANGUAGES)('problems in %s', (lng) => {
  it('every problem key the source can give has a text', async () => {
    const t = await translator(lng);
    const keys = keysInSource();
    expect(keys.length).toBeGreaterThan(25);
    // A share link's failures (share-link.ts) are said as problems.link.<reason> when a link is pasted as a file.
    const links = (['missing', 'tooLong', 'truncated', 'notBase64', 'notJson'] as const).map((r) => `problems.link.${r}`);
    const missing = [...keys, ...links].filter((k) => t(k, { defaultValue: '' }) === '');
    expect(missing).toEqual([]);
  });

  it('names fields as their questions do, members and stays by number, an unknown key as written', async () => {
    const t = await translator(lng);
    expect(fieldName('citizenship', t)).toBe(t('app.questions.citizenship'));
    expect(fieldName('members[1].purpose', t)).toBe(`${t('problems.fields.member', { number: 2 })} — ${t('app.questions.purpose')}`);
    expect(fieldName('stays[0].exit', t)).toBe(`${t('problems.fields.stay', { number: 1 })} — ${t('problems.fields.exit')}`);
    expect(fieldName('clients[2].members[0].arrivalDate', t)).toBe(
      `${t('problems.fields.client', { number: 3 })} — ${t('problems.fields.member', { number: 1 })} — ${t('app.questions.arrivalDate')}`,
    );
    expect(fieldName('', t)).toBeUndefined();
    expect(problemText({ field: 'members[0]', key: 'problems.unknownField', params: { name: '"pet"' } }, t).field).toBe(
      `${t('problems.fields.member', { number: 1 })} — ${t('problems.fields.unknown', { name: '"pet"' })}`,
    );
  });

  it('fills every parameter: the value excerpt and the dates, nothing left in braces', async () => {
    const t = await translator(lng);
    const said = problemText({ field: 'arrivalDate', key: 'problems.outsideDates', params: { value: '"2046-01-01"', min: '2013-10-18', max: '2045-12-31' } }, t);
    expect(said.message).toContain('"2046-01-01"');
    expect(said.message).toContain('2045');
    expect(said.message).not.toMatch(/\{\{|\}\}|2045-12-31/);
  });
});

it('English reads as a sentence', async () => {
  const t = await translator('en');
  expect(problemText({ field: 'citizenship', key: 'problems.unknownCountry', params: { value: '"QQ"' } }, t)).toEqual({
    field: 'Citizenship',
    message: '"QQ" is not a country code Pobyt knows (two capital letters, for example UA).',
  });
  expect(problemText({ field: '', key: 'problems.notJsonAt', params: { line: 3, column: 7 } }, t)).toEqual({
    field: undefined,
    message: 'This file is not a Pobyt case file: it is not valid JSON (the error is at line 3, column 7).',
  });
});
