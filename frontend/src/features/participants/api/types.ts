/**
 * Participants API shapes, all taken from the generated schema.d.ts (npm run gen:api).
 */
import type { components, paths } from '../../../api/schema';

type S = components['schemas'];
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type ParticipantKind = S['ParticipantKind'];
export type ParticipantLevel = S['ParticipantLevel'];
export type RsvpStatus = S['RsvpStatus'];
export type InvitationChannel = S['InvitationChannel'];
export type OrgUnitRef = S['OrgUnitRef'];
export type Participant = S['Participant'];
export type ParticipantPage = S['PageParticipantView'];
export type GroupCount = S['CompositionGroupCount'];
export type Composition = S['Composition'];
export type InvitationBatch = S['InvitationBatch'];
export type RsvpView = S['Rsvp'];
export type Registration = S['Registration'];
export type CheckInResult = S['CheckInResult'];
export type Person = S['Person'];
export type ParticipantRequest = Body<paths['/api/v1/plans/{planId}/participants']['post']>;
export type RsvpRequest = S['RsvpRequest'];
export type InvitationBatchRequest = Body<paths['/api/v1/plans/{planId}/invitations']['post']>;
export type RegistrationRequest = Body<paths['/api/v1/public/plans/{planId}/registrations']['post']>;
export type CheckInRequest = S['CheckInRequest'];
export type PendingRegistration = S['PendingRegistration'];
export type PendingRegistrationStatus = S['PendingRegistrationStatus'];
export type PendingRegistrationPage = S['PagePendingRegistrationView'];
export type RegistrationDecision = S['RegistrationDecision'];
export type ParticipantQuery = NonNullable<paths['/api/v1/plans/{planId}/participants']['get']['parameters']['query']>;
