import type { FieldError } from '../../api/types';
import { mapFieldErrors } from '../../lib/api/fieldErrors';

/** The roles a body gives its people (the server refuses any other). */
export const BODY_ROLES = ['admin', 'secretariat', 'chair', 'unit', 'ward'] as const;

/** Roles, unit and ward as a form holds them: a unit only with role unit, a ward only with role ward. */
export interface Assignment {
  roles: string[];
  orgUnitCode: string;
  wardCode: string;
}

export const NO_ASSIGNMENT: Assignment = { roles: [], orgUnitCode: '', wardCode: '' };

/** What the API is sent: the unit and ward only where a role needs them. */
export function assignmentBody(a: Assignment) {
  return {
    roles: BODY_ROLES.filter((r) => a.roles.includes(r)),
    orgUnitCode: a.roles.includes('unit') && a.orgUnitCode ? a.orgUnitCode : null,
    wardCode: a.roles.includes('ward') && a.wardCode ? a.wardCode : null,
  };
}

/** The same rules the server checks, so a person learns them before sending (the server's word still wins). */
export function checkAssignment(a: Assignment, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (a.roles.length === 0) errors.roles = t('staff.rolesRequired');
  if (a.roles.includes('unit') && !a.orgUnitCode) errors.orgUnitCode = t('staff.unitRequired');
  if (a.roles.includes('ward') && !a.wardCode) errors.wardCode = t('staff.wardRequired');
  return errors;
}

/** The server's field errors by the form's fields; "roles[3]" is a fault of the roles. */
export function fieldErrorsOf(errors: readonly FieldError[], roots: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, message] of Object.entries(mapFieldErrors(errors, roots))) {
    const field = key.replace(/\[\d+\]$/, '');
    map[field] = map[field] ? `${map[field]} ${message}` : message;
  }
  return map;
}
