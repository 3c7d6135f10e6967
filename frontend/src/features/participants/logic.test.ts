import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from '../../lib/api/download';
import { flaggedGroups, groupFlag } from './composition';
import { COMPOSITION, group } from './fixtures';
import { isVietnameseMobile } from './labels';
import { wardsOf } from './places';
import { PLACES } from './fixtures';
import { clearDraft, draftKey, loadDraft, saveDraft } from './registrationDraft';

describe('composition flags', () => {
  it('flags groups with nobody and groups below target, never the ungrouped bucket', () => {
    expect(groupFlag(group({ participants: 0, missing: true }))).toBe('missing');
    expect(groupFlag(group({ participants: 0, missing: false }))).toBe('missing');
    expect(groupFlag(group({ participants: 3, target: 10, belowTarget: true }))).toBe('below');
    expect(groupFlag(group({ participants: 3, target: 10, belowTarget: false }))).toBe('below');
    expect(groupFlag(group({ participants: 3, target: null }))).toBe('ok');
    expect(groupFlag(group({ participants: 10, target: 10 }))).toBe('ok');
    expect(flaggedGroups([...COMPOSITION.groups, group({ groupId: null, participants: 0, missing: true })]).map((g) => g.groupId)).toEqual([32, 33]);
  });
});

describe('registration draft', () => {
  it('keeps the fields and the idempotency key until cleared', () => {
    const fresh = loadDraft(7);
    expect(fresh.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.fields.fullName).toBe('');
    saveDraft(7, { ...fresh, fields: { ...fresh.fields, fullName: 'Trần Thị Hoa' } });
    const again = loadDraft(7);
    expect(again.idempotencyKey).toBe(fresh.idempotencyKey);
    expect(again.fields).toMatchObject({ fullName: 'Trần Thị Hoa' });
    expect(loadDraft(8).idempotencyKey).not.toBe(fresh.idempotencyKey); // one draft per plan
    clearDraft(7);
    expect(window.localStorage.getItem(draftKey(7))).toBeNull();
    expect(loadDraft(7).idempotencyKey).not.toBe(fresh.idempotencyKey);
  });

  it('starts over on an unreadable draft', () => {
    window.localStorage.setItem(draftKey(9), '{not json');
    expect(loadDraft(9).fields.fullName).toBe('');
    window.localStorage.setItem(draftKey(9), JSON.stringify({ fields: { fullName: 1 } }));
    expect(loadDraft(9).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('helpers', () => {
  it('recognises Vietnamese mobile numbers', () => {
    for (const ok of ['0912345678', '0912 345 678', '+84912345678', '84 398.765.432', '0581234567']) expect(isVietnameseMobile(ok)).toBe(true);
    for (const bad of ['091234567', '0212345678', '12345', '09123456789', 'abc']) expect(isVietnameseMobile(bad)).toBe(false);
  });

  it('reads the file name of a download', () => {
    expect(fileNameFromDisposition("attachment; filename=\"a.pdf\"; filename*=UTF-8''gi%E1%BA%A5y-m%E1%BB%9Di.pdf")).toBe('giấy-mời.pdf');
    expect(fileNameFromDisposition('attachment; filename="danh-sach.csv"')).toBe('danh-sach.csv');
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('finds wards and communes with their villages', () => {
    expect(wardsOf(PLACES)).toEqual([
      { code: 'phuong-ba-don', name: 'Phường Ba Đồn', villages: [{ code: 'tdp-1', name: 'Tổ dân phố 1' }] },
      { code: 'xa-quang-hai', name: 'Xã Quảng Hải', villages: [] },
    ]);
  });
});

describe('late invitations', () => {
  it('takes a 409 for a late batch unless the server marks it as another kind of problem', async () => {
    const { ApiError } = await import('../../lib/api/problem');
    const { lateInvitation } = await import('./api/participants');
    const problem = (type: string | undefined, extra: Record<string, unknown> = {}) =>
      new ApiError('http', 409, { type, title: 'Xung đột', status: 409, detail: 'Hạn là 18/11/2022.' }, undefined, { type, detail: 'Hạn là 18/11/2022.', ...extra });
    expect(lateInvitation(problem('urn:problem-type:doithoai:invitation-late'))).toBe('Hạn là 18/11/2022.');
    // Other conflicts (plan not approved yet, no session date) are errors, not a reason to ask for one.
    expect(lateInvitation(problem('urn:problem-type:doithoai:conflict'))).toBeNull();
    expect(lateInvitation(problem('urn:problem-type:doithoai:plan-not-ready'))).toBeNull();
    expect(lateInvitation(new ApiError('http', 400, null))).toBeNull();
  });
});
