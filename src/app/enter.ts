import type { CaseFile } from '../rules/schema/case-file.ts';

/**
 * What the person did on the start page before the wizard loaded (start-app.tsx), handed to
 * the app (app.tsx), which does it on arrival: start the questions, continue where the saved
 * session left off (answers another window saved meanwhile), load an imported case file, or
 * open the clients or the calculators.
 */
export type Enter =
  | { type: 'start' }
  | { type: 'continue' }
  | { type: 'import'; caseFile: CaseFile }
  | { type: 'area'; area: 'clients' | 'calculators' };
