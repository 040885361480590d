import { sayProblems, translatorFor } from '../../src/cli/cli-output.ts';
import { readPlanArgs, type PathKind } from '../../src/cli/plan-args.ts';
import type { Language } from '../../src/locales/i18n.ts';

/**
 * Issue 15, "messages as keys": the problems with `npm run plan`'s arguments are message keys,
 * said in the language of --lang (English when --lang is not one Pobyt speaks), every one at
 * once, each under the option it is about.
 */

const PATHS: Record<string, PathKind> = { 'case.json': 'file', '-odd.json': 'file', examples: 'folder' };
const kindOf = (p: string): PathKind => PATHS[p] ?? 'missing';

/** The arguments' problems as the command prints them: `<option>: <message>`, or the message alone. */
async function said(argv: string[]): Promise<string[]> {
  const r = readPlanArgs(argv, kindOf);
  if (r.ok) throw new Error(`no problem with ${argv.join(' ')}`);
  const t = await translatorFor(r.lang);
  return sayProblems(r.problems, t, (f) => (f.startsWith('--') ? f : undefined)).map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
}

describe('readPlanArgs', () => {
  it('reads a case file and every option, in either spelling', () => {
    expect(readPlanArgs(['case.json', '--as-of', '2026-11-22', '--lang=sk', '--format', 'markdown'], kindOf)).toEqual({
      ok: true,
      args: { inputs: ['case.json'], out: undefined, asOf: '2026-11-22', lang: 'sk', format: 'markdown' },
    });
    expect(readPlanArgs(['-'], kindOf)).toEqual({ ok: true, args: { inputs: ['-'], out: undefined, asOf: undefined, lang: 'en', format: 'json' } });
    // With --out, folders and files that are not there yet are the batch's to read (and name).
    expect(readPlanArgs(['examples', 'gone.json', '--out', 'desk'], kindOf)).toMatchObject({ ok: true, args: { inputs: ['examples', 'gone.json'], out: 'desk' } });
    // After `--`, an argument that starts with a dash is a file.
    expect(readPlanArgs(['--', '-odd.json'], kindOf)).toMatchObject({ ok: true, args: { inputs: ['-odd.json'] } });
  });

  it('gives keys and data, never prose', () => {
    const r = readPlanArgs(['--outt', 'case.json', '--format', 'pdf'], kindOf);
    expect(r).toEqual({
      ok: false,
      lang: 'en',
      problems: [
        { field: '', key: 'cli.problems.unknownOption', params: { value: '"--outt"', options: '--as-of, --lang, --format, --out' } },
        { field: '--format', key: 'cli.problems.unknownFormat', params: { value: '"pdf"', formats: 'json, markdown' } },
      ],
    });
  });

  it.each([
    ['en', 'Pobyt does not know the option "-x": the options are --as-of, --lang, --format, --out.'],
    ['sk', 'Pobyt nepozná voľbu "-x": voľby sú --as-of, --lang, --format, --out.'],
    ['uk', 'Pobyt не знає параметра "-x": параметри — --as-of, --lang, --format, --out.'],
  ] as const)('an unknown option, in %s', async (lng, text) => {
    expect(await said(['case.json', '-x', '--lang', lng])).toEqual([text]);
  });

  it.each([
    ['en', '--out', '--out: Give the folder to write the plans in after it: --out FOLDER.'],
    ['sk', '--out', '--out: Za ňou uveďte priečinok, do ktorého sa plány zapíšu: --out PRIEČINOK.'],
    ['uk', '--out', '--out: Укажіть після нього папку, куди записати плани: --out ПАПКА.'],
    ['sk', '--as-of', '--as-of: Za ňou uveďte dátum plánu: --as-of RRRR-MM-DD.'],
    ['uk', '--format', '--format: Укажіть після нього формат виводу: --format json або --format markdown.'],
  ] as const)('a missing value, in %s: %s at the end, or before another option', async (lng, option, text) => {
    expect(await said(['case.json', '--lang', lng, option])).toEqual([text]);
    expect(await said(['case.json', option, '--lang', lng])).toEqual([text]);
    expect(await said(['case.json', `${option}=`, '--lang', lng])).toEqual([text]);
  });

  it('a --lang with no value: said in English, which is then the language', async () => {
    expect(await said(['case.json', '--lang'])).toEqual(['--lang: Give the language after it: --lang en, sk or uk.']);
  });

  it('an unknown --lang: said in English with the languages Pobyt speaks, and so is every other problem', async () => {
    expect(await said(['case.json', '--lang', 'de', '--format', 'pdf', '--verbose'])).toEqual([
      '--lang: "de" is not a language Pobyt speaks. The languages are en, sk, uk.',
      'Pobyt does not know the option "--verbose": the options are --as-of, --lang, --format, --out.',
      '--format: "pdf" is not an output format Pobyt writes. The formats are json, markdown.',
    ]);
  });

  it.each([
    ['en', 'markdown2', '--format: "markdown2" is not an output format Pobyt writes. The formats are json, markdown.'],
    ['sk', 'pdf', '--format: "pdf" nie je formát výstupu, ktorý Pobyt zapisuje. Formáty sú json, markdown.'],
    ['uk', 'pdf', '--format: "pdf" — не формат виводу, який записує Pobyt. Формати: json, markdown.'],
  ] as const)('an unknown --format, in %s', async (lng, format, text) => {
    expect(await said(['case.json', '--lang', lng, '--format', format])).toEqual([text]);
  });

  it.each([
    ['en', [], 'Give the case file to plan, or - to read it from standard input.'],
    ['sk', [], 'Uveďte súbor prípadu, z ktorého sa má plán zostaviť, alebo -, ak sa má čítať zo štandardného vstupu.'],
    ['en', ['case.json', 'case.json'], 'Give one case file; to plan several at once, add --out FOLDER.'],
    ['uk', ['case.json', '-'], 'Укажіть один файл справи; щоб скласти плани для кількох одразу, додайте --out ПАПКА.'],
    ['en', ['examples'], '"examples" is a folder: add --out FOLDER to plan every case file in it.'],
    ['sk', ['examples'], '"examples" je priečinok: pridajte --out PRIEČINOK a naplánuje sa každý súbor prípadu v ňom.'],
    ['en', ['gone.json'], 'There is no file "gone.json".'],
    ['uk', ['gone.json'], 'Файлу "gone.json" не існує.'],
  ] as const)('case files without --out, in %s: %j', async (lng, inputs, text) => {
    expect(await said([...inputs, '--lang', lng])).toEqual([text]);
  });

  it.each([
    ['en', [], 'Give the case files, folders or client export files to plan into the folder.'],
    ['uk', [], 'Укажіть файли справ, папки або файли експорту клієнтів, плани за якими записати в папку.'],
    ['en', ['case.json', '-'], 'With --out, standard input (-) is not read: give case files, folders or client export files.'],
    ['sk', ['-'], 'S voľbou --out sa štandardný vstup (-) nečíta: uveďte súbory prípadov, priečinky alebo súbory s exportom klientov.'],
  ] as const)('inputs with --out, in %s: %j', async (lng, inputs, text) => {
    expect(await said([...inputs, '--out', 'desk', '--lang', lng])).toEqual([text]);
  });

  it.each(['en', 'sk', 'uk'] as Language[])('has a usage text in %s that names every option', async (lng) => {
    const usage = (await translatorFor(lng))('cli.usage');
    for (const option of ['--as-of', '--lang', '--format', '--out']) expect(usage).toContain(option);
    expect(usage).not.toContain('cli.usage');
  });
});
