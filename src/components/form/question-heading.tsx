import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface QuestionHeadingProps {
  children: ReactNode;
}

/**
 * The page's only <h1>: the question itself. It takes focus when the question first
 * renders, so a screen reader announces the new question after Continue or Back.
 * Put it inside the <legend> (radios, date) or around the <label> (one field).
 */
export function QuestionHeading({ children }: QuestionHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 className="qp-heading" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
