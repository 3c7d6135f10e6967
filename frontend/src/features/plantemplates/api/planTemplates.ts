import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';
import type { PlanTemplate, PlanTemplateDraft } from '../../../api/types';

/** A template's ETag as the server sends it: its version, quoted. */
const etagOf = (template: Pick<PlanTemplate, 'version'>) => `"${template.version}"`;

/** The templates the caller reads (shared, their body's, those of the bodies they oversee), of one level or all. */
export function listPlanTemplates(api: ApiClient, level: PlanTemplate['level'] | null, signal?: AbortSignal): Promise<PlanTemplate[]> {
  return call(api.GET('/api/v1/plan-templates', { params: { query: level ? { level } : {} }, signal }));
}

export function getPlanTemplate(api: ApiClient, code: string, signal?: AbortSignal): Promise<PlanTemplate> {
  return call(api.GET('/api/v1/plan-templates/{code}', { params: { path: { code } }, signal }));
}

export function createPlanTemplate(api: ApiClient, body: PlanTemplateDraft): Promise<PlanTemplate> {
  return call(api.POST('/api/v1/plan-templates', { body }));
}

export function updatePlanTemplate(api: ApiClient, template: PlanTemplate, body: PlanTemplateDraft): Promise<PlanTemplate> {
  return call(
    api.PUT('/api/v1/plan-templates/{code}', { params: { path: { code: template.code }, header: { 'If-Match': etagOf(template) } }, body }),
  );
}

export async function deletePlanTemplate(api: ApiClient, template: PlanTemplate): Promise<void> {
  await call(api.DELETE('/api/v1/plan-templates/{code}', { params: { path: { code: template.code }, header: { 'If-Match': etagOf(template) } } }));
}
