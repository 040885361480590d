// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { loadExample } from '../support/load-example.ts';
import { renderApp } from './app-test-kit.tsx';

const jsonFile = (text: string) => new File([text], 'case.json', { type: 'application/json' });

/** Type a date into the day, month and year boxes (`day` is the day box, named with the legend). */
function typeDate(day: HTMLElement, iso: string): void {
  const [y, m, d] = iso.split('-') as [string, string, string];
  fireEvent.change(day, { target: { value: d } });
  fireEvent.change(document.getElementById(`${day.id}-month`)!, { target: { value: m } });
  fireEvent.change(document.getElementById(`${day.id}-year`)!, { target: { value: y } });
}

/** A renewal: the permit ends on Sunday 30 June 2030, so filing is due on Friday 28 June 2030. */
const RENEWAL_2030 = { ...(loadExample('resident-renewal') as object), permitExpiry: '2030-06-30' };

async function openPlan(lng = 'en') {
  localStorage.clear();
  const kit = await renderApp({ lng });
  await kit.user.upload(screen.getByLabelText(/\(JSON\)/), jsonFile(JSON.stringify(RENEWAL_2030)));
  const build = { en: 'Build my plan', sk: 'Vytvoriť môj plán', uk: 'Скласти мій план' }[lng as 'en' | 'sk' | 'uk'];
  await kit.user.click(await screen.findByRole('button', { name: build }));
  await screen.findByRole('region', { name: { en: 'See your plan on another date', sk: 'Pozrite si plán k inému dňu', uk: 'Перегляньте план на іншу дату' }[lng as 'en' | 'sk' | 'uk'] });
  return kit;
}

describe('a renewal in 2030 and "see your plan on another date"', () => {
  it('plans a permit ending in 2030: the safe day before a Sunday, said why, and the years not yet confirmed', async () => {
    await openPlan();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('28 June 2030 (Friday)');
    expect(main).toHaveTextContent('30 June 2030 (Sunday) falls on a weekend');
    expect(main).toHaveTextContent(/worked out from the law in force today/);
  });

  it('shows the plan as of another day, and back to today; a date past 2045 is refused in words', async () => {
    const { user } = await openPlan();
    const section = screen.getByRole('region', { name: 'See your plan on another date' });
    const input = within(section).getByLabelText('Date');
    typeDate(input, '2030-2-1');
    await user.click(within(section).getByRole('button', { name: 'Show the plan for this date' }));
    expect(screen.getByText(/You are looking at your plan as of/).closest('[role="status"]')).toHaveTextContent('You are looking at your plan as of 1 February 2030 (Friday), not today.');
    expect(screen.getByRole('main')).toHaveTextContent('Plan as of 1 February 2030 (Friday)');

    typeDate(input, '2046-01-01');
    await user.click(within(section).getByRole('button', { name: 'Show the plan for this date' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Enter a date on or before 31 December 2045 (Sunday), the last day Pobyt counts');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('main')).toHaveTextContent('Plan as of 1 February 2030 (Friday)');

    typeDate(input, '2030-02-31');
    await user.click(within(section).getByRole('button', { name: 'Show the plan for this date' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Enter a real date');

    await user.click(within(section).getByRole('button', { name: 'Back to today' }));
    expect(screen.queryByText(/You are looking at your plan as of/)).toBeNull();
    expect(screen.getByRole('main')).toHaveTextContent('Plan as of 22 November 2026 (Sunday)');
  });

  it('speaks Slovak and Ukrainian', async () => {
    await openPlan('sk');
    expect(screen.getByRole('region', { name: 'Pozrite si plán k inému dňu' })).toBeInTheDocument();
    localStorage.clear();
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
    await openPlan('uk');
    expect(screen.getByRole('region', { name: 'Перегляньте план на іншу дату' })).toBeInTheDocument();
  });
});
