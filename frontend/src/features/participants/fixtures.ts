import type { Composition, GroupCount, Participant, PendingRegistration } from './api/types';

/** Test data shaped like the participants API. */
export function group(patch: Partial<GroupCount>): GroupCount {
  return {
    groupId: 1,
    level: 'WARD',
    description: 'Đại biểu cấp phường',
    target: 10,
    participants: 10,
    invited: 8,
    confirmed: 5,
    attended: 0,
    missing: false,
    belowTarget: false,
    ...patch,
  };
}

export const COMPOSITION: Composition = {
  groups: [
    group({ groupId: 31, level: 'TOWN', description: 'Lãnh đạo thị xã', target: 5, participants: 5, invited: 5, confirmed: 4, attended: 1 }),
    group({ groupId: 32, level: 'WARD', description: 'Cán bộ phường', target: 10, participants: 3, invited: 3, confirmed: 1, attended: 0, belowTarget: true }),
    group({ groupId: 33, level: 'VILLAGE', description: 'Đại diện Nhân dân các tổ dân phố', target: 40, participants: 0, invited: 0, confirmed: 0, attended: 0, missing: true, belowTarget: true }),
  ],
  total: group({ groupId: null, level: null, description: 'Tổng cộng', target: 55, participants: 8, invited: 8, confirmed: 5, attended: 1 }),
};

export function participant(patch: Partial<Participant>): Participant {
  return {
    id: 101,
    personId: 501,
    displayName: 'Nguyễn Văn Bình',
    fullName: 'Nguyễn Văn Bình',
    title: null,
    organisation: null,
    ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' },
    village: null,
    phone: '0912345678',
    email: null,
    address: null,
    contactVisible: true,
    namePublic: true,
    kind: 'CITIZEN',
    level: 'WARD',
    groupId: 32,
    source: 'STAFF',
    matter: null,
    invitation: null,
    rsvp: 'PENDING',
    rsvpAt: null,
    rsvpNote: null,
    checkedInAt: null,
    token: 'tok-101',
    version: 1,
    ...patch,
  };
}

/** A registration whose phone matched a known person, still waiting. */
export function pendingRegistration(patch: Partial<PendingRegistration>): PendingRegistration {
  return {
    id: 41,
    planId: 7,
    status: 'PENDING_MATCH',
    fullName: 'Hoàng Thị Mai',
    phone: '0900123456',
    ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' },
    village: { code: 'tdp-1', name: 'Tổ dân phố 1' },
    matter: 'Người cao tuổi chờ lâu ở bộ phận một cửa.',
    namePublic: false,
    loggedIn: false,
    matchVisible: true,
    matchedPerson: null,
    matchOnList: false,
    rsvp: 'PENDING',
    rsvpAt: null,
    registeredAt: '2022-11-19T02:00:00Z',
    participantId: null,
    decidedBy: null,
    decidedAt: null,
    version: 0,
    ...patch,
  };
}

export function page<T>(items: T[]) {
  return { items, nextCursor: null, totalItems: items.length };
}

/** What /api/v1/public/localities answers. */
export const LOCALITIES = [
  { code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD', villages: [{ code: 'tdp-1', name: 'Tổ dân phố 1' }] },
  { code: 'xa-quang-hai', name: 'Xã Quảng Hải', kind: 'COMMUNE', villages: [] },
];

export const PLACES = [
  {
    code: 'ba-don',
    name: 'Thị xã Ba Đồn',
    kind: 'TOWN',
    children: [
      {
        code: 'phuong-ba-don',
        name: 'Phường Ba Đồn',
        kind: 'WARD',
        children: [{ code: 'tdp-1', name: 'Tổ dân phố 1', kind: 'RESIDENTIAL_GROUP', children: [] }],
      },
      { code: 'xa-quang-hai', name: 'Xã Quảng Hải', kind: 'COMMUNE', children: [] },
    ],
  },
];
