// @vitest-environment jsdom
import { registerServiceWorker, type WorkboxLike } from '../src/register-sw.ts';
import { applyUpdate, dismissUpdate, getUpdateState, resetUpdateState } from '../src/sw-update.ts';

type Listener = (event: { isUpdate?: boolean; isExternal?: boolean }) => void;

/** workbox-window's Workbox as far as register-sw.ts uses it: events fired by the test. */
class FakeWorkbox implements WorkboxLike {
  listeners = new Map<string, Listener[]>();
  register = vi.fn(async () => ({}));
  update = vi.fn(async () => undefined);
  messageSkipWaiting = vi.fn();
  constructor(
    readonly url: string,
    readonly scope: string,
  ) {}
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: 'waiting' | 'controlling', event: Parameters<Listener>[0] = {}) {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}

function fakeWindow(readyState: DocumentReadyState = 'complete') {
  const onLoad: (() => void)[] = [];
  const onVisibility: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const doc = {
    readyState,
    visibilityState: 'visible',
    addEventListener: (type: string, l: () => void) => type === 'visibilitychange' && onVisibility.push(l),
  };
  const win = {
    document: doc,
    location: { reload: vi.fn() },
    addEventListener: (type: string, l: () => void) => type === 'load' && onLoad.push(l),
    setInterval: vi.fn((f: () => void) => timers.push(f)),
  };
  return { win: win as unknown as Window, reload: win.location.reload, setInterval: win.setInterval, doc, onLoad, onVisibility, timers };
}

/** A page no worker serves yet (a first visit). */
const nav = { serviceWorker: { controller: null } } as unknown as Navigator;
/** A page served by the worker of an earlier visit. */
const served = { serviceWorker: { controller: {} } } as unknown as Navigator;

async function start(readyState: DocumentReadyState = 'complete', on: Navigator = served) {
  const w = fakeWindow(readyState);
  let wb: FakeWorkbox | undefined;
  const createWorkbox = vi.fn(async (url: string, scope: string) => (wb = new FakeWorkbox(url, scope)));
  const registered = registerServiceWorker({ nav: on, win: w.win, isProduction: true, createWorkbox, checkEveryMs: 1000 });
  return { ...w, createWorkbox, registered, wb: () => wb! };
}

afterEach(() => resetUpdateState());

describe('registering the service worker', () => {
  it('does nothing in development or without service workers', async () => {
    const createWorkbox = vi.fn();
    const { win } = fakeWindow();
    expect(await registerServiceWorker({ nav, win, isProduction: false, createWorkbox })).toBeUndefined();
    expect(await registerServiceWorker({ nav: {} as Navigator, win, isProduction: true, createWorkbox })).toBeUndefined();
    expect(createWorkbox).not.toHaveBeenCalled();
  });

  it('waits for the page to load, then registers /sw.js for the whole app', async () => {
    const s = await start('loading');
    expect(s.createWorkbox).not.toHaveBeenCalled();
    s.onLoad.forEach((l) => l());
    await s.registered;
    expect(s.createWorkbox).toHaveBeenCalledWith('/sw.js', '/');
    expect(s.wb().register).toHaveBeenCalledTimes(1);
  });

  it('a waiting release is offered, not taken: Reload sends it SKIP_WAITING, and its take-over reloads the page once', async () => {
    const s = await start();
    const wb = (await s.registered) as FakeWorkbox;
    expect(getUpdateState()).toBe('none');
    wb.fire('waiting', { isExternal: true });
    expect(getUpdateState()).toBe('ready');
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    expect(s.reload).not.toHaveBeenCalled();

    applyUpdate();
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    wb.fire('controlling', { isExternal: true });
    wb.fire('controlling', { isUpdate: true });
    expect(s.reload).toHaveBeenCalledTimes(1);
  });

  it('"Later" leaves the release waiting: nothing is sent, nothing reloads', async () => {
    const s = await start();
    const wb = (await s.registered) as FakeWorkbox;
    wb.fire('waiting', {});
    dismissUpdate();
    expect(getUpdateState()).toBe('none');
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    expect(s.reload).not.toHaveBeenCalled();
  });

  it('the first worker ever takes over silently (no reload)', async () => {
    const s = await start('complete', nav);
    const wb = (await s.registered) as FakeWorkbox;
    wb.fire('controlling', { isUpdate: false, isExternal: false });
    expect(s.reload).not.toHaveBeenCalled();
    expect(getUpdateState()).toBe('none');
    // A later release taking over that page reloads it, once.
    wb.fire('controlling', { isUpdate: true });
    wb.fire('controlling', { isUpdate: true });
    expect(s.reload).toHaveBeenCalledTimes(1);
  });

  it('a second tab opened on a first visit, while the first tab’s worker installs, is taken over silently', async () => {
    // workbox-window calls a worker another tab registered "external", first or not.
    const s = await start('complete', nav);
    const wb = (await s.registered) as FakeWorkbox;
    wb.fire('controlling', { isExternal: true });
    expect(s.reload).not.toHaveBeenCalled();
  });

  it('a release activated in another tab reloads this one too', async () => {
    const s = await start();
    const wb = (await s.registered) as FakeWorkbox;
    wb.fire('controlling', { isUpdate: true });
    expect(s.reload).toHaveBeenCalledTimes(1);
  });

  it('an open page asks for a new release every interval and when shown again; a failed check stays quiet', async () => {
    const s = await start();
    const wb = (await s.registered) as FakeWorkbox;
    expect(s.setInterval).toHaveBeenCalledWith(expect.any(Function), 1000);
    s.timers[0]!();
    expect(wb.update).toHaveBeenCalledTimes(1);
    wb.update.mockRejectedValueOnce(new Error('offline'));
    s.onVisibility.forEach((l) => l());
    expect(wb.update).toHaveBeenCalledTimes(2);
    s.doc.visibilityState = 'hidden';
    s.onVisibility.forEach((l) => l());
    expect(wb.update).toHaveBeenCalledTimes(2);
    await new Promise((r) => setTimeout(r, 0));
  });

  it('a refused registration or a worker library that cannot load costs only offline use', async () => {
    const { win } = fakeWindow();
    const failing = new FakeWorkbox('/sw.js', '/');
    failing.register.mockRejectedValueOnce(new Error('SecurityError'));
    expect(await registerServiceWorker({ nav, win, isProduction: true, createWorkbox: async () => failing })).toBeUndefined();
    const unloadable = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
    expect(await registerServiceWorker({ nav, win, isProduction: true, createWorkbox: unloadable })).toBeUndefined();
  });
});
