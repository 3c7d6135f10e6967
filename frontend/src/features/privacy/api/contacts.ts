import type { components } from '../../../api/schema';
import type { ApiClient } from '../../../lib/api/client';
import { call } from '../../../lib/api/client';

export type ContactChannel = components['schemas']['ContactChannel'];
export type ContactVerification = components['schemas']['ContactVerification'];

/**
 * What the contact is confirmed for: the feedback item by its tracking code, or the registration by its link's token.
 * None: the logged-in citizen's own account.
 */
export type ContactMatter = { trackingCode: string } | { registrationToken: string };

/** Sends a one-time code to the phone (SMS) or the address (mail, with a link), for that matter only. */
export function sendConfirmationCode(
  api: ApiClient,
  channel: ContactChannel,
  contact: string,
  matter?: ContactMatter,
): Promise<ContactVerification> {
  return call(api.POST('/api/v1/public/contact-verifications', { body: { channel, contact, ...matter } }));
}

/** The code received, or the secret of the mailed link. */
export function confirmContact(api: ApiClient, verificationId: number, code: string): Promise<ContactVerification> {
  return call(
    api.POST('/api/v1/public/contact-verifications/{verificationId}/confirmation', { params: { path: { verificationId } }, body: { code } }),
  );
}
