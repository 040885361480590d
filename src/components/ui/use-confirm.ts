import { useState, type RefObject } from 'react';

/**
 * The opener's side of a ConfirmPanel: whether it is open, and the panel's two handlers.
 * Confirming closes the panel, then does `action`; Cancel or Escape closes it and gives the
 * focus back to `opener`, the button that opens it.
 */
export function useConfirm(action: () => void, opener: RefObject<HTMLButtonElement | null>) {
  const [open, setOpen] = useState(false);
  return {
    open,
    toggle: () => setOpen((o) => !o),
    onConfirm: () => {
      setOpen(false);
      action();
    },
    onCancel: () => {
      setOpen(false);
      opener.current?.focus();
    },
  };
}
