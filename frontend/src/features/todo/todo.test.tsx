import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Todo, TodoEntry } from '../../api/types';
import { createUserManager } from '../auth/userManager';
import { feedbackItem } from '../feedback/fixtures';
import { axeViolations, jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';

function entry(patch: Partial<TodoEntry>): TodoEntry {
  return {
    role: 'chair',
    kind: 'ANSWERS_TO_APPROVE',
    count: 1,
    link: { path: '/feedback', query: { status: 'ANSWER_SUBMITTED' }, api: '/api/v1/feedback' },
    reason: '1 câu trả lời chờ phê duyệt',
    dueDate: null,
    workingDaysLeft: null,
    plan: null,
    ...patch,
  };
}

const CHAIR_TODO: Todo = {
  today: '2026-12-15',
  entries: [
    entry({ kind: 'PLANS_TO_APPROVE', count: 0, link: { path: '/plans', query: { status: 'SUBMITTED' }, api: '/api/v1/plans' }, reason: '0 kế hoạch chờ phê duyệt' }),
    entry({}),
    entry({ kind: 'RULINGS_OVERDUE', count: 2, link: { path: '/follow-up', query: { overdue: 'true' }, api: '/api/v1/follow-up' }, reason: '2 kết luận quá hạn thực hiện' }),
    entry({
      role: 'secretariat',
      kind: 'INVITATION_DEADLINE',
      count: null,
      link: { path: '/plans/88/participants', query: {}, api: null },
      reason: 'Gửi giấy mời dự đối thoại "Môi trường": hạn 18/12/2026, còn 3 ngày làm việc',
      dueDate: '2026-12-18',
      workingDaysLeft: 3,
      plan: { id: 88, title: 'Môi trường', sessionDate: '2026-12-28' },
    }),
    entry({
      role: 'secretariat',
      kind: 'NOTICE_DEADLINE',
      count: null,
      link: { path: '/plans/61/notice', query: {}, api: null },
      reason: 'Ban hành thông báo kết luận đối thoại "Nông thôn mới": hạn 10/12/2026, đã quá 3 ngày làm việc',
      dueDate: '2026-12-10',
      workingDaysLeft: -3,
      plan: { id: 61, title: 'Nông thôn mới', sessionDate: '2026-11-25' },
    }),
  ],
};

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles, username: 'bithu', body: 'dang-uy-phuong-ba-don' }));
  return renderApp(path, userManager);
}

describe('Việc của tôi', () => {
  it('is the staff landing page: grouped by role, each entry a link named by its count, nothing waiting shown as done', async () => {
    mockFetch({ 'GET /api/v1/me/todo': () => jsonResponse(CHAIR_TODO) });
    await openAs(['chair', 'secretariat'], '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Việc của tôi' })).toBeInTheDocument();
    const chair = await screen.findByRole('region', { name: /Chủ trì đối thoại/ });
    const office = screen.getByRole('region', { name: /Văn phòng cấp ủy/ });
    expect(within(chair).getByRole('heading', { level: 2 })).toHaveTextContent('2 việc đang chờ');
    expect(within(chair).getByRole('link', { name: '1 câu trả lời chờ phê duyệt' })).toHaveAttribute('href', '/feedback?status=ANSWER_SUBMITTED');
    expect(within(chair).getByRole('link', { name: '2 kết luận quá hạn thực hiện' })).toHaveAttribute('href', '/follow-up?overdue=true');
    // Done: still listed, last, and marked.
    const items = within(chair).getAllByRole('listitem');
    expect(items[items.length - 1]).toHaveTextContent('0 kế hoạch chờ phê duyệt');
    expect(items[items.length - 1]).toHaveTextContent('Đã xong');
    expect(within(office).getByRole('link', { name: /hạn 18\/12\/2026, còn 3 ngày làm việc/ })).toHaveAttribute('href', '/plans/88/participants');
    expect(within(office).getByText('Quá hạn')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Việc của tôi' })).toHaveAttribute('href', '/todo');
    expect(await axeViolations()).toEqual([]);
  });

  it('lets the chair approve an answer in two clicks: the entry, then Phê duyệt', async () => {
    const user = userEvent.setup();
    const submitted = feedbackItem({
      status: 'ANSWER_SUBMITTED',
      unit: { code: 'phong-tnmt', name: 'Phòng TN&MT' },
      answer: {
        text: 'Đèn sẽ được thay trong tuần.',
        draftedBy: 'phongtnmt', draftedAt: null, editedBy: null, editedAt: null, returnReason: null, returnedBy: null, returnedAt: null,
        submittedBy: 'vanphong', submittedAt: null, approvedBy: null, approvedAt: null,
      },
    });
    const fetchMock = mockFetch({
      'GET /api/v1/me/todo': () => jsonResponse(CHAIR_TODO),
      'GET /api/v1/public/localities': () => jsonResponse([]),
      'GET /api/v1/feedback': () => jsonResponse({ items: [submitted], nextCursor: null }),
      'POST /api/v1/feedback/42/answer/approval': () => jsonResponse({ ...submitted, status: 'ANSWER_APPROVED', version: 4 }),
    });
    await openAs(['chair'], '/');
    await user.click(await screen.findByRole('link', { name: '1 câu trả lời chờ phê duyệt' }));
    expect(await screen.findByText('Đèn sẽ được thay trong tuần.')).toBeInTheDocument();
    const list = fetchMock.requests.find((r) => new URL(r.url).pathname === '/api/v1/feedback')!;
    expect(new URL(list.url).searchParams.get('status')).toBe('ANSWER_SUBMITTED');
    await user.click(screen.getByRole('button', { name: 'Phê duyệt: Đèn đường ngõ 5 bị hỏng' }));
    expect(await screen.findByText('Đã phê duyệt trả lời: Đèn đường ngõ 5 bị hỏng.')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Phê duyệt/ })).not.toBeInTheDocument());
  });

  it('opens the ward\u2019s open items: the feedback list sends open=true from the URL', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/public/localities': () => jsonResponse([]),
      'GET /api/v1/feedback': () => jsonResponse({ items: [feedbackItem()], nextCursor: null }),
    });
    await openAs(['ward'], '/feedback?open=true');
    expect(await screen.findByRole('link', { name: 'Đèn đường ngõ 5 bị hỏng' })).toBeInTheDocument();
    const list = fetchMock.requests.find((r) => new URL(r.url).pathname === '/api/v1/feedback')!;
    expect(new URL(list.url).searchParams.get('open')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Đang xử lý' })).toHaveValue('true');
  });

  it('leaves citizens their own home page', async () => {
    const fetchMock = mockFetch({});
    await openAs(['citizen'], '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đối thoại với Nhân dân' })).toBeInTheDocument();
    expect(fetchMock.requests.some((r) => new URL(r.url).pathname === '/api/v1/me/todo')).toBe(false);
    expect(screen.queryByRole('link', { name: 'Việc của tôi' })).not.toBeInTheDocument();
  });
});
