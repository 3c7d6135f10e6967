import type { components } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';

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

/** A person's consents, for the office of their body and their ward's officer. */
export function personConsents(api: ApiClient, personId: number, signal?: AbortSignal): Promise<ConsentView[]> {
  return call(api.GET('/api/v1/people/{personId}/consents', { params: { path: { personId } }, signal }));
}

/** Staff record a purpose the person gave later (after the data was taken, or again after a withdrawal), saying how. */
export function givePersonConsent(api: ApiClient, personId: number, purpose: ConsentPurpose, noticeVersion: number, channel: ConsentChannel): Promise<ConsentView[]> {
  return call(api.PUT('/api/v1/people/{personId}/consents/{purpose}', { params: { path: { personId, purpose } }, body: { noticeVersion, channel } }));
}

/** Staff withdraw a purpose on the person's request, saying how they asked. */
export function withdrawPersonConsent(api: ApiClient, personId: number, purpose: ConsentPurpose, channel: ConsentChannel | null): Promise<ConsentView[]> {
  return call(api.POST('/api/v1/people/{personId}/consents/{purpose}/withdrawal', { params: { path: { personId, purpose } }, body: { channel } }));
}
