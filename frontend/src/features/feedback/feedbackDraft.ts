/**
 * A citizen's feedback form, kept on the device per plan until the server has it (lib/drafts): a reload or a dropped connection loses nothing, and the Idempotency-Key made with the draft is
 * sent again on every retry, so the server creates one item, not two.
 */
import { clearDraft, loadDraft, saveDraft, stringFields } from '../../lib/drafts';
import { newIdempotencyKey } from '../participants/registrationDraft';
import type { FeedbackKind, FeedbackReceipt } from './api/types';

export interface FeedbackFields {
  kind: FeedbackKind | '';
  title: string;
  content: string;
  wardCode: string;
  villageCode: string;
  submitterName: string;
  submitterPhone: string;
  submitterEmail: string;
}

export interface FeedbackDraft {
  fields: FeedbackFields;
  idempotencyKey: string;
}

const EMPTY_FEEDBACK: FeedbackFields = {
  kind: '',
  title: '',
  content: '',
  wardCode: '',
  villageCode: '',
  submitterName: '',
  submitterPhone: '',
  submitterEmail: '',
};

const KINDS: readonly string[] = ['OPINION', 'PETITION', 'REPORT'];

export const feedbackDraftKey = (planId: number | string) => `doithoai.feedback.${planId}`;

/** The stored draft of this plan, or a fresh one (with a new key) when there is none or it is unreadable. */
export function loadFeedbackDraft(planId: number | string, storage: Storage = window.localStorage): FeedbackDraft {
  const stored = loadDraft(
    feedbackDraftKey(planId),
    (parsed) => {
      const d = parsed as Partial<FeedbackDraft> | null;
      if (!d || typeof d.idempotencyKey !== 'string' || !d.idempotencyKey || !d.fields) return null;
      const fields = stringFields(EMPTY_FEEDBACK as unknown as Record<string, string>, d.fields) as unknown as FeedbackFields;
      if (!KINDS.includes(fields.kind)) fields.kind = '';
      return { idempotencyKey: d.idempotencyKey, fields };
    },
    storage,
  );
  return stored ?? { fields: { ...EMPTY_FEEDBACK }, idempotencyKey: newIdempotencyKey() };
}

export function saveFeedbackDraft(planId: number | string, draft: FeedbackDraft, storage: Storage = window.localStorage) {
  saveDraft(feedbackDraftKey(planId), draft, storage);
}

export function clearFeedbackDraft(planId: number | string, storage: Storage = window.localStorage) {
  clearDraft(feedbackDraftKey(planId), storage);
}

/**
 * After a failed send: keep the key when the first send may have gone through (network failure, 5xx, or a
 * 429 whose retry must find the same item); a new key when the server answered and created nothing (4xx).
 */
export function keyAfterFailure<D extends { idempotencyKey: string }>(draft: D, status: number | null): D {
  if (status === null || status === 0 || status >= 500 || status === 429) return draft;
  return { ...draft, idempotencyKey: newIdempotencyKey() };
}

export const receiptKey = (planId: number | string) => `doithoai.feedback.receipt.${planId}`;

/**
 * The last receipt of this plan, kept after sending so a reload of the receipt page does not lose the
 * tracking code (it names no one: the code shows only the item's progress).
 */
export function loadReceipt(planId: number | string, storage: Storage = window.localStorage): FeedbackReceipt | null {
  try {
    const parsed = JSON.parse(storage.getItem(receiptKey(planId)) ?? 'null') as Partial<FeedbackReceipt> | null;
    return parsed && typeof parsed.id === 'number' && typeof parsed.trackingCode === 'string' ? (parsed as FeedbackReceipt) : null;
  } catch {
    return null;
  }
}

export function saveReceipt(planId: number | string, receipt: FeedbackReceipt | null, storage: Storage = window.localStorage) {
  try {
    if (receipt) storage.setItem(receiptKey(planId), JSON.stringify(receipt));
    else storage.removeItem(receiptKey(planId));
  } catch {
    /* the receipt is still on screen */
  }
}
