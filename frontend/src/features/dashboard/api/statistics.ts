import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { DashboardFilters, FeedbackStatistics, NextDialogue, RulingStatistics } from './types';

/** Feedback received in the period: by status, focus area, ward, channel and kind, raised before, time to answer. */
export function getFeedbackStatistics(api: ApiClient, query: DashboardFilters, signal?: AbortSignal): Promise<FeedbackStatistics> {
  return call(api.GET('/api/v1/statistics/feedback', { params: { query }, signal }));
}

/** Rulings of the period, on time, overdue by unit, month by month, and a year earlier. */
export function getRulingStatistics(api: ApiClient, query: DashboardFilters, signal?: AbortSignal): Promise<RulingStatistics> {
  return call(api.GET('/api/v1/statistics/rulings', { params: { query }, signal }));
}

/** The next dialogue's preparation (or the plan's, when one is chosen). */
export function getNextDialogue(api: ApiClient, query: DashboardFilters, signal?: AbortSignal): Promise<NextDialogue> {
  return call(api.GET('/api/v1/statistics/next-dialogue', { params: { query }, signal }));
}
