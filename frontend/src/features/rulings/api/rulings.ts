/** The chair's rulings on a plan's feedback items, and carrying unfinished ones into a later plan. */
import type { components } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { ApiError, toApiError } from '../../../lib/api/problem';
import { etagOf } from '../../plans/api/plans';

type S = components['schemas'];
export type Ruling = S['Ruling'];
export type RulingRequest = S['RulingRequest'];
export type RulingType = S['RulingType'];
export type RulingEscalationReply = S['RulingEscalationReply'];
export type CarryOverCandidate = S['CarryOverCandidate'];
export type CarriedItem = S['CarriedItem'];

type Versioned = Pick<Ruling, 'id' | 'version'>;
const path = (planId: number, r: Versioned) => ({ path: { planId, rulingId: r.id }, header: { 'If-Match': etagOf(r) } });

/**
 * The plan's rulings, all of them; only the drafts or only the issued when `status` is given. A plan has a few dozen at
 * most, worked on side by side: the pages are read one after the other, by the largest size.
 */
export async function listRulings(api: ApiClient, planId: number, status: Ruling['status'] | undefined, signal?: AbortSignal): Promise<Ruling[]> {
  const all: Ruling[] = [];
  let after: string | undefined;
  do {
    const page = await call(api.GET('/api/v1/plans/{planId}/rulings', { params: { path: { planId }, query: { status, after, size: 100 } }, signal }));
    all.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after);
  return all;
}

export function getRuling(api: ApiClient, planId: number, rulingId: number, signal?: AbortSignal): Promise<Ruling> {
  return call(api.GET('/api/v1/plans/{planId}/rulings/{rulingId}', { params: { path: { planId, rulingId } }, signal }));
}

export function createRuling(api: ApiClient, planId: number, body: RulingRequest): Promise<Ruling> {
  // The schema names no body for 201; the server sends the ruling.
  return call(api.POST('/api/v1/plans/{planId}/rulings', { params: { path: { planId } }, body })) as Promise<unknown> as Promise<Ruling>;
}

export function updateRuling(api: ApiClient, planId: number, ruling: Versioned, body: RulingRequest): Promise<Ruling> {
  return call(api.PUT('/api/v1/plans/{planId}/rulings/{rulingId}', { params: path(planId, ruling), body }));
}

export async function deleteRuling(api: ApiClient, planId: number, ruling: Versioned): Promise<void> {
  const { response, error } = await api.DELETE('/api/v1/plans/{planId}/rulings/{rulingId}', { params: path(planId, ruling) });
  if (!response.ok) throw toApiError(response, error);
}

/** The chair only. */
export function issueRuling(api: ApiClient, planId: number, ruling: Versioned): Promise<Ruling> {
  return call(api.POST('/api/v1/plans/{planId}/rulings/{rulingId}/issue', { params: path(planId, ruling) }));
}

/** The office records the higher body's reply to an issued escalation. */
export function replyToEscalation(api: ApiClient, planId: number, ruling: Versioned, body: RulingEscalationReply): Promise<Ruling> {
  return call(api.PUT('/api/v1/plans/{planId}/rulings/{rulingId}/escalation-reply', { params: path(planId, ruling), body }));
}

export function carryOverCandidates(api: ApiClient, planId: number, signal?: AbortSignal): Promise<CarryOverCandidate[]> {
  return call(api.GET('/api/v1/plans/{planId}/carry-over', { params: { path: { planId } }, signal }));
}

export function carryOver(api: ApiClient, planId: number, rulingIds: number[]): Promise<CarriedItem[]> {
  return call(api.POST('/api/v1/plans/{planId}/carry-over', { params: { path: { planId } }, body: { rulingIds } })) as Promise<unknown> as Promise<
    CarriedItem[]
  >;
}

export const isStale = (e: unknown) => e instanceof ApiError && e.status === 412;
