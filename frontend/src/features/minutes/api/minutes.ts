/**
 * Minutes (biên bản) of a plan's session: versions, the draft's text (If-Match), signatures,
 * finalising, corrections and the finalised paper as DOCX or PDF.
 */
import type { components } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';

type S = components['schemas'];
export type Minutes = S['Minutes'];
export type MinutesSummary = S['MinutesSummary'];
export type MinutesSection = S['MinutesSection'];
export type MinutesEdit = S['MinutesEdit'];
export type SignatureRequest = S['MinutesSignatureRequest'];
export type SectionKind = S['SectionKind'];
export type Representing = S['Representing'];
export type SignatureOutcome = S['SignatureOutcome'];

const etagOfMinutes = (m: Pick<Minutes, 'version'>) => `"${m.version}"`;

export function listMinutes(api: ApiClient, planId: number, signal?: AbortSignal): Promise<MinutesSummary[]> {
  return call(api.GET('/api/v1/plans/{planId}/minutes', { params: { path: { planId } }, signal }));
}

export function getMinutes(api: ApiClient, planId: number, minutesId: number, signal?: AbortSignal): Promise<Minutes> {
  return call(api.GET('/api/v1/plans/{planId}/minutes/{minutesId}', { params: { path: { planId, minutesId } }, signal }));
}

/** The first draft, written from the session record. */
export function assembleMinutes(api: ApiClient, planId: number): Promise<Minutes> {
  return call(api.POST('/api/v1/plans/{planId}/minutes', { params: { path: { planId } } }));
}

/** Replaces the draft's text; `version` is the one the edit started from (412 when someone saved since). */
export function saveMinutes(api: ApiClient, planId: number, minutesId: number, version: number, body: MinutesEdit): Promise<Minutes> {
  return call(api.PUT('/api/v1/plans/{planId}/minutes/{minutesId}', { params: { path: { planId, minutesId }, header: { 'If-Match': `"${version}"` } }, body }));
}

export function addSignature(api: ApiClient, planId: number, minutesId: number, body: SignatureRequest): Promise<Minutes> {
  return call(api.POST('/api/v1/plans/{planId}/minutes/{minutesId}/signatures', { params: { path: { planId, minutesId } }, body }));
}

export function removeSignature(api: ApiClient, planId: number, minutesId: number, signatureId: number): Promise<Minutes> {
  return call(api.DELETE('/api/v1/plans/{planId}/minutes/{minutesId}/signatures/{signatureId}', { params: { path: { planId, minutesId, signatureId } } }));
}

export function finaliseMinutes(api: ApiClient, minutes: Minutes): Promise<Minutes> {
  return call(
    api.POST('/api/v1/plans/{planId}/minutes/{minutesId}/finalise', {
      params: { path: { planId: minutes.planId, minutesId: minutes.id }, header: { 'If-Match': etagOfMinutes(minutes) } },
    }),
  );
}

export function correctMinutes(api: ApiClient, planId: number, minutesId: number, reason: string): Promise<Minutes> {
  return call(api.POST('/api/v1/plans/{planId}/minutes/{minutesId}/corrections', { params: { path: { planId, minutesId } }, body: { reason } }));
}

export function downloadMinutes(api: ApiClient, planId: number, minutesId: number, format: 'docx' | 'pdf'): Promise<void> {
  const accept = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return downloadFile(api, `/api/v1/plans/{planId}/minutes/{minutesId}/document.${format}`, `bien-ban-${planId}-${minutesId}.${format}`,
    { path: { planId, minutesId } }, accept);
}
