// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { loadSession, saveSession } from '../../src/components/keep/storage.ts';
import { SESSION_KEY } from '../../src/components/keep/storage-keys.ts';
import { WizardContext } from '../../src/components/wizard-context.ts';
import { useAutosave } from '../../src/app/use-autosave.ts';
import type { WizardRef } from '../../src/app/wizard.ts';

/**
 * When a change is saved: an answer at once; a change of page alone (the answers as they
 * were) once the new page has painted, so that the save is not part of the press that
 * shows it, and at once when the page is left before that.
 */
let frames: FrameRequestCallback[];
beforeEach(() => {
  localStorage.clear();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => vi.unstubAllGlobals());
const paint = async () => {
  await act(async () => {
    frames.splice(0).forEach((cb) => cb(0));
    await new Promise((r) => setTimeout(r, 0));
  });
};
const savedPage = () => {
  const s = loadSession(localStorage);
  return s.status === 'ok' ? (s.value.wizard as { state: string }).state : s.status;
};
const savedAnswers = () => {
  const s = loadSession(localStorage);
  return s.status === 'ok' ? s.value.caseFile : undefined;
};

function Saver({ onActor }: { onActor: (a: WizardRef) => void }) {
  const actor = WizardContext.useActorRef();
  useAutosave(actor, localStorage);
  useEffect(() => {
    onActor(actor);
  }, [actor, onActor]);
  return null;
}

async function start(answers = { schemaVersion: 1 as const, citizenship: 'DE' }) {
  saveSession({ wizard: { state: 'citizenship' }, caseFile: answers }, { store: localStorage });
  let actor: WizardRef | undefined;
  const utils = render(
    <WizardContext.Provider options={{ input: { asOf: '2026-11-22', answers } }}>
      <Saver onActor={(a) => (actor = a)} />
    </WizardContext.Provider>,
  );
  return { actor: actor!, ...utils };
}

describe('autosave: when a change is written', () => {
  it('a change of page alone is saved after the next paint', async () => {
    const { actor } = await start();
    act(() => actor.send({ type: 'nav.start' }));
    expect(actor.getSnapshot().value).toBe('citizenship');
    act(() => actor.send({ type: 'nav.back' }));
    expect(actor.getSnapshot().value).toBe('start');
    expect(savedPage()).toBe('citizenship');
    await paint();
    expect(savedPage()).toBe('start');
    expect(savedAnswers()).toEqual({ schemaVersion: 1, citizenship: 'DE' });
  });

  it('an answer is saved at once, with the page it leads to', async () => {
    const { actor } = await start();
    act(() => actor.send({ type: 'nav.start' }));
    act(() => actor.send({ type: 'answer.citizenship', value: 'US' }));
    expect(savedAnswers()).toMatchObject({ citizenship: 'US' });
    expect(savedPage()).toBe(actor.getSnapshot().value);
    expect(savedPage()).not.toBe('citizenship');
    // Nothing left to write after the paint.
    const before = localStorage.getItem(SESSION_KEY);
    await paint();
    expect(localStorage.getItem(SESSION_KEY)).toBe(before);
  });

  it('leaving the page (pagehide) or the app closing writes a waiting change at once', async () => {
    const { actor, unmount } = await start();
    act(() => actor.send({ type: 'nav.start' }));
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(savedPage()).toBe('citizenship');
    act(() => actor.send({ type: 'nav.back' }));
    expect(savedPage()).toBe('citizenship');
    unmount();
    expect(savedPage()).toBe('start');
  });

  it("another window's answers saved meanwhile are kept by the later save", async () => {
    const { actor } = await start();
    act(() => actor.send({ type: 'nav.start' }));
    // Another window answers the next question before this one's page is saved.
    saveSession({ wizard: { state: 'stayLength' }, caseFile: { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days' } }, { store: localStorage });
    await paint();
    expect(savedPage()).toBe('citizenship');
    expect(savedAnswers()).toEqual({ schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days' });
  });
});
