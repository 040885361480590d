// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { releaseEarlyClicks, sayCouldNotStart } from '../src/early-clicks.ts';

/** The start page's inline loader (src/post-paint.js), run as the page runs it. */
const LOADER = readFileSync(path.join(__dirname, '../src/post-paint.js'), 'utf8');

function runLoader(data: Record<string, string> = {}): void {
  const me = document.createElement('script');
  for (const [k, v] of Object.entries(data)) me.dataset[k] = v;
  Object.defineProperty(document, 'currentScript', { value: me, configurable: true });
  try {
    new Function(LOADER)();
  } finally {
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  }
}

function page() {
  document.body.innerHTML = '<button type="button" id="start">Start <span>now</span></button><a href="#x" id="link">x</a>';
  const pressed: string[] = [];
  document.body.addEventListener('click', (e) => pressed.push((e.target as Element).id || (e.target as Element).tagName));
  return { pressed, start: document.getElementById('start')!, link: document.getElementById('link')! };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = '';
});
afterEach(() => {
  releaseEarlyClicks({ replay: false });
  delete window.pobytEarlyClicks;
  vi.useRealTimers();
});

describe('presses before the app has taken over the prerendered page', () => {
  it('a button pressed early is held by the loader, then pressed again once the app is ready', () => {
    const { pressed, start } = page();
    runLoader();
    start.querySelector('span')!.click();
    expect(pressed).toEqual([]);
    releaseEarlyClicks();
    expect(pressed).toEqual(['start']);
    // Released: presses go straight through, and nothing is pressed twice.
    start.click();
    expect(pressed).toEqual(['start', 'start']);
  });

  it('holds only buttons: other clicks pass', () => {
    const { pressed, link } = page();
    runLoader();
    link.click();
    expect(pressed).toEqual(['link']);
    releaseEarlyClicks();
    expect(pressed).toEqual(['link']);
  });

  it('does not press again a button that is gone, or when told not to', () => {
    let { pressed, start } = page();
    runLoader();
    start.click();
    start.remove();
    releaseEarlyClicks();
    expect(pressed).toEqual([]);

    ({ pressed, start } = page());
    runLoader();
    start.click();
    releaseEarlyClicks({ replay: false });
    expect(pressed).toEqual([]);
  });

  it('a file chosen early is handed over again once the app is ready', () => {
    document.body.innerHTML = '<input type="file" id="file" />';
    const seen: string[] = [];
    document.body.addEventListener('change', (e) => seen.push((e.target as Element).id));
    runLoader();
    document.getElementById('file')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual([]);
    releaseEarlyClicks();
    expect(seen).toEqual(['file']);
  });

  it('a page without the loader (the SPA fallback) held nothing: releasing does nothing', () => {
    const { pressed, start } = page();
    releaseEarlyClicks();
    start.click();
    expect(pressed).toEqual(['start']);
  });
});

describe('the app is requested only after the first paint', () => {
  const requested = () =>
    [...document.head.children].map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('rel') ?? el.getAttribute('type')} ${el.getAttribute('href') ?? el.getAttribute('src')}`);
  const data = { entry: '/assets/index-a.js', preload: '/assets/main-b.js /assets/react-c.js', manifest: '/manifest.webmanifest' };

  it('requests nothing before the page has painted, then the entry, the preloads and the manifest, one per task', () => {
    let observed: ((list: { getEntriesByName(n: string): unknown[] }, o: { disconnect(): void }) => void) | undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'PerformanceObserver',
      Object.assign(
        class {
          constructor(cb: typeof observed) {
            observed = cb;
          }
          observe() {}
        },
        { supportedEntryTypes: ['paint'] },
      ),
    );
    try {
      runLoader(data);
      expect(requested()).toEqual([]);
      observed!({ getEntriesByName: () => [] }, { disconnect }); // first-paint only: not yet
      vi.advanceTimersByTime(10);
      expect(requested()).toEqual([]);
      observed!({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }, { disconnect });
      expect(disconnect).toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      expect(requested()).toEqual(['script module /assets/index-a.js']);
      vi.advanceTimersToNextTimer();
      expect(requested()).toEqual(['script module /assets/index-a.js', 'link modulepreload /assets/main-b.js']);
      vi.advanceTimersToNextTimer();
      vi.advanceTimersToNextTimer();
      expect(requested()).toEqual([
        'script module /assets/index-a.js',
        'link modulepreload /assets/main-b.js',
        'link modulepreload /assets/react-c.js',
        'link manifest /manifest.webmanifest',
      ]);
      // Once: the fallback timer does not request them again.
      vi.advanceTimersByTime(2000);
      expect(requested()).toHaveLength(4);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a page that never paints (a background tab) still starts, after a second', () => {
    vi.stubGlobal('PerformanceObserver', Object.assign(class { observe() {} }, { supportedEntryTypes: ['paint'] }));
    try {
      runLoader(data);
      vi.advanceTimersByTime(999);
      expect(requested()).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(requested()).toContain('script module /assets/index-a.js');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('without paint timing, after the next frame', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    try {
      runLoader(data);
      expect(requested()).toEqual([]);
      frames.forEach((f) => f());
      vi.advanceTimersByTime(0);
      expect(requested()).toContain('script module /assets/index-a.js');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the app cannot be loaded', () => {
  const failed = 'Pobyt sa nepodarilo spustiť.';
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"><main id="main"><h1>Pobyt</h1><button type="button" id="start">Začať</button></main></div>';
  });

  it('when the entry script fails: a held press is let go, and the page says so above itself', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => f());
    try {
      const pressed: string[] = [];
      document.body.addEventListener('click', (e) => pressed.push((e.target as Element).id));
      runLoader({ entry: '/assets/index-a.js', failed });
      document.getElementById('start')!.click();
      expect(pressed).toEqual([]);
      vi.advanceTimersByTime(0);
      const script = document.head.querySelector('script[type="module"]') as HTMLScriptElement;
      script.dispatchEvent(new Event('error'));
      const alert = document.querySelector('#main > p[role="alert"]');
      expect(alert?.textContent).toBe(failed);
      expect(document.querySelector('#main')!.firstElementChild).toBe(alert);
      expect(document.querySelector('h1')?.textContent).toBe('Pobyt');
      // The press held before is not done now (nothing would answer it); presses pass again.
      document.getElementById('start')!.click();
      expect(pressed).toEqual(['start']);
      // Said once.
      sayCouldNotStart();
      expect(document.querySelectorAll('[role="alert"]')).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a page without the loader (the SPA fallback) says so in place of the page', () => {
    sayCouldNotStart();
    expect(document.getElementById('root')!.textContent).toMatch(/^Pobyt could not start\. Check your connection/);
  });
});
