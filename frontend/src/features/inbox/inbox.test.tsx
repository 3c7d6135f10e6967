import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { feedbackItem } from '../feedback/fixtures';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { MAX_POLL_MS, nextPollWait, POLL_MS } from './components/NotificationBell';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles, body: 'dang-uy-phuong-ba-don', username: 'canbo', expiresIn: 3600 }));
  return renderApp(path, userManager);
}

const assigned = {
  id: 11,
  kind: 'ASSIGNED',
  subject: 'FEEDBACK',
  subjectId: 42,
  planId: 5,
  title: 'Đèn đường ngõ 5 bị hỏng',
  dueDate: null,
  createdAt: '2026-12-07T01:00:00Z',
  read: false,
};
const dueTomorrow = { ...assigned, id: 10, kind: 'DUE_TOMORROW', subject: 'RULING', subjectId: 3, title: 'Nạo vét cống', dueDate: '2026-12-08', read: true };
const EMPTY_TODO = { today: '2026-12-07', entries: [] };
const page = (items: unknown[], unread: number) => ({ items, nextCursor: null, totalItems: items.length, unread });

describe('the bell', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the unread count, opens the list, leads to the item and marks it read', async () => {
    const user = userEvent.setup();
    let unread = 1;
    const fetchMock = mockFetch({
      'GET /api/v1/me/notifications': () => jsonResponse(page([{ ...assigned, read: unread === 0 }, dueTomorrow], unread)),
      'POST /api/v1/me/notifications/11/read': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem({ id: 42 })),
      'GET /api/v1/me/todo': () => jsonResponse(EMPTY_TODO),
    });
    await openAs(['unit'], '/todo');
    const bell = await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Thông báo' });
    const links = within(list).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Chưa đọc: Được giao cho đơn vị · Ý kiến');
    expect(links[0]).toHaveAttribute('href', '/feedback/42');
    expect(links[1]).toHaveTextContent('Đến hạn ngày mai · Kết luận · hạn 08/12/2026');
    expect(links[1]).toHaveAttribute('href', '/plans/5/rulings/3/follow-up');
    expect(links[1]).not.toHaveTextContent('Chưa đọc');

    await user.click(links[0]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Đèn đường ngõ 5 bị hỏng' })).toBeInTheDocument();
    await waitFor(() => expect(fetchMock.requests.some((r) => r.method === 'POST' && r.url.endsWith('/me/notifications/11/read'))).toBe(true));
    expect(screen.getByRole('button', { name: 'Thông báo' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('marks all read, and Escape closes the list back onto the bell', async () => {
    const user = userEvent.setup();
    let unread = 2;
    const fetchMock = mockFetch({
      'GET /api/v1/me/notifications': () => jsonResponse(page([{ ...assigned, read: unread === 0 }, { ...dueTomorrow, read: unread === 0 }], unread)),
      'POST /api/v1/me/notifications/read-all': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
      'GET /api/v1/me/todo': () => jsonResponse(EMPTY_TODO),
    });
    await openAs(['secretariat'], '/todo');
    await user.click(await screen.findByRole('button', { name: 'Thông báo, 2 chưa đọc' }));
    await user.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await screen.findByRole('button', { name: 'Thông báo' })).toBeInTheDocument();
    expect(fetchMock.requests.filter((r) => r.url.endsWith('/read-all'))).toHaveLength(1);
    expect(screen.queryByText(/Chưa đọc:/)).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Thông báo' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Thông báo' })).toHaveFocus();
  });

  it('is not there for a citizen or a ward officer', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/me/todo': () => jsonResponse(EMPTY_TODO) });
    await openAs(['ward'], '/todo');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: /^Thông báo/ })).not.toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.url.includes('/me/notifications'))).toBe(false);
  });

  describe('polling', () => {
    beforeEach(() => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
    });

    it('waits longer after each failure, never beyond ten minutes, and a minute again after a success', () => {
      const waits: number[] = [];
      let wait = POLL_MS;
      for (let i = 0; i < 6; i++) waits.push((wait = nextPollWait(wait, false)));
      expect(waits.map((w) => w / 60_000)).toEqual([2, 4, 8, 10, 10, 10]);
      expect(MAX_POLL_MS).toBe(10 * 60_000);
      expect(nextPollWait(MAX_POLL_MS, true)).toBe(POLL_MS);
    });

    it('checks every minute while visible, never while hidden, and keeps the last count on errors', async () => {
      let failing = false;
      const fetchMock = mockFetch({
        'GET /api/v1/me/notifications': () => (failing ? problemResponse(503, { title: 'Máy chủ bận' }) : jsonResponse(page([assigned], 1))),
        'GET /api/v1/me/todo': () => jsonResponse(EMPTY_TODO),
      });
      const polls = () => fetchMock.requests.filter((r) => r.url.includes('/me/notifications')).length;
      await openAs(['unit'], '/todo');
      await screen.findByRole('button', { name: 'Thông báo, 1 chưa đọc' });
      expect(polls()).toBe(1);
      await act(() => vi.advanceTimersByTimeAsync(POLL_MS));
      expect(polls()).toBe(2);

      // A hidden tab asks nothing.
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      await act(() => vi.advanceTimersByTimeAsync(3 * POLL_MS));
      expect(polls()).toBe(2);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      await act(async () => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      expect(polls()).toBe(3);

      failing = true;
      await act(() => vi.advanceTimersByTimeAsync(POLL_MS + 1000));
      await waitFor(() => expect(polls()).toBe(4));
      // Still shows the last count it knew.
      expect(screen.getByRole('button', { name: 'Thông báo, 1 chưa đọc' })).toBeInTheDocument();
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    });
  });
});
