// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { boot } from '../../src/app/boot.ts';
import { QUESTION_SCREENS } from '../../src/components/screens/question-screens.ts';
import { LANGS, loadTestLanguage, TODAY } from './app-test-kit.tsx';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

/**
 * scripts/prerender.ts freezes the start page (as the browser shows it on a first visit)
 * into the HTML; main.tsx hydrates it. The markup of a first render must match exactly.
 */
describe.each(LANGS)('hydrating the prerendered start page (%s)', (lng) => {
  it('matches the markup, with no hydration error, and works after', async () => {
    const booted = await boot({ store: localStorage, hash: '', browserLanguages: [lng], today: TODAY, languages: LANGS, load: loadTestLanguage });
    const props = { i18n: booted.i18n, today: TODAY, session: booted.session, screens: QUESTION_SCREENS, store: localStorage, languages: LANGS, load: loadTestLanguage };

    const first = render(<App {...props} />);
    const markup = first.container.innerHTML;
    first.unmount();

    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, <App {...props} />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(markup);

    // Hydrated, not frozen: the Start button works.
    await userEvent.setup().click(screen.getAllByRole('button', { name: booted.i18n.t('app.start.button') })[0]!);
    expect(container.querySelector('select')).not.toBeNull();
    container.remove();
  });
});
