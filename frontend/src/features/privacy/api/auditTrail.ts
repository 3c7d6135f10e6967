import type { AuditedObjectType, AuditTrailEntry } from '../../../api/types';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';

/** Every change of one record, oldest first (who, when, each field before and after). */
export function getAuditTrail(api: ApiClient, objectType: AuditedObjectType, objectId: string, signal?: AbortSignal): Promise<AuditTrailEntry[]> {
  return call(api.GET('/api/v1/audit-trail/{objectType}/{objectId}', { params: { path: { objectType, objectId } }, signal }));
}
