// @vitest-environment jsdom
import { defaultPlanActions } from '../../../src/components/plan/plan-actions.ts';
import { decodeShareLink } from '../../../src/components/keep/share-link.ts';
import type { CaseFile } from '../../../src/rules/schema/case-file.ts';
import type { Plan } from '../../../src/rules/schema/plan.ts';

const AS_OF = '2026-11-22';
const CASE: CaseFile = { schemaVersion: 1, citizenship: 'SK' } as CaseFile;

describe('the share link', () => {
  afterEach(() => {
    document.documentElement.lang = '';
    window.history.replaceState(null, '', '/');
  });

  it.each(['sk', 'uk', 'en'])('made on the plan in %s points to the start page in that language, the answers in the fragment', async (lang) => {
    document.documentElement.lang = lang;
    window.history.replaceState(null, '', `/${lang}/plan`);
    // The link needs only the plan's case file.
    const plan = { caseFile: CASE } as Plan;
    const { url } = await defaultPlanActions(plan).onCopyShareLink();
    expect(url.startsWith(`${window.location.origin}/${lang}/#case=`)).toBe(true);
    expect(decodeShareLink(url, AS_OF)).toMatchObject({ ok: true, caseFile: { citizenship: 'SK' } });
  });
});
