const ROLES = ['admin', 'secretariat', 'chair', 'unit', 'ward', 'citizen'] as const;
export type Role = (typeof ROLES)[number];
const STAFF_ROLES: readonly Role[] = ['admin', 'secretariat', 'chair', 'unit', 'ward'];

/** Staff see the staff navigation; everyone else (citizens) sees public items and their account. */
export function isStaff(roles: readonly string[]): boolean {
  return roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r));
}

export function isKnownRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/** Reads a JWT's payload without verifying it (the server verifies; the UI only adapts). */
function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Keycloak puts realm roles in the access token's `realm_access.roles`. */
export function rolesFromAccessToken(token: string | undefined | null): string[] {
  if (!token) return [];
  const realmAccess = decodeJwtPayload(token)?.realm_access;
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

/**
 * The body (cơ quan tổ chức đối thoại) a staff user acts within: claim `body`, a body's code. An administrator without
 * one administers the whole installation.
 */
export function bodyFromAccessToken(token: string | undefined | null): string | null {
  if (!token) return null;
  const body = decodeJwtPayload(token)?.body;
  return typeof body === 'string' && body ? body : null;
}

/** Roles that read plans (the server enforces it; the navigation only follows). */
const PLAN_ROLES: readonly Role[] = ['secretariat', 'chair', 'admin'];

export function canReadPlans(roles: readonly string[]): boolean {
  return roles.some((r) => (PLAN_ROLES as readonly string[]).includes(r));
}
