/** Every value of the plan enums, in the order forms offer them. */
export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'HELD', 'CONCLUDED', 'CLOSED', 'CANCELLED'] as const;
export const PLAN_LEVELS = ['PROVINCE', 'TOWN', 'COMMUNE'] as const;
export const DIALOGUE_FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export const PARTICIPANT_LEVELS = ['TOWN', 'WARD', 'VILLAGE'] as const;
export const DEADLINE_UNITS = ['CALENDAR_DAYS', 'WORKING_DAYS'] as const;
export const DEADLINE_DIRECTIONS = ['BEFORE', 'AFTER'] as const;

/** "61" + "KH/ThU" → "61-KH/ThU", as plans are cited. */
export function planReference(number: string | null | undefined, symbol: string | null | undefined): string {
  return [number, symbol].filter((x) => x && x.trim()).join('-');
}
