import type { CaseFile } from '../rules/schema/case-file.ts';

/**
 * What the person did on the start page before the wizard loaded (start-app.tsx), handed to
 * the app (app.tsx), which does it on arrival: start the questions, load an imported case
 * file, or open the clients or the calculators.
 */
export type Enter = { type: 'start' } | { type: 'import'; caseFile: CaseFile } | { type: 'area'; area: 'clients' | 'calculators' };
