// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { ConfirmPanel } from '../../../src/components/ui/confirm-panel.tsx';
import { useConfirm } from '../../../src/components/ui/use-confirm.ts';

/** An opener as the header and the plan's "Start again" use it. */
function Opener({ as, onConfirm }: { as: 'section' | 'group'; onConfirm: () => void }) {
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useConfirm(onConfirm, opener);
  return (
    <>
      <button type="button" ref={opener} aria-expanded={confirm.open} aria-controls="p" onClick={confirm.toggle}>
        Clear
      </button>
      {confirm.open && (
        <ConfirmPanel
          id="p"
          as={as}
          level={2}
          heading="Clear everything?"
          text="Nothing can bring it back."
          confirmLabel="Yes, clear"
          cancelLabel="Cancel"
          onConfirm={confirm.onConfirm}
          onCancel={confirm.onCancel}
        />
      )}
    </>
  );
}

describe('ConfirmPanel: asks before what cannot be taken back lightly', () => {
  it('opens with focus on its heading; confirming does it once and closes', async () => {
    const user = userEvent.setup();
    const done = vi.fn();
    render(<Opener as="section" onConfirm={done} />);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Clear everything?' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Clear everything?' })).toHaveTextContent('Nothing can bring it back.');
    await user.click(screen.getByRole('button', { name: 'Yes, clear' }));
    expect(done).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('Cancel and Escape close it, do nothing, and give focus back to the opener', async () => {
    const user = userEvent.setup();
    const done = vi.fn();
    render(<Opener as="group" onConfirm={done} />);
    const opener = screen.getByRole('button', { name: 'Clear' });
    await user.click(opener);
    expect(screen.getByRole('group', { name: 'Clear everything?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(opener).toHaveFocus();
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(opener).toHaveFocus();
    expect(done).not.toHaveBeenCalled();
  });
});
