/**
 * The conclusion notice (thông báo kết luận): its draft, generation and the stored files of each revision.
 * Shapes from the generated schema.d.ts.
 */
import type { components } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';

type S = components['schemas'];

export type ConclusionNotice = S['ConclusionNotice'];
export type NoticeDraft = S['ConclusionNoticeDraft'];
export type NoticeDeadline = S['ConclusionNoticeDeadline'];
export type NoticeGroup = S['ConclusionNoticeGroup'];

const etag = (n: Pick<ConclusionNotice, 'version'>) => `"${n.version}"`;

export function getNotice(api: ApiClient, planId: number, signal?: AbortSignal): Promise<ConclusionNotice> {
  return call(api.GET('/api/v1/plans/{planId}/conclusion-notice', { params: { path: { planId } }, signal }));
}

/** The office saves the draft; the first save goes with version 0. */
export function saveNotice(api: ApiClient, notice: ConclusionNotice, body: NoticeDraft): Promise<ConclusionNotice> {
  return call(
    api.PUT('/api/v1/plans/{planId}/conclusion-notice', {
      params: { path: { planId: notice.planId }, header: { 'If-Match': etag(notice) } },
      body,
    }),
  );
}

/** Generates the DOCX and PDF; once generated, only with regenerate and a reason. */
export function generateNotice(api: ApiClient, notice: ConclusionNotice, reason?: string): Promise<ConclusionNotice> {
  return call(
    api.POST('/api/v1/plans/{planId}/conclusion-notice/generate', {
      params: { path: { planId: notice.planId }, header: { 'If-Match': etag(notice) } },
      body: reason === undefined ? { regenerate: false } : { regenerate: true, reason },
    }),
  );
}

/** A revision's stored file, saved under the name the server gives it. */
export function downloadRevision(api: ApiClient, planId: number, revision: number, format: 'docx' | 'pdf'): Promise<void> {
  const accept = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return downloadFile(
    api,
    `/api/v1/plans/{planId}/conclusion-notice/revisions/{revision}/files/${format}`,
    `thong-bao-ket-luan-${planId}-lan-${revision}.${format}`,
    { path: { planId, revision } },
    accept,
  );
}
