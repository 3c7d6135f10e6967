import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { components } from '../../../api/schema';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];

/** The caller's notifications, newest first, with the unread count over all pages. */
export function listNotifications(api: ApiClient, size: number, signal?: AbortSignal): Promise<NotificationPage> {
  return call(api.GET('/api/v1/me/notifications', { params: { query: { size } }, signal }));
}

export async function markRead(api: ApiClient, id: number): Promise<void> {
  await call(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }));
}

export async function markAllRead(api: ApiClient): Promise<void> {
  await call(api.POST('/api/v1/me/notifications/read-all', {}));
}

/** Where a notification leads: the item, the ruling's follow-up, or the plan of the task. */
export function linkOf(n: Notification): string {
  switch (n.subject) {
    case 'FEEDBACK':
      return `/feedback/${n.subjectId}`;
    case 'RULING':
      return `/plans/${n.planId}/rulings/${n.subjectId}/follow-up`;
    default:
      return `/plans/${n.planId}`;
  }
}
