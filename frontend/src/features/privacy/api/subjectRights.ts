import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';
import type {
  ExpiringPersonalData,
  HeldData,
  PersonalDataCorrection,
  SubjectRequest,
  SubjectRequestDetail,
  SubjectRequestInput,
  SubjectRequestPage,
} from '../../../api/types';

/** A request's ETag: its version, quoted (as the server sends it). */
const etagOf = (r: Pick<SubjectRequest, 'version'>) => `"${r.version}"`;

export interface SubjectSearch {
  phone?: string;
  email?: string;
  account?: string;
}

export function findHeld(api: ApiClient, query: SubjectSearch, signal?: AbortSignal): Promise<HeldData> {
  return call(api.GET('/api/v1/privacy/subjects', { params: { query }, signal }));
}

/** The requests, newest first, a page at a time (after: the previous page's nextCursor). */
export function getRequests(api: ApiClient, after: string | undefined, signal?: AbortSignal): Promise<SubjectRequestPage> {
  return call(api.GET('/api/v1/privacy/requests', { params: { query: { after, size: 20 } }, signal }));
}

export function recordRequest(api: ApiClient, body: SubjectRequestInput): Promise<SubjectRequest> {
  return call(api.POST('/api/v1/privacy/requests', { body }));
}

export function getRequest(api: ApiClient, requestId: number, signal?: AbortSignal): Promise<SubjectRequestDetail> {
  return call(api.GET('/api/v1/privacy/requests/{requestId}', { params: { path: { requestId } }, signal }));
}

export function downloadCopy(api: ApiClient, requestId: number, kind: 'json' | 'pdf'): Promise<void> {
  return downloadFile(api, `/api/v1/privacy/requests/{requestId}/export.${kind}`, `du-lieu-ca-nhan-${requestId}.${kind}`, {
    path: { requestId },
  });
}

export function correct(api: ApiClient, r: SubjectRequest, body: PersonalDataCorrection): Promise<SubjectRequest> {
  return call(
    api.POST('/api/v1/privacy/requests/{requestId}/correction', {
      params: { path: { requestId: r.id }, header: { 'If-Match': etagOf(r) } },
      body,
    }),
  );
}

export function erase(api: ApiClient, r: SubjectRequest): Promise<SubjectRequest> {
  return call(
    api.POST('/api/v1/privacy/requests/{requestId}/erasure', {
      params: { path: { requestId: r.id }, header: { 'If-Match': etagOf(r) } },
    }),
  );
}

export function refuse(api: ApiClient, r: SubjectRequest, reason: string): Promise<SubjectRequest> {
  return call(
    api.POST('/api/v1/privacy/requests/{requestId}/refusal', {
      params: { path: { requestId: r.id }, header: { 'If-Match': etagOf(r) } },
      body: { reason },
    }),
  );
}

export function getMine(api: ApiClient, signal?: AbortSignal): Promise<HeldData> {
  return call(api.GET('/api/v1/me/personal-data', { signal }));
}

export function downloadMine(api: ApiClient): Promise<void> {
  return downloadFile(api, '/api/v1/me/personal-data/export.pdf', 'du-lieu-cua-toi.pdf');
}

export function eraseMine(api: ApiClient): Promise<SubjectRequest> {
  return call(api.POST('/api/v1/me/personal-data/erasure', { body: { confirm: true } }));
}

export function getExpiring(api: ApiClient, month: string | undefined, signal?: AbortSignal): Promise<ExpiringPersonalData> {
  return call(api.GET('/api/v1/privacy/retention/expiring', { params: { query: { month } }, signal }));
}
