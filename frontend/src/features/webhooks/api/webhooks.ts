import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { NewWebhookSubscription, WebhookDelivery, WebhookDeliveryPage, WebhookSubscription } from '../../../api/types';

/** A subscription's ETag: its version, quoted (as the server sends it). */
const etagOf = (s: Pick<WebhookSubscription, 'version'>) => `"${s.version}"`;

export function getSubscriptions(api: ApiClient, code: string, signal?: AbortSignal): Promise<WebhookSubscription[]> {
  return call(api.GET('/api/v1/bodies/{code}/webhooks', { params: { path: { code } }, signal }));
}

export function subscribe(api: ApiClient, code: string, body: NewWebhookSubscription): Promise<WebhookSubscription> {
  return call(api.POST('/api/v1/bodies/{code}/webhooks', { params: { path: { code } }, body }));
}

/** Pauses or resumes a subscription, keeping its callback and events. */
export function setActive(api: ApiClient, code: string, s: WebhookSubscription, active: boolean): Promise<WebhookSubscription> {
  return call(
    api.PUT('/api/v1/bodies/{code}/webhooks/{subscriptionId}', {
      params: { path: { code, subscriptionId: s.id }, header: { 'If-Match': etagOf(s) } },
      body: { callbackUrl: s.callbackUrl, events: s.events, active },
    }),
  );
}

export function unsubscribe(api: ApiClient, code: string, s: WebhookSubscription): Promise<void> {
  return call(
    api.DELETE('/api/v1/bodies/{code}/webhooks/{subscriptionId}', {
      params: { path: { code, subscriptionId: s.id }, header: { 'If-Match': etagOf(s) } },
    }),
  );
}

export function getDeliveries(api: ApiClient, code: string, id: number, after: string | undefined, signal?: AbortSignal): Promise<WebhookDeliveryPage> {
  return call(
    api.GET('/api/v1/bodies/{code}/webhooks/{subscriptionId}/deliveries', {
      params: { path: { code, subscriptionId: id }, query: { after, size: 20 } },
      signal,
    }),
  );
}

export function replay(api: ApiClient, code: string, id: number, deliveryId: number): Promise<WebhookDelivery> {
  return call(
    api.POST('/api/v1/bodies/{code}/webhooks/{subscriptionId}/deliveries/{deliveryId}/replay', {
      params: { path: { code, subscriptionId: id, deliveryId } },
    }),
  );
}
