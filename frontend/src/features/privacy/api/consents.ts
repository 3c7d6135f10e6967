import type { AuditedObjectType, AuditTrailEntry, ReadLogPage, ReadLogQuery } from '../../api/types';
import type { components } from '../../api/schema';
import type { ApiClient } from '../../lib/api/client';
import { call } from '../../lib/api/client';

type S = components['schemas'];

export type PrivacyNotice = S['PrivacyNotice'];
export type ConsentPurpose = S['ConsentPurpose'];
export type ConsentChannel = S['ConsentChannel'];
export type ConsentInput = S['ConsentInput'];
export type ConsentView = S['ConsentView'];

/** The current notice, in the language the client sends in Accept-Language. */
export function getPrivacyNotice(api: ApiClient, signal?: AbortSignal): Promise<PrivacyNotice> {
  return call(api.GET('/api/v1/privacy/notice', { signal }));
}

/** What the sender of the item a tracking code names agreed to. */
export function trackedConsents(api: ApiClient, code: string, signal?: AbortSignal): Promise<ConsentView[]> {
  return call(api.GET('/api/v1/feedback/track/{code}/consents', { params: { path: { code } }, signal }));
}

/** The sender, holding the code, takes a purpose back. */
export function withdrawTracked(api: ApiClient, code: string, purpose: ConsentPurpose): Promise<ConsentView[]> {
  return call(api.POST('/api/v1/feedback/track/{code}/consents/{purpose}/withdrawal', { params: { path: { code, purpose } } }));
}

/** A feedback sender's consents, for those who may see the sender. */
export function itemConsents(api: ApiClient, id: number, signal?: AbortSignal): Promise<ConsentView[]> {
  return call(api.GET('/api/v1/feedback/{id}/consents', { params: { path: { id } }, signal }));
}

/** The logged-in sender withdraws; the office or the ward officer do it on the sender's request, saying how they asked. */
export function withdrawItemConsent(api: ApiClient, id: number, purpose: ConsentPurpose, channel: ConsentChannel | null): Promise<ConsentView[]> {
  return call(api.POST('/api/v1/feedback/{id}/consents/{purpose}/withdrawal', { params: { path: { id, purpose } }, body: { channel } }));
}

export function getAuditTrail(api: ApiClient, objectType: AuditedObjectType, objectId: string, signal?: AbortSignal): Promise<AuditTrailEntry[]> {
  return call(api.GET('/api/v1/audit-trail/{objectType}/{objectId}', { params: { path: { objectType, objectId } }, signal }));
}

export function searchReadLog(api: ApiClient, query: ReadLogQuery, signal?: AbortSignal): Promise<ReadLogPage> {
  return call(api.GET('/api/v1/read-log', { params: { query }, signal }));
}
