import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { OrgUnit, OrgUnitChanges, OrgUnitCreate, OrgUnitNode, OrgUnitOwner, OrgUnitRetirement } from '../../../api/types';

/** A unit's ETag as the server sends it: its version, quoted. Every change answers the unit as it now is. */
const etagOf = (unit: Pick<OrgUnit, 'version'>) => `"${unit.version}"`;

export function getOrgUnitTree(api: ApiClient, signal?: AbortSignal): Promise<OrgUnitNode[]> {
  return call(api.GET('/api/v1/org-units/tree', { signal }));
}

export function getOrgUnit(api: ApiClient, code: string, signal?: AbortSignal): Promise<OrgUnit> {
  return call(api.GET('/api/v1/org-units/{code}', { params: { path: { code } }, signal }));
}

export function createOrgUnit(api: ApiClient, body: OrgUnitCreate): Promise<OrgUnit> {
  return call(api.POST('/api/v1/org-units', { body }));
}

/** Renames, re-kinds, re-orders or moves (a new parent) a unit. */
export function updateOrgUnit(api: ApiClient, unit: OrgUnit, body: OrgUnitChanges): Promise<OrgUnit> {
  return call(api.PUT('/api/v1/org-units/{code}', { params: { path: { code: unit.code }, header: { 'If-Match': etagOf(unit) } }, body }));
}

/** Records that the unit was merged or abolished from a day, and who carries it on. */
export function retireOrgUnit(api: ApiClient, unit: OrgUnit, body: OrgUnitRetirement): Promise<OrgUnit> {
  return call(
    api.PUT('/api/v1/org-units/{code}/retirement', { params: { path: { code: unit.code }, header: { 'If-Match': etagOf(unit) } }, body }),
  );
}

/** Takes back a retirement recorded by mistake. */
export function reinstateOrgUnit(api: ApiClient, unit: OrgUnit): Promise<OrgUnit> {
  return call(api.DELETE('/api/v1/org-units/{code}/retirement', { params: { path: { code: unit.code }, header: { 'If-Match': etagOf(unit) } } }));
}

/** Says which body the unit belongs to, or makes it shared (the installation's administrator only). */
export function setOrgUnitOwner(api: ApiClient, unit: OrgUnit, body: OrgUnitOwner): Promise<OrgUnit> {
  return call(api.PUT('/api/v1/org-units/{code}/owner', { params: { path: { code: unit.code }, header: { 'If-Match': etagOf(unit) } }, body }));
}

export async function deleteOrgUnit(api: ApiClient, unit: OrgUnit): Promise<void> {
  await call(api.DELETE('/api/v1/org-units/{code}', { params: { path: { code: unit.code }, header: { 'If-Match': etagOf(unit) } } }));
}
