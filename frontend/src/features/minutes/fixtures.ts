import type { Minutes, MinutesSummary } from './api/minutes';

export function minutesFixture(over: Partial<Minutes> = {}): Minutes {
  return {
    id: 7,
    planId: 5,
    planTitle: 'Hội nghị đối thoại năm 2022',
    versionNo: 1,
    status: 'DRAFT',
    previousId: null,
    supersededById: null,
    chairName: 'Lê Bí Thư',
    secretaryName: 'Trần Văn Phòng',
    sections: [
      { kind: 'OPENING', heading: 'Thời gian, địa điểm', body: 'Vào lúc 8 giờ 05 phút, ngày 25 tháng 11 năm 2022' },
      { kind: 'SPEAKER', heading: 'Ý kiến 1: Nguyễn Thị Hường', body: 'Nội dung nêu:\n- Đường ngập' },
      { kind: 'CONCLUSION', heading: 'Kết luận của chủ trì hội nghị', body: '' },
    ],
    signatures: [],
    correctionReason: null,
    finalisedBy: null,
    finalisedAt: null,
    createdBy: 'vanphong',
    createdAt: '2022-11-25T04:00:00Z',
    updatedAt: '2022-11-25T04:00:00Z',
    version: 3,
    ...over,
  };
}

export function summaryOf(m: Minutes): MinutesSummary {
  return {
    id: m.id,
    versionNo: m.versionNo,
    status: m.status,
    previousId: m.previousId,
    supersededById: m.supersededById,
    correctionReason: m.correctionReason,
    signatureCount: m.signatures.length,
    finalisedBy: m.finalisedBy,
    finalisedAt: m.finalisedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}
