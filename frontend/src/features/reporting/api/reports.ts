import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';

export type ReportFormat = 'docx' | 'pdf' | 'xlsx';

/** A body the caller may report on: their own, or for a province's office each body it oversees. */
export interface ReportBody {
  code: string;
  name: string;
}

export interface ReportQuery {
  /** Empty: every body the caller reads. */
  body: string;
  from: string;
  to: string;
  /** Số, ký hiệu to print; empty: left as dots for the office to write in. */
  number: string;
}

const ACCEPT: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The bodies the caller may choose, as the statistics they are counted from name them (their scope's choices). */
export async function getReportBodies(api: ApiClient, signal?: AbortSignal): Promise<ReportBody[]> {
  const figures = await call(api.GET('/api/v1/statistics/next-dialogue', { params: { query: {} }, signal }));
  return figures.scope.choices;
}

/** The report of the dialogues' results (báo cáo kết quả đối thoại), downloaded with the caller's token. */
export function downloadDialogueResults(api: ApiClient, format: ReportFormat, query: ReportQuery): Promise<void> {
  const q: Record<string, string | undefined> = {
    body: query.body || undefined,
    from: query.from || undefined,
    to: query.to || undefined,
    number: format === 'xlsx' ? undefined : query.number.trim() || undefined,
  };
  return downloadFile(api, `/api/v1/reports/dialogue-results.${format}`, `bao-cao-ket-qua-doi-thoai.${format}`, { query: q }, ACCEPT[format]);
}
