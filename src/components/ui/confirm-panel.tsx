import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';

export interface ConfirmPanelProps {
  /** The panel's id (the opening button's aria-controls); its heading is `${id}-heading`. */
  id: string;
  /** The heading's level in its place on the page. */
  level: 2 | 3;
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A section (a region of the page of its own) or a group inside the section that opened it. */
  as: 'section' | 'group';
  className?: string;
  onConfirm: () => void;
  /** Cancel or Escape: the opener closes the panel and takes the focus back. */
  onCancel: () => void;
}

/**
 * "Are you sure?" in place, for what cannot be taken back lightly ("Clear my data", "Start
 * again"): shown when opened, its heading takes focus; confirm, or Cancel / Escape.
 */
export function ConfirmPanel({ id, level, heading, text, confirmLabel, cancelLabel, as, className, onConfirm, onCancel }: ConfirmPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  const Box = as === 'section' ? 'section' : 'div';
  return (
    <Box
      id={id}
      className={className ? `app-clear ${className}` : 'app-clear'}
      role={as === 'group' ? 'group' : undefined}
      aria-labelledby={`${id}-heading`}
      onKeyDown={onKeyDown}
    >
      <Heading id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        {heading}
      </Heading>
      <p>{text}</p>
      <div className="app-button-group">
        <button type="button" className="app-button app-button-warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="app-button app-button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </Box>
  );
}
