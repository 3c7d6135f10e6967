import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';
import { ApiError } from '../../../lib/api/problem';
import type { Ward } from '../places';
import type {
  CheckInRequest,
  CheckInResult,
  Composition,
  InvitationBatch,
  InvitationBatchRequest,
  Participant,
  ParticipantPage,
  ParticipantQuery,
  ParticipantRequest,
  PendingRegistration,
  PendingRegistrationPage,
  PendingRegistrationStatus,
  Person,
  Registration,
  RegistrationDecision,
  RegistrationRequest,
  RsvpRequest,
  RsvpView,
} from './types';

export function listParticipants(api: ApiClient, planId: number, query: ParticipantQuery, signal?: AbortSignal): Promise<ParticipantPage> {
  return call(api.GET('/api/v1/plans/{planId}/participants', { params: { path: { planId }, query }, signal }));
}

export function addParticipant(api: ApiClient, planId: number, body: ParticipantRequest): Promise<Participant> {
  return call(api.POST('/api/v1/plans/{planId}/participants', { params: { path: { planId } }, body }));
}

export function setRsvp(api: ApiClient, planId: number, id: number, body: RsvpRequest): Promise<Participant> {
  return call(api.PUT('/api/v1/plans/{planId}/participants/{id}/rsvp', { params: { path: { planId, id } }, body }));
}

export function getComposition(api: ApiClient, planId: number, signal?: AbortSignal): Promise<Composition> {
  return call(api.GET('/api/v1/plans/{planId}/composition', { params: { path: { planId } }, signal }));
}

export function listInvitations(api: ApiClient, planId: number, signal?: AbortSignal): Promise<InvitationBatch[]> {
  return call(api.GET('/api/v1/plans/{planId}/invitations', { params: { path: { planId } }, signal }));
}

export function issueInvitations(api: ApiClient, planId: number, body: InvitationBatchRequest): Promise<InvitationBatch> {
  return call(api.POST('/api/v1/plans/{planId}/invitations', { params: { path: { planId } }, body }));
}

export function checkIn(api: ApiClient, planId: number, body: CheckInRequest): Promise<CheckInResult> {
  return call(api.POST('/api/v1/plans/{planId}/check-ins', { params: { path: { planId } }, body }));
}

export function findPeople(api: ApiClient, query: { phone?: string; q?: string }, signal?: AbortSignal): Promise<Person[]> {
  return call(api.GET('/api/v1/people', { params: { query }, signal }));
}

/** Self-registration; `idempotencyKey` stays the same for every retry of one draft. */
export function register(api: ApiClient, planId: number, body: RegistrationRequest, idempotencyKey: string): Promise<Registration> {
  return call(
    api.POST('/api/v1/public/plans/{planId}/registrations', {
      params: { path: { planId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Registrations whose phone matched someone already known, for the office and the ward officer of their ward. */
export function listPendingRegistrations(
  api: ApiClient,
  planId: number,
  query: { status?: PendingRegistrationStatus; after?: string; size?: number },
  signal?: AbortSignal,
): Promise<PendingRegistrationPage> {
  return call(api.GET('/api/v1/plans/{planId}/pending-registrations', { params: { path: { planId }, query }, signal }));
}

/** Decides a matched registration once, on the version read (If-Match): a stale copy answers 412. */
export function decideRegistration(
  api: ApiClient,
  planId: number,
  registration: Pick<PendingRegistration, 'id' | 'version'>,
  decision: RegistrationDecision,
): Promise<PendingRegistration> {
  return call(
    api.POST('/api/v1/plans/{planId}/pending-registrations/{id}/decision', {
      params: { path: { planId, id: registration.id }, header: { 'If-Match': `"${registration.version}"` } },
      body: { decision },
    }),
  );
}

export function getRsvp(api: ApiClient, token: string, signal?: AbortSignal): Promise<RsvpView> {
  return call(api.GET('/api/v1/rsvp/{token}', { params: { path: { token } }, signal }));
}

export function respond(api: ApiClient, token: string, body: RsvpRequest): Promise<RsvpView> {
  return call(api.PUT('/api/v1/rsvp/{token}', { params: { path: { token } }, body }));
}

export type ExportKind = 'csv' | 'xlsx' | 'attendance';

const EXPORTS: Record<ExportKind, { path: string; name: string; accept: string }> = {
  csv: { path: '/api/v1/plans/{planId}/participants/export.csv', name: 'thanh-phan.csv', accept: 'text/csv' },
  xlsx: {
    path: '/api/v1/plans/{planId}/participants/export.xlsx',
    name: 'thanh-phan.xlsx',
    accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  attendance: { path: '/api/v1/plans/{planId}/participants/attendance-sheet.pdf', name: 'danh-sach-diem-danh.pdf', accept: 'application/pdf' },
};

export function downloadExport(api: ApiClient, planId: number, kind: ExportKind): Promise<void> {
  const e = EXPORTS[kind];
  return downloadFile(api, e.path, `ke-hoach-${planId}-${e.name}`, { path: { planId } }, e.accept);
}

export function downloadLetters(api: ApiClient, planId: number, batch: Pick<InvitationBatch, 'id' | 'number'>): Promise<void> {
  const safe = batch.number.replace(/[^\p{L}\p{N}-]+/gu, '-');
  return downloadFile(api, '/api/v1/plans/{planId}/invitations/{batchId}/letters.pdf', `giay-moi-${safe}.pdf`, { path: { planId, batchId: batch.id } }, 'application/pdf');
}

/** A 409 to an invitation batch that a reason can override: issued after the plan's deadline (the detail names it). */
export function lateInvitation(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !/:invitation-late$/.test(error.problem?.type ?? '')) return null;
  return error.problem?.detail || error.problem?.title || '';
}

/** Wards and communes with their villages, public: the registration form works logged out. */
export function loadLocalities(api: ApiClient, signal?: AbortSignal): Promise<Ward[]> {
  return call(api.GET('/api/v1/public/localities', { signal }));
}
