// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { bytesToBase64Url, encodeCaseFileFragment, fnv1a32 } from '../../src/components/keep/share-link.ts';
import { saveSession, SESSION_KEY } from '../../src/components/keep/storage.ts';
import type { CaseFile } from '../../src/rules/schema/case-file.ts';
import { renderApp, savedKeys } from './app-test-kit.tsx';

const MINE = { schemaVersion: 1, citizenship: 'DE', stayLength: 'upTo90Days' } as const;
const THEIRS: CaseFile = { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'upTo90Days', arrivalDate: '2026-08-28', accommodation: 'private' };

const h1 = () => screen.getByRole('heading', { level: 1 });

/** A link altered by hand: one character of the payload changed, so the checksum no longer matches. */
function tamperedFragment(): string {
  const good = encodeCaseFileFragment(THEIRS);
  const at = '#case='.length + 5;
  return `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;
}

/** A well-formed link whose answers are not a valid case. */
function invalidFragment(): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, citizenship: 'DE', stayLength: 'forever' }));
  return `#case=${bytesToBase64Url(bytes)}.${fnv1a32(bytes)}`;
}

beforeEach(() => {
  localStorage.clear();
  saveSession({ wizard: { state: 'arrivalDate' }, caseFile: MINE }, { store: localStorage });
  window.history.replaceState(null, '', '/');
});

describe('a share link in the address', () => {
  it('tampered: says what is wrong and leaves the saved session untouched', async () => {
    const before = savedKeys();
    window.history.replaceState(null, '', `/${tamperedFragment()}`);
    const { user } = await renderApp({ hash: window.location.hash });

    expect(h1()).toHaveTextContent('This link could not be opened');
    expect(screen.getByText(/The link is incomplete or was changed/)).toBeInTheDocument();
    expect(screen.getByText('Your saved answers have not been changed.')).toBeInTheDocument();
    expect(savedKeys()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The fragment is gone (a reload does not ask again); the saved session is still there.
    expect(window.location.hash).toBe('');
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(h1()).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Continue where you left off' })).toBeInTheDocument();
    expect(savedKeys()).toEqual(before);
  });

  it('invalid answers: names the problems, saved session untouched', async () => {
    const before = savedKeys();
    await renderApp({ hash: invalidFragment() });
    expect(h1()).toHaveTextContent('This link could not be opened');
    expect(screen.getByText('The answers in the link are not valid.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('listitem')).toHaveTextContent(/^Length of stay in Slovakia: /);
    expect(savedKeys()).toEqual(before);
  });

  it('valid, with answers saved: asks first; "Keep mine" keeps them', async () => {
    const before = savedKeys();
    const onShareHandled = vi.fn();
    const { user } = await renderApp({ hash: encodeCaseFileFragment(THEIRS), onShareHandled });
    expect(h1()).toHaveTextContent('Load the answers from this link?');
    expect(screen.getByText(/This link holds answers for a case. Load it\?/)).toHaveTextContent(
      'This link holds answers for a case. Load it? (Your saved answers will be replaced)',
    );
    // What the link holds, before deciding.
    expect(screen.getByText('United States')).toBeInTheDocument();
    expect(screen.getByText('28 August 2026')).toBeInTheDocument();
    expect(savedKeys()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onShareHandled).toHaveBeenCalledOnce();
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(savedKeys()).toEqual(before);
  });

  it('valid: "Load" replaces the answers and opens check your answers', async () => {
    const { user } = await renderApp({ hash: encodeCaseFileFragment(THEIRS), onShareHandled: () => {} });
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(h1()).toHaveTextContent('Check your answers');
    expect(h1()).toHaveFocus();
    expect(screen.getByText('United States')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).caseFile).toEqual(THEIRS);
  });

  it('valid, nothing saved: offers to load without the "replaced" note', async () => {
    localStorage.clear();
    await renderApp({ hash: encodeCaseFileFragment(THEIRS), onShareHandled: () => {} });
    expect(screen.queryByText(/will be replaced/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Do not load' })).toBeInTheDocument();
  });

  it('never reads answers from the query string', async () => {
    const before = savedKeys();
    window.history.replaceState(null, '', `/?${encodeCaseFileFragment(THEIRS).slice(1)}`);
    await renderApp({ hash: window.location.hash });
    expect(h1()).toHaveTextContent(/live legally in Slovakia/);
    expect(savedKeys()).toEqual(before);
  });
});

describe('a share link pasted into the open page', () => {
  it('is offered at once (hashchange), as on opening it', async () => {
    await renderApp();
    expect(h1()).not.toHaveTextContent(/shared/i);
    await act(async () => {
      window.history.replaceState(null, '', `/${encodeCaseFileFragment(THEIRS)}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByText('Answers in the link')).toBeInTheDocument();
    expect(savedKeys()[SESSION_KEY]).toBeDefined();
  });

  it('2 MB long: refused at once with a short message, nothing of it shown, nothing saved', async () => {
    const before = savedKeys();
    const huge = `#case=${'A'.repeat(2_000_000)}.0123abcd`;
    await renderApp();
    const started = performance.now();
    await act(async () => {
      window.history.replaceState(null, '', `/${huge}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(h1()).toHaveTextContent('This link could not be opened');
    expect(screen.getByText(/far longer than any Pobyt link/)).toBeInTheDocument();
    expect(document.body.textContent!.length).toBeLessThan(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(savedKeys()).toEqual(before);
  });
});
