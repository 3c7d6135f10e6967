/**
 * The office's tools on many items: duplicates, raised-before links, bulk actions, the summary,
 * organisations' reports and imports. Route chunks import this; the citizen's pages never do.
 */
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';
import { ApiError, toApiError } from '../../../lib/api/problem';
import { etagOf } from '../../plans/api/plans';
import type { ConsentInput } from '../../privacy/api/consents';
import type {
  Feedback,
  FeedbackBulkAction,
  FeedbackBulkResult,
  FeedbackImportPreview,
  FeedbackReport,
  FeedbackReportRequest,
  FeedbackSimilar,
  FeedbackSummary,
} from './types';

type Item = Pick<Feedback, 'id' | 'version'>;
const ifMatch = (item: Item) => ({ path: { id: item.id }, header: { 'If-Match': etagOf(item) } });

/** Items of the same plan worded alike, best first (office, chair). */
export function similarTo(api: ApiClient, id: number, signal?: AbortSignal): Promise<FeedbackSimilar[]> {
  return call(api.GET('/api/v1/feedback/{id}/similar', { params: { path: { id }, query: { size: 10 } }, signal }));
}

/** Items of the plan worded like a text being typed (office, chair, ward). */
export function similarText(api: ApiClient, planId: number, text: string, signal?: AbortSignal): Promise<FeedbackSimilar[]> {
  return call(api.GET('/api/v1/plans/{planId}/feedback/similar', { params: { path: { planId }, query: { text, size: 3 } }, signal }));
}

/** The listed items join the group `primary` speaks for; If-Match is the primary's. */
export function mergeInto(api: ApiClient, primary: Item, items: number[]): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/merge', { params: ifMatch(primary), body: { items } }));
}

export function unmerge(api: ApiClient, primary: Item, items: number[]): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/unmerge', { params: ifMatch(primary), body: { items } }));
}

export function linkRaisedBefore(api: ApiClient, item: Item, earlierItemId: number, note: string): Promise<Feedback> {
  return call(
    api.POST('/api/v1/feedback/{id}/raised-before', { params: ifMatch(item), body: note.trim() ? { earlierItemId, note: note.trim() } : { earlierItemId } }),
  );
}

export function unlinkRaisedBefore(api: ApiClient, item: Item, linkId: number): Promise<Feedback> {
  return call(api.DELETE('/api/v1/feedback/{id}/raised-before/{linkId}', { params: { path: { id: item.id, linkId }, header: { 'If-Match': etagOf(item) } } }));
}

/** All or nothing: a 409 names each failing item as items[i] (i its place in `body.items`). */
export function bulkAction(api: ApiClient, planId: number, body: FeedbackBulkAction): Promise<FeedbackBulkResult> {
  return call(api.POST('/api/v1/plans/{planId}/feedback/bulk', { params: { path: { planId } }, body }));
}

export function getSummary(api: ApiClient, planId: number, signal?: AbortSignal): Promise<FeedbackSummary> {
  return call(api.GET('/api/v1/plans/{planId}/feedback/summary', { params: { path: { planId } }, signal }));
}

export function downloadSummary(api: ApiClient, planId: number, format: 'docx' | 'pdf'): Promise<void> {
  const accept = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return downloadFile(api, `/api/v1/plans/{planId}/feedback/summary.${format}`, `tong-hop-y-kien-${planId}.${format}`, { path: { planId } }, accept);
}

/** An organisation's report with its rows; the key stays the same for every retry of one draft. */
export function sendReport(api: ApiClient, planId: number, body: FeedbackReportRequest, idempotencyKey: string): Promise<FeedbackReport> {
  return call(api.POST('/api/v1/plans/{planId}/feedback-reports', { params: { path: { planId }, header: { 'Idempotency-Key': idempotencyKey } }, body }));
}

export function downloadImportTemplate(api: ApiClient, planId: number, format: 'xlsx' | 'csv'): Promise<void> {
  const accept = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return downloadFile(api, '/api/v1/plans/{planId}/feedback-imports/template', `mau-nhap-y-kien.${format}`, { path: { planId }, query: { format } }, accept);
}

export interface ImportMeta {
  organisation: string;
  reference?: string;
  reportDate?: string;
  /** The senders' consent as the organisation collected it: needed when a row names someone. */
  consent?: ConsentInput | null;
}

/** Sends the file as it is; `dryRun` reads and checks it and answers the preview, storing nothing. */
export async function importReport(
  api: ApiClient,
  planId: number,
  file: File,
  meta: ImportMeta,
  dryRun: boolean,
  idempotencyKey: string,
): Promise<FeedbackImportPreview | FeedbackReport> {
  const post = api.POST as unknown as (p: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await post('/api/v1/plans/{planId}/feedback-imports', {
      params: {
        path: { planId },
        query: {
          organisation: meta.organisation,
          reference: meta.reference || undefined,
          reportDate: meta.reportDate || undefined,
          fileName: file.name,
          dryRun,
          ...(meta.consent
            ? {
                consentNoticeVersion: meta.consent.noticeVersion,
                consentPurposes: meta.consent.purposes,
                consentChannel: meta.consent.channel ?? undefined,
              }
            : {}),
        },
      },
      headers: { 'Content-Type': 'application/octet-stream', ...(dryRun ? {} : { 'Idempotency-Key': idempotencyKey }) },
      body: file,
      bodySerializer: (b: unknown) => b,
    });
  } catch (e) {
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as FeedbackImportPreview | FeedbackReport;
}
