/**
 * An organisation's report being entered, kept on the device per plan until the server has it (lib/drafts),
 * with the Idempotency-Key sent on every retry so a retry stores one report.
 */
import { clearDraft, loadDraft, saveDraft, stringFields } from '../../lib/drafts';
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
  const stored = loadDraft(
    reportDraftKey(planId),
    (value) => {
      const parsed = value as Record<string, unknown> | null;
      if (!parsed || typeof parsed.idempotencyKey !== 'string' || !parsed.idempotencyKey || !Array.isArray(parsed.rows) || parsed.rows.length === 0) return null;
      const rows = parsed.rows.map((r: unknown) => {
        const row = stringFields(emptyRow() as unknown as Record<string, string>, r) as unknown as ReportRowFields;
        if (!KINDS.includes(row.kind)) row.kind = 'OPINION';
        return row;
      });
      return { organisation: str(parsed.organisation), reference: str(parsed.reference), reportDate: str(parsed.reportDate), rows, idempotencyKey: parsed.idempotencyKey };
    },
    storage,
  );
  return stored ?? newReportDraft();
}

export function saveReportDraft(planId: number | string, draft: ReportDraft, storage: Storage = window.localStorage) {
  saveDraft(reportDraftKey(planId), draft, storage);
}

export function clearReportDraft(planId: number | string, storage: Storage = window.localStorage) {
  clearDraft(reportDraftKey(planId), storage);
}
