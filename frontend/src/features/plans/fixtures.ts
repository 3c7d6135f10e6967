import type { Plan, PlanTemplate } from '../../api/types';

/** Test data shaped like the API (plan 61-KH/ThU of the seed, trimmed); typed, so a contract change breaks the build. */
export const SEED_PLAN: Plan = {
  id: 1,
  version: 3,
  status: 'APPROVED',
  level: 'TOWN',
  templateCode: 'town-2022',
  number: '61',
  symbol: 'KH/ThU',
  issueDate: '2022-10-20',
  issuingUnit: { code: 'thi-uy', name: 'Thị ủy Ba Đồn' },
  issuingBodyName: 'Thị ủy Ba Đồn',
  title: 'Kế hoạch tổ chức đối thoại giữa đồng chí Bí thư Thị ủy với Nhân dân năm 2022',
  legalBases: [
    'Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI)',
    'Quyết định số 87-QĐ/ThU, ngày 01/02/2016 của Ban Thường vụ Thị ủy',
  ],
  chairTitle: 'Bí thư Thị ủy',
  chairName: null,
  purposes: ['Thông qua đối thoại, giúp đồng chí Bí thư Thị ủy nắm bắt kịp thời tâm tư, nguyện vọng của Nhân dân.'],
  topic: 'Thực trạng và giải pháp nâng cao hiệu quả công tác xây dựng nông thôn mới, đô thị văn minh.',
  focusAreas: [
    { id: 11, title: 'Công tác xây dựng, quản lý quy hoạch' },
    { id: 12, title: 'Huy động nguồn lực đầu tư xây dựng các công trình giao thông, thủy lợi' },
    { id: 13, title: 'Quản lý đất đai, trật tự xây dựng, vệ sinh môi trường' },
    { id: 14, title: 'An ninh trật tự, an toàn xã hội và an toàn giao thông' },
    { id: 15, title: 'Cải cách hành chính, giải quyết thủ tục hành chính' },
  ],
  plannedMonth: '2022-11',
  sessionAt: '2022-11-25T01:00:00Z',
  scheduleNote: null,
  venue: 'Trung tâm Văn hóa - Thể thao thị xã',
  format: 'IN_PERSON',
  formatNote: 'Hội nghị đối thoại, tọa đàm trực tiếp',
  agenda: [
    { id: 21, title: 'Tuyên bố lý do, giới thiệu đại biểu', responsible: 'Văn phòng Thị ủy' },
    { id: 22, title: 'Chủ thể đối thoại nêu rõ mục đích, yêu cầu', responsible: 'Bí thư Thị ủy' },
  ],
  agendaNote: null,
  composition: [
    { id: 31, level: 'TOWN', description: 'Đồng chí Bí thư Thị ủy; trưởng các ban xây dựng Đảng', targetCount: null },
    { id: 32, level: 'WARD', description: 'Bí thư Đảng ủy, Chủ tịch UBND', targetCount: 32 },
  ],
  tasks: [
    {
      id: 41,
      owner: { code: 'ubnd', name: 'Ủy ban nhân dân thị xã Ba Đồn' },
      ownerKind: 'PEOPLES_COMMITTEE',
      description: 'Chuẩn bị báo cáo về tình hình, thực trạng công tác xây dựng nông thôn mới',
      rule: { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' },
      dueDate: '2022-11-15',
      status: 'DONE',
      doneOn: '2022-11-14',
      report: { fileName: 'bao-cao.pdf', contentType: 'application/pdf', size: 1234 },
    },
    {
      id: 42,
      owner: { code: 'vp-thi-uy', name: 'Văn phòng Thị ủy' },
      ownerKind: 'PARTY_OFFICE',
      description: 'Phát hành Giấy mời các đại biểu tham dự',
      rule: { offset: 3, unit: 'WORKING_DAYS', direction: 'BEFORE' },
      dueDate: '2022-11-22',
      status: 'OPEN',
      doneOn: null,
      report: null,
    },
    {
      id: 43,
      owner: { code: 'vp-thi-uy', name: 'Văn phòng Thị ủy' },
      ownerKind: 'PARTY_OFFICE',
      description: 'Tổng hợp, phân loại nội dung các ý kiến, kiến nghị',
      rule: { offset: 7, unit: 'CALENDAR_DAYS', direction: 'BEFORE' },
      dueDate: '2022-11-18',
      status: 'OVERDUE',
      doneOn: null,
      report: null,
    },
    {
      id: 44,
      owner: { code: 'vp-thi-uy', name: 'Văn phòng Thị ủy' },
      ownerKind: 'PARTY_OFFICE',
      description: 'Văn bản thông báo ý kiến kết luận',
      rule: { offset: 10, unit: 'WORKING_DAYS', direction: 'AFTER' },
      dueDate: '2022-12-09',
      status: 'OPEN',
      doneOn: null,
      report: null,
    },
  ],
  returnReason: null,
  cancelReason: null,
  allowedActions: ['PUBLISH', 'CANCEL', 'SCHEDULE', 'PROGRESS'],
};

export function planWith(patch: Partial<Plan>): Plan {
  return { ...structuredClone(SEED_PLAN), ...patch };
}

export const TEMPLATES: PlanTemplate[] = [
  {
    code: 'town-2022',
    name: 'Đối thoại cấp thị xã (2022)',
    level: 'TOWN',
    description: 'Theo Quyết định 218-QĐ/TW và kế hoạch 61-KH/ThU.',
    content: {
      legalBases: [],
      purposes: [],
      agenda: [],
      composition: [],
      tasks: [{ ownerKind: 'PEOPLES_COMMITTEE', description: 'Báo cáo', rule: { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' } }],
    },
    version: 0,
  },
  {
    code: 'commune-2025',
    name: 'Đối thoại cấp xã (Luật Tổ chức chính quyền địa phương 2025)',
    level: 'COMMUNE',
    description: 'Thông báo trước ít nhất 7 ngày; công khai kết quả trong 10 ngày.',
    content: { legalBases: [], purposes: [], agenda: [], composition: [], tasks: [] },
    version: 0,
  },
];
