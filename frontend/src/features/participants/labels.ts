/** Every value of the participant enums, in the order forms offer them. */
export const PARTICIPANT_KINDS = ['DELEGATE', 'ORGANISATION_REPRESENTATIVE', 'CITIZEN'] as const;
export const PARTICIPANT_LEVELS = ['TOWN', 'WARD', 'VILLAGE'] as const;
export const RSVP_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export const INVITATION_CHANNELS = ['HAND_DELIVERY', 'POST', 'EMAIL', 'SMS', 'PHONE'] as const;

/** Roles that add participants, answer for them, issue invitations and check people in. */
export function canManageParticipants(roles: readonly string[]): boolean {
  return roles.includes('secretariat') || roles.includes('ward');
}

/** The decisions on a registration that matched a known person, in the order they are offered. */
export const REGISTRATION_DECISIONS = ['SAME_PERSON', 'SEPARATE_PERSON', 'REJECTED'] as const;

/**
 * The office, the chair and ward officers: those whose list shows participants' names, contacts and confirmation
 * codes (ward officers for their ward). They print invitation letters, which carry each invitee's QR code, and see
 * registrations waiting for a match to be confirmed. Unit staff read a masked list only.
 */
export function seesParticipantsData(roles: readonly string[]): boolean {
  return roles.includes('secretariat') || roles.includes('chair') || roles.includes('ward');
}

/** Vietnamese mobile numbers: 0 or +84, then a 3/5/7/8/9 prefix and 8 digits (spaces and dots allowed). */
export function isVietnameseMobile(phone: string): boolean {
  return /^(?:\+?84|0)(?:3|5|7|8|9)\d{8}$/.test(phone.replace(/[\s.-]/g, ''));
}
