import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const HOLIDAYS = [
  { date: '2025-01-01', name: 'Tết Dương lịch', nameEn: 'New Year’s Day', source: 'COMPUTED' },
  { date: '2025-01-29', name: 'Tết Nguyên Đán (mùng 1)', nameEn: 'Lunar New Year (day 1)', source: 'COMPUTED' },
  { date: '2025-05-02', name: 'Nghỉ bù', nameEn: 'Day off in lieu', source: 'RECORDED' },
];
const OVERRIDES = [{ day: '2025-05-02', kind: 'DAY_OFF', name: 'Nghỉ bù', nameEn: null, computedName: null, version: 2 }];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-01T03:00:00Z'));
});
afterEach(() => vi.useRealTimers());

async function open(handlers: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch(handlers);
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['admin'] }));
  renderApp('/calendar', userManager);
  await screen.findByRole('heading', { level: 1, name: 'Lịch ngày nghỉ' });
  return fetchMock;
}

describe('holiday calendar (admin)', () => {
  it('lists the year’s days off and the recorded days; deletes one with If-Match', async () => {
    let overrides = OVERRIDES;
    const fetchMock = await open({
      'GET /api/v1/calendar/holidays': () => jsonResponse(HOLIDAYS),
      'GET /api/v1/calendar/overrides': () => jsonResponse(overrides),
      'DELETE /api/v1/calendar/overrides/2025-05-02': () => {
        overrides = [];
        return new Response(null, { status: 204 });
      },
    });
    expect(await screen.findByText('Tết Nguyên Đán (mùng 1)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ngày nghỉ năm 2025' })).toBeInTheDocument();
    expect(screen.getByText('29/01/2025')).toBeInTheDocument();
    expect(screen.getAllByText('Theo luật')).toHaveLength(2);
    expect(new URL(fetchMock.requests[0].url).searchParams.get('year')).toBe('2025');

    await userEvent.click(screen.getByRole('button', { name: 'Xóa 02/05/2025' }));
    await userEvent.click(screen.getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Chưa ghi nhận ngày nào.')).toBeInTheDocument();
    const del = fetchMock.requests.find((r) => r.method === 'DELETE')!;
    expect(del.headers.get('If-Match')).toBe('"2"');
  });

  it('adds a swapped working Saturday, with field errors from the server', async () => {
    let attempts = 0;
    const fetchMock = await open({
      'GET /api/v1/calendar/holidays': () => jsonResponse(HOLIDAYS),
      'GET /api/v1/calendar/overrides': () => jsonResponse(OVERRIDES),
      'POST /api/v1/calendar/overrides': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(400, { title: 'Dữ liệu không hợp lệ', errors: [{ field: 'day', message: 'Ngày này đã là ngày làm việc.' }] })
          : jsonResponse({ day: '2025-04-26', kind: 'WORKING_DAY', name: 'Làm bù', nameEn: null, computedName: null, version: 0 }, { status: 201 });
      },
    });
    const form = (await screen.findByRole('heading', { name: 'Ghi nhận một ngày' })).closest('section')!;
    await userEvent.type(within(form).getByLabelText(/Ngày/), '26042025');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Loại/ }), 'WORKING_DAY');
    await userEvent.type(within(form).getByRole('textbox', { name: /Tên/ }), 'Làm bù');
    await userEvent.click(within(form).getByRole('button', { name: 'Thêm ngày' }));
    await waitFor(() => expect(within(form).getByLabelText(/Ngày/)).toHaveAccessibleDescription('Ngày này đã là ngày làm việc.'));
    await userEvent.click(within(form).getByRole('button', { name: 'Thêm ngày' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    const post = fetchMock.requests.filter((r) => r.method === 'POST').pop()!;
    expect(await post.json()).toEqual({ day: '2025-04-26', kind: 'WORKING_DAY', name: 'Làm bù' });
  });
});
