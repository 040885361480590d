// @vitest-environment jsdom
import { holdEarlyClicks, releaseEarlyClicks } from '../src/early-clicks.ts';

function page() {
  document.body.innerHTML = '<button type="button" id="start">Start <span>now</span></button><a href="#x" id="link">x</a>';
  const pressed: string[] = [];
  document.body.addEventListener('click', (e) => pressed.push((e.target as Element).id || (e.target as Element).tagName));
  return { pressed, start: document.getElementById('start')!, link: document.getElementById('link')! };
}

afterEach(() => releaseEarlyClicks({ replay: false }));

describe('presses before the app has taken over the prerendered page', () => {
  it('a button pressed early is held, then pressed again once the app is ready', () => {
    const { pressed, start } = page();
    holdEarlyClicks();
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
    holdEarlyClicks();
    link.click();
    expect(pressed).toEqual(['link']);
    releaseEarlyClicks();
    expect(pressed).toEqual(['link']);
  });

  it('does not press again a button that is gone, or when told not to', () => {
    let { pressed, start } = page();
    holdEarlyClicks();
    start.click();
    start.remove();
    releaseEarlyClicks();
    expect(pressed).toEqual([]);

    ({ pressed, start } = page());
    holdEarlyClicks();
    start.click();
    releaseEarlyClicks({ replay: false });
    expect(pressed).toEqual([]);
  });

  it('a file chosen early is handed over again once the app is ready', () => {
    document.body.innerHTML = '<input type="file" id="file" />';
    const seen: string[] = [];
    document.body.addEventListener('change', (e) => seen.push((e.target as Element).id));
    holdEarlyClicks();
    document.getElementById('file')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual([]);
    releaseEarlyClicks();
    expect(seen).toEqual(['file']);
  });
});
