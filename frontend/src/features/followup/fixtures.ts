import type { FollowUp, FollowUpDetail, ProgressReport, Ruling } from './api/types';

function ruling(overrides: Partial<Ruling> = {}): Ruling {
  return {
    id: 12,
    planId: 61,
    number: 3,
    type: 'RESOLVE',
    status: 'ISSUED',
    content: 'Giao Phòng Tài nguyên và Môi trường nạo vét mương thoát nước đường Lý Thường Kiệt.',
    items: [],
    leadUnit: { code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường' },
    coordinatingUnits: [{ code: 'phong-qldt', name: 'Phòng Quản lý đô thị' }],
    dueDate: '2026-11-20',
    followUp: 'OPEN',
    progressPercent: 0,
    deadline: { standing: 'OVERDUE', workingDaysLate: 4 },
    version: 1,
    ...overrides,
  };
}

export function followUp(overrides: Partial<FollowUp> = {}, rulingOverrides: Partial<Ruling> = {}): FollowUp {
  return {
    ruling: ruling(rulingOverrides),
    planTitle: 'Kế hoạch tổ chức đối thoại năm 2022',
    planCode: '61-KH/ThU',
    overdueWorkingDays: 4,
    ...overrides,
  };
}

export function report(overrides: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: 100,
    unit: { code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường' },
    author: 'phongtnmt',
    note: 'Đã khảo sát hiện trạng.',
    percent: 20,
    statusAfter: 'IN_PROGRESS',
    createdAt: '2026-11-20T02:00:00Z',
    attachments: [],
    ...overrides,
  };
}

export function detail(overrides: Partial<FollowUpDetail> = {}): FollowUpDetail {
  return { followUp: followUp(), yourPart: 'LEAD', reports: [], ...overrides };
}
