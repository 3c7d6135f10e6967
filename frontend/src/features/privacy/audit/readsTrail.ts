/**
 * Who reads a record's change history (the server's rule, followed so the section is not offered in vain): a body's
 * office, chair and administrator read their bodies' records; the installation's settings and shared records
 * (staff, partners, webhooks, calendar days, shared units and templates) only the installation's administrator.
 */
export function readsAuditTrail(roles: readonly string[]): boolean {
  return roles.includes('admin') || roles.includes('secretariat') || roles.includes('chair');
}

export function readsInstallationTrail(roles: readonly string[], body: string | null): boolean {
  return roles.includes('admin') && !body;
}
