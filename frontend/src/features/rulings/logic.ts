import type { Ruling, RulingRequest, RulingType } from './api/rulings';

export const RULING_TYPES: readonly RulingType[] = ['RESOLVE', 'ESCALATE', 'EXPLAINED', 'DECLINED'];

/** The form as typed: every type's fields are kept while the type is switched, only the chosen type's are sent. */
export interface RulingForm {
  type: RulingType;
  content: string;
  items: { id: number; title: string; trackingCode: string }[];
  unitCode: string;
  coordinatingUnitCodes: string[];
  dueDate: string;
  escalatedTo: string;
  recommendation: string;
  reason: string;
}

export const EMPTY_FORM: RulingForm = {
  type: 'RESOLVE',
  content: '',
  items: [],
  unitCode: '',
  coordinatingUnitCodes: [],
  dueDate: '',
  escalatedTo: '',
  recommendation: '',
  reason: '',
};

export function formOf(r: Ruling): RulingForm {
  return {
    type: r.type,
    content: r.content,
    items: r.items.map((i) => ({ id: i.id, title: i.title, trackingCode: i.trackingCode })),
    unitCode: r.leadUnit?.code ?? '',
    coordinatingUnitCodes: r.coordinatingUnits.map((u) => u.code),
    dueDate: r.dueDate ?? '',
    escalatedTo: r.escalatedTo ?? '',
    recommendation: r.recommendation ?? '',
    reason: r.reason ?? '',
  };
}

/** What the server is sent: the fields of the chosen type only. */
export function requestOf(f: RulingForm): RulingRequest {
  const body: RulingRequest = { type: f.type, content: f.content.trim(), feedbackIds: f.items.map((i) => i.id) };
  if (f.type === 'RESOLVE') {
    body.unitCode = f.unitCode;
    body.coordinatingUnitCodes = f.coordinatingUnitCodes.filter((c) => c !== f.unitCode);
    body.dueDate = f.dueDate;
  } else if (f.type === 'ESCALATE') {
    body.escalatedTo = f.escalatedTo.trim();
    body.recommendation = f.recommendation.trim();
  } else if (f.type === 'DECLINED') {
    body.reason = f.reason.trim();
  }
  return body;
}

/** The fields left empty that the chosen type needs, by form key (checked before sending; the server checks again). */
export function missingFields(f: RulingForm): string[] {
  const missing: string[] = [];
  if (!f.content.trim()) missing.push('content');
  if (f.items.length === 0) missing.push('feedbackIds');
  if (f.type === 'RESOLVE') {
    if (!f.unitCode) missing.push('unitCode');
    if (!f.dueDate) missing.push('dueDate');
  }
  if (f.type === 'ESCALATE') {
    if (!f.escalatedTo.trim()) missing.push('escalatedTo');
    if (!f.recommendation.trim()) missing.push('recommendation');
  }
  if (f.type === 'DECLINED' && !f.reason.trim()) missing.push('reason');
  return missing;
}

/** Unsaved forms are kept on the device, one per plan and ruling ("new" for one not yet created), until saved. */
export const draftKey = (planId: number, rulingId: number | 'new') => `doithoai.ruling-draft.${planId}.${rulingId}`;

export function loadDraft(key: string, storage: Storage = localStorage): RulingForm | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<RulingForm>;
    if (!parsed || typeof parsed !== 'object' || !RULING_TYPES.includes(parsed.type as RulingType)) return null;
    return { ...EMPTY_FORM, ...parsed };
  } catch {
    return null;
  }
}

export function saveDraft(key: string, form: RulingForm, storage: Storage = localStorage) {
  try {
    storage.setItem(key, JSON.stringify(form));
  } catch {
    // Storage full or disabled: the form still works, only without the safety net.
  }
}

export function clearDraft(key: string, storage: Storage = localStorage) {
  try {
    storage.removeItem(key);
  } catch {
    // ignore
  }
}

export function sameForm(a: RulingForm, b: RulingForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Drafts then issued, each by number. */
export function groupByStatus(rulings: readonly Ruling[]): { drafts: Ruling[]; issued: Ruling[] } {
  const byNumber = [...rulings].sort((a, b) => a.number - b.number);
  return { drafts: byNumber.filter((r) => r.status === 'DRAFT'), issued: byNumber.filter((r) => r.status === 'ISSUED') };
}
