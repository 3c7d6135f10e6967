import { describe, expect, it } from 'vitest';
import { ruling } from './fixtures';
import { EMPTY_FORM, clearDraft, draftKey, formOf, groupByStatus, loadDraft, missingFields, requestOf, saveDraft } from './logic';

describe('ruling form', () => {
  it('sends only the fields of the chosen type', () => {
    const form = { ...formOf(ruling({ coordinatingUnits: [{ code: 'cong-an', name: 'Công an' }] })), escalatedTo: 'UBND tỉnh', reason: 'x' };
    expect(requestOf(form)).toEqual({
      type: 'RESOLVE',
      content: 'Giao Phòng TN&MT xử lý khai thác cát trái phép',
      feedbackIds: [41],
      unitCode: 'phong-tnmt',
      coordinatingUnitCodes: ['cong-an'],
      dueDate: '2026-12-31',
    });
    expect(requestOf({ ...form, type: 'ESCALATE', recommendation: ' Đề nghị ' })).toEqual({
      type: 'ESCALATE',
      content: form.content,
      feedbackIds: [41],
      escalatedTo: 'UBND tỉnh',
      recommendation: 'Đề nghị',
    });
    expect(requestOf({ ...form, type: 'DECLINED' })).toMatchObject({ type: 'DECLINED', reason: 'x' });
    expect(requestOf({ ...form, type: 'EXPLAINED' })).not.toHaveProperty('reason');
  });

  it('names what the chosen type still needs', () => {
    expect(missingFields(EMPTY_FORM)).toEqual(['content', 'feedbackIds', 'unitCode', 'dueDate']);
    expect(missingFields({ ...EMPTY_FORM, type: 'ESCALATE', content: 'a' })).toEqual(['feedbackIds', 'escalatedTo', 'recommendation']);
    expect(missingFields({ ...EMPTY_FORM, type: 'DECLINED', content: 'a', items: [{ id: 1, title: 't', trackingCode: 'c' }] })).toEqual(['reason']);
    expect(missingFields({ ...EMPTY_FORM, type: 'EXPLAINED', content: 'a', items: [{ id: 1, title: 't', trackingCode: 'c' }] })).toEqual([]);
  });

  it('keeps an unsaved form on the device and ignores anything malformed', () => {
    const key = draftKey(5, 'new');
    saveDraft(key, { ...EMPTY_FORM, content: 'Đang soạn' });
    expect(loadDraft(key)?.content).toBe('Đang soạn');
    clearDraft(key);
    expect(loadDraft(key)).toBeNull();
    localStorage.setItem(key, '{"type":"NOPE"}');
    expect(loadDraft(key)).toBeNull();
    localStorage.setItem(key, 'not json');
    expect(loadDraft(key)).toBeNull();
  });

  it('groups drafts and issued rulings by number', () => {
    const { drafts, issued } = groupByStatus([
      ruling({ id: 3, number: 3, status: 'ISSUED' }),
      ruling({ id: 2, number: 2 }),
      ruling({ id: 1, number: 1, status: 'ISSUED' }),
    ]);
    expect(drafts.map((r) => r.number)).toEqual([2]);
    expect(issued.map((r) => r.number)).toEqual([1, 3]);
  });
});
