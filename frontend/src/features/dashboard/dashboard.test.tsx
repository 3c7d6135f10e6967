import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';
import type { FeedbackStatistics, NextDialogue, RulingStatistics, StatisticsScope } from './api/types';
import { readFilters } from './routes/DashboardPage';

const scope: StatisticsScope = {
  bodies: [{ code: 'tinh-uy-quang-tri', name: 'Tỉnh ủy Quảng Trị' }, { code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn' }],
  choices: [{ code: 'tinh-uy-quang-tri', name: 'Tỉnh ủy Quảng Trị' }, { code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn' }],
  from: '2026-01-01',
  to: '2026-12-07',
  planId: null,
};

const feedback: FeedbackStatistics = {
  scope,
  total: 42,
  previousYearTotal: 30,
  byStatus: [
    { key: 'RECEIVED', label: null, count: 12 },
    { key: 'RULED', label: null, count: 30 },
    { key: 'REJECTED', label: null, count: 0 },
  ],
  byFocusArea: [{ key: 'Vệ sinh môi trường', label: 'Vệ sinh môi trường', count: 40 }, { key: null, label: null, count: 2 }],
  byWard: [{ key: 'phuong-ba-don', label: 'Phường Ba Đồn', count: 42 }],
  byChannel: [{ key: 'AT_SESSION', label: null, count: 42 }],
  byKind: [{ key: 'PETITION', label: null, count: 42 }],
  raisedBefore: 3,
  raisedBeforeOpen: 1,
  answerTime: { approved: 20, medianDays: 6.5, p90Days: 14 },
};

const rulings: RulingStatistics = {
  scope,
  total: 9,
  byType: [{ key: 'RESOLVE', label: null, count: 9 }],
  byStatus: [{ key: 'ISSUED', label: null, count: 9 }],
  byFollowUp: [{ key: 'OPEN', label: null, count: 4 }],
  onTime: { issued: 9, resolved: 5, onTime: 3, late: 3, percent: 50 },
  overdue: {
    total: 2,
    byUnit: [{ unitCode: 'phong-tnmt', unitName: 'Phòng Tài nguyên và Môi trường', count: 2, maxWorkingDaysLate: 7, totalWorkingDaysLate: 10 }],
  },
  monthly: [
    { month: '2026-11', issued: 4, resolved: 1 },
    { month: '2026-12', issued: 5, resolved: 4 },
  ],
  previousYear: { issued: 6, resolved: 6, onTime: 6, late: 0, percent: 100 },
};

const next: NextDialogue = {
  scope,
  plan: { id: 61, title: 'Đối thoại về môi trường', status: 'PUBLISHED', sessionAt: '2026-12-20T01:00:00Z', venue: 'Hội trường', bodyCode: 'dang-uy-phuong-ba-don', bodyName: 'Đảng ủy phường Ba Đồn' },
  daysLeft: 13,
  workingDaysLeft: 9,
  tasks: { total: 5, done: 2, overdue: 1, open: 2 },
  invitations: { deadline: '2026-12-10', citizenDeadline: null, workingDaysLeft: 3, batches: 1, lateBatches: 0, invited: 40, participants: 60 },
  composition: [{ groupId: 1, level: 'TOWN', description: 'Đại biểu thị xã', target: 20, registered: 18, confirmed: 15, present: 0 }],
  total: { groupId: null, level: null, description: null, target: 20, registered: 60, confirmed: 15, present: 0 },
};

async function open(path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['secretariat'], username: 'vptinh' }));
  return renderApp(path, userManager);
}

describe('dashboard', () => {
  it('shows the three blocks, each chart with its table, and sends the filters kept in the URL', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/statistics/feedback': () => jsonResponse(feedback),
      'GET /api/v1/statistics/rulings': () => jsonResponse(rulings),
      'GET /api/v1/statistics/next-dialogue': () => jsonResponse(next),
      'GET /api/v1/plans': () => jsonResponse({ items: [], nextCursor: null, totalItems: 0 }),
    });
    await open('/tong-quan?plan=61&from=2026-01-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(await screen.findByText('Đối thoại về môi trường')).toBeInTheDocument();
    expect(screen.getByText('Còn 13 ngày')).toBeInTheDocument();
    expect(await screen.findByText('Cùng kỳ năm trước: 30')).toBeInTheDocument();
    expect((await screen.findAllByText('50%')).length).toBe(2);
    // Each chart has a table beside it with the same numbers.
    const statusTable = screen.getByRole('table', { name: 'Theo trạng thái', hidden: true });
    expect(within(statusTable).getByRole('rowheader', { name: 'Đã tiếp nhận', hidden: true })).toBeInTheDocument();
    expect(within(statusTable).queryByText('Không tiếp nhận')).toBeNull();
    expect(screen.getAllByText('Xem bảng số liệu').length).toBeGreaterThanOrEqual(6);
    const overdue = screen.getByRole('table', { name: 'Kết luận quá hạn theo đơn vị chủ trì' });
    expect(within(overdue).getByRole('link', { name: 'Phòng Tài nguyên và Môi trường' })).toHaveAttribute(
      'href',
      '/follow-up?overdue=true&unit=phong-tnmt',
    );
    const sent = fetchMock.requests.filter((r) => r.url.includes('/statistics/')).map((r) => new URL(r.url).searchParams);
    expect(sent.every((p) => p.get('plan') === '61' && p.get('from') === '2026-01-01')).toBe(true);

    // The province chooses one of its bodies: the choice goes to the URL and to every call.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cơ quan' }), 'dang-uy-phuong-ba-don');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() =>
      expect(fetchMock.requests.some((r) => new URL(r.url).searchParams.get('body') === 'dang-uy-phuong-ba-don')).toBe(true),
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('reads only well-formed filters from the URL', () => {
    expect(readFilters(new URLSearchParams('plan=abc&from=2026-1-1&to=2026-12-31&body=x'))).toEqual({
      body: 'x',
      from: undefined,
      to: '2026-12-31',
      plan: undefined,
    });
  });

  it('offers the overview in the menu to the office', async () => {
    mockFetch({
      'GET /api/v1/statistics/feedback': () => jsonResponse(feedback),
      'GET /api/v1/statistics/rulings': () => jsonResponse(rulings),
      'GET /api/v1/statistics/next-dialogue': () => jsonResponse(next),
      'GET /api/v1/plans': () => jsonResponse({ items: [], nextCursor: null, totalItems: 0 }),
    });
    await open('/tong-quan');
    expect(await screen.findByRole('link', { name: 'Tổng quan' })).toHaveAttribute('href', '/tong-quan');
  });
});
