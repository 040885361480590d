// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { CalcSources } from '../../../src/components/calculators/calc-parts.tsx';
import { i18nFor, renderWith } from './calc-test-kit.tsx';

/**
 * Issue 12, compact print-out (sources' language said once): a calculator's sources keep their
 * titles as written, the language of the titles said once above them where it is not the
 * page's, each title marked with its lang for screen readers.
 */
const IDS = ['cal-act-241-text', 'ctry-iso-3166'];

describe('CalcSources', () => {
  it.each([
    ['sk', 'Názvy zdrojov sú v angličtine.'],
    ['uk', 'Назви джерел подано англійською мовою.'],
  ] as const)('in %s: the titles\u2019 language once, each title with lang="en"', async (lng, note) => {
    renderWith(<CalcSources ids={IDS} />, await i18nFor(lng));
    expect(screen.getAllByText(note)).toHaveLength(1);
    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links).toHaveLength(IDS.length);
    for (const link of links) {
      expect(link).toHaveAttribute('lang', 'en');
      expect(link.textContent).not.toMatch(/\(v angličtine\)|\(англійською\)/);
    }
    expect(links[1]).toHaveTextContent(/^ISO 3166 country codes \(ISO 3166-1 alpha-2\)$/);
  });

  it('in English: no note, no lang of their own', async () => {
    renderWith(<CalcSources ids={IDS} />, await i18nFor('en'));
    expect(screen.queryByText(/Source titles are in/)).toBeNull();
    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('lang');
  });
});
