// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { i18nFor, renderAt } from './screen-harness.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await i18nFor('en');
});

const DE = { citizenship: 'DE' } as const;
const UA_LONG = { citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days' } as const;

const heading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name });

describe('a radio question (stayLength)', () => {
  it('shows the question as the only h1, inside the legend, and focuses it', () => {
    renderAt('stayLength', DE, i18n);
    const h1 = heading('How long will you stay in Slovakia?');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(h1.closest('legend')).not.toBeNull();
    expect(h1).toHaveFocus();
    const group = screen.getByRole('group', { name: 'How long will you stay in Slovakia?' });
    expect(group).toHaveAccessibleDescription(/count the whole stay/i);
  });

  it('offers native radios with labels and hints from the schema', () => {
    renderAt('stayLength', DE, i18n);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['upTo90Days', 'over90Days']);
    const short = screen.getByRole('radio', { name: 'Up to 90 days' });
    expect(short).toHaveAccessibleDescription('For example a visit, a holiday or a business trip.');
    expect(short).not.toBeChecked();
  });

  it('with nothing chosen, Continue shows the error summary, focused, linking to the first radio', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('stayLength', DE, i18n);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: 'Select how long you will stay in Slovakia' });
    expect(link).toHaveAttribute('href', '#stayLength');
    expect(document.getElementById('stayLength')).toBe(screen.getByRole('radio', { name: 'Up to 90 days' }));

    // The message sits at the field too, announced with the group.
    const group = screen.getByRole('group', { name: 'How long will you stay in Slovakia?' });
    expect(group).toHaveAccessibleDescription(/Error: Select how long you will stay in Slovakia/);
    expect(screen.getByRole('radio', { name: 'Up to 90 days' })).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toBe('Error: How long will you stay in Slovakia? – Pobyt');
    expect(actor().getSnapshot().value).toBe('stayLength');

    // The link moves focus to the field.
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Up to 90 days' })).toHaveFocus();
  });

  it('a failed Continue focuses the summary again each time', async () => {
    const user = userEvent.setup();
    renderAt('stayLength', DE, i18n);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Select how long you will stay in Slovakia' }));
    expect(screen.getByRole('alert')).not.toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getAllByRole('link', { name: 'Select how long you will stay in Slovakia' })).toHaveLength(1);
  });

  it('choosing an option and Continue sends the answer and shows the next question', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('stayLength', DE, i18n);
    await user.click(screen.getByRole('radio', { name: 'Up to 90 days' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading('When did you arrive, or when will you arrive, in Slovakia?')).toHaveFocus();
    expect(actor().getSnapshot().context.answers).toMatchObject({ citizenship: 'DE', stayLength: 'upTo90Days' });
  });

  it('is prefilled with the current answer', () => {
    renderAt('stayLength', { ...DE, stayLength: 'over90Days' }, i18n);
    expect(screen.getByRole('radio', { name: 'Longer than 90 days' })).toBeChecked();
  });

  it('Back sends nav.back: the previous question, prefilled', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('stayLength', DE, i18n);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(actor().getSnapshot().value).toBe('citizenship');
    expect(heading('What is your citizenship?')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'What is your citizenship?' })).toHaveValue('DE');
  });

  it('works by keyboard only: Tab to a radio, arrows and Space select, Enter submits', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('stayLength', DE, i18n);
    expect(heading('How long will you stay in Slovakia?')).toHaveFocus();
    await user.tab();
    const short = screen.getByRole('radio', { name: 'Up to 90 days' });
    const long = screen.getByRole('radio', { name: 'Longer than 90 days' });
    expect(short).toHaveFocus();
    await user.keyboard(' ');
    expect(short).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(long).toHaveFocus();
    expect(long).toBeChecked();
    await user.keyboard('{Enter}');
    expect(actor().getSnapshot().context.answers.stayLength).toBe('over90Days');
    expect(heading('On what basis will you live in Slovakia?')).toHaveFocus();
  });
});

describe('options narrowed by the rules', () => {
  it('a permanent resident sees only the goals open to them', () => {
    renderAt('residentGoal', { ...UA_LONG, currentStatus: 'permanentResidence' }, i18n);
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual([
      'permanentResidence',
      'longTermResidence',
      'continuingDuties',
    ]);
    expect(screen.queryByRole('radio', { name: 'Renew my temporary residence' })).not.toBeInTheDocument();
  });

  it('a temporary resident sees every goal, and renewal leads to the purpose', async () => {
    const user = userEvent.setup();
    renderAt('residentGoal', { ...UA_LONG, currentStatus: 'temporaryResidence' }, i18n);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    await user.click(screen.getByRole('radio', { name: 'Renew my temporary residence' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading('What is the purpose of your residence?')).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(8);
  });

  it('a current answer the options no longer allow is not prefilled', () => {
    renderAt('residentGoal', { ...UA_LONG, currentStatus: 'permanentResidence', residentGoal: 'renewal' }, i18n);
    for (const r of screen.getAllByRole('radio')) expect(r).not.toBeChecked();
  });
});

describe('"I don\'t know" (cardChip)', () => {
  const RESIDENT = { ...UA_LONG, currentStatus: 'temporaryResidence', residentGoal: 'continuingDuties' } as const;

  it('is the last option, set apart by "or", with a hint', () => {
    renderAt('cardChip', RESIDENT, i18n);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['yes', 'no', 'dontKnow']);
    expect(screen.getByText('or')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: "I don't know" })).toHaveAccessibleDescription(/both cases/);
  });

  it('is a valid answer that completes the path', async () => {
    const user = userEvent.setup();
    const { actor } = renderAt('cardChip', RESIDENT, i18n);
    await user.click(screen.getByRole('radio', { name: "I don't know" }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(actor().getSnapshot().value).toBe('check');
    expect(actor().getSnapshot().context.answers.cardChip).toBe('dontKnow');
  });
});

describe('yes/no questions route', () => {
  it('a British citizen who lived here before 2021 goes to the card question', async () => {
    const user = userEvent.setup();
    renderAt('ukResidentBefore2021', { citizenship: 'GB' }, i18n);
    expect(screen.getByRole('group', { name: 'Did you live in Slovakia before 1 January 2021?' })).toHaveAccessibleDescription(
      /Withdrawal Agreement/,
    );
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading('Does your residence card have a chip?')).toBeInTheDocument();
  });

  it('a third-country national with an EU family member is asked how long they stay', async () => {
    const user = userEvent.setup();
    renderAt('euFamilyMember', { citizenship: 'UA' }, i18n);
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading('How long will you stay in Slovakia?')).toBeInTheDocument();
  });
});
