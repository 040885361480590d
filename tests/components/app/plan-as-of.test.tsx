// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from './app-test-kit.tsx';

const jsonFile = (text: string) => new File([text], 'case.json', { type: 'application/json' });

/** A renewal: the permit ends on Sunday 30 June 2030, so filing is due on Friday 28 June 2030. */
const RENEWAL_2030 = {
  schemaVersion: 1,
  citizenship: 'UA',
  euFamilyMember: 'no',
  stayLength: 'over90Days',
  currentStatus: 'temporaryResidence',
  residentGoal: 'renewal',
  purpose: 'employment',
  permitExpiry: '2030-06-30',
  filingChannel: 'inPerson',
  cardChip: 'yes',
};

async function openPlan(lng = 'en') {
  localStorage.clear();
  const kit = await renderApp({ lng });
  await kit.user.upload(screen.getByLabelText(/\(JSON\)/), jsonFile(JSON.stringify(RENEWAL_2030)));
  await screen.findByRole('heading', { level: 1 });
  await kit.user.click(screen.getAllByRole('button').find((b) => /plan|plán|план/i.test(b.textContent ?? '') && b.closest('main'))!);
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
    fireEvent.change(input, { target: { value: '2030-02-01' } });
    await user.click(within(section).getByRole('button', { name: 'Show the plan for this date' }));
    expect(screen.getByText(/You are looking at your plan as of/).closest('[role="status"]')).toHaveTextContent('You are looking at your plan as of 1 February 2030 (Friday), not today.');
    expect(screen.getByRole('main')).toHaveTextContent('Plan as of 1 February 2030 (Friday)');

    fireEvent.change(input, { target: { value: '2046-01-01' } });
    await user.click(within(section).getByRole('button', { name: 'Show the plan for this date' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Enter a date on or before 31 December 2045 (Sunday), the last day Pobyt counts');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('main')).toHaveTextContent('Plan as of 1 February 2030 (Friday)');

    await user.click(within(section).getByRole('button', { name: 'Back to today' }));
    expect(screen.queryByText(/You are looking at your plan as of/)).toBeNull();
    expect(screen.getByRole('main')).toHaveTextContent('Plan as of 22 November 2026 (Sunday)');
  });

  it('speaks Slovak and Ukrainian', async () => {
    await openPlan('sk');
    expect(screen.getByRole('region', { name: 'Pozrite si plán k inému dňu' })).toBeInTheDocument();
    localStorage.clear();
    document.body.innerHTML = '';
    await openPlan('uk');
    expect(screen.getByRole('region', { name: 'Перегляньте план на іншу дату' })).toBeInTheDocument();
  });
});
