import type { Ruling } from './api/rulings';

export function ruling(over: Partial<Ruling> = {}): Ruling {
  return {
    id: 11,
    planId: 5,
    number: 1,
    type: 'RESOLVE',
    status: 'DRAFT',
    content: 'Giao Phòng TN&MT xử lý khai thác cát trái phép',
    items: [{ id: 41, trackingCode: 'DT-2026-AAAAA', title: 'Khai thác cát trên sông Gianh' }],
    leadUnit: { code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường' },
    coordinatingUnits: [],
    dueDate: '2026-12-31',
    escalatedTo: undefined,
    recommendation: undefined,
    reply: undefined,
    repliedOn: undefined,
    reason: undefined,
    followUp: 'OPEN',
    progressPercent: 40,
    progressNote: undefined,
    followUpUpdatedAt: undefined,
    resolvedOn: undefined,
    cannotResolveReason: undefined,
    issuedBy: undefined,
    issuedAt: undefined,
    version: 3,
    ...over,
  };
}
