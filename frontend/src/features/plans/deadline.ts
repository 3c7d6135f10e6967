import type { TFunction } from 'i18next';
import { daysBetween } from './format';

export interface RuleLike {
  offset: number;
  unit: 'CALENDAR_DAYS' | 'WORKING_DAYS' | string;
  direction: 'BEFORE' | 'AFTER' | string;
}

/**
 * A deadline rule in words, as the plans write them:
 * "10 ngày trước ngày đối thoại", "trước ngày đối thoại ít nhất 3 ngày làm việc",
 * "chậm nhất 10 ngày làm việc sau ngày đối thoại".
 */
export function describeRule(t: TFunction, rule: RuleLike | null | undefined): string {
  if (!rule) return t('plans.rule.none');
  const working = rule.unit === 'WORKING_DAYS';
  if (rule.offset === 0) return t('plans.rule.sameDay');
  const key =
    rule.direction === 'AFTER'
      ? working
        ? 'plans.rule.afterWorking'
        : 'plans.rule.afterCalendar'
      : working
        ? 'plans.rule.beforeWorking'
        : 'plans.rule.beforeCalendar';
  return t(key, { count: rule.offset });
}

/** How a preparation task stands against today. */
export type Urgency = 'done' | 'overdue' | 'dueSoon' | 'open' | 'unscheduled';

/** "Due soon" means due today or within this many days. */
const DUE_SOON_DAYS = 3;

export interface TaskLike {
  status: 'OPEN' | 'DONE' | 'OVERDUE' | string;
  dueDate?: string | null;
}

/**
 * Done stays done; the server's OVERDUE is trusted; an open task past its due date (the page may
 * have stayed open overnight) is overdue too; due within DUE_SOON_DAYS is "due soon".
 */
export function urgency(task: TaskLike, today: string): Urgency {
  if (task.status === 'DONE') return 'done';
  if (task.status === 'OVERDUE') return 'overdue';
  if (!task.dueDate) return 'unscheduled';
  const left = daysBetween(today, task.dueDate);
  if (left < 0) return 'overdue';
  if (left <= DUE_SOON_DAYS) return 'dueSoon';
  return 'open';
}

/** Days left until the due date (negative: days late), or null without a due date. */
export function daysLeft(dueDate: string | null | undefined, today: string): number | null {
  if (!dueDate) return null;
  const n = daysBetween(today, dueDate);
  return Number.isNaN(n) ? null : n;
}

export type SessionWarning = { kind: 'past'; dueDate: string } | { kind: 'tight'; dueDate: string; days: number };

/**
 * The editor's warning for a task, given the due date its rule yields for the chosen session date:
 * already past (the rule cannot be kept) or leaving fewer than DUE_SOON_DAYS days to do the work.
 * Rules that fall after the session never warn.
 */
export function sessionWarning(rule: RuleLike | null | undefined, dueDate: string | null | undefined, today: string): SessionWarning | null {
  if (!rule || !dueDate || rule.direction === 'AFTER') return null;
  const left = daysBetween(today, dueDate);
  if (Number.isNaN(left)) return null;
  if (left < 0) return { kind: 'past', dueDate };
  if (left < DUE_SOON_DAYS) return { kind: 'tight', dueDate, days: left };
  return null;
}
