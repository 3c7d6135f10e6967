import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';
import { SEED_PLAN } from '../plans/fixtures';
import { feedbackItem } from '../feedback/fixtures';
import { ruling } from './fixtures';
import { draftKey } from './logic';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const PLAN = { ...SEED_PLAN, id: 5, status: 'PUBLISHED' as const };
const UNITS = [
  { code: 'ubnd', name: 'UBND thị xã', kind: 'PEOPLES_COMMITTEE', children: [{ code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường', kind: 'DEPARTMENT', children: [] }] },
];

describe('rulings', () => {
  it('lists drafts and issued rulings with type, progress and items; the office may carry rulings over', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5': () => jsonResponse(PLAN),
      // Read page after page: the first ruling on a page of its own, the next on the last page.
      'GET /api/v1/plans/5/rulings': (r) =>
        new URL(r.url).searchParams.get('after') === 'next'
          ? jsonResponse({ items: [ruling({ id: 2, number: 2, type: 'EXPLAINED', followUp: undefined, leadUnit: undefined, dueDate: undefined })], nextCursor: null, totalItems: null })
          : jsonResponse({
              items: [ruling({ id: 1, number: 1, status: 'ISSUED', progressPercent: 60, deadline: { standing: 'OVERDUE', workingDaysLate: 7 } })],
              nextCursor: 'next',
              totalItems: 2,
            }),
      'GET /api/v1/plans/5/carry-over': () =>
        jsonResponse([
          { rulingId: 90, planId: 2, planTitle: 'Đối thoại 2025', planNumber: '45-KH/ThU', number: 3, type: 'RESOLVE', content: 'Nạo vét', itemTitles: ['Mương tắc'], followUp: 'IN_PROGRESS', progressPercent: 30, carried: false },
        ]),
      'POST /api/v1/plans/5/carry-over': () => jsonResponse([{ rulingId: 90, feedbackId: 77, trackingCode: 'DT-2026-CCCCC', title: 'Mương tắc' }], { status: 201 }),
    });
    await openAs(['secretariat'], '/plans/5/rulings');
    expect(await screen.findByRole('heading', { name: 'Dự thảo (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Đã ban hành (1)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kết luận số 1' })).toHaveAttribute('href', '/plans/5/rulings/1');
    expect(screen.getByText('Đã giải thích', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Tiến độ: 60%' })).toBeInTheDocument();
    // Where it stands, in the words of the follow-up and public pages (one label of one field).
    expect(screen.getByText('Quá hạn 7 ngày làm việc', { selector: '.standing' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Soạn kết luận' })).toHaveAttribute('href', '/plans/5/rulings/new');

    await user.click(screen.getByRole('button', { name: 'Chuyển kết luận chưa xong từ kỳ trước' }));
    await user.click(await screen.findByRole('checkbox', { name: /Kết luận số 3 · 45-KH\/ThU/ }));
    await user.click(screen.getByRole('button', { name: 'Chuyển 1 kết luận' }));
    expect(await screen.findByText('Đã chuyển 1 kết luận thành ý kiến của kế hoạch này.')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ rulingIds: [90] });
  });

  it('opened from the to-do with ?status=DRAFT, asks for and shows only the drafts, with a way to all', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5': () => jsonResponse(PLAN),
      'GET /api/v1/plans/5/rulings': () => jsonResponse({ items: [ruling({ id: 2, number: 2 })], nextCursor: null, totalItems: 1 }),
    });
    await openAs(['chair'], '/plans/5/rulings?status=DRAFT');
    expect(await screen.findByRole('heading', { name: 'Dự thảo (1)' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Đã ban hành/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem tất cả kết luận của kế hoạch' })).toHaveAttribute('href', '/plans/5/rulings');
    const list = fetchMock.requests.find((r) => new URL(r.url).pathname === '/api/v1/plans/5/rulings')!;
    expect(new URL(list.url).searchParams.get('status')).toBe('DRAFT');
  });

  it('the chair issues a draft after confirming, with If-Match, and is then offered the follow-up', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5/rulings/11': () => jsonResponse(ruling()),
      'POST /api/v1/plans/5/rulings/11/issue': () => jsonResponse(ruling({ status: 'ISSUED', version: 4, issuedBy: 'bithu', issuedAt: '2026-11-26T03:00:00Z' })),
    });
    await openAs(['chair'], '/plans/5/rulings/11');
    await user.click(await screen.findByRole('button', { name: 'Ban hành' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Ban hành kết luận số 1?');
    await user.click(within(confirm).getByRole('button', { name: 'Xác nhận ban hành' }));
    expect(await screen.findByText('Đã ban hành kết luận.')).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.method === 'POST')!.headers.get('If-Match')).toBe('"3"');
    expect(screen.getByRole('link', { name: 'Theo dõi thực hiện kết luận này' })).toHaveAttribute('href', '/plans/5/rulings/11/follow-up');
    expect(screen.queryByRole('button', { name: 'Ban hành' })).not.toBeInTheDocument();
  });

  it('the office does not see the issue button but records an escalation reply', async () => {
    const user = userEvent.setup();
    const escalation = ruling({ type: 'ESCALATE', status: 'ISSUED', leadUnit: undefined, dueDate: undefined, escalatedTo: 'UBND tỉnh Quảng Bình', recommendation: 'Hỗ trợ vốn' });
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5/rulings/11': () => jsonResponse(escalation),
      'PUT /api/v1/plans/5/rulings/11/escalation-reply': () => jsonResponse({ ...escalation, reply: 'Đã bố trí vốn', repliedOn: '2026-11-20', version: 4 }),
    });
    await openAs(['secretariat'], '/plans/5/rulings/11');
    expect(await screen.findByText('UBND tỉnh Quảng Bình')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ban hành' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Trả lời của cấp trên/ }), 'Đã bố trí vốn');
    await user.click(screen.getByRole('button', { name: 'Lưu trả lời' }));
    expect(await screen.findByText('Đã ghi nhận trả lời.')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect((await put.json()).reply).toBe('Đã bố trí vốn');
  });

  it('drafts a ruling whose fields follow the type, keeps the form on the device until saved, and sends what the type needs', async () => {
    const user = userEvent.setup();
    const item = feedbackItem({ id: 41, title: 'Khai thác cát trên sông Gianh', trackingCode: 'DT-2026-AAAAA' });
    const fetchMock = mockFetch({
      'GET /api/v1/org-units/tree': () => jsonResponse(UNITS),
      'GET /api/v1/plans/5/feedback': () => jsonResponse({ items: [item, feedbackItem({ id: 42, title: 'Đã từ chối', status: 'REJECTED' })], nextCursor: null }),
      'POST /api/v1/plans/5/rulings': () => jsonResponse(ruling({ id: 12, type: 'DECLINED' }), { status: 201 }),
      'GET /api/v1/plans/5/rulings/12': () => jsonResponse(ruling({ id: 12, type: 'DECLINED', reason: 'Ngoài thẩm quyền' })),
    });
    await openAs(['secretariat'], '/plans/5/rulings/new');
    expect(await screen.findByRole('combobox', { name: /Đơn vị chủ trì/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Không giải quyết' }));
    expect(screen.queryByRole('combobox', { name: /Đơn vị chủ trì/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    expect(screen.getAllByText('Mục này bắt buộc.')).toHaveLength(2);
    expect(screen.getByText('Chọn ít nhất một ý kiến.')).toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Nội dung kết luận/ }), 'Không xem xét');
    await user.type(screen.getByRole('textbox', { name: /Lý do không giải quyết/ }), 'Ngoài thẩm quyền');
    expect(screen.queryByRole('checkbox', { name: /Đã từ chối/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: /Khai thác cát trên sông Gianh/ }));
    await waitFor(() => expect(JSON.parse(localStorage.getItem(draftKey(5, 'new'))!).reason).toBe('Ngoài thẩm quyền'));

    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    expect(await screen.findByText('Đã lưu dự thảo kết luận.')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ type: 'DECLINED', content: 'Không xem xét', feedbackIds: [41], reason: 'Ngoài thẩm quyền' });
    expect(localStorage.getItem(draftKey(5, 'new'))).toBeNull();
  });
});
