import type { paths } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import { downloadFile } from '../../../lib/api/download';
import { ApiError } from '../../../lib/api/problem';
import type {
  DeadlineRule,
  Plan,
  PlanDraft,
  PlanHistoryEntry,
  PlanPage,
  PlanTemplate,
  PreparationTaskPage,
  PublicPlan,
  ScheduleChange,
  TransitionRequest,
} from '../../../api/types';

/** The ETag of a plan as the server sends it: the version, quoted. Every write answers the new Plan. */
export function etagOf(plan: Pick<Plan, 'version'>): string {
  return `"${plan.version}"`;
}

export type PlanQuery = NonNullable<paths['/api/v1/plans']['get']['parameters']['query']>;

export function listPlans(api: ApiClient, query: PlanQuery, signal?: AbortSignal): Promise<PlanPage> {
  return call(api.GET('/api/v1/plans', { params: { query }, signal }));
}

export function listPublicPlans(api: ApiClient, query: PlanQuery, signal?: AbortSignal): Promise<PlanPage> {
  return call(api.GET('/api/v1/public/plans', { params: { query: { year: query.year, q: query.q, after: query.after, size: query.size } }, signal }));
}

export function getPlan(api: ApiClient, id: number, signal?: AbortSignal): Promise<Plan> {
  return call(api.GET('/api/v1/plans/{id}', { params: { path: { id } }, signal }));
}

export function getPublicPlan(api: ApiClient, id: number, signal?: AbortSignal): Promise<PublicPlan> {
  return call(api.GET('/api/v1/public/plans/{id}', { params: { path: { id } }, signal }));
}

export function createPlan(api: ApiClient, body: PlanDraft): Promise<Plan> {
  return call(api.POST('/api/v1/plans', { body }));
}

export function updatePlan(api: ApiClient, plan: Pick<Plan, 'id' | 'version'>, body: PlanDraft): Promise<Plan> {
  return call(
    api.PUT('/api/v1/plans/{id}', {
      params: { path: { id: plan.id }, header: { 'If-Match': etagOf(plan) } },
      body,
    }),
  );
}

export async function deletePlan(api: ApiClient, plan: Pick<Plan, 'id' | 'version'>): Promise<void> {
  await call(api.DELETE('/api/v1/plans/{id}', { params: { path: { id: plan.id }, header: { 'If-Match': etagOf(plan) } } }));
}

export function transition(api: ApiClient, plan: Pick<Plan, 'id' | 'version'>, body: TransitionRequest): Promise<Plan> {
  return call(
    api.POST('/api/v1/plans/{id}/transitions', {
      params: { path: { id: plan.id }, header: { 'If-Match': etagOf(plan) } },
      body,
    }),
  );
}

export function reschedule(api: ApiClient, plan: Pick<Plan, 'id' | 'version'>, body: ScheduleChange): Promise<Plan> {
  return call(
    api.PUT('/api/v1/plans/{id}/schedule', {
      params: { path: { id: plan.id }, header: { 'If-Match': etagOf(plan) } },
      body,
    }),
  );
}

export function setTaskProgress(
  api: ApiClient,
  plan: Pick<Plan, 'id' | 'version'>,
  taskId: number,
  doneOn: string | null,
): Promise<Plan> {
  return call(
    api.PUT('/api/v1/plans/{id}/tasks/{taskId}/progress', {
      params: { path: { id: plan.id, taskId }, header: { 'If-Match': etagOf(plan) } },
      body: { doneOn },
    }),
  );
}

export function uploadReport(api: ApiClient, plan: Pick<Plan, 'id' | 'version'>, taskId: number, file: File): Promise<Plan> {
  return call(
    api.PUT('/api/v1/plans/{id}/tasks/{taskId}/report', {
      params: {
        path: { id: plan.id, taskId },
        query: { fileName: file.name },
        header: { 'If-Match': etagOf(plan) },
      } as never,
      body: file as never,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    }),
  );
}

/** Downloads a task's report with the caller's token and hands it to the browser as a file. */
export function downloadReport(api: ApiClient, planId: number, taskId: number, fileName: string): Promise<void> {
  return downloadFile(api, '/api/v1/plans/{id}/tasks/{taskId}/report', fileName, { path: { id: planId, taskId } });
}

/** The plan as the official paper (kế hoạch) to print and sign, downloaded with the caller's token. */
export function downloadPlanDocument(api: ApiClient, planId: number, format: 'docx' | 'pdf'): Promise<void> {
  const accept = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return downloadFile(api, `/api/v1/plans/{id}/document.${format}`, `ke-hoach-${planId}.${format}`, { path: { id: planId } }, accept);
}

export function getHistory(api: ApiClient, id: number, signal?: AbortSignal): Promise<PlanHistoryEntry[]> {
  return call(api.GET('/api/v1/plans/{id}/history', { params: { path: { id } }, signal }));
}

export async function previewDeadlines(
  api: ApiClient,
  sessionDate: string,
  rules: DeadlineRule[],
  signal?: AbortSignal,
): Promise<string[]> {
  const result = await call(api.POST('/api/v1/plans/deadline-preview', { body: { sessionDate, rules }, signal }));
  return (result?.dueDates ?? []) as string[];
}

export function listTemplates(api: ApiClient, signal?: AbortSignal): Promise<PlanTemplate[]> {
  return call(api.GET('/api/v1/plan-templates', { signal }));
}

/** Warnings of a 409 answer to PUBLISH: tasks already past due that the publisher must acknowledge. */
export function publishWarnings(error: unknown): { taskId?: number; message: string }[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const body = error.body;
  const raw = typeof body === 'object' && body !== null ? (body as { warnings?: unknown }).warnings : undefined;
  if (!Array.isArray(raw) || raw.length === 0) return null;
  return raw
    .filter((w): w is Record<string, unknown> => typeof w === 'object' && w !== null)
    .map((w) => ({
      taskId: typeof w.taskId === 'number' ? w.taskId : undefined,
      message: typeof w.message === 'string' ? w.message : '',
    }));
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export type PreparationTaskQuery = NonNullable<paths['/api/v1/preparation-tasks']['get']['parameters']['query']>;

/** Preparation tasks across the plans the caller reads, earliest due first. */
export function listPreparationTasks(api: ApiClient, query: PreparationTaskQuery, signal?: AbortSignal): Promise<PreparationTaskPage> {
  return call(api.GET('/api/v1/preparation-tasks', { params: { query }, signal }));
}
