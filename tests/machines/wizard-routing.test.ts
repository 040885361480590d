import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { QUESTION_IDS } from '../../src/rules/questions.ts';
import type { CaseFile, QuestionId } from '../../src/rules/schema/case-file.ts';
import {
  QUESTION_EVENT,
  wizardMachine,
  type WizardContext,
  type WizardEvent,
} from '../../src/machines/wizard-machine.ts';

/**
 * Routing, organised by node (smart-answers ADR 3): for each question, where each answer
 * leads. Pure `transition()` from a snapshot resolved at the question with given answers.
 */

const AS_OF = '2026-11-22';
type Snapshot = SnapshotFrom<typeof wizardMachine>;
type Answers = Partial<CaseFile>;
type StateId = QuestionId | 'start' | 'check' | 'plan';

/** A snapshot at `state` with these answers (schemaVersion added). */
function at(state: StateId, answers: Answers = {}, returnToCheck = false): Snapshot {
  const context: WizardContext = { answers: { schemaVersion: 1, ...answers }, asOf: AS_OF, returnToCheck };
  return wizardMachine.resolveState({ value: state, context });
}

function send(s: Snapshot, ...events: WizardEvent[]): Snapshot {
  return events.reduce((snap, e) => transition(wizardMachine, snap, e)[0], s);
}

const answer = (q: QuestionId, value: string) => ({ type: QUESTION_EVENT(q), value }) as WizardEvent;
const back: WizardEvent = { type: 'nav.back' };
const change = (question: QuestionId): WizardEvent => ({ type: 'nav.change', question });

/** Where answering `q` with `value` leads, from `q` with the earlier answers. */
const nextAfter = (q: QuestionId, value: string, earlier: Answers = {}) => send(at(q, earlier), answer(q, value)).value;

// Answers up to (not including) a question, for the usual branches.
const UA = { citizenship: 'UA', euFamilyMember: 'no' } as const;
const UA_LONG = { ...UA, stayLength: 'over90Days' } as const;
const UA_TEMPORARY = { ...UA_LONG, currentStatus: 'temporaryResidence' } as const;
const UA_PERMANENT = { ...UA_LONG, currentStatus: 'permanentResidence' } as const;
const UA_RENEWAL = {
  ...UA_TEMPORARY,
  residentGoal: 'renewal',
  purpose: 'employment',
  permitExpiry: '2027-03-31',
  filingChannel: 'online',
  cardChip: 'yes',
  bokActive: 'no',
} as const;
const DE_SHORT = { citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18', accommodation: 'private' } as const;

describe('machine', () => {
  it('has start, one state per question id, check and plan', () => {
    expect(Object.keys(wizardMachine.root.states).sort()).toEqual(['start', ...QUESTION_IDS, 'check', 'plan'].sort());
  });

  it('starts at start with no answers', () => {
    const [s] = initialTransition(wizardMachine, { asOf: AS_OF });
    expect(s.value).toBe('start');
    expect(s.context).toEqual({ answers: { schemaVersion: 1 }, asOf: AS_OF, returnToCheck: false });
  });

  it('names answer events after the question', () => {
    expect(QUESTION_EVENT('stayLength')).toBe('answer.stayLength');
  });
});

describe('start', () => {
  it('goes to citizenship on nav.start', () => {
    expect(send(at('start'), { type: 'nav.start' }).value).toBe('citizenship');
  });

  it('ignores answers', () => {
    expect(at('start').can(answer('citizenship', 'UA'))).toBe(false);
  });
});

describe('question: citizenship', () => {
  it('goes to check for SK (nothing to do)', () => {
    expect(nextAfter('citizenship', 'SK')).toBe('check');
  });

  it('goes to ukResidentBefore2021 for GB', () => {
    expect(nextAfter('citizenship', 'GB')).toBe('ukResidentBefore2021');
  });

  it.each(['DE', 'NO', 'CH'])('goes to stayLength for EU/EEA/CH citizens (%s)', (c) => {
    expect(nextAfter('citizenship', c)).toBe('stayLength');
  });

  it.each(['UA', 'IN', 'US'])('goes to euFamilyMember for third-country nationals (%s)', (c) => {
    expect(nextAfter('citizenship', c)).toBe('euFamilyMember');
  });

  it('records the answer', () => {
    expect(send(at('citizenship'), answer('citizenship', 'UA')).context.answers).toEqual({ schemaVersion: 1, citizenship: 'UA' });
  });

  it.each(['ua', 'UKR', '', 'XX'])('ignores %j (not an ISO code the rules know)', (c) => {
    const s = at('citizenship');
    expect(s.can(answer('citizenship', c))).toBe(false);
    expect(send(s, answer('citizenship', c))).toMatchObject({ value: 'citizenship', context: s.context });
  });
});

describe('question: ukResidentBefore2021', () => {
  it('goes to cardChip for a Withdrawal Agreement beneficiary (yes)', () => {
    expect(nextAfter('ukResidentBefore2021', 'yes', { citizenship: 'GB' })).toBe('cardChip');
  });

  it('goes to euFamilyMember otherwise (no: third-country rules)', () => {
    expect(nextAfter('ukResidentBefore2021', 'no', { citizenship: 'GB' })).toBe('euFamilyMember');
  });

  it('ignores a value outside yes/no', () => {
    expect(at('ukResidentBefore2021', { citizenship: 'GB' }).can(answer('ukResidentBefore2021', 'dontKnow'))).toBe(false);
  });
});

describe('question: euFamilyMember', () => {
  it.each(['yes', 'no'])('goes to stayLength (%s)', (v) => {
    expect(nextAfter('euFamilyMember', v, { citizenship: 'UA' })).toBe('stayLength');
  });
});

describe('question: stayLength', () => {
  it('goes to arrivalDate for an EU citizen staying up to 90 days', () => {
    expect(nextAfter('stayLength', 'upTo90Days', { citizenship: 'DE' })).toBe('arrivalDate');
  });

  it('goes to euBasis for an EU citizen staying longer', () => {
    expect(nextAfter('stayLength', 'over90Days', { citizenship: 'DE' })).toBe('euBasis');
  });

  it('goes to arrivalDate for a third-country short stay', () => {
    expect(nextAfter('stayLength', 'upTo90Days', UA)).toBe('arrivalDate');
  });

  it('goes to arrivalDate for an EU citizen\'s family member staying longer', () => {
    expect(nextAfter('stayLength', 'over90Days', { citizenship: 'UA', euFamilyMember: 'yes' })).toBe('arrivalDate');
  });

  it('goes to currentStatus for a third-country national staying longer', () => {
    expect(nextAfter('stayLength', 'over90Days', UA)).toBe('currentStatus');
    expect(nextAfter('stayLength', 'over90Days', { citizenship: 'GB', ukResidentBefore2021: 'no', euFamilyMember: 'no' })).toBe(
      'currentStatus',
    );
  });
});

describe('question: currentStatus', () => {
  it('goes to refugeGoal for temporary refuge', () => {
    expect(nextAfter('currentStatus', 'temporaryRefuge', UA_LONG)).toBe('refugeGoal');
  });

  it.each(['temporaryResidence', 'permanentResidence'])('goes to residentGoal for %s', (v) => {
    expect(nextAfter('currentStatus', v, UA_LONG)).toBe('residentGoal');
  });

  it.each(['abroad', 'visaFree', 'arrivingVisaFree', 'schengenVisa', 'nationalVisa', 'toleratedStay'])('goes to purpose for %s (applies for residence)', (v) => {
    expect(nextAfter('currentStatus', v, UA_LONG)).toBe('purpose');
  });
});

describe('question: refugeGoal', () => {
  const refuge = { ...UA_LONG, currentStatus: 'temporaryRefuge' } as const;

  it('goes to purpose for filing for temporary residence', () => {
    expect(nextAfter('refugeGoal', 'temporaryResidence', refuge)).toBe('purpose');
  });

  it('goes to check for staying on refuge', () => {
    expect(nextAfter('refugeGoal', 'keepRefuge', refuge)).toBe('check');
  });
});

describe('question: residentGoal', () => {
  it.each(['renewal', 'changeOfPurpose'])('goes to purpose for %s', (v) => {
    expect(nextAfter('residentGoal', v, UA_TEMPORARY)).toBe('purpose');
  });

  it('goes to residenceSince for long-term residence', () => {
    expect(nextAfter('residentGoal', 'longTermResidence', UA_TEMPORARY)).toBe('residenceSince');
    expect(nextAfter('residentGoal', 'longTermResidence', UA_PERMANENT)).toBe('residenceSince');
  });

  it('goes to residenceSince for permanent residence from temporary residence', () => {
    expect(nextAfter('residentGoal', 'permanentResidence', UA_TEMPORARY)).toBe('residenceSince');
  });

  it('goes to permitExpiry for permanent residence already held (card renewal)', () => {
    expect(nextAfter('residentGoal', 'permanentResidence', UA_PERMANENT)).toBe('permitExpiry');
  });

  it('goes to cardChip for continuing duties', () => {
    expect(nextAfter('residentGoal', 'continuingDuties', UA_TEMPORARY)).toBe('cardChip');
  });

  it.each(['renewal', 'changeOfPurpose'])('ignores %s for a permanent resident (not among allowedOptions)', (v) => {
    expect(at('residentGoal', UA_PERMANENT).can(answer('residentGoal', v))).toBe(false);
  });
});

describe('question: purpose', () => {
  it('goes to permitExpiry for a resident renewing or changing purpose', () => {
    expect(nextAfter('purpose', 'employment', { ...UA_TEMPORARY, residentGoal: 'renewal' })).toBe('permitExpiry');
    expect(nextAfter('purpose', 'studies', { ...UA_TEMPORARY, residentGoal: 'changeOfPurpose' })).toBe('permitExpiry');
  });

  it('goes to arrivalDate for someone in Slovakia without residence (visa-free)', () => {
    expect(nextAfter('purpose', 'employment', { ...UA_LONG, currentStatus: 'visaFree' })).toBe('arrivalDate');
    expect(nextAfter('purpose', 'employment', { ...UA_LONG, currentStatus: 'arrivingVisaFree' })).toBe('arrivalDate');
  });

  it('goes to check for someone applying from abroad', () => {
    expect(nextAfter('purpose', 'business', { ...UA_LONG, currentStatus: 'abroad' })).toBe('check');
  });

  it('goes to check for a refuge holder filing for temporary residence', () => {
    expect(nextAfter('purpose', 'studies', { ...UA_LONG, currentStatus: 'temporaryRefuge', refugeGoal: 'temporaryResidence' })).toBe(
      'check',
    );
  });

  it('ignores a purpose outside the schema', () => {
    expect(at('purpose', { ...UA_LONG, currentStatus: 'abroad' }).can(answer('purpose', 'tourism'))).toBe(false);
  });
});

describe('question: euBasis', () => {
  it.each(['employee', 'selfEmployed', 'student', 'selfSufficient', 'jobSeeker', 'familyMember'])('goes to arrivalDate (%s)', (v) => {
    expect(nextAfter('euBasis', v, { citizenship: 'DE', stayLength: 'over90Days' })).toBe('arrivalDate');
  });
});

describe('question: permitExpiry', () => {
  it('goes to filingChannel for a renewal', () => {
    expect(nextAfter('permitExpiry', '2027-03-31', { ...UA_TEMPORARY, residentGoal: 'renewal', purpose: 'employment' })).toBe(
      'filingChannel',
    );
  });

  it('goes to cardChip for a change of purpose', () => {
    expect(nextAfter('permitExpiry', '2027-03-31', { ...UA_TEMPORARY, residentGoal: 'changeOfPurpose', purpose: 'studies' })).toBe(
      'cardChip',
    );
  });

  it('goes to cardChip for a permanent resident renewing the card', () => {
    expect(nextAfter('permitExpiry', '2027-03-31', { ...UA_PERMANENT, residentGoal: 'permanentResidence' })).toBe('cardChip');
  });

  it.each(['2027-02-30', '31.03.2027', 'soon'])('ignores %j (not a real date)', (v) => {
    expect(at('permitExpiry', { ...UA_TEMPORARY, residentGoal: 'renewal', purpose: 'employment' }).can(answer('permitExpiry', v))).toBe(
      false,
    );
  });
});

describe('question: residenceSince', () => {
  it('goes to cardChip', () => {
    expect(nextAfter('residenceSince', '2021-05-01', { ...UA_TEMPORARY, residentGoal: 'longTermResidence' })).toBe('cardChip');
  });

  it('asks a temporary resident who wants permanent residence which family tie opens it', () => {
    expect(nextAfter('residenceSince', '2021-05-01', { ...UA_TEMPORARY, residentGoal: 'permanentResidence' })).toBe('permanentResidenceTie');
  });
});

describe('question: permanentResidenceTie', () => {
  const TIE = { ...UA_TEMPORARY, residentGoal: 'permanentResidence', residenceSince: '2021-05-01' } as const;

  it.each(['slovakFamily', 'childOfPermanentResident', 'none', 'dontKnow'])('goes to cardChip (%s)', (v) => {
    expect(nextAfter('permanentResidenceTie', v, TIE)).toBe('cardChip');
  });

  it('ignores a value the schema does not have', () => {
    expect(at('permanentResidenceTie', TIE).can(answer('permanentResidenceTie', 'euFamily'))).toBe(false);
  });

  it('goes back to residenceSince, and Back from cardChip comes to it', () => {
    expect(send(at('permanentResidenceTie', TIE), back).value).toBe('residenceSince');
    expect(send(at('cardChip', { ...TIE, permanentResidenceTie: 'none' }), back).value).toBe('permanentResidenceTie');
  });

  it('drops the tie when the goal changes to long-term residence', () => {
    const s = send(at('residentGoal', { ...TIE, permanentResidenceTie: 'none' }), answer('residentGoal', 'longTermResidence'));
    expect(s.context.answers.permanentResidenceTie).toBeUndefined();
    expect(s.context.answers.residenceSince).toBe('2021-05-01');
  });
});

describe('question: arrivalDate', () => {
  it('goes to accommodation', () => {
    expect(nextAfter('arrivalDate', '2026-12-18', { citizenship: 'DE', stayLength: 'upTo90Days' })).toBe('accommodation');
  });

  it('ignores an impossible date', () => {
    expect(at('arrivalDate', { citizenship: 'DE', stayLength: 'upTo90Days' }).can(answer('arrivalDate', '2026-13-01'))).toBe(false);
  });
});

describe('question: accommodation', () => {
  it.each(['facility', 'private'])('goes to check (%s)', (v) => {
    expect(nextAfter('accommodation', v, { citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18' })).toBe('check');
  });
});

describe('question: filingChannel', () => {
  it.each(['inPerson', 'online'])('goes to cardChip (%s)', (v) => {
    const renewal = { ...UA_TEMPORARY, residentGoal: 'renewal', purpose: 'employment', permitExpiry: '2027-03-31' } as const;
    expect(nextAfter('filingChannel', v, renewal)).toBe('cardChip');
  });
});

describe('question: cardChip', () => {
  it.each(['no', 'dontKnow'])('goes to check (%s)', (v) => {
    expect(nextAfter('cardChip', v, { citizenship: 'GB', ukResidentBefore2021: 'yes' })).toBe('check');
  });

  it('asks whether the BOK is active when the card has a chip', () => {
    expect(nextAfter('cardChip', 'yes', { citizenship: 'GB', ukResidentBefore2021: 'yes' })).toBe('bokActive');
  });
});

describe('question: bokActive', () => {
  it.each(['yes', 'no', 'dontKnow'])('goes to check (%s)', (v) => {
    expect(nextAfter('bokActive', v, { citizenship: 'GB', ukResidentBefore2021: 'yes', cardChip: 'yes' })).toBe('check');
  });

  it('goes back to the chip question', () => {
    expect(send(at('bokActive', { citizenship: 'GB', ukResidentBefore2021: 'yes', cardChip: 'yes' }), back).value).toBe('cardChip');
  });

  it('drops the BOK answer when the chip answer changes to no', () => {
    const s = send(at('cardChip', { ...UA_RENEWAL }), answer('cardChip', 'no'));
    expect(s.context.answers.bokActive).toBeUndefined();
  });
});

describe('check and plan', () => {
  it('confirms from check to plan', () => {
    expect(send(at('check', DE_SHORT), { type: 'nav.confirm' }).value).toBe('plan');
  });

  it('ignores answer events in check and in plan', () => {
    for (const state of ['check', 'plan'] as const) {
      for (const q of QUESTION_IDS) expect(at(state, DE_SHORT).can(answer(q, 'DE'))).toBe(false);
    }
  });

  it('leaves plan only by navigation: back to check, change, restart', () => {
    expect(send(at('plan', DE_SHORT), back).value).toBe('check');
    expect(send(at('plan', DE_SHORT), change('accommodation')).value).toBe('accommodation');
    expect(send(at('plan', DE_SHORT), { type: 'nav.restart' }).value).toBe('start');
  });
});

describe('nav.back', () => {
  it('goes from the first question to start', () => {
    expect(send(at('citizenship'), back).value).toBe('start');
  });

  it('goes to the previous question on the path', () => {
    expect(send(at('stayLength', { citizenship: 'DE' }), back).value).toBe('citizenship');
    expect(send(at('stayLength', UA), back).value).toBe('euFamilyMember');
    expect(send(at('euFamilyMember', { citizenship: 'GB', ukResidentBefore2021: 'no' }), back).value).toBe('ukResidentBefore2021');
    expect(send(at('purpose', { ...UA_TEMPORARY, residentGoal: 'renewal' }), back).value).toBe('residentGoal');
    expect(send(at('purpose', { ...UA_LONG, currentStatus: 'abroad' }), back).value).toBe('currentStatus');
  });

  it('goes from check to the last question on the path', () => {
    expect(send(at('check', DE_SHORT), back).value).toBe('accommodation');
    expect(send(at('check', UA_RENEWAL), back).value).toBe('bokActive');
    expect(send(at('check', { citizenship: 'SK' }), back).value).toBe('citizenship');
    expect(send(at('check', { ...UA_LONG, currentStatus: 'abroad', purpose: 'studies' }), back).value).toBe('purpose');
    expect(send(at('check', { ...UA_LONG, currentStatus: 'temporaryRefuge', refugeGoal: 'keepRefuge' }), back).value).toBe('refugeGoal');
  });

  it('keeps every answer, so going forward again shows them', () => {
    const s = send(at('check', UA_RENEWAL), back, back, back, back);
    expect(s.value).toBe('permitExpiry');
    expect(s.context.answers).toEqual({ schemaVersion: 1, ...UA_RENEWAL });
    const again = send(s, answer('permitExpiry', '2027-03-31'));
    expect(again.value).toBe('filingChannel');
    expect(again.context.answers).toEqual({ schemaVersion: 1, ...UA_RENEWAL });
  });

  it('keeps later answers still on the path when an earlier answer changes', () => {
    // Back to residentGoal, renewal → changeOfPurpose: purpose and permitExpiry still apply.
    const s = send(at('check', UA_RENEWAL), back, back, back, back, back, back);
    expect(s.value).toBe('residentGoal');
    const after = send(s, answer('residentGoal', 'changeOfPurpose'));
    expect(after.value).toBe('purpose');
    expect(after.context.answers).toEqual({
      schemaVersion: 1,
      ...UA_TEMPORARY,
      residentGoal: 'changeOfPurpose',
      purpose: 'employment',
      permitExpiry: '2027-03-31',
      cardChip: 'yes',
      bokActive: 'no',
    });
  });
});

describe('nav.change', () => {
  it('goes to an answered question on the path and remembers to return to check', () => {
    const s = send(at('check', UA_RENEWAL), change('purpose'));
    expect(s.value).toBe('purpose');
    expect(s.context.returnToCheck).toBe(true);
  });

  it('ignores a question that is not on the path or not answered', () => {
    expect(at('check', DE_SHORT).can(change('currentStatus'))).toBe(false);
    expect(at('check', DE_SHORT).can(change('euBasis'))).toBe(false);
    expect(at('stayLength', { citizenship: 'DE' }).can(change('stayLength'))).toBe(false);
  });

  it('returns straight to check when the path is complete after the new answer', () => {
    const s = send(at('check', UA_RENEWAL), change('purpose'), answer('purpose', 'studies'));
    expect(s.value).toBe('check');
    expect(s.context).toEqual({ answers: { schemaVersion: 1, ...UA_RENEWAL, purpose: 'studies' }, asOf: AS_OF, returnToCheck: false });
  });

  it('returns to check after a citizenship change that keeps the branch (UA → IN)', () => {
    const s = send(at('check', UA_RENEWAL), change('citizenship'), answer('citizenship', 'IN'));
    expect(s.value).toBe('check');
    expect(s.context.answers).toEqual({ schemaVersion: 1, ...UA_RENEWAL, citizenship: 'IN' });
  });

  it('drops answers from the abandoned branch and keeps the rest (UA renewal → DE)', () => {
    const s = send(at('check', UA_RENEWAL), change('citizenship'), answer('citizenship', 'DE'));
    expect(s.context.answers).toEqual({ schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days' });
    // The path is not complete, so the tree goes on: stayLength (kept) → euBasis → ….
    expect(s.value).toBe('stayLength');
    expect(s.context.returnToCheck).toBe(true);
    const done = send(
      s,
      answer('stayLength', 'over90Days'),
      answer('euBasis', 'employee'),
      answer('arrivalDate', '2026-12-18'),
      answer('accommodation', 'private'),
    );
    expect(done.value).toBe('check');
    expect(done.context.answers).toEqual({
      schemaVersion: 1,
      citizenship: 'DE',
      stayLength: 'over90Days',
      euBasis: 'employee',
      arrivalDate: '2026-12-18',
      accommodation: 'private',
    });
  });

  it('follows the tree when the change opens new questions (abroad → visaFree asks arrivalDate)', () => {
    const abroad = { ...UA_LONG, currentStatus: 'abroad', purpose: 'employment' } as const;
    const s = send(at('check', abroad), change('currentStatus'), answer('currentStatus', 'visaFree'));
    expect(s.value).toBe('purpose');
    const t = send(s, answer('purpose', 'employment'));
    expect(t.value).toBe('arrivalDate');
    expect(send(t, answer('arrivalDate', '2026-12-18'), answer('accommodation', 'private')).value).toBe('check');
  });

  it('goes to SK check at once when citizenship changes to SK, with every other answer dropped', () => {
    const s = send(at('check', UA_RENEWAL), change('citizenship'), answer('citizenship', 'SK'));
    expect(s.value).toBe('check');
    expect(s.context.answers).toEqual({ schemaVersion: 1, citizenship: 'SK' });
  });

  it('clears returnToCheck at check, so a later Back walks forward question by question', () => {
    const s = send(at('check', UA_RENEWAL), change('purpose'), answer('purpose', 'studies'), back, back, back);
    expect(s.value).toBe('filingChannel');
    expect(send(s, answer('filingChannel', 'online')).value).toBe('cardChip');
  });

  it('asks residentGoal again when a new currentStatus no longer allows it', () => {
    // pruneAnswers drops a goal the new status does not allow, so the path is incomplete again.
    const s = send(at('check', UA_RENEWAL), change('currentStatus'), answer('currentStatus', 'permanentResidence'));
    expect(s.value).toBe('residentGoal');
    expect(s.context.answers.residentGoal).toBeUndefined();
  });
});

describe('nav.restart', () => {
  it.each(['citizenship', 'cardChip', 'check', 'plan'] as const)('clears the answers and goes to start (from %s)', (state) => {
    const s = send(at(state, UA_RENEWAL, true), { type: 'nav.restart' });
    expect(s.value).toBe('start');
    expect(s.context).toEqual({ answers: { schemaVersion: 1 }, asOf: AS_OF, returnToCheck: false });
  });
});

describe('invalid answers are ignored', () => {
  const cases: [QuestionId, Answers, unknown][] = [
    ['citizenship', {}, 42],
    ['stayLength', { citizenship: 'DE' }, 'forever'],
    ['currentStatus', UA_LONG, 'tourist'],
    ['euBasis', { citizenship: 'DE', stayLength: 'over90Days' }, 'retired'],
    ['residenceSince', { ...UA_TEMPORARY, residentGoal: 'longTermResidence' }, '2021-02-29'],
    ['accommodation', { citizenship: 'DE', stayLength: 'upTo90Days', arrivalDate: '2026-12-18' }, undefined],
    ['cardChip', { citizenship: 'GB', ukResidentBefore2021: 'yes' }, 'maybe'],
  ];

  it.each(cases)('%s: %j then %j is no transition', (q, earlier, value) => {
    const s = at(q, earlier);
    const e = { type: QUESTION_EVENT(q), value } as WizardEvent;
    expect(s.can(e)).toBe(false);
    const after = send(s, e);
    expect(after.value).toBe(q);
    expect(after.context).toEqual(s.context);
  });

  it('ignores the answer to another question', () => {
    expect(at('stayLength', { citizenship: 'DE' }).can(answer('euBasis', 'employee'))).toBe(false);
  });
});
