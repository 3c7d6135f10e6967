import type { ReadLogPage, ReadLogQuery } from '../../../api/types';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';

/** Reads of citizens' personal data, newest first, a page at a time. */
export function searchReadLog(api: ApiClient, query: ReadLogQuery, signal?: AbortSignal): Promise<ReadLogPage> {
  return call(api.GET('/api/v1/read-log', { params: { query }, signal }));
}
