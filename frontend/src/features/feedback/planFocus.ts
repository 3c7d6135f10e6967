import type { ApiClient } from '../../lib/api/client';
import { ApiError } from '../../lib/api/problem';
import { getPlan, getPublicPlan } from '../plans/api/plans';

export interface PlanWithFocus {
  id: number;
  title: string;
  focusAreas: { id: number; title: string }[];
}

/** A plan's title and focus areas: the staff view, or the public one for those who may not read plans (unit, ward). */
export async function loadPlanFocus(api: ApiClient, id: number, signal?: AbortSignal): Promise<PlanWithFocus> {
  try {
    const p = await getPlan(api, id, signal);
    return { id: p.id, title: p.title, focusAreas: p.focusAreas };
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 403 && e.status !== 404)) throw e;
    const p = await getPublicPlan(api, id, signal);
    return { id: p.id, title: p.title, focusAreas: p.focusAreas };
  }
}
