/**
 * The item a ward officer is typing on the ward's entry form, kept on the device per plan (lib/drafts) until it is
 * saved to the outbox: a reload or a session that ended gives it back.
 */
import { clearDraft, loadDraft, saveDraft, stringFields } from '../../lib/drafts';
import type { FeedbackKind, FeedbackRequest } from './api/types';
import { isVietnameseMobile } from '../participants/labels';

export interface WardItemFields {
  kind: FeedbackKind;
  title: string;
  content: string;
  villageCode: string;
  submitterName: string;
  submitterPhone: string;
}

const KINDS: readonly string[] = ['OPINION', 'PETITION', 'REPORT'];
export const emptyWardItem = (villageCode = ''): WardItemFields => ({
  kind: 'OPINION',
  title: '',
  content: '',
  villageCode,
  submitterName: '',
  submitterPhone: '',
});

export const wardItemDraftKey = (planId: number) => `doithoai.feedback.ward.${planId}`;

export function loadWardItemDraft(planId: number, storage: Storage = window.localStorage): WardItemFields {
  const stored = loadDraft(
    wardItemDraftKey(planId),
    (value) => {
      const fields = stringFields(emptyWardItem() as unknown as Record<string, string>, value) as unknown as WardItemFields;
      if (!KINDS.includes(fields.kind)) fields.kind = 'OPINION';
      return fields;
    },
    storage,
  );
  return stored ?? emptyWardItem();
}

export function saveWardItemDraft(planId: number, fields: WardItemFields, storage: Storage = window.localStorage) {
  saveDraft(wardItemDraftKey(planId), fields, storage);
}

export function clearWardItemDraft(planId: number, storage: Storage = window.localStorage) {
  clearDraft(wardItemDraftKey(planId), storage);
}

/** Field → message key of what is missing or wrong, checked on the device (the form works offline). */
export function checkWardItem(fields: WardItemFields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!fields.title.trim()) errors.title = 'feedback.required';
  if (!fields.content.trim()) errors.content = 'feedback.required';
  if (fields.submitterPhone.trim() && !isVietnameseMobile(fields.submitterPhone)) errors.submitterPhone = 'registration.phoneInvalid';
  return errors;
}

/**
 * The request the ward channel sends: no channel and no ward, which the server takes from the officer's account
 * (WARD_COLLECTED in their own ward); a phone without its spaces and dots.
 */
export function wardItemRequest(fields: WardItemFields): FeedbackRequest {
  const opt = (v: string) => v.trim() || null;
  return {
    kind: fields.kind,
    title: fields.title.trim(),
    content: fields.content.trim(),
    villageCode: opt(fields.villageCode),
    submitterName: opt(fields.submitterName),
    submitterPhone: opt(fields.submitterPhone.replace(/[\s.]/g, '')),
  };
}
