import type { components } from '../../api/schema';
import type { PlanPage } from '../../api/types';
import type { ApiClient } from '../../lib/api/client';
import { call } from '../../lib/api/client';

export type Locality = components['schemas']['Locality'];

/** The published plans, those of the bodies of `locality` first (a logged-in citizen's own ward when left out). */
export function plansForLocality(api: ApiClient, locality: string | undefined, signal?: AbortSignal): Promise<PlanPage> {
  return call(api.GET('/api/v1/public/plans', { params: { query: { locality, size: 20 } }, signal }));
}

export function localities(api: ApiClient, signal?: AbortSignal): Promise<Locality[]> {
  return call(api.GET('/api/v1/public/localities', { signal }));
}

/** The session of a published plan as a calendar file (.ics): a plain link, the phone's calendar opens it. */
export function calendarHref(planId: number): string {
  return `/api/v1/public/plans/${planId}/calendar.ics`;
}

const KEY = 'doithoai.locality';

/** The ward or commune a visitor picked on this device, kept for their next visit (not personal: a place's code). */
export function rememberedLocality(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLocality(code: string | null) {
  try {
    if (code) localStorage.setItem(KEY, code);
    else localStorage.removeItem(KEY);
  } catch {
    // Private browsing without storage: the choice lasts for this visit only.
  }
}
