import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile, fetchFile } from '../../../lib/api/download';
import { ApiError, toApiError } from '../../../lib/api/problem';
import { etagOf } from '../../plans/api/plans';
import type { Feedback, FeedbackAttachment, FeedbackPage, FeedbackPriority, FeedbackQuery, FeedbackReceipt, FeedbackRequest, FeedbackTracking } from './types';

/** A 429: the server says how long to wait (Retry-After, in seconds) when it can. */
export class TooManyRequests extends ApiError {
  readonly retryAfterSeconds: number | null;

  constructor(error: ApiError, retryAfterSeconds: number | null) {
    super('http', error.status, error.problem, error.message, error.body);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Retry-After is seconds or an HTTP date; anything else gives null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Sends an item; `idempotencyKey` stays the same for every retry of one draft, so a retry creates one item. */
export async function submitFeedback(api: ApiClient, planId: number, body: FeedbackRequest, idempotencyKey: string): Promise<FeedbackReceipt> {
  let retryAfter: string | null = null;
  try {
    return await call(
      api
        .POST('/api/v1/plans/{planId}/feedback', { params: { path: { planId }, header: { 'Idempotency-Key': idempotencyKey } }, body })
        .then((r) => {
          retryAfter = r.response.headers.get('Retry-After');
          return r;
        }),
    );
  } catch (e) {
    if (e instanceof ApiError && e.status === 429) throw new TooManyRequests(e, parseRetryAfter(retryAfter));
    throw e;
  }
}

/**
 * Attaches a photo or PDF. An anonymous sender proves the item is theirs with its tracking code (within
 * 30 minutes of sending); a logged-in sender or staff need not.
 */
export async function attachFile(api: ApiClient, id: number, file: File, trackingCode?: string): Promise<FeedbackAttachment> {
  // The body is the file's bytes as they are: no JSON serialisation.
  const post = api.POST as unknown as (p: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await post('/api/v1/feedback/{id}/attachments', {
      params: { path: { id }, query: { fileName: file.name } },
      headers: { 'Content-Type': 'application/octet-stream', ...(trackingCode ? { 'X-Tracking-Code': trackingCode } : {}) },
      body: file,
      bodySerializer: (b: unknown) => b,
    });
  } catch (e) {
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as FeedbackAttachment;
}

export function downloadAttachment(api: ApiClient, id: number, attachment: FeedbackAttachment): Promise<void> {
  return downloadFile(api, '/api/v1/feedback/{id}/attachments/{attachmentId}', attachment.fileName, { path: { id, attachmentId: attachment.id } });
}

/** An attachment's image for the screen: its thumbnail, or a page (a PDF's page, a photo's only one) for the viewer. */
export interface AttachmentImage {
  blob: Blob;
  /** How many pages the viewer can show (1 for a photo). */
  pageCount: number;
}

export async function attachmentImage(
  api: ApiClient,
  id: number,
  attachmentId: number,
  which: 'thumbnail' | { page: number },
  signal?: AbortSignal,
): Promise<AttachmentImage> {
  const { blob, response } =
    which === 'thumbnail'
      ? await fetchFile(api, '/api/v1/feedback/{id}/attachments/{attachmentId}/thumbnail', { path: { id, attachmentId } }, 'image/jpeg', signal)
      : await fetchFile(api, '/api/v1/feedback/{id}/attachments/{attachmentId}/pages/{page}', { path: { id, attachmentId, page: which.page } }, 'image/jpeg', signal);
  const pages = Number(response.headers.get('X-Page-Count'));
  return { blob, pageCount: Number.isInteger(pages) && pages > 0 ? pages : 1 };
}

export function trackFeedback(api: ApiClient, code: string, signal?: AbortSignal): Promise<FeedbackTracking> {
  return call(api.GET('/api/v1/feedback/track/{code}', { params: { path: { code } }, signal }));
}

/** One page, newest first; `query.after` is the previous page's nextCursor. `planId` narrows to one plan. */
export function listFeedback(api: ApiClient, planId: number | null, query: FeedbackQuery, signal?: AbortSignal): Promise<FeedbackPage> {
  if (planId == null) return call(api.GET('/api/v1/feedback', { params: { query }, signal }));
  const { plan: _plan, ...rest } = query;
  return call(api.GET('/api/v1/plans/{planId}/feedback', { params: { path: { planId }, query: rest }, signal }));
}

export function getFeedback(api: ApiClient, id: number, signal?: AbortSignal): Promise<Feedback> {
  return call(api.GET('/api/v1/feedback/{id}', { params: { path: { id } }, signal }));
}

type Item = Pick<Feedback, 'id' | 'version'>;
const ifMatch = (item: Item) => ({ path: { id: item.id }, header: { 'If-Match': etagOf(item) } });

export function classify(api: ApiClient, item: Item, focusAreaId: number, priority: FeedbackPriority): Promise<Feedback> {
  return call(api.PUT('/api/v1/feedback/{id}/classification', { params: ifMatch(item), body: { focusAreaId, priority } }));
}

/** The lead unit (đơn vị chủ trì) and the units working with it (đơn vị phối hợp); the list replaces the earlier one. */
export function assign(api: ApiClient, item: Item, unitCode: string, coordinatingUnitCodes: string[] = []): Promise<Feedback> {
  return call(api.PUT('/api/v1/feedback/{id}/assignment', { params: ifMatch(item), body: { unitCode, coordinatingUnitCodes } }));
}

export function reject(api: ApiClient, item: Item, reason: string): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/rejection', { params: ifMatch(item), body: { reason } }));
}

/** The unit drafts; the office edits the draft it reviews. */
export function writeAnswer(api: ApiClient, item: Item, text: string): Promise<Feedback> {
  return call(api.PUT('/api/v1/feedback/{id}/answer', { params: ifMatch(item), body: { text } }));
}

/** The office sends a draft back to the unit; the chair a submitted answer back to the office. */
export function returnAnswer(api: ApiClient, item: Item, reason: string): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/answer/return', { params: ifMatch(item), body: { reason } }));
}

export function submitAnswer(api: ApiClient, item: Item): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/answer/submit', { params: ifMatch(item) }));
}

export function approveAnswer(api: ApiClient, item: Item): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/answer/approval', { params: ifMatch(item) }));
}

/** The office records that the approved answer was given at the session, with what was said if worth noting. */
export function answeredAtSession(api: ApiClient, item: Item, note: string): Promise<Feedback> {
  return call(api.POST('/api/v1/feedback/{id}/answered-at-session', { params: ifMatch(item), body: note.trim() ? { note: note.trim() } : {} }));
}
