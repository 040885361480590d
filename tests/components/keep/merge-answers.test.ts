import { answerChange, mergeAnswers } from '../../../src/components/keep/merge-answers.ts';

const AS_OF = '2026-11-22';

describe('answers merged question by question', () => {
  it('names what one window changed: answered anew, answered differently, cleared', () => {
    expect(answerChange({ schemaVersion: 1, citizenship: 'US', stayLength: 'over90Days' }, { schemaVersion: 1, citizenship: 'CA', euFamilyMember: 'no' })).toEqual({
      set: { citizenship: 'CA', euFamilyMember: 'no' },
      cleared: ['stayLength'],
    });
  });

  it('applies only this window’s change to what the other saved', () => {
    const base = { schemaVersion: 1 as const, citizenship: 'US' };
    const saved = { ...base, euFamilyMember: 'no' as const, stayLength: 'over90Days' as const };
    const r = mergeAnswers(saved, base, { ...base, euFamilyMember: 'no' }, AS_OF);
    expect(r).toEqual({ answers: saved, conflicts: [], gained: true });
  });

  it('the same question answered differently: this window wins and the question is named', () => {
    const base = { schemaVersion: 1 as const, citizenship: 'US', euFamilyMember: 'no' as const };
    const r = mergeAnswers({ ...base, stayLength: 'over90Days' }, base, { ...base, stayLength: 'upTo90Days' }, AS_OF);
    expect(r.conflicts).toEqual(['stayLength']);
    expect(r.answers.stayLength).toBe('upTo90Days');
  });

  it('drops answers the merged path no longer asks, as the wizard does', () => {
    const base = { schemaVersion: 1 as const, citizenship: 'US', euFamilyMember: 'no' as const, stayLength: 'over90Days' as const };
    // This window changes the citizenship to an EU country: the EU-family question is no longer asked.
    const r = mergeAnswers(base, base, { ...base, citizenship: 'DE', euFamilyMember: undefined } as never, AS_OF);
    expect(r.answers.citizenship).toBe('DE');
    expect(r.answers.euFamilyMember).toBeUndefined();
  });

  it('with nothing changed elsewhere, the result is exactly this window’s answers', () => {
    const base = { schemaVersion: 1 as const, citizenship: 'US' };
    const mine = { ...base, euFamilyMember: 'yes' as const };
    expect(mergeAnswers(base, base, mine, AS_OF)).toEqual({ answers: mine, conflicts: [], gained: false });
  });
});
