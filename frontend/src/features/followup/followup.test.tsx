import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { detail, followUp, report } from './fixtures';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles, username: 'phongtnmt' }));
  return renderApp(path, userManager);
}

describe('follow-up list', () => {
  it('shows each ruling as a card with its overdue badge and percentage, and sends the filters', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/follow-up': () =>
        jsonResponse({
          items: [
            followUp(),
            followUp({ overdueWorkingDays: undefined, dueInWorkingDays: undefined }, { id: 13, number: 4, followUp: 'RESOLVED', progressPercent: 100, deadline: { standing: 'RESOLVED' } }),
          ],
          nextCursor: null,
        }),
    });
    await openAs(['unit'], '/follow-up');
    expect(await screen.findByRole('heading', { level: 1, name: 'Theo dõi thực hiện kết luận' })).toBeInTheDocument();
    expect(await screen.findByText('Quá hạn 4 ngày làm việc')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Kết luận số 3/ })).toHaveAttribute('href', '/plans/61/rulings/12/follow-up');
    expect(screen.getByRole('progressbar', { name: 'Hoàn thành 100%' })).toBeInTheDocument();
    expect(screen.getByText('Đã giải quyết', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Theo dõi thực hiện' })).toHaveAttribute('href', '/follow-up');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Thời hạn' }), 'true');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(fetchMock.requests.some((r) => new URL(r.url).searchParams.get('overdue') === 'true')).toBe(true));
  });
});

describe('follow-up of one ruling', () => {
  it('lets the lead unit report a percentage with the ruling version and one key per report, then resolve', async () => {
    const user = userEvent.setup();
    let version = 1;
    const fetchMock = mockFetch({
      'GET /api/v1/plans/61/rulings/12/progress': () =>
        jsonResponse(detail({ followUp: followUp({}, { version, progressPercent: version > 1 ? 50 : 0 }), reports: version > 1 ? [report({ percent: 50 })] : [] })),
      'POST /api/v1/plans/61/rulings/12/progress': () => {
        version += 1;
        return jsonResponse(report(), { status: 201 });
      },
    });
    await openAs(['unit'], '/plans/61/rulings/12/follow-up');
    expect(await screen.findByRole('heading', { level: 1, name: 'Theo dõi kết luận số 3' })).toBeInTheDocument();
    expect(screen.getByText('Chưa có báo cáo nào.')).toBeInTheDocument();

    await user.clear(screen.getByRole('spinbutton', { name: /Tỉ lệ hoàn thành/ }));
    await user.type(screen.getByRole('spinbutton', { name: /Tỉ lệ hoàn thành/ }), '50');
    await user.type(screen.getByRole('textbox', { name: /Nội dung đã thực hiện/ }), 'Đã nạo vét 200 m');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Đã ghi nhận báo cáo.')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"1"');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.clone().json()).toEqual({ note: 'Đã nạo vét 200 m', percent: 50, outcome: 'PROGRESS' });

    // Reloaded: the new report in the timeline, the form at the ruling's new version.
    expect(await screen.findByText('Đã khảo sát hiện trạng.')).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'Đã giải quyết xong (100%)' }));
    await user.type(screen.getByRole('textbox', { name: /Kết quả giải quyết/ }), 'Đã nạo vét toàn tuyến');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    await waitFor(() => expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    const second = fetchMock.requests.filter((r) => r.method === 'POST')[1];
    expect(second.headers.get('If-Match')).toBe('"2"');
    expect(second.headers.get('Idempotency-Key')).not.toBe(post.headers.get('Idempotency-Key'));
    expect(await second.clone().json()).toEqual({ note: 'Đã nạo vét toàn tuyến', percent: 100, outcome: 'RESOLVED' });
  });

  it('shows the server\u2019s field error and keeps what was typed', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/plans/61/rulings/12/progress': () => jsonResponse(detail()),
      'POST /api/v1/plans/61/rulings/12/progress': () =>
        problemResponse(400, { title: 'Dữ liệu không hợp lệ', errors: [{ field: 'reason', message: 'Cần ghi lý do không thể giải quyết.' }] }),
    });
    await openAs(['unit'], '/plans/61/rulings/12/follow-up');
    await user.click(await screen.findByRole('radio', { name: 'Không thể giải quyết' }));
    await user.type(screen.getByRole('textbox', { name: /Nội dung đã thực hiện/ }), 'Ghi chú');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Cần ghi lý do không thể giải quyết.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Nội dung đã thực hiện/ })).toHaveValue('Ghi chú');
  });

  it('offers a coordinating unit a note only, and the office a reopen of a closed ruling', async () => {
    mockFetch({
      'GET /api/v1/plans/61/rulings/12/progress': () => jsonResponse(detail({ yourPart: 'COORDINATING' })),
    });
    const { unmount } = await openAs(['unit'], '/plans/61/rulings/12/follow-up');
    expect(await screen.findByRole('heading', { name: 'Gửi ghi chú' })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    unmount();

    mockFetch({
      'GET /api/v1/plans/61/rulings/12/progress': () =>
        jsonResponse(detail({ yourPart: 'OFFICE', followUp: followUp({ overdueWorkingDays: undefined }, { followUp: 'RESOLVED', progressPercent: 100, resolvedOn: '2026-11-25' }) })),
    });
    await openAs(['secretariat'], '/plans/61/rulings/12/follow-up');
    expect(await screen.findByRole('heading', { name: 'Mở lại kết luận' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Báo cáo tiến độ' })).not.toBeInTheDocument();
    expect(screen.getByText('Giải quyết ngày 25/11/2026')).toBeInTheDocument();
  });
});

describe('follow-up export', () => {
  it('downloads the list with its filters and the token, showing the bytes received, and shows a bad filter as a problem', async () => {
    const user = userEvent.setup();
    const created = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const csv = '\uFEFFSTT,Kế hoạch\r\n1,61-KH/ThU\r\n';
    const fetchMock = mockFetch({
      'GET /api/v1/follow-up': () => jsonResponse({ items: [followUp()], nextCursor: null }),
      'GET /api/v1/follow-up/export.csv': () =>
        new Response(
          new ReadableStream({
            start(controller) {
              const bytes = new TextEncoder().encode(csv);
              controller.enqueue(bytes.slice(0, 10));
              controller.enqueue(bytes.slice(10));
              controller.close();
            },
          }),
          { headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': "attachment; filename*=UTF-8''theo-doi-ket-luan.csv" } },
        ),
      'GET /api/v1/follow-up/export.xlsx': () => problemResponse(400, { title: 'Dữ liệu không hợp lệ', detail: 'Không có đơn vị "x".' }),
    });
    await openAs(['secretariat'], '/follow-up?overdue=true&unit=phong-tnmt');
    await user.click(await screen.findByRole('button', { name: 'Xuất CSV' }));
    // The bytes counted as they arrived: the whole file, its BOM included.
    const size = new TextEncoder().encode(csv).byteLength;
    expect(await screen.findByText(`Đã tải xong theo-doi-ket-luan.csv (${size} B).`)).toBeInTheDocument();
    const sent = fetchMock.requests.find((r) => r.url.includes('/export.csv'))!;
    const url = new URL(sent.url);
    expect(url.searchParams.get('overdue')).toBe('true');
    expect(url.searchParams.get('unit')).toBe('phong-tnmt');
    expect(url.searchParams.has('size')).toBe(false);
    expect(sent.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(created).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Không có đơn vị "x".')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
