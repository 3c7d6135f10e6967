/**
 * Names for the API shapes used by the UI, all taken from the generated schema.d.ts
 * (npm run gen:api). Never write API types by hand: derive them here.
 */
import type { components, paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>;
export type Todo = Json<paths['/api/v1/me/todo']['get']['responses'][200]>;
export type TodoEntry = Todo['entries'][number];
export type OrgUnitNode = Json<paths['/api/v1/org-units/tree']['get']['responses'][200]>[number];
export type OrgUnitKind = OrgUnitNode['kind'];
export type OrgUnit = Json<paths['/api/v1/org-units/{code}']['get']['responses'][200]>;
export type OrgUnitCreate = NonNullable<
  paths['/api/v1/org-units']['post']['requestBody']
>['content']['application/json'];
/** The backend omits null members of a problem (Jackson NON_NULL), so every member may be absent. */
export type Problem = Partial<components['schemas']['Problem']>;
export type FieldError = NonNullable<Problem['errors']>[number];

type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

// Plans. Derived from the operations, so the schemas' names do not matter here.
export type PlanPage = Json<paths['/api/v1/plans']['get']['responses'][200]>;
export type PlanSummary = PlanPage['items'][number];
export type PreparationTaskPage = Json<paths['/api/v1/preparation-tasks']['get']['responses'][200]>;
export type PreparationTaskItem = PreparationTaskPage['items'][number];
export type Plan = Json<paths['/api/v1/plans/{id}']['get']['responses'][200]>;
export type PlanTask = Plan['tasks'][number];
export type DeadlineRule = NonNullable<PlanTask['rule']>;
export type PlanDraft = Body<paths['/api/v1/plans']['post']>;
export type TransitionRequest = Body<paths['/api/v1/plans/{id}/transitions']['post']>;
export type ScheduleChange = Body<paths['/api/v1/plans/{id}/schedule']['put']>;
export type PlanHistoryEntry = Json<paths['/api/v1/plans/{id}/history']['get']['responses'][200]>[number];
export type PlanTemplate = Json<paths['/api/v1/plan-templates']['get']['responses'][200]>[number];
export type PublicPlan = Json<paths['/api/v1/public/plans/{id}']['get']['responses'][200]>;

// Working-day calendar.
export type Holiday = Json<paths['/api/v1/calendar/holidays']['get']['responses'][200]>[number];
export type CalendarOverride = Json<paths['/api/v1/calendar/overrides']['get']['responses'][200]>[number];
export type CalendarOverrideCreate = Body<paths['/api/v1/calendar/overrides']['post']>;
export type CalendarOverrideChanges = Body<paths['/api/v1/calendar/overrides/{date}']['put']>;

// Bodies and their staff (delegated administration through Keycloak).
export type DialogueBody = Json<paths['/api/v1/bodies']['get']['responses'][200]>[number];
export type BodyDetail = Json<paths['/api/v1/bodies/{code}']['get']['responses'][200]>;
export type NewBody = Body<paths['/api/v1/bodies']['post']>;
export type CreatedBody = Json<paths['/api/v1/bodies']['post']['responses'][201]>;
export type StaffPage = Json<paths['/api/v1/bodies/{code}/staff']['get']['responses'][200]>;
export type StaffMember = StaffPage['items'][number];

// Partners' webhook subscriptions of a body, their delivery log.
export type WebhookSubscription = Json<paths['/api/v1/bodies/{code}/webhooks/{subscriptionId}']['get']['responses'][200]>;
export type WebhookEventType = WebhookSubscription['events'][number];
export type NewWebhookSubscription = Body<paths['/api/v1/bodies/{code}/webhooks']['post']>;
export type WebhookDeliveryPage = Json<paths['/api/v1/bodies/{code}/webhooks/{subscriptionId}/deliveries']['get']['responses'][200]>;
export type WebhookDelivery = WebhookDeliveryPage['items'][number];
export type StaffInvitation = Body<paths['/api/v1/bodies/{code}/staff']['post']>;
export type StaffRoles = Body<paths['/api/v1/bodies/{code}/staff/{userId}/roles']['put']>;

// A body's partner systems (Keycloak clients with the client-credentials grant).
export type Partner = Json<paths['/api/v1/bodies/{code}/partners']['get']['responses'][200]>[number];
export type PartnerRegistration = Body<paths['/api/v1/bodies/{code}/partners']['post']>;
export type PartnerCredentials = Json<paths['/api/v1/bodies/{code}/partners']['post']['responses'][201]>;

// Org unit administration.
export type OrgUnitChanges = Body<paths['/api/v1/org-units/{code}']['put']>;
export type OrgUnitRetirement = Body<paths['/api/v1/org-units/{code}/retirement']['put']>;
export type OrgUnitOwner = Body<paths['/api/v1/org-units/{code}/owner']['put']>;

// Plan templates, shared or a body's own.
export type PlanTemplateDraft = Body<paths['/api/v1/plan-templates']['post']>;

// Personal data: the change audit of any record and the read log.
export type AuditTrailEntry = Json<paths['/api/v1/audit-trail/{objectType}/{objectId}']['get']['responses'][200]>[number];
export type AuditedObjectType = paths['/api/v1/audit-trail/{objectType}/{objectId}']['get']['parameters']['path']['objectType'];
export type ReadLogPage = Json<paths['/api/v1/read-log']['get']['responses'][200]>;
export type ReadLogQuery = NonNullable<paths['/api/v1/read-log']['get']['parameters']['query']>;
// Personal data: a person's requests (quyền của chủ thể dữ liệu) and retention.
export type HeldData = Json<paths['/api/v1/privacy/subjects']['get']['responses'][200]>;
export type SubjectRequest = Json<paths['/api/v1/privacy/requests/{requestId}/refusal']['post']['responses'][200]>;
export type SubjectRequestPage = Json<paths['/api/v1/privacy/requests']['get']['responses'][200]>;
export type SubjectRequestDetail = Json<paths['/api/v1/privacy/requests/{requestId}']['get']['responses'][200]>;
export type SubjectRequestInput = Body<paths['/api/v1/privacy/requests']['post']>;
export type PersonalDataCorrection = Body<paths['/api/v1/privacy/requests/{requestId}/correction']['post']>;
export type ExpiringPersonalData = Json<paths['/api/v1/privacy/retention/expiring']['get']['responses'][200]>;
