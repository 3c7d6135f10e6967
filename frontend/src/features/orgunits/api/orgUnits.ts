import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { OrgUnit, OrgUnitCreate, OrgUnitNode } from '../../../api/types';

export function getOrgUnitTree(api: ApiClient, signal?: AbortSignal): Promise<OrgUnitNode[]> {
  return call(api.GET('/api/v1/org-units/tree', { signal }));
}

export function createOrgUnit(api: ApiClient, body: OrgUnitCreate): Promise<OrgUnit> {
  return call(api.POST('/api/v1/org-units', { body }));
}
