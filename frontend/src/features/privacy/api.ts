import type { AuditedObjectType, AuditTrailEntry, ReadLogPage, ReadLogQuery } from '../../api/types';
import type { ApiClient } from '../../lib/api/client';
import { call } from '../../lib/api/client';

export function getAuditTrail(api: ApiClient, objectType: AuditedObjectType, objectId: string, signal?: AbortSignal): Promise<AuditTrailEntry[]> {
  return call(api.GET('/api/v1/audit-trail/{objectType}/{objectId}', { params: { path: { objectType, objectId } }, signal }));
}

export function searchReadLog(api: ApiClient, query: ReadLogQuery, signal?: AbortSignal): Promise<ReadLogPage> {
  return call(api.GET('/api/v1/read-log', { params: { query }, signal }));
}
