/**
 * Whether a new release is waiting to take over this page: set by the service-worker glue
 * (register-sw.ts), read by the update banner (components/update-banner.tsx) through
 * useSyncExternalStore. No React here, so the glue can load without it.
 *
 *   'none'     nothing to offer (or the person chose "Later" for this page)
 *   'ready'    a new release is installed and waits: offer "Reload"
 *   'applying' the person chose "Reload": the new release takes over, the page reloads
 */
export type UpdateState = 'none' | 'ready' | 'applying';

let state: UpdateState = 'none';
let apply: (() => void) | undefined;
const listeners = new Set<() => void>();

function set(next: UpdateState): void {
  if (next === state) return;
  state = next;
  for (const l of [...listeners]) l();
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getUpdateState = (): UpdateState => state;

/** On the server (prerender) and while hydrating: nothing to offer. */
export const getServerUpdateState = (): UpdateState => 'none';

/** A new release waits; `activate` lets it take over (the page then reloads). */
export function offerUpdate(activate: () => void): void {
  apply = activate;
  if (state !== 'applying') set('ready');
}

/** The person chose "Reload". */
export function applyUpdate(): void {
  const activate = apply;
  if (!activate || state === 'applying') return;
  set('applying');
  activate();
}

/** The person chose "Later": the banner goes; the release still waits, offered again on the next load. */
export function dismissUpdate(): void {
  if (state === 'ready') set('none');
}

/** Tests only: back to the start. */
export function resetUpdateState(): void {
  apply = undefined;
  set('none');
}
