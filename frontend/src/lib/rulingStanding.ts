import type { TFunction } from 'i18next';
import type { components } from '../api/schema';

export type RulingDeadline = components['schemas']['RulingDeadline'];

/**
 * The one label of where a ruling stands, from the server's one computation (RulingDeadline): the rulings list, the
 * follow-up pages and the public page all say "Quá hạn 7 ngày làm việc" or "Chưa thực hiện" for the same ruling.
 * Without days (a filter's option) an overdue ruling is just "Quá hạn".
 */
export function standingLabel(t: TFunction, deadline: Pick<RulingDeadline, 'standing' | 'workingDaysLate'>): string {
  const late = deadline.workingDaysLate ?? 0;
  if (deadline.standing === 'OVERDUE' && late > 0) return t('standing.OVERDUE_DAYS', { count: late });
  return t(`standing.${deadline.standing}`);
}
