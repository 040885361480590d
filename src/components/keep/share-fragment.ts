/**
 * Where a share link keeps the answers: `#case=…` in the URL fragment, never the query
 * string. Only the finding of it lives here (no checking, no schema), so start-up can tell
 * whether a link was opened without loading the rules.
 */

export const FRAGMENT_KEY = 'case';

/** The `case=` value inside a URL's fragment (or a bare fragment); never read from the query. */
export function fragmentValue(input: string): string | undefined {
  const text = input.trim();
  const hashAt = text.indexOf('#');
  const fragment = hashAt >= 0 ? text.slice(hashAt + 1) : text.startsWith(`${FRAGMENT_KEY}=`) ? text : '';
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${FRAGMENT_KEY}=`)) return part.slice(FRAGMENT_KEY.length + 1);
  }
  return undefined;
}

/** True when the address (or fragment) carries a shared case file. */
export function hasSharedCaseFile(input: string): boolean {
  return fragmentValue(input) !== undefined;
}
