import type { Todo, TodoEntry } from '../../api/types';
import type { ApiClient } from '../../lib/api/client';
import { call } from '../../lib/api/client';

/** What waits for the caller, in each of their staff roles. */
export function getTodo(api: ApiClient, signal?: AbortSignal): Promise<Todo> {
  return call(api.GET('/api/v1/me/todo', { signal }));
}

/** The app route an entry opens: its path and, when it has one, its list's query (the same filter the count is of). */
export function hrefOf(entry: Pick<TodoEntry, 'link'>): string {
  const query = new URLSearchParams(Object.entries(entry.link.query ?? {})).toString();
  return query ? `${entry.link.path}?${query}` : entry.link.path;
}
