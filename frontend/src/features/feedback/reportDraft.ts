/**
 * An organisation's report being entered, kept in localStorage per plan until the server has it (like the
 * citizen's feedback draft), with the Idempotency-Key sent on every retry so a retry stores one report.
 */
import { newIdempotencyKey } from '../participants/registrationDraft';
import type { FeedbackKind } from './api/types';

export interface ReportRowFields {
  kind: FeedbackKind;
  title: string;
  content: string;
  wardCode: string;
  villageCode: string;
  submitterName: string;
  submitterPhone: string;
}

export interface ReportDraft {
  organisation: string;
  reference: string;
  reportDate: string;
  rows: ReportRowFields[];
  idempotencyKey: string;
}

export const emptyRow = (wardCode = ''): ReportRowFields => ({
  kind: 'OPINION',
  title: '',
  content: '',
  wardCode,
  villageCode: '',
  submitterName: '',
  submitterPhone: '',
});

const KINDS: readonly string[] = ['OPINION', 'PETITION', 'REPORT'];
export const reportDraftKey = (planId: number | string) => `doithoai.feedback.report.${planId}`;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function newReportDraft(): ReportDraft {
  return { organisation: '', reference: '', reportDate: '', rows: [emptyRow()], idempotencyKey: newIdempotencyKey() };
}

export function loadReportDraft(planId: number | string, storage: Storage = window.localStorage): ReportDraft {
  try {
    const parsed = JSON.parse(storage.getItem(reportDraftKey(planId)) ?? 'null') as Record<string, unknown> | null;
    if (parsed && typeof parsed.idempotencyKey === 'string' && parsed.idempotencyKey && Array.isArray(parsed.rows) && parsed.rows.length > 0) {
      const rows = parsed.rows.map((r: Record<string, unknown>) => {
        const row = Object.fromEntries(Object.keys(emptyRow()).map((k) => [k, str(r?.[k])])) as unknown as ReportRowFields;
        if (!KINDS.includes(row.kind)) row.kind = 'OPINION';
        return row;
      });
      return { organisation: str(parsed.organisation), reference: str(parsed.reference), reportDate: str(parsed.reportDate), rows, idempotencyKey: parsed.idempotencyKey };
    }
  } catch {
    /* storage unavailable or corrupt: start over */
  }
  return newReportDraft();
}

export function saveReportDraft(planId: number | string, draft: ReportDraft, storage: Storage = window.localStorage) {
  try {
    storage.setItem(reportDraftKey(planId), JSON.stringify(draft));
  } catch {
    /* the form still works, only without the safety net */
  }
}

export function clearReportDraft(planId: number | string, storage: Storage = window.localStorage) {
  try {
    storage.removeItem(reportDraftKey(planId));
  } catch {
    /* nothing to do */
  }
}
