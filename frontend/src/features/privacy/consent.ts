import type { ConsentChannel, ConsentInput, ConsentPurpose } from './api/consents';

/** What a feedback form asks: the sender's name is never public on an item. */
export const FEEDBACK_PURPOSES: ConsentPurpose[] = ['HANDLE_MATTER', 'CONTACT_ME'];
/** What a form entering a person asks: also whether their name may be shown publicly. */
export const PERSON_PURPOSES: ConsentPurpose[] = ['HANDLE_MATTER', 'CONTACT_ME', 'SHOW_NAME_PUBLICLY'];
/** How staff entering on someone's behalf say the person consented. */
export const ON_BEHALF_CHANNELS: ConsentChannel[] = ['IN_PERSON', 'PHONE', 'PAPER_FORM', 'ORGANISATION_REPORT'];

/** The form's state of the consent box: the ticked purposes and, for staff, how it was given. */
export interface ConsentChoice {
  purposes: ConsentPurpose[];
  channel: ConsentChannel | '';
}

export const NO_CONSENT: ConsentChoice = { purposes: [], channel: '' };

export function toggle(choice: ConsentChoice, purpose: ConsentPurpose, on: boolean): ConsentChoice {
  const rest = choice.purposes.filter((p) => p !== purpose);
  return { ...choice, purposes: on ? [...rest, purpose] : rest };
}

/** The first thing keeping the consent from being sent, as a key of privacy.consent.*; null when it can go. */
export function consentProblem(choice: ConsentChoice, onBehalf: boolean): 'handleRequired' | 'channelRequired' | null {
  if (!choice.purposes.includes('HANDLE_MATTER')) return 'handleRequired';
  if (onBehalf && !choice.channel) return 'channelRequired';
  return null;
}

/** The request's consent under the notice the form showed. */
export function consentInput(choice: ConsentChoice, noticeVersion: number, onBehalf: boolean): ConsentInput {
  return { noticeVersion, purposes: choice.purposes, channel: onBehalf && choice.channel ? choice.channel : null };
}
