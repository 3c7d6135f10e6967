import i18next from 'i18next';
import type { OrgUnitNode } from '../../api/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../lib/i18n';
import { parseRetryAfter } from './api/feedback';
import { answeringUnits } from './components/FeedbackActions';
import { clearFeedbackDraft, feedbackDraftKey, keyAfterFailure, loadFeedbackDraft, saveFeedbackDraft } from './feedbackDraft';
import { allowedActions, normaliseCode, statusSteps, waitInWords } from './logic';
import { bulkFailures, importRowErrors } from './logic';
import { emptyRow, loadReportDraft, newReportDraft, reportDraftKey, saveReportDraft } from './reportDraft';

beforeAll(async () => {
  await initI18n(i18next, { react: false });
});

describe('feedback draft', () => {
  it('keeps the fields and the idempotency key across reloads until cleared', () => {
    const fresh = loadFeedbackDraft(9);
    expect(fresh.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.fields).toMatchObject({ kind: '', title: '', content: '' });
    saveFeedbackDraft(9, { ...fresh, fields: { ...fresh.fields, kind: 'PETITION', title: 'Đèn đường hỏng', wardCode: 'phuong-ba-don' } });
    const again = loadFeedbackDraft(9);
    expect(again.idempotencyKey).toBe(fresh.idempotencyKey);
    expect(again.fields).toMatchObject({ kind: 'PETITION', title: 'Đèn đường hỏng', wardCode: 'phuong-ba-don' });
    // Another plan has its own draft.
    expect(loadFeedbackDraft(10).idempotencyKey).not.toBe(fresh.idempotencyKey);
    clearFeedbackDraft(9);
    expect(window.localStorage.getItem(feedbackDraftKey(9))).toBeNull();
    expect(loadFeedbackDraft(9).idempotencyKey).not.toBe(fresh.idempotencyKey);
  });

  it('starts over on a corrupt or foreign stored value, and drops an unknown kind', () => {
    window.localStorage.setItem(feedbackDraftKey(11), '{not json');
    expect(loadFeedbackDraft(11).fields.title).toBe('');
    window.localStorage.setItem(feedbackDraftKey(12), JSON.stringify({ idempotencyKey: 'k-1', fields: { kind: 'SPAM', title: 42, content: 'Nội dung' } }));
    const d = loadFeedbackDraft(12);
    expect(d.idempotencyKey).toBe('k-1');
    expect(d.fields).toMatchObject({ kind: '', title: '', content: 'Nội dung', submitterEmail: '' });
  });

  it('keeps the key when the first send may have gone through, and makes a new one when the server refused it', () => {
    const d = { fields: loadFeedbackDraft(13).fields, idempotencyKey: 'same' };
    expect(keyAfterFailure(d, null).idempotencyKey).toBe('same'); // not an API error
    expect(keyAfterFailure(d, 0).idempotencyKey).toBe('same'); // network
    expect(keyAfterFailure(d, 503).idempotencyKey).toBe('same');
    expect(keyAfterFailure(d, 429).idempotencyKey).toBe('same');
    expect(keyAfterFailure(d, 400).idempotencyKey).not.toBe('same');
    expect(keyAfterFailure(d, 400).fields).toBe(d.fields);
  });
});

describe('status steps', () => {
  const base = { receivedAt: '2026-11-20T03:00:00Z', updatedAt: '2026-11-22T03:00:00Z' };
  const states = (s: ReturnType<typeof statusSteps>) => s.map((x) => `${x.key}:${x.state}`);

  it('marks the steps before the current one done and the rest to come', () => {
    expect(states(statusSteps({ ...base, status: 'RECEIVED' }))).toEqual([
      'RECEIVED:current',
      'CLASSIFIED:todo',
      'ASSIGNED:todo',
      'PREPARING:todo',
      'APPROVED:todo',
      'AT_SESSION:todo',
      'RULED:todo',
    ]);
    expect(states(statusSteps({ ...base, status: 'ASSIGNED' })).slice(0, 4)).toEqual(['RECEIVED:done', 'CLASSIFIED:done', 'ASSIGNED:current', 'PREPARING:todo']);
    expect(statusSteps({ ...base, status: 'RULED' }).every((s) => s.state !== 'todo')).toBe(true);
  });

  it('shows drafting and review as one "being prepared" step', () => {
    for (const status of ['ANSWER_DRAFTED', 'ANSWER_SUBMITTED'] as const) {
      expect(statusSteps({ ...base, status }).find((s) => s.state === 'current')?.key).toBe('PREPARING');
    }
  });

  it('dates the received step, the approval and the current step', () => {
    const steps = statusSteps({ ...base, status: 'ANSWERED_AT_SESSION', answeredAt: '2026-11-21T03:00:00Z' });
    expect(steps.find((s) => s.key === 'RECEIVED')?.at).toBe(base.receivedAt);
    expect(steps.find((s) => s.key === 'APPROVED')?.at).toBe('2026-11-21T03:00:00Z');
    expect(steps.find((s) => s.key === 'AT_SESSION')).toMatchObject({ state: 'current', at: base.updatedAt });
    expect(steps.find((s) => s.key === 'RULED')?.at).toBeNull();
  });

  it('a rejected item: received, then rejected', () => {
    expect(states(statusSteps({ ...base, status: 'REJECTED' }))).toEqual(['RECEIVED:done', 'REJECTED:current']);
  });
});

describe('feedback helpers', () => {
  it('says how long to wait in words', () => {
    const t = i18next.t.bind(i18next);
    expect(waitInWords(45, t)).toBe('45 giây');
    expect(waitInWords(125, t)).toBe('3 phút');
    expect(waitInWords(7200, t)).toBe('khoảng 2 giờ');
    expect(waitInWords(null, t)).toBe('ít phút');
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(60);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it('offers each role its own steps in each status', () => {
    expect(allowedActions(['secretariat'], 'RECEIVED')).toEqual(['classify', 'reject']);
    expect(allowedActions(['secretariat'], 'CLASSIFIED')).toEqual(['classify', 'assign', 'reject']);
    expect(allowedActions(['secretariat'], 'ANSWER_DRAFTED')).toEqual(['editAnswer', 'submit', 'returnToUnit']);
    expect(allowedActions(['unit'], 'ASSIGNED')).toEqual(['draftAnswer']);
    expect(allowedActions(['unit'], 'ANSWER_SUBMITTED')).toEqual([]);
    expect(allowedActions(['chair'], 'ANSWER_SUBMITTED')).toEqual(['approve', 'returnToOffice']);
    expect(allowedActions(['chair'], 'ANSWER_DRAFTED')).toEqual([]);
    expect(allowedActions(['ward', 'citizen'], 'RECEIVED')).toEqual([]);
  });

  it('reads a code as typed or pasted, and lists only units that may answer', () => {
    expect(normaliseCode(' dt-2026-7k3q9 ')).toBe('DT-2026-7K3Q9');
    const tree = [
      {
        code: 'ba-don',
        name: 'Thị xã Ba Đồn',
        kind: 'TOWN' as const,
        children: [
          { code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường', kind: 'DEPARTMENT' as const, children: [] },
          { code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD' as const, children: [{ code: 'tdp-1', name: 'Tổ dân phố 1', kind: 'RESIDENTIAL_GROUP' as const, children: [] }] },
        ],
      },
    ];
    expect(answeringUnits(tree.map(withHistory))).toEqual([{ code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường' }]);
  });
});

/** A present-day unit, shared, that the caller may only read: what the tree adds to code, name and kind. */
function withHistory(node: Omit<OrgUnitNode, 'body' | 'ownerBody' | 'retiredOn' | 'successor' | 'allowedActions' | 'children'> & { children: unknown[] }): OrgUnitNode {
  return {
    ...node,
    body: false,
    ownerBody: null,
    retiredOn: null,
    successor: null,
    allowedActions: [],
    children: (node.children as Parameters<typeof withHistory>[0][]).map(withHistory),
  };
}

describe('office helpers', () => {
  it('bulkFailures maps items[i] to the ids sent, joining messages', () => {
    const m = bulkFailures(
      [
        { field: 'items[1]', message: 'Đã thay đổi.' },
        { field: 'bulk.items[1]', message: 'Sai trạng thái.' },
        { field: 'items[9]', message: 'x' },
        { field: 'focusAreaId', message: 'y' },
      ],
      [10, 20],
    );
    expect([...m]).toEqual([[20, 'Đã thay đổi. Sai trạng thái.']]);
  });

  it('importRowErrors reads rows[n].Column and sorts by row', () => {
    expect(importRowErrors([{ field: 'rows[12].Tiêu đề', message: 'a' }, { field: 'rows[2].Loại', message: 'b' }, { field: 'file', message: 'c' }])).toEqual([
      { row: null, column: 'file', message: 'c' },
      { row: 2, column: 'Loại', message: 'b' },
      { row: 12, column: 'Tiêu đề', message: 'a' },
    ]);
  });

  it('a corrupt report draft starts over; a stored one keeps its rows and key', () => {
    window.localStorage.setItem(reportDraftKey(9), '{bad');
    expect(loadReportDraft(9).rows).toHaveLength(1);
    const d = { ...newReportDraft(), organisation: 'Hội Nông dân', rows: [emptyRow('phuong-ba-don'), { ...emptyRow(), kind: 'NOPE' as never, title: 'x' }] };
    saveReportDraft(9, d);
    const back = loadReportDraft(9);
    expect(back).toMatchObject({ organisation: 'Hội Nông dân', idempotencyKey: d.idempotencyKey });
    expect(back.rows[1]).toMatchObject({ kind: 'OPINION', title: 'x' });
  });
});
