import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PreparationTaskItem } from '../../api/types';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';

function task(over: Partial<PreparationTaskItem> = {}): PreparationTaskItem {
  return {
    id: 7,
    plan: { id: 88, title: 'Kế hoạch đối thoại về môi trường', number: '12', symbol: 'KH/ĐU', status: 'PUBLISHED', body: { code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn' } },
    owner: { code: 'ubnd-phuong-ba-don', name: 'UBND phường Ba Đồn' },
    ownerKind: null,
    description: 'Gửi giấy mời đại biểu',
    dueDate: '2026-12-18',
    status: 'OVERDUE',
    doneOn: null,
    ...over,
  };
}

async function open(path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['secretariat'], body: 'dang-uy-phuong-ba-don' }));
  return renderApp(path, userManager);
}

describe('preparation tasks across plans', () => {
  it('reads its filters from the URL, sends them, and shows each task with its plan', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/preparation-tasks': () => jsonResponse({ items: [task()], nextCursor: null, totalItems: 1 }),
    });
    await open('/preparation-tasks?overdue=true&plan=88&dueWithinDays=7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Việc chuẩn bị' })).toBeInTheDocument();
    expect(await screen.findByText('Gửi giấy mời đại biểu')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 việc');
    expect(screen.getByRole('link', { name: '12-KH/ĐU · Kế hoạch đối thoại về môi trường' })).toHaveAttribute('href', '/plans/88');
    expect(screen.getByText('18/12/2026')).toBeInTheDocument();
    const sent = new URL(fetchMock.requests[fetchMock.requests.length - 1].url).searchParams;
    expect(sent.get('overdue')).toBe('true');
    expect(sent.get('plan')).toBe('88');
    expect(sent.get('dueWithinDays')).toBe('7');
    expect(screen.getByRole('combobox', { name: 'Quá hạn' })).toHaveValue('true');
  });

  it('applies the form to the URL and keeps the plan it was opened for', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/preparation-tasks': () => jsonResponse({ items: [], nextCursor: null, totalItems: 0 }),
    });
    await open('/preparation-tasks?plan=88');
    expect(await screen.findByText('Không có việc nào.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tình trạng' }), 'DONE');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => {
      const last = new URL(fetchMock.requests[fetchMock.requests.length - 1].url).searchParams;
      expect(last.get('status')).toBe('DONE');
      expect(last.get('plan')).toBe('88');
    });
  });
});
