import type { Feedback, FeedbackTracking } from './api/types';

/** Test data shaped like the feedback API. */
export function feedbackItem(patch: Partial<Feedback> = {}): Feedback {
  return {
    id: 42,
    trackingCode: 'DT-2026-7K3Q9',
    planId: 5,
    kind: 'PETITION',
    channel: 'CITIZEN_ONLINE',
    status: 'RECEIVED',
    title: 'Đèn đường ngõ 5 bị hỏng',
    content: 'Đèn chiếu sáng ngõ 5 đã hỏng hơn một tháng.',
    ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' },
    village: { code: 'tdp-1', name: 'Tổ dân phố 1' },
    focusArea: null,
    unit: null,
    priority: null,
    rejectReason: null,
    submitterVisible: true,
    participantId: null,
    submitterName: 'Trần Thị Hoa',
    submitterPhone: '0912345678',
    submitterEmail: null,
    answer: null,
    createdAt: '2026-11-20T03:00:00Z',
    updatedAt: '2026-11-20T03:00:00Z',
    version: 3,
    attachments: [],
    mergedIntoId: null,
    merged: null,
    raisedBeforeUnresolved: false,
    raisedBefore: [],
    coordinatingUnits: [],
    answeredAtSession: null,
    partner: null,
    externalReference: null,
    contactConfirmed: null,
    ...patch,
  };
}

export function tracking(patch: Partial<FeedbackTracking> = {}): FeedbackTracking {
  return {
    trackingCode: 'DT-2026-7K3Q9',
    planTitle: 'Đối thoại giữa Chủ tịch UBND phường Ba Đồn với Nhân dân năm 2026',
    kind: 'PETITION',
    title: 'Đèn đường ngõ 5 bị hỏng',
    status: 'RECEIVED',
    focusArea: null,
    rejectReason: null,
    answer: null,
    answeredAt: null,
    receivedAt: '2026-11-20T03:00:00Z',
    updatedAt: '2026-11-20T03:00:00Z',
    merged: false,
    ...patch,
  };
}
