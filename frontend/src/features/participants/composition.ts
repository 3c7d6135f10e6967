import type { GroupCount } from './api/types';

/** How a group stands against the plan's composition. */
export type GroupFlag = 'missing' | 'below' | 'ok';

/** "missing": nobody yet; "below": fewer than the target; the server's flags are trusted, counts checked too. */
export function groupFlag(g: Pick<GroupCount, 'missing' | 'belowTarget' | 'participants' | 'target'>): GroupFlag {
  if (g.missing || g.participants === 0) return 'missing';
  if (g.belowTarget || (g.target != null && g.participants < g.target)) return 'below';
  return 'ok';
}

/** Groups that need attention, in plan order (the "not in a group" bucket never does). */
export function flaggedGroups(groups: readonly GroupCount[]): GroupCount[] {
  return groups.filter((g) => g.groupId != null && groupFlag(g) !== 'ok');
}
