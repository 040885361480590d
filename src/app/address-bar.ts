/**
 * The browser's address bar, written (a module of its own with no imports: the start page
 * uses it before the app and the rules have loaded).
 */
/** Put a path in the address bar: a new entry (a new page) or in place of this one. */
export function writeAddress(path: string, mode: 'push' | 'replace'): void {
  if (path === window.location.pathname) return;
  const url = `${path}${window.location.search}`;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // A browser that refuses (a sandboxed frame): the page still works, at one address.
  }
}
