/**
 * Participants API shapes (issue 4), written from /work/contract-participants.md until the backend's
 * openapi.yaml has them; then these become aliases of the generated schema.
 */
export type ParticipantKind = 'DELEGATE' | 'ORGANISATION_REPRESENTATIVE' | 'CITIZEN';
export type ParticipantLevel = 'TOWN' | 'WARD' | 'VILLAGE';
export type ParticipantSource = 'STAFF' | 'REGISTRATION';
export type RsvpStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type InvitationChannel = 'HAND_DELIVERY' | 'POST' | 'EMAIL' | 'SMS' | 'PHONE';

export interface OrgUnitRef {
  code: string;
  name: string;
}

export interface ParticipantInvitation {
  batchId: number;
  number: string;
  issuedOn: string;
  channel: InvitationChannel;
  late: boolean;
}

export interface Participant {
  id: number;
  personId: number;
  displayName: string;
  fullName: string | null;
  title: string | null;
  organisation: OrgUnitRef | null;
  ward: OrgUnitRef | null;
  village: OrgUnitRef | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  contactVisible: boolean;
  namePublic: boolean;
  kind: ParticipantKind;
  level: ParticipantLevel;
  groupId: number | null;
  source: ParticipantSource;
  matter: string | null;
  invitation: ParticipantInvitation | null;
  rsvp: RsvpStatus;
  rsvpAt: string | null;
  rsvpNote: string | null;
  checkedInAt: string | null;
  token: string | null;
  version: number;
}

export interface ParticipantPage {
  items: Participant[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface GroupCount {
  groupId: number | null;
  level: ParticipantLevel | null;
  description: string;
  target: number | null;
  participants: number;
  invited: number;
  confirmed: number;
  attended: number;
  missing: boolean;
  belowTarget: boolean;
}

export interface Composition {
  groups: GroupCount[];
  total: GroupCount;
}

export interface InvitationBatch {
  id: number;
  number: string;
  issuedOn: string;
  channel: InvitationChannel;
  participantCount: number;
  deadline: string | null;
  late: boolean;
  overrideReason: string | null;
  createdBy: string;
  createdAt: string;
}

export interface RsvpView {
  planId: number;
  planTitle: string;
  sessionAt: string | null;
  venue: string | null;
  fullName: string;
  wardName: string | null;
  kind: ParticipantKind;
  invited: boolean;
  invitationNumber: string | null;
  rsvp: RsvpStatus;
  rsvpAt: string | null;
  checkedInAt: string | null;
  canRespond: boolean;
  matter: string | null;
}

export interface Registration {
  token: string;
  planId: number;
  planTitle: string;
  sessionAt: string | null;
  venue: string | null;
  fullName: string;
  wardName: string;
  matter: string | null;
  registeredAt: string;
}

export interface CheckInResult {
  participant: Participant;
  alreadyCheckedIn: boolean;
  checkedInAt: string;
  composition: Composition;
}

export interface Person {
  id: number;
  fullName: string;
  title: string | null;
  organisation: OrgUnitRef | null;
  ward: OrgUnitRef | null;
  village: OrgUnitRef | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  notes: string | null;
  namePublic: boolean;
}

export interface PersonInput {
  fullName: string;
  title?: string | null;
  organisationCode?: string | null;
  wardCode?: string | null;
  villageCode?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  notes?: string | null;
  namePublic?: boolean;
}

export interface ParticipantRequest {
  personId?: number;
  person?: PersonInput;
  kind: ParticipantKind;
  level: ParticipantLevel;
  groupId?: number | null;
  matter?: string | null;
}

export interface RsvpRequest {
  response: RsvpStatus;
  note?: string | null;
}

export interface InvitationBatchRequest {
  number: string;
  issuedOn: string;
  channel: InvitationChannel;
  participantIds: number[];
  lateOverrideReason?: string | null;
}

export interface RegistrationRequest {
  fullName: string;
  phone: string;
  wardCode: string;
  villageCode?: string | null;
  matter?: string | null;
  namePublic: boolean;
}

export interface CheckInRequest {
  code?: string;
  participantId?: number;
}

export interface ParticipantQuery {
  q?: string;
  kind?: ParticipantKind;
  level?: ParticipantLevel;
  groupId?: number;
  ward?: string;
  rsvp?: RsvpStatus;
  invited?: boolean;
  attended?: boolean;
  page?: number;
  size?: number;
}
