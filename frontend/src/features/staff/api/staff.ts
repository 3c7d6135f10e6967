import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type {
  BodyDetail,
  CreatedBody,
  DialogueBody,
  NewBody,
  StaffInvitation,
  StaffMember,
  StaffPage,
  StaffRoles,
} from '../../../api/types';

/** A person's ETag: the version of their roles, scope and state, quoted (as the server sends it). */
const etagOf = (m: Pick<StaffMember, 'version'>) => `"${m.version}"`;

export function getBodies(api: ApiClient, signal?: AbortSignal): Promise<DialogueBody[]> {
  return call(api.GET('/api/v1/bodies', { signal }));
}

export function getBody(api: ApiClient, code: string, signal?: AbortSignal): Promise<BodyDetail> {
  return call(api.GET('/api/v1/bodies/{code}', { params: { path: { code } }, signal }));
}

export function foundBody(api: ApiClient, body: NewBody): Promise<CreatedBody> {
  return call(api.POST('/api/v1/bodies', { body }));
}

export function getStaff(api: ApiClient, code: string, after: string | undefined, signal?: AbortSignal): Promise<StaffPage> {
  return call(
    api.GET('/api/v1/bodies/{code}/staff', {
      params: { path: { code }, query: { after, size: 50 } },
      signal,
    }),
  );
}

export function inviteStaff(api: ApiClient, code: string, body: StaffInvitation): Promise<StaffMember> {
  return call(api.POST('/api/v1/bodies/{code}/staff', { params: { path: { code } }, body }));
}

export function changeRoles(api: ApiClient, code: string, member: StaffMember, body: StaffRoles): Promise<StaffMember> {
  return call(
    api.PUT('/api/v1/bodies/{code}/staff/{userId}/roles', {
      params: { path: { code, userId: member.id }, header: { 'If-Match': etagOf(member) } },
      body,
    }),
  );
}

export function setEnabled(api: ApiClient, code: string, member: StaffMember, enabled: boolean): Promise<StaffMember> {
  const params = { params: { path: { code, userId: member.id } } };
  return call(
    enabled
      ? api.POST('/api/v1/bodies/{code}/staff/{userId}/enable', params)
      : api.POST('/api/v1/bodies/{code}/staff/{userId}/disable', params),
  );
}
