import type { ApiClient } from '../../lib/api/client';
import { ApiError } from '../../lib/api/problem';
import { getPlan, getPublicPlan } from '../plans/api/plans';

export interface PlanHeader {
  id: number;
  title: string;
  sessionAt: string | null;
  venue: string | null;
  status: string;
}

/** The plan's title and time for a participants page: the staff view, or the public one for those who may not read it (ward officers). */
export async function loadPlanHeader(api: ApiClient, id: number, signal?: AbortSignal): Promise<PlanHeader> {
  try {
    const p = await getPlan(api, id, signal);
    return { id: p.id, title: p.title, sessionAt: p.sessionAt ?? null, venue: p.venue, status: p.status };
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 403 && e.status !== 404)) throw e;
    const p = await getPublicPlan(api, id, signal);
    return { id: p.id, title: p.title, sessionAt: p.sessionAt ?? null, venue: p.venue, status: p.status };
  }
}
