// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { renderApp } from './app-test-kit.tsx';

/**
 * When the address is written: a new page's entry once that page has painted (so that
 * writing it is not part of the press that shows it); an in-place change (a language
 * switch) at once, after giving a waiting new page its entry; a page left by Back before
 * it painted gets no entry at all; the app closed or hidden first writes it then.
 */
let frames: FrameRequestCallback[];
let pushed: string[];
let spy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  frames = [];
  pushed = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  const original = window.history.pushState.bind(window.history);
  spy = vi.spyOn(window.history, 'pushState').mockImplementation((data, unused, url) => {
    pushed.push(String(url));
    original(data, unused, url);
  });
});
afterEach(() => {
  spy?.mockRestore();
  vi.unstubAllGlobals();
});
const paint = async () => {
  await act(async () => {
    frames.splice(0).forEach((cb) => cb(0));
    await new Promise((r) => setTimeout(r, 0));
  });
};
const at = (path: string) => waitFor(() => expect(window.location.pathname).toBe(path));
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

async function onCitizenship() {
  const app = await renderApp();
  await heading(/^Find out what you must do/);
  await paint();
  await at('/en/');
  await app.user.click(screen.getByRole('button', { name: 'Start now' }));
  await heading('What is your citizenship?');
  await paint();
  await at('/en/questions/citizenship');
  pushed.length = 0;
  return app;
}

/** Answer the first question: the next page shows, its address still to be written. */
async function toStayLength(user: Awaited<ReturnType<typeof onCitizenship>>['user']) {
  await user.selectOptions(screen.getByRole('combobox'), 'DE');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await heading('How long will you stay in Slovakia?');
}

describe('the address: written once the new page has painted', () => {
  it('a new page is shown first, and gets its entry after the paint', async () => {
    const { user } = await onCitizenship();
    const entries = window.history.length;
    await toStayLength(user);
    expect(window.location.pathname).toBe('/en/questions/citizenship');
    expect(pushed).toEqual([]);
    await paint();
    expect(pushed).toEqual(['/en/questions/stayLength']);
    expect(window.location.pathname).toBe('/en/questions/stayLength');
    expect(window.history.length).toBe(entries + 1);
  });

  it('a language switch before the paint: the new page gets its entry first, in the new language', async () => {
    const { user } = await onCitizenship();
    const entries = window.history.length;
    await toStayLength(user);
    await user.click(screen.getByRole('button', { name: 'Slovenčina' }));
    await heading('Ako dlho zostanete na Slovensku?');
    await at('/sk/questions/stayLength');
    expect(pushed).toEqual(['/sk/questions/stayLength']);
    expect(window.history.length).toBe(entries + 1);
    // Nothing is left to write after the paint.
    await paint();
    expect(pushed).toEqual(['/sk/questions/stayLength']);
  });

  it('Back before the paint: the page left gets no entry, and the address stays with the page shown', async () => {
    const { user } = await onCitizenship();
    const entries = window.history.length;
    await toStayLength(user);
    // The browser's Back from the entry it is on (citizenship's): to the start page.
    window.history.back();
    await heading(/^Find out what you must do/);
    await at('/en/');
    await paint();
    await new Promise((r) => setTimeout(r, 1100));
    expect(pushed).toEqual([]);
    expect(window.location.pathname).toBe('/en/');
    expect(window.history.length).toBe(entries);
  });

  it('the app closed before the paint (a reload, the tab closed): the page shown gets its entry then', async () => {
    const { user, unmount } = await onCitizenship();
    await toStayLength(user);
    expect(pushed).toEqual([]);
    unmount();
    expect(pushed).toEqual(['/en/questions/stayLength']);
    expect(window.location.pathname).toBe('/en/questions/stayLength');
  });

  it('the page hidden before the paint (pagehide): the page shown gets its entry then', async () => {
    const { user } = await onCitizenship();
    await toStayLength(user);
    expect(pushed).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(pushed).toEqual(['/en/questions/stayLength']);
    await paint();
    expect(pushed).toEqual(['/en/questions/stayLength']);
  });

  it('a tab that paints no frame writes the address all the same, a moment later', async () => {
    const { user } = await onCitizenship();
    await toStayLength(user);
    await waitFor(() => expect(window.location.pathname).toBe('/en/questions/stayLength'), { timeout: 3000 });
    expect(frames.length).toBeGreaterThan(0);
    expect(pushed).toEqual(['/en/questions/stayLength']);
  });
});
