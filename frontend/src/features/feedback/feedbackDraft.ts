/**
 * A citizen's feedback form, kept in localStorage per plan until the server has it (like the registration
 * draft): a reload or a dropped connection loses nothing, and the Idempotency-Key made with the draft is
 * sent again on every retry, so the server creates one item, not two.
 */
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
  try {
    const rawValue = storage.getItem(feedbackDraftKey(planId));
    if (rawValue) {
      const parsed = JSON.parse(rawValue) as Partial<FeedbackDraft>;
      if (parsed && typeof parsed.idempotencyKey === 'string' && parsed.idempotencyKey && parsed.fields) {
        const f = parsed.fields as unknown as Record<string, unknown>;
        const str = (v: unknown) => (typeof v === 'string' ? v : '');
        const fields = Object.fromEntries(Object.keys(EMPTY_FEEDBACK).map((k) => [k, str(f[k])])) as unknown as FeedbackFields;
        if (!KINDS.includes(fields.kind)) fields.kind = '';
        return { idempotencyKey: parsed.idempotencyKey, fields };
      }
    }
  } catch {
    /* storage unavailable or corrupt: start over */
  }
  return { fields: { ...EMPTY_FEEDBACK }, idempotencyKey: newIdempotencyKey() };
}

export function saveFeedbackDraft(planId: number | string, draft: FeedbackDraft, storage: Storage = window.localStorage) {
  try {
    storage.setItem(feedbackDraftKey(planId), JSON.stringify(draft));
  } catch {
    /* private mode or full storage: the form still works, only without the safety net */
  }
}

export function clearFeedbackDraft(planId: number | string, storage: Storage = window.localStorage) {
  try {
    storage.removeItem(feedbackDraftKey(planId));
  } catch {
    /* nothing to do */
  }
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
