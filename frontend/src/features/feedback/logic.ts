import type { TFunction } from 'i18next';
import type { FeedbackChannel, FeedbackKind, FeedbackPriority, FeedbackStatus } from './api/types';

export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['OPINION', 'PETITION', 'REPORT'];
export const FEEDBACK_CHANNELS: readonly FeedbackChannel[] = ['CITIZEN_ONLINE', 'WARD_COLLECTED', 'ORGANISATION_REPORT', 'AT_SESSION'];
export const FEEDBACK_PRIORITIES: readonly FeedbackPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  'RECEIVED',
  'CLASSIFIED',
  'ASSIGNED',
  'ANSWER_DRAFTED',
  'ANSWER_SUBMITTED',
  'ANSWER_APPROVED',
  'ANSWERED_AT_SESSION',
  'RULED',
  'REJECTED',
];

/** The steps a citizen reads, in order; drafting and review are one step for them ("being prepared"). */
const STEPS = ['RECEIVED', 'CLASSIFIED', 'ASSIGNED', 'PREPARING', 'APPROVED', 'AT_SESSION', 'RULED'] as const;
type StepKey = (typeof STEPS)[number] | 'REJECTED';

const STEP_OF: Record<Exclude<FeedbackStatus, 'REJECTED'>, (typeof STEPS)[number]> = {
  RECEIVED: 'RECEIVED',
  CLASSIFIED: 'CLASSIFIED',
  ASSIGNED: 'ASSIGNED',
  ANSWER_DRAFTED: 'PREPARING',
  ANSWER_SUBMITTED: 'PREPARING',
  ANSWER_APPROVED: 'APPROVED',
  ANSWERED_AT_SESSION: 'AT_SESSION',
  RULED: 'RULED',
};

export interface Step {
  key: StepKey;
  state: 'done' | 'current' | 'todo';
  /** When the step was reached, where the item says so. */
  at: string | null;
}

export interface StepSource {
  status: FeedbackStatus;
  receivedAt: string;
  updatedAt: string;
  answeredAt?: string | null;
}

/**
 * The item's way as a step list: every step up to the current one is reached, the rest are to come.
 * A rejected item shows received, then rejected (its reason is shown beside it).
 */
export function statusSteps(item: StepSource): Step[] {
  if (item.status === 'REJECTED') {
    return [
      { key: 'RECEIVED', state: 'done', at: item.receivedAt },
      { key: 'REJECTED', state: 'current', at: item.updatedAt },
    ];
  }
  const current = STEPS.indexOf(STEP_OF[item.status]);
  return STEPS.map((key, i) => {
    const state = i < current ? 'done' : i === current ? 'current' : 'todo';
    let at: string | null = null;
    if (key === 'RECEIVED') at = item.receivedAt;
    else if (key === 'APPROVED' && i <= current) at = item.answeredAt ?? (i === current ? item.updatedAt : null);
    else if (i === current) at = item.updatedAt;
    return { key, state, at };
  });
}

/** "2 phút 5 giây", "khoảng 1 giờ": how long to wait before sending again. */
export function waitInWords(seconds: number | null, t: TFunction): string {
  if (seconds === null || seconds <= 0) return t('feedback.wait.aMoment');
  if (seconds < 60) return t('feedback.wait.seconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t('feedback.wait.minutes', { count: minutes });
  return t('feedback.wait.hours', { count: Math.ceil(minutes / 60) });
}

export type FeedbackAction =
  | 'classify'
  | 'assign'
  | 'reject'
  | 'editAnswer'
  | 'returnToUnit'
  | 'submit'
  | 'draftAnswer'
  | 'approve'
  | 'returnToOffice'
  | 'answeredAtSession';

/** What the caller's role may do to an item in its status (the server checks again; this only shapes the page). */
export function allowedActions(roles: readonly string[], status: FeedbackStatus): FeedbackAction[] {
  const out: FeedbackAction[] = [];
  if (roles.includes('secretariat')) {
    if (status === 'RECEIVED' || status === 'CLASSIFIED' || status === 'ASSIGNED') out.push('classify');
    if (status === 'CLASSIFIED' || status === 'ASSIGNED') out.push('assign');
    if (status === 'RECEIVED' || status === 'CLASSIFIED') out.push('reject');
    if (status === 'ANSWER_DRAFTED') out.push('editAnswer', 'submit', 'returnToUnit');
    if (status === 'ANSWER_APPROVED') out.push('answeredAtSession');
  }
  if (roles.includes('unit') && (status === 'ASSIGNED' || status === 'ANSWER_DRAFTED')) out.push('draftAnswer');
  if (roles.includes('chair') && status === 'ANSWER_SUBMITTED') out.push('approve', 'returnToOffice');
  return out;
}

/** "DT-2026-7k3q9 " → "DT-2026-7K3Q9": what people type or paste back from a message. */
export function normaliseCode(code: string): string {
  return code.trim().replace(/\s+/g, '').toUpperCase();
}

/**
 * A bulk action's 409 names each failing item as "items[i]" (its place in what was sent): the failures by
 * item id, several messages for one item joined. Errors naming no item are left to the error box.
 */
export function bulkFailures(errors: readonly { field?: string; message: string }[], sentIds: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of errors) {
    const m = /(?:^|\.)items\[(\d+)\]/.exec(e.field ?? '');
    const id = m ? sentIds[Number(m[1])] : undefined;
    if (id === undefined) continue;
    out.set(id, out.has(id) ? `${out.get(id)} ${e.message}` : e.message);
  }
  return out;
}

export interface ImportRowError {
  /** The row as the spreadsheet numbers it (the header is row 1); null for the file as a whole. */
  row: number | null;
  column: string;
  message: string;
}

/** An import's 422 names each bad cell as "rows[5].Nội dung": by row, then in the order given. */
export function importRowErrors(errors: readonly { field?: string; message: string }[]): ImportRowError[] {
  return errors
    .map((e) => {
      const m = /rows\[(\d+)\](?:\.(.+))?$/.exec(e.field ?? '');
      return m ? { row: Number(m[1]), column: m[2] ?? '', message: e.message } : { row: null, column: e.field ?? '', message: e.message };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
