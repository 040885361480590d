import type { Problem } from '../../rules/case-file-check.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import { decodeShareLink, hasSharedCaseFile, type ShareLinkFailure } from './share-link.ts';

/**
 * The checked reading of what start-up found: a share link in the address. It loads the
 * schemas and the case-file check, so app/boot.ts imports it only when there is a link or a
 * saved session to read (a first visit's start page loads none of it).
 */

/** A share link found in the address at start-up: its answers, or why it cannot be read. */
export type IncomingShare =
  | { status: 'ok'; caseFile: CaseFile }
  | { status: 'error'; reason: ShareLinkFailure; problems: Problem[] };

/** The share link in an address fragment (`#case=…`), checked; undefined when there is none. */
export function readIncomingShare(hash: string, asOf: string): IncomingShare | undefined {
  if (!hasSharedCaseFile(hash)) return undefined;
  const r = decodeShareLink(hash, asOf);
  return r.ok ? { status: 'ok', caseFile: r.caseFile } : { status: 'error', reason: r.reason, problems: r.problems ?? [] };
}
