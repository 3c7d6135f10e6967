import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api/problem';
import { enqueue, flush, loadOutbox, type OutboxOp } from './outbox';
import { merge } from './merge';
import type { SessionView } from './api/session';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const speaker = (key: string, name: string): OutboxOp => ({ kind: 'speaker', key, planId: 7, body: { name }, createdAt: '2026-11-26T08:00:00Z' });
const answer = (key: string, speakerKey: string): OutboxOp => ({
  kind: 'answer',
  key,
  planId: 7,
  body: { speakerKey, answeredBy: 'Chủ tịch UBND thị xã', content: 'Sẽ giải quyết.' },
  createdAt: '2026-11-26T08:05:00Z',
});
const offline = () => new ApiError('network', 0, null, 'Failed to fetch');

describe('session outbox', () => {
  it('keeps unsent ops across a reload', () => {
    const storage = memory();
    enqueue(7, speaker('k-1', 'Trần Văn Bình'), storage);
    enqueue(7, answer('k-2', 'k-1'), storage);
    // A reload: nothing in memory, everything read back from storage.
    const again = loadOutbox(7, storage);
    expect(again.pending.map((o) => o.key)).toEqual(['k-1', 'k-2']);
    expect(loadOutbox(8, storage).pending).toEqual([]);
  });

  it('resends with the same key after a failure, and forgets an op once sent', async () => {
    const storage = memory();
    enqueue(7, answer('k-9', 's-1'), storage);
    const send = vi.fn<(op: OutboxOp) => Promise<unknown>>().mockRejectedValueOnce(offline()).mockResolvedValueOnce({});
    expect((await flush(7, send, storage)).sent).toBe(0);
    expect(loadOutbox(7, storage).pending).toHaveLength(1);
    expect((await flush(7, send, storage)).sent).toBe(1);
    expect(send.mock.calls.map(([op]) => op.key)).toEqual(['k-9', 'k-9']);
    expect(loadOutbox(7, storage).pending).toEqual([]);
  });

  it('sends in the order made and stops at the first op that cannot go yet', async () => {
    const storage = memory();
    enqueue(7, speaker('a', 'Một'), storage);
    enqueue(7, speaker('b', 'Hai'), storage);
    enqueue(7, speaker('c', 'Ba'), storage);
    const seen: string[] = [];
    const send = vi.fn(async (op: OutboxOp) => {
      seen.push(op.key);
      if (op.key === 'b' && seen.length === 2) throw offline();
    });
    await flush(7, send, storage);
    expect(loadOutbox(7, storage).pending.map((o) => o.key)).toEqual(['b', 'c']);
    await flush(7, send, storage);
    expect(seen).toEqual(['a', 'b', 'b', 'c']);
    expect(loadOutbox(7, storage).pending).toEqual([]);
  });

  it('sets aside what the server refuses, with its message, and goes on', async () => {
    const storage = memory();
    enqueue(7, speaker('bad', ''), storage);
    enqueue(7, speaker('good', 'Đoàn Thị Yến'), storage);
    const refused = new ApiError('http', 400, { title: 'Bad', status: 400, errors: [{ field: 'name', message: 'Cần có tên.' }] });
    const send = vi.fn(async (op: OutboxOp) => {
      if (op.key === 'bad') throw refused;
    });
    const { sent, state } = await flush(7, send, storage);
    expect(sent).toBe(1);
    expect(state.pending).toEqual([]);
    expect(state.rejected).toEqual([{ op: speaker('bad', ''), message: 'Cần có tên.' }]);
  });

  it('shows unsent ops over the server record, once', () => {
    const view = {
      planId: 7,
      planStatus: 'PUBLISHED',
      started: true,
      agenda: [],
      speakers: [
        { id: 1, seq: 1, name: 'Hoàng Thị Mỹ', source: 'REGISTERED', status: 'SPEAKING', items: [], version: 0, clientKey: null },
        { id: 2, seq: 2, name: 'Đã gửi', source: 'FLOOR', status: 'WAITING', items: [], version: 0, clientKey: 'sent' },
      ],
      answers: [],
      counts: { speakers: 2, spoken: 0, waiting: 1, itemsRaised: 0, newItems: 0, answers: 0, agendaDone: 0 },
      version: 3,
    } as SessionView;
    const shown = merge(view, [
      speaker('sent', 'Đã gửi'),
      speaker('new', 'Trần Văn Bình'),
      { kind: 'raise', key: 'r', planId: 7, body: { speakerKey: 'new', content: 'Đường ngập' }, createdAt: '' },
      answer('a', 'new'),
      { kind: 'answer', key: 'b', planId: 7, body: { speakerId: 1, answeredBy: 'X', content: 'Y' }, createdAt: '' },
    ]);
    expect(shown.speakers.map((s) => [s.name, s.pending])).toEqual([
      ['Hoàng Thị Mỹ', false],
      ['Đã gửi', false],
      ['Trần Văn Bình', true],
    ]);
    expect(shown.speakers[2].pendingItems).toEqual(['Đường ngập']);
    expect(shown.answers.map((a) => [a.speakerId, a.pending])).toEqual([
      [shown.speakers[2].id, true],
      [1, true],
    ]);
  });
});
