/** The public accountability page (giải trình): no login, no personal data. Imported by the public chunks only. */
import type { components, paths } from '../../api/schema';
import type { ApiClient } from '../../lib/api/client';
import { call } from '../../lib/api/client';

type S = components['schemas'];
export type AccountabilityPlan = S['AccountabilityPlan'];
export type PublicRuling = S['PublicRuling'];
export type PublicPlanRulings = S['PublicPlanRulings'];
export type RulingLookup = S['RulingLookup'];
export type PublicStatus = PublicRuling['status'];
export type PlanRulingsQuery = NonNullable<paths['/api/v1/public/plans/{planId}/rulings']['get']['parameters']['query']>;

export const PUBLIC_STATUSES: readonly PublicStatus[] = ['OVERDUE', 'NOT_STARTED', 'IN_PROGRESS', 'RESOLVED', 'CANNOT_RESOLVE', 'EXPLAINED', 'DECLINED'];

export function listAccountabilityPlans(api: ApiClient, signal?: AbortSignal): Promise<AccountabilityPlan[]> {
  return call(api.GET('/api/v1/public/rulings/plans', { signal }));
}

export function planRulings(api: ApiClient, planId: number, query: PlanRulingsQuery, signal?: AbortSignal): Promise<PublicPlanRulings> {
  return call(api.GET('/api/v1/public/plans/{planId}/rulings', { params: { path: { planId }, query }, signal }));
}

export function rulingsByCode(api: ApiClient, code: string, signal?: AbortSignal): Promise<RulingLookup> {
  return call(api.GET('/api/v1/public/rulings/by-tracking-code/{code}', { params: { path: { code } }, signal }));
}
