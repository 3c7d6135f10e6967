import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

/** A message box. `live` makes screen readers announce it when it appears. */
export function Alert({
  tone = 'info',
  title,
  children,
  live,
  headingLevel = 2,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  live?: 'polite' | 'assertive';
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div className={`alert alert--${tone}`} role={role}>
      {title ? <Heading className="alert__title">{title}</Heading> : null}
      {children}
    </div>
  );
}
