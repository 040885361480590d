// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { UpdateBanner } from '../../src/app/update-banner.tsx';
import { createI18n, type Language } from '../../src/locales/i18n.ts';
import { getUpdateState, offerUpdate, resetUpdateState } from '../../src/sw-update.ts';
import { renderApp, resourcesFor } from './app-test-kit.tsx';

async function renderBanner(lng: Language = 'en') {
  const i18n = await createI18n(lng, resourcesFor(lng));
  const user = userEvent.setup();
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        <button type="button">In the page</button>
      </main>
    </I18nextProvider>,
  );
  return { user, ...utils };
}

// Unmounted first: the reset is then no update to a mounted banner.
afterEach(() => {
  cleanup();
  resetUpdateState();
});

describe('the update banner', () => {
  it('shows nothing until a new release waits, in a live region that is always there', async () => {
    const { container } = await renderBanner();
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).toBeEmptyDOMElement();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('offers "New rules are available — reload" with Reload and Later; Reload lets the new release take over, once', async () => {
    const { user } = await renderBanner();
    const activate = vi.fn();
    act(() => offerUpdate(activate));
    expect(screen.getByRole('status')).toHaveTextContent('New rules are available — reload');
    const reload = screen.getByRole('button', { name: 'Reload' });
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
    // Keyboard: the banner's buttons come before the page's content.
    await user.tab();
    expect(reload).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(activate).toHaveBeenCalledTimes(1);
    expect(getUpdateState()).toBe('applying');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the new version…');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    // Offered again while applying (another worker installed): still one take-over.
    act(() => offerUpdate(activate));
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('Later hides the banner without activating the new release; the focus goes on to the page', async () => {
    const { user } = await renderBanner();
    const activate = vi.fn();
    act(() => offerUpdate(activate));
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(activate).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.getElementById('main')).toHaveFocus();
    expect(getUpdateState()).toBe('none');
  });

  it.each([
    ['sk', 'K dispozícii sú nové pravidlá — načítajte stránku znova', 'Znova načítať', 'Neskôr'],
    ['uk', 'Доступні нові правила — перезавантажте сторінку', 'Перезавантажити', 'Пізніше'],
  ] as const)('speaks %s', async (lng, text, reload, later) => {
    await renderBanner(lng);
    act(() => offerUpdate(() => undefined));
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: reload })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: later })).toBeInTheDocument();
  });

  it('shows on the app’s pages, between the header and the content', async () => {
    localStorage.clear();
    await renderApp();
    act(() => offerUpdate(() => undefined));
    const banner = screen.getByText('New rules are available — reload');
    expect(banner.compareDocumentPosition(screen.getByRole('banner')) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(banner.compareDocumentPosition(screen.getByRole('main')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
