import fc from 'fast-check';
import { transition, type SnapshotFrom } from 'xstate';
import { QUESTION_IDS, questionPath } from '../../src/rules/questions.ts';
import type { CaseFile } from '../../src/rules/schema/case-file.ts';
import { addressOf, readAddress, wizardPageOf, wizardRoute } from '../../src/machines/address.ts';
import { wizardMachine, type WizardContext } from '../../src/machines/wizard-machine.ts';
import type { WizardPage } from '../../src/machines/wizard-navigation.ts';
import { caseFileFromChoices, choicesArb } from '../support/case-files.ts';

/** nav.to: the page an address names, when the answers reach it; else the first open question. */

const AS_OF = '2026-11-22';
type Snapshot = SnapshotFrom<typeof wizardMachine>;

function at(state: WizardPage, answers: Partial<CaseFile>, returnToCheck = false): Snapshot {
  const context: WizardContext = { answers: { schemaVersion: 1, ...answers }, asOf: AS_OF, returnToCheck };
  return wizardMachine.resolveState({ value: state, context });
}
const goTo = (s: Snapshot, page: WizardPage) => transition(wizardMachine, s, { type: 'nav.to', page })[0];
const OPTIONS = { languages: ['en', 'sk', 'uk'], questions: QUESTION_IDS, calculators: [] };

describe('nav.to', () => {
  it('every page of a complete path is reached from the plan, by its address, in each language', () => {
    fc.assert(
      fc.property(choicesArb, fc.constantFrom('en', 'sk', 'uk'), (choices, lang) => {
        const answers = caseFileFromChoices(choices, AS_OF);
        const { path } = questionPath(answers, AS_OF);
        for (const page of ['start', ...path, 'check', 'plan'] as const) {
          const { route } = readAddress(addressOf(lang, wizardRoute(page)), OPTIONS);
          const reached = goTo(at('plan', answers), wizardPageOf(route)!);
          expect(reached.value).toBe(page);
          expect(reached.context.answers).toEqual(at('plan', answers).context.answers);
        }
        // A question the answers do not lead to: check your answers (none is open).
        for (const q of QUESTION_IDS.filter((x) => !path.includes(x))) expect(goTo(at('plan', answers), q).value).toBe('check');
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('a page past the answers goes to the first open question', () => {
    fc.assert(
      fc.property(choicesArb, fc.nat(), (choices, cut) => {
        const full = caseFileFromChoices(choices, AS_OF);
        const { path } = questionPath(full, AS_OF);
        const keep = cut % path.length;
        const answers = Object.fromEntries(Object.entries(full).filter(([k]) => !path.slice(keep).includes(k as never))) as Partial<CaseFile>;
        const open = path[keep]!;
        for (const page of [...path.slice(keep + 1), 'check', 'plan'] as const) expect(goTo(at('start', answers), page).value).toBe(open);
        expect(goTo(at('start', answers), open).value).toBe(open);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('with no answers, a deep link to the plan or a later question lands on the first question', () => {
    expect(goTo(at('start', {}), 'plan').value).toBe('citizenship');
    expect(goTo(at('start', {}), 'stayLength').value).toBe('citizenship');
    expect(goTo(at('start', {}), 'citizenship').value).toBe('citizenship');
  });

  it('an unknown citizenship (a damaged link) is asked again', () => {
    expect(goTo(at('check', { citizenship: 'ZZ' }), 'plan').value).toBe('citizenship');
  });

  it('the start page is always reached, and ends a change from check', () => {
    const s = goTo(at('stayLength', { citizenship: 'DE', stayLength: 'over90Days' }, true), 'start');
    expect(s.value).toBe('start');
    expect(s.context.returnToCheck).toBe(false);
  });
});
