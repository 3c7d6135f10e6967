import type { ReactNode } from 'react';

/**
 * One term and its description inside a <dl>. Renders nothing when there is nothing to say
 * (null, undefined, false or ''), so an optional fact needs no `x ? <>…</> : null` around it; 0 is still shown.
 */
export function Fact({ label, children }: { label: ReactNode; children?: ReactNode }) {
  if (children == null || children === false || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
