import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';
import type { SessionView } from './api/session';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const VIEW: SessionView = {
  planId: 7,
  planStatus: 'PUBLISHED',
  sessionDate: '2026-11-26',
  started: true,
  startedAt: '2026-11-26T01:00:00Z',
  currentAgendaItemId: 11,
  agenda: [
    { agendaItemId: 10, position: 0, title: 'Tuyên bố lý do', state: 'DONE', responsible: 'Văn phòng Thị ủy' },
    { agendaItemId: 11, position: 1, title: 'Nhân dân phát biểu', state: 'IN_PROGRESS' },
  ],
  speakers: [
    { id: 5, seq: 1, name: 'Hoàng Thị Mỹ', affiliation: 'Phường Ba Đồn', source: 'REGISTERED', status: 'SPEAKING', items: [], version: 1 },
    { id: 6, seq: 2, name: 'Trần Văn Bình', source: 'FLOOR', status: 'WAITING', items: [], version: 0, clientKey: 'k-old' },
  ],
  answers: [],
  counts: { speakers: 2, spoken: 0, waiting: 1, itemsRaised: 0, newItems: 0, answers: 0, agendaDone: 1 },
  version: 4,
};

afterEach(() => localStorage.clear());

describe('session page', () => {
  it('keeps an answer made offline, shows it as not sent, and resends it with the same key', async () => {
    const user = userEvent.setup();
    let fail = true;
    const keys: string[] = [];
    const fetchMock = mockFetch({
      'GET /api/v1/plans/7/session': () => jsonResponse(VIEW),
      'GET /api/v1/plans/7/feedback': () => jsonResponse({ items: [], nextCursor: null }),
      'POST /api/v1/plans/7/session/answers': async (r) => {
        keys.push(r.headers.get('Idempotency-Key') ?? '');
        if (fail) throw new TypeError('Failed to fetch');
        const body = (await r.json()) as { answeredBy: string; content: string; speakerId: number };
        return jsonResponse({ id: 90, speakerId: body.speakerId, answeredBy: body.answeredBy, content: body.content, createdAt: '2026-11-26T02:00:00Z' }, { status: 201 });
      },
    });
    await openAs(['secretariat'], '/plans/7/session');
    const card = await screen.findByRole('article', { name: /Hoàng Thị Mỹ/ });
    expect(screen.getByText('Đã xong 1/2 mục')).toBeInTheDocument();

    await user.type(within(card).getByRole('combobox', { name: /Người trả lời/ }), 'Chủ tịch UBND thị xã');
    await user.type(within(card).getByRole('textbox', { name: /Nội dung trả lời/ }), 'Sẽ cấp giấy trong tháng 12.');
    await user.click(within(card).getByRole('button', { name: 'Ghi trả lời' }));

    expect(await screen.findByText('1 chưa gửi')).toBeInTheDocument();
    expect(within(card).getByText('Sẽ cấp giấy trong tháng 12.')).toBeInTheDocument();
    // Kept on the device with its key.
    const stored = JSON.parse(localStorage.getItem('doithoai.session.outbox.7') ?? '{}') as { pending: { key: string; body: unknown }[] };
    expect(stored.pending).toHaveLength(1);
    expect(stored.pending[0].body).toMatchObject({ speakerId: 5, answeredBy: 'Chủ tịch UBND thị xã' });

    fail = false;
    await user.click(screen.getByRole('button', { name: 'Gửi lại' }));
    await waitFor(() => expect(screen.getByText('Đã gửi hết.')).toBeInTheDocument());
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe(stored.pending[0].key);
    expect(JSON.parse(localStorage.getItem('doithoai.session.outbox.7') ?? '{}').pending).toEqual([]);
    // The record is loaded again after sending.
    expect(fetchMock.requests.filter((r) => r.method === 'GET' && r.url.endsWith('/session')).length).toBeGreaterThan(1);
  });

  it('calls the next speaker with the session version as If-Match', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/plans/7/session': () => jsonResponse(VIEW),
      'GET /api/v1/plans/7/feedback': () => jsonResponse({ items: [], nextCursor: null }),
      'POST /api/v1/plans/7/session/speakers/next': () =>
        jsonResponse({
          ...VIEW,
          speakers: [
            { ...VIEW.speakers[0], status: 'DONE' },
            { ...VIEW.speakers[1], status: 'SPEAKING' },
          ],
          version: 5,
        }),
    });
    await openAs(['secretariat'], '/plans/7/session');
    await user.click(await screen.findByRole('button', { name: 'Mời người tiếp theo' }));
    expect(await screen.findByRole('article', { name: /Trần Văn Bình/ })).toBeInTheDocument();
    const next = fetchMock.requests.find((r) => r.url.endsWith('/speakers/next'));
    expect(next?.headers.get('If-Match')).toBe('"4"');
  });

  it('shows the chair the record without the office controls', async () => {
    mockFetch({
      'GET /api/v1/plans/7/session': () => jsonResponse(VIEW),
      'GET /api/v1/plans/7/feedback': () => jsonResponse({ items: [], nextCursor: null }),
    });
    await openAs(['chair'], '/plans/7/session');
    await screen.findByRole('article', { name: /Hoàng Thị Mỹ/ });
    expect(screen.queryByRole('button', { name: 'Mời người tiếp theo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi trả lời' })).not.toBeInTheDocument();
  });
});
