/**
 * Names for the API shapes used by the UI, all taken from the generated schema.d.ts
 * (npm run gen:api). Never write API types by hand: derive them here.
 */
import type { components, paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>;
export type OrgUnitNode = Json<paths['/api/v1/org-units/tree']['get']['responses'][200]>[number];
export type OrgUnitKind = OrgUnitNode['kind'];
export type OrgUnit = Json<paths['/api/v1/org-units/{code}']['get']['responses'][200]>;
export type OrgUnitCreate = NonNullable<
  paths['/api/v1/org-units']['post']['requestBody']
>['content']['application/json'];
/** The backend omits null members of a problem (Jackson NON_NULL), so every member may be absent. */
export type Problem = Partial<components['schemas']['Problem']>;
export type FieldError = NonNullable<Problem['errors']>[number];
