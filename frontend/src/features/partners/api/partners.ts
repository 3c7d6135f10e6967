import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { Partner, PartnerCredentials, PartnerRegistration } from '../../../api/types';

export function getPartners(api: ApiClient, code: string, signal?: AbortSignal): Promise<Partner[]> {
  return call(api.GET('/api/v1/bodies/{code}/partners', { params: { path: { code } }, signal }));
}

export function registerPartner(api: ApiClient, code: string, body: PartnerRegistration): Promise<PartnerCredentials> {
  return call(api.POST('/api/v1/bodies/{code}/partners', { params: { path: { code } }, body }));
}

export function rotateSecret(api: ApiClient, code: string, clientId: string): Promise<PartnerCredentials> {
  return call(api.POST('/api/v1/bodies/{code}/partners/{clientId}/secret', { params: { path: { code, clientId } } }));
}

/** Exactly these scopes from now on; tokens already issued keep theirs until they expire. */
export function changeScopes(api: ApiClient, code: string, clientId: string, scopes: string[]): Promise<Partner> {
  return call(api.PUT('/api/v1/bodies/{code}/partners/{clientId}/scopes', { params: { path: { code, clientId } }, body: { scopes } }));
}
