import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { CalendarOverride, CalendarOverrideChanges, CalendarOverrideCreate, Holiday } from '../../../api/types';

/** An override's ETag: its version, quoted (as the server sends it). */
const overrideEtag = (o: Pick<CalendarOverride, 'version'>) => `"${o.version}"`;

export function getHolidays(api: ApiClient, year: number, signal?: AbortSignal): Promise<Holiday[]> {
  return call(api.GET('/api/v1/calendar/holidays', { params: { query: { year } }, signal }));
}

export function getOverrides(api: ApiClient, year: number, signal?: AbortSignal): Promise<CalendarOverride[]> {
  return call(api.GET('/api/v1/calendar/overrides', { params: { query: { year } }, signal }));
}

export function addWorkingDays(api: ApiClient, date: string, days: number): Promise<{ result: string }> {
  return call(api.GET('/api/v1/calendar/add-working-days', { params: { query: { date, days } } })) as Promise<{ result: string }>;
}

export function createOverride(api: ApiClient, body: CalendarOverrideCreate): Promise<CalendarOverride> {
  return call(api.POST('/api/v1/calendar/overrides', { body }));
}

export function updateOverride(api: ApiClient, o: CalendarOverride, body: CalendarOverrideChanges): Promise<CalendarOverride> {
  return call(
    api.PUT('/api/v1/calendar/overrides/{date}', {
      params: { path: { date: o.day }, header: { 'If-Match': overrideEtag(o) } },
      body,
    }),
  );
}

export async function deleteOverride(api: ApiClient, o: CalendarOverride): Promise<void> {
  await call(api.DELETE('/api/v1/calendar/overrides/{date}', { params: { path: { date: o.day }, header: { 'If-Match': overrideEtag(o) } } }));
}
