/** Statistics API shapes, from the generated schema.d.ts (npm run gen:api). */
import type { components } from '../../../api/schema';

type S = components['schemas'];

export type FeedbackStatistics = S['FeedbackStatistics'];
export type RulingStatistics = S['RulingStatistics'];
export type NextDialogue = S['NextDialogueStatistics'];
export type StatisticsCount = S['StatisticsCount'];
export type StatisticsScope = S['StatisticsScope'];

/** The dashboard's filters, as kept in the URL: a body's code, the period's dates (YYYY-MM-DD), a plan's id. */
export interface DashboardFilters {
  body?: string;
  from?: string;
  to?: string;
  plan?: number;
}
