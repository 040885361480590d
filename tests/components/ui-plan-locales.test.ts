import en from '../../src/locales/en/ui-plan.json';
import sk from '../../src/locales/sk/ui-plan.json';
import uk from '../../src/locales/uk/ui-plan.json';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Keys without their plural suffix, each with the interpolation variables its texts use. */
function shape(obj: unknown): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of leaves(obj)) {
    const base = key.replace(PLURAL, '');
    const vars = out.get(base) ?? new Set<string>();
    // The weekday's grammatical case (`isoDate(weekday:genitive)`) belongs to one language.
    for (const m of text.matchAll(/\{\{\s*([^},\s]+)\s*(?:,\s*([^}\s]+))?\s*\}\}/g)) {
      const format = m[2]?.replace(/\(weekday:\w+\)$/, '');
      vars.add(`${m[1]}${format ? `:${format}` : ''}`);
    }
    out.set(base, vars);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort().join(' ')]));
}

describe.each([
  ['sk', sk, ['one', 'few', 'many', 'other']],
  ['uk', uk, ['one', 'few', 'many', 'other']],
] as const)('uiPlan texts in %s', (lng, texts, categories) => {
  it('has every English key, with the same interpolation variables and formats', () => {
    expect(Object.fromEntries(shape(texts))).toEqual(Object.fromEntries(shape(en)));
  });

  it('has every plural form the language uses', () => {
    const keys = [...leaves(texts).keys()];
    const plurals = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of plurals) {
      for (const c of categories) expect(keys, `${lng} ${base}_${c}`).toContain(`${base}_${c}`);
    }
    expect(new Intl.PluralRules(lng).resolvedOptions().pluralCategories.sort()).toEqual([...categories].sort());
  });

  it('has no empty text and no text left in English', () => {
    const english = leaves(en);
    for (const [key, text] of leaves(texts)) {
      expect(text.trim(), key).not.toBe('');
      const base = key.replace(PLURAL, '');
      const same = [...english].some(([k, v]) => k.replace(PLURAL, '') === base && v === text);
      if (same) expect(text, key).toMatch(/^\{\{[^}]+\}\}$/);
    }
  });
});
