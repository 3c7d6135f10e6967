import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';

const BODY = { code: 'ubnd-phuong-ba-don', name: 'UBND phường Ba Đồn' };
function plan(id: number, title: string, over: Record<string, unknown> = {}) {
  return {
    id,
    number: '12',
    symbol: 'KH-UBND',
    title,
    level: 'COMMUNE',
    status: 'PUBLISHED',
    issueDate: '2026-11-20',
    plannedMonth: '2026-12',
    sessionAt: '2026-12-23T08:00:00+07:00',
    venue: 'Hội trường UBND phường',
    body: BODY,
    issuingUnit: null,
    ...over,
  };
}
const page = (items: unknown[]) => ({ items, nextCursor: null, totalItems: items.length });
const LOCALITIES = [
  { code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD', villages: [] },
  { code: 'phuong-quang-tho', name: 'Phường Quảng Thọ', kind: 'WARD', villages: [] },
];
const RESULT = { id: 3, title: 'Đối thoại về rác thải', number: '5-KH', sessionAt: '2026-06-10T08:00:00+07:00', status: 'CONCLUDED', issuingUnit: null, rulings: 4, resolved: 3, inProgress: 1, overdue: 0, notStarted: 0 };

function mockPublic(plansFor: (locality: string | null) => unknown[]) {
  return mockFetch({
    'GET /api/v1/public/plans': (r) => jsonResponse(page(plansFor(new URL(r.url).searchParams.get('locality')))),
    'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
    'GET /api/v1/public/rulings/plans': () => jsonResponse([RESULT]),
    'GET /api/v1/me': () =>
      jsonResponse({ username: 'dan', name: 'Lê Văn Dân', roles: ['citizen'], orgUnit: null, ward: { code: 'phuong-quang-tho', name: 'Phường Quảng Thọ' }, body: null, overseenBodies: 0 }),
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T03:00:00Z'));
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the citizens' home page", () => {
  it('shows a visitor the coming dialogue with its day, place and actions; past ones stay out', async () => {
    mockPublic(() => [
      plan(9, 'Đối thoại cuối năm 2026'),
      plan(8, 'Đối thoại đã họp', { status: 'HELD', sessionAt: '2026-11-25T08:00:00+07:00' }),
      plan(7, 'Đối thoại tháng trước', { sessionAt: '2026-11-30T08:00:00+07:00' }),
    ]);
    renderApp('/');
    const upcoming = await screen.findByRole('region', { name: 'Đối thoại sắp tới' });
    const card = (await within(upcoming).findByRole('link', { name: 'Đối thoại cuối năm 2026' })).closest('li')!;
    expect(within(upcoming).queryByText('Đối thoại đã họp')).not.toBeInTheDocument();
    expect(within(upcoming).queryByText('Đối thoại tháng trước')).not.toBeInTheDocument();
    expect(within(card).getByText('08:00, thứ Tư 23/12/2026')).toBeInTheDocument();
    expect(within(card).getByText('Hội trường UBND phường')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Đăng ký tham dự' })).toHaveAttribute('href', '/ke-hoach/9/dang-ky');
    expect(within(card).getByRole('link', { name: 'Gửi ý kiến, kiến nghị' })).toHaveAttribute('href', '/ke-hoach/9/gop-y');
    expect(within(card).getByRole('link', { name: 'Thêm vào lịch' })).toHaveAttribute('href', '/api/v1/public/plans/9/calendar.ics');
    // Recent results lead to the accountability pages; tracking one's opinion is on the page too.
    const results = screen.getByRole('region', { name: 'Kết quả đối thoại gần đây' });
    expect(await within(results).findByRole('link', { name: 'Đối thoại về rác thải' })).toHaveAttribute('href', '/giai-trinh/3');
    expect(within(results).getByText(/3\/4 kết luận đã giải quyết/)).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: 'Xem kết quả giải quyết (giải trình)' })).toHaveAttribute('href', '/giai-trinh');
    expect(screen.getByRole('form', { name: 'Tra cứu ý kiến' })).toBeInTheDocument();
  });

  it('puts the picked ward first and remembers it on this device', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const fetchMock = mockPublic((locality) =>
      locality === 'phuong-ba-don' ? [plan(11, 'Đối thoại phường Ba Đồn')] : [plan(12, 'Đối thoại nơi khác')],
    );
    const first = renderApp('/');
    expect(await screen.findByRole('link', { name: 'Đối thoại nơi khác' })).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: /Phường, xã của bạn/ });
    await screen.findByRole('option', { name: 'Phường Ba Đồn' });
    await user.selectOptions(select, 'phuong-ba-don');
    expect(await screen.findByRole('link', { name: 'Đối thoại phường Ba Đồn' })).toBeInTheDocument();
    expect(new URL(fetchMock.requests.filter((r) => r.url.includes('/public/plans')).at(-1)!.url).searchParams.get('locality')).toBe('phuong-ba-don');
    first.unmount();
    // The next visit starts from the same ward.
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Đối thoại phường Ba Đồn' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Phường, xã của bạn/ })).toHaveValue('phuong-ba-don');
  });

  it("a logged-in citizen's own ward comes first without picking", async () => {
    const fetchMock = mockPublic((locality) => (locality === 'phuong-quang-tho' ? [plan(21, 'Đối thoại phường Quảng Thọ')] : []));
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    renderApp('/', userManager);
    await act(() => signIn(userManager, makeUser({ roles: ['citizen'], username: 'dan', name: 'Lê Văn Dân' })));
    expect(await screen.findByRole('link', { name: 'Đối thoại phường Quảng Thọ' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Phường, xã của bạn/ })).toHaveValue('phuong-quang-tho');
    expect(fetchMock.requests.some((r) => new URL(r.url).pathname === '/api/v1/me')).toBe(true);
  });

  it('looks an opinion up by its tracking code', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    mockFetch({
      'GET /api/v1/public/plans': () => jsonResponse(page([])),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'GET /api/v1/public/rulings/plans': () => jsonResponse([]),
      'GET /api/v1/feedback/track/DT-2026-ABCDE': () => jsonResponse({}, { status: 404 }),
    });
    const { router } = renderApp('/');
    expect(await screen.findByText('Chưa có cuộc đối thoại nào sắp diễn ra.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Mã tra cứu' }), 'dt-2026-abcde');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(router.state.location.pathname).toBe('/tra-cuu/DT-2026-ABCDE');
  });

  it('marks each public plan in the list as coming or taken place', async () => {
    mockFetch({
      'GET /api/v1/public/plans': () =>
        jsonResponse(page([plan(9, 'Đối thoại cuối năm 2026'), plan(8, 'Đối thoại đã họp', { status: 'HELD', sessionAt: '2026-11-25T08:00:00+07:00' })])),
    });
    renderApp('/ke-hoach');
    const coming = (await screen.findByRole('link', { name: 'Đối thoại cuối năm 2026' })).closest('li')!;
    expect(within(coming).getByText('Sắp diễn ra')).toBeInTheDocument();
    const past = screen.getByRole('link', { name: 'Đối thoại đã họp' }).closest('li')!;
    expect(within(past).getByText('Đã diễn ra')).toBeInTheDocument();
  });
});
