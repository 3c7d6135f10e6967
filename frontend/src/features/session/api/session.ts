/**
 * Session mode API: the office runs the session on the day. Creates carry the device's key
 * (Idempotency-Key) so the outbox can resend them; state changes carry If-Match and are sent online only.
 */
import type { components } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';

type S = components['schemas'];

export type SessionView = S['SessionView'];
export type SessionSpeaker = S['SessionSpeaker'];
export type SessionAnswer = S['SessionAnswer'];
export type AgendaState = S['AgendaState'];
export type SpeakerStatus = S['SpeakerStatus'];
export type FloorSpeakerBody = S['SessionFloorSpeaker'];
export type RaiseBody = S['SessionRaisedItemRequest'];
export type AnswerBody = S['SessionAnswerRequest'];

const etag = (version: number) => `"${version}"`;

export function getSession(api: ApiClient, planId: number, signal?: AbortSignal): Promise<SessionView> {
  return call(api.GET('/api/v1/plans/{planId}/session', { params: { path: { planId } }, signal }));
}

export function startSession(api: ApiClient, planId: number): Promise<SessionView> {
  return call(api.POST('/api/v1/plans/{planId}/session/start', { params: { path: { planId } } }));
}

export function endSession(api: ApiClient, session: SessionView, markPlanHeld: boolean): Promise<SessionView> {
  return call(
    api.POST('/api/v1/plans/{planId}/session/end', {
      params: { path: { planId: session.planId }, header: { 'If-Match': etag(session.version) } },
      body: { markPlanHeld },
    }),
  );
}

export function changeAgenda(api: ApiClient, session: SessionView, agendaItemId: number, state: AgendaState): Promise<SessionView> {
  return call(
    api.PUT('/api/v1/plans/{planId}/session/agenda/{agendaItemId}', {
      params: { path: { planId: session.planId, agendaItemId }, header: { 'If-Match': etag(session.version) } },
      body: { state },
    }),
  );
}

export function callNext(api: ApiClient, session: SessionView): Promise<SessionView> {
  return call(
    api.POST('/api/v1/plans/{planId}/session/speakers/next', {
      params: { path: { planId: session.planId }, header: { 'If-Match': etag(session.version) } },
    }),
  );
}

export function moveSpeaker(api: ApiClient, planId: number, speaker: SessionSpeaker, status: SpeakerStatus): Promise<SessionView> {
  return call(
    api.PUT('/api/v1/plans/{planId}/session/speakers/{speakerId}/status', {
      params: { path: { planId, speakerId: speaker.id }, header: { 'If-Match': etag(speaker.version) } },
      body: { status },
    }),
  );
}

export function addFloorSpeaker(api: ApiClient, planId: number, key: string, body: FloorSpeakerBody): Promise<SessionSpeaker> {
  return call(api.POST('/api/v1/plans/{planId}/session/speakers', { params: { path: { planId }, header: { 'Idempotency-Key': key } }, body }));
}

export function raiseItem(api: ApiClient, planId: number, key: string, body: RaiseBody): Promise<SessionSpeaker> {
  return call(api.POST('/api/v1/plans/{planId}/session/raised', { params: { path: { planId }, header: { 'Idempotency-Key': key } }, body }));
}

export function recordAnswer(api: ApiClient, planId: number, key: string, body: AnswerBody): Promise<SessionAnswer> {
  return call(api.POST('/api/v1/plans/{planId}/session/answers', { params: { path: { planId }, header: { 'Idempotency-Key': key } }, body }));
}
