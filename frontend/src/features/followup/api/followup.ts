import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';
import { ApiError, toApiError } from '../../../lib/api/problem';
import type { Attachment, FollowUpDetail, FollowUpPage, FollowUpQuery, ProgressReport, ProgressRequest } from './types';

/** Followed rulings across plans within the caller's scope, earliest due first. */
export function listFollowUps(api: ApiClient, query: FollowUpQuery, signal?: AbortSignal): Promise<FollowUpPage> {
  return call(api.GET('/api/v1/follow-up', { params: { query }, signal }));
}

export function getFollowUp(api: ApiClient, planId: number, rulingId: number, signal?: AbortSignal): Promise<FollowUpDetail> {
  return call(api.GET('/api/v1/plans/{planId}/rulings/{rulingId}/progress', { params: { path: { planId, rulingId } }, signal }));
}

/**
 * A report. `version` is the ruling's as read (If-Match); the key stays the same for every retry of one report, so a
 * report sent twice on a bad network is recorded once.
 */
export function sendReport(
  api: ApiClient,
  planId: number,
  rulingId: number,
  version: number,
  body: ProgressRequest,
  idempotencyKey: string,
): Promise<ProgressReport> {
  return call(
    api.POST('/api/v1/plans/{planId}/rulings/{rulingId}/progress', {
      params: { path: { planId, rulingId }, header: { 'If-Match': `"${version}"`, 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function reopen(api: ApiClient, planId: number, rulingId: number, version: number, note: string): Promise<ProgressReport> {
  return call(
    api.POST('/api/v1/plans/{planId}/rulings/{rulingId}/progress/reopen', {
      params: { path: { planId, rulingId }, header: { 'If-Match': `"${version}"` } },
      body: { note },
    }),
  );
}

/** A photo or PDF for a report, sent as its bytes. */
export async function attachToReport(api: ApiClient, planId: number, rulingId: number, reportId: number, file: File): Promise<Attachment> {
  const post = api.POST as unknown as (p: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await post('/api/v1/plans/{planId}/rulings/{rulingId}/progress/{reportId}/attachments', {
      params: { path: { planId, rulingId, reportId }, query: { fileName: file.name } },
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
      bodySerializer: (b: unknown) => b,
    });
  } catch (e) {
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as Attachment;
}

export function downloadReportFile(api: ApiClient, planId: number, rulingId: number, reportId: number, file: Attachment): Promise<void> {
  return downloadFile(api, '/api/v1/plans/{planId}/rulings/{rulingId}/progress/{reportId}/attachments/{attachmentId}', file.fileName, {
    path: { planId, rulingId, reportId, attachmentId: file.id },
  });
}
