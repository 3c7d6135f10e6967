/** Workflow actions in the order the buttons show; the server says which apply (allowedActions). */
const TRANSITIONS = ['SUBMIT', 'APPROVE', 'RETURN', 'PUBLISH', 'HOLD', 'CONCLUDE', 'CLOSE', 'CANCEL'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Actions that need a written reason (the server answers 400 naming `reason` otherwise). */
export const NEEDS_REASON: readonly string[] = ['RETURN', 'CANCEL'];

/** The transition buttons to show for what the server allows, in workflow order; unknown values are ignored. */
export function transitionButtons(allowed: readonly string[] | null | undefined): Transition[] {
  const set = new Set(allowed ?? []);
  return TRANSITIONS.filter((a) => set.has(a));
}

export function can(allowed: readonly string[] | null | undefined, action: string): boolean {
  return (allowed ?? []).includes(action);
}
