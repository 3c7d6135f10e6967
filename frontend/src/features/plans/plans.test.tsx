import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { planWith, SEED_PLAN, TEMPLATES } from './fixtures';

const TREE = [
  {
    code: 'ba-don',
    name: 'Thị xã Ba Đồn',
    kind: 'TOWN',
    children: [
      { code: 'ubnd', name: 'Ủy ban nhân dân thị xã Ba Đồn', kind: 'PEOPLES_COMMITTEE', children: [] },
      { code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD', children: [] },
    ],
  },
];

async function openAs(roles: string[] | null, path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  if (roles) await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

beforeEach(() => {
  // "Today" is 20/11/2022 in Hồ Chí Minh; only Date is faked so timers and promises run normally.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2022-11-20T03:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('plan detail for staff', () => {
  it('lays the plan out like the document and highlights tasks against today', async () => {
    mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(SEED_PLAN),
      'GET /api/v1/plans/1/history': () =>
        jsonResponse([{ at: '2022-10-20T02:00:00Z', actor: 'bithu', action: 'approve', changes: { status: { from: 'SUBMITTED', to: 'APPROVED' } } }]),
    });
    await openAs(['secretariat'], '/plans/1');
    expect(await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title })).toBeInTheDocument();
    expect(screen.getByText('Số: 61-KH/ThU')).toBeInTheDocument();
    expect(screen.getByText('Ngày ban hành: 20/10/2022')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'I. Mục đích, yêu cầu' })).toBeInTheDocument();
    expect(screen.getByText('Tập trung vào 5 vấn đề trọng tâm sau đây:')).toBeInTheDocument();
    expect(screen.getByText('08:00, thứ Sáu 25/11/2022')).toBeInTheDocument();
    expect(screen.getByText('Đã duyệt')).toHaveClass('badge--approved');

    const item = (text: string) => screen.getByText(text).closest('li')!;
    const done = item('Chuẩn bị báo cáo về tình hình, thực trạng công tác xây dựng nông thôn mới');
    expect(done).toHaveClass('timeline__item--done');
    expect(within(done).getByText('Hoàn thành ngày 14/11/2022')).toBeInTheDocument();
    const overdue = item('Tổng hợp, phân loại nội dung các ý kiến, kiến nghị');
    expect(overdue).toHaveClass('timeline__item--overdue');
    expect(within(overdue).getByText('trễ 2 ngày')).toBeInTheDocument();
    const soon = item('Phát hành Giấy mời các đại biểu tham dự');
    expect(soon).toHaveClass('timeline__item--dueSoon');
    expect(within(soon).getByText('Sắp đến hạn')).toBeInTheDocument();
    expect(within(soon).getByText('còn 2 ngày')).toBeInTheDocument();
    expect(within(soon).getByText('trước ngày đối thoại ít nhất 3 ngày làm việc')).toBeInTheDocument();
    expect(item('Văn bản thông báo ý kiến kết luận')).toHaveClass('timeline__item--open');
    expect(screen.getByText('Hôm nay: 20/11/2022')).toBeInTheDocument();

    expect(await screen.findByText('Phê duyệt — bithu')).toBeInTheDocument();
    expect(screen.getByText('Trạng thái: Đã trình → Đã duyệt')).toBeInTheDocument();
  });

  it('downloads the plan as DOCX and PDF with the caller’s token', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(SEED_PLAN),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'GET /api/v1/plans/1/document.docx': () =>
        new Response(new Blob(['PK']), { headers: { 'Content-Disposition': "attachment; filename*=UTF-8''ke-hoach-61-KH-ThU.docx" } }),
      'GET /api/v1/plans/1/document.pdf': () =>
        new Response(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } }),
    });
    await openAs(['secretariat'], '/plans/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tải kế hoạch (DOCX)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tải kế hoạch (PDF)' }));
    await waitFor(() => expect(fetchMock.requests.filter((r) => r.url.includes('/document.')).length).toBe(2));
    const docx = fetchMock.requests.find((r) => r.url.endsWith('/api/v1/plans/1/document.docx'))!;
    expect(docx.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(docx.headers.get('Accept')).toContain('wordprocessingml');
    const pdf = fetchMock.requests.find((r) => r.url.endsWith('/api/v1/plans/1/document.pdf'))!;
    expect(pdf.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(pdf.headers.get('Accept')).toContain('application/pdf');
  });

  it('shows exactly the buttons allowedActions lists', async () => {
    mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(SEED_PLAN),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
    });
    await openAs(['secretariat'], '/plans/1');
    await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title });
    expect(screen.getByRole('button', { name: 'Công bố' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hủy kế hoạch' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sửa thời gian, địa điểm' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Đánh dấu đã xong/ })).toHaveLength(3);
    expect(screen.getByRole('button', { name: /^Bỏ đánh dấu đã xong/ })).toBeInTheDocument();
    for (const name of ['Phê duyệt', 'Trả lại', 'Trình duyệt', 'Xóa dự thảo', 'Đã tổ chức đối thoại'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa kế hoạch' })).not.toBeInTheDocument();
  });

  it('the chair returns a plan with a reason', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(planWith({ status: 'SUBMITTED', allowedActions: ['APPROVE', 'RETURN'] })),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'POST /api/v1/plans/1/transitions': () =>
        jsonResponse(planWith({ status: 'DRAFT', version: 4, allowedActions: [], returnReason: 'Bổ sung địa điểm' })),
    });
    await openAs(['chair'], '/plans/1');
    await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title });
    expect(screen.getByRole('button', { name: 'Phê duyệt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Đánh dấu đã xong/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Trả lại' }));
    const panel = screen.getByRole('form', { name: 'Trả lại' });
    await waitFor(() => expect(within(panel).getByRole('textbox', { name: /Lý do/ })).toHaveFocus());
    await userEvent.click(within(panel).getByRole('button', { name: 'Trả lại' }));
    expect(within(panel).getByRole('textbox', { name: /Lý do/ })).toHaveAccessibleDescription(expect.stringContaining('Vui lòng nhập lý do.'));
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await userEvent.type(within(panel).getByRole('textbox', { name: /Lý do/ }), 'Bổ sung địa điểm');
    await userEvent.click(within(panel).getByRole('button', { name: 'Trả lại' }));
    expect(await screen.findByText('Đã cập nhật: Dự thảo.')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ action: 'RETURN', reason: 'Bổ sung địa điểm' });
    expect(screen.getByText('Bổ sung địa điểm')).toBeInTheDocument(); // the return reason is shown
  });

  it('submit: missing fields are named in words; cancelling a confirmation gives focus back', async () => {
    mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(planWith({ status: 'DRAFT', allowedActions: ['EDIT', 'SUBMIT', 'DELETE', 'CANCEL'] })),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'POST /api/v1/plans/1/transitions': () =>
        problemResponse(400, {
          title: 'Kế hoạch chưa đủ thông tin',
          errors: [
            { field: 'issuingUnitCode', message: 'Cần nhập trước khi trình.' },
            { field: 'format', message: 'Cần nhập trước khi trình.' },
          ],
        }),
    });
    await openAs(['secretariat'], '/plans/1');
    await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title });
    expect(screen.getByRole('link', { name: 'Sửa kế hoạch' })).toHaveAttribute('href', '/plans/1/edit');
    const del = screen.getByRole('button', { name: 'Xóa dự thảo' });
    await userEvent.click(del);
    expect(screen.getByText('Xóa dự thảo này? Không thể hoàn tác.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thôi' }));
    await waitFor(() => expect(del).toHaveFocus());

    await userEvent.click(screen.getByRole('button', { name: 'Trình duyệt' }));
    await userEvent.click(within(screen.getByRole('form', { name: 'Trình duyệt' })).getByRole('button', { name: 'Trình duyệt' }));
    expect(await screen.findByRole('heading', { name: 'Kế hoạch chưa đủ thông tin' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Cơ quan ban hành: Cần nhập trước khi trình.');
    expect(items).toContain('Hình thức: Cần nhập trước khi trình.');
  });

  it('publish: shows the 409 warnings, then resends with acknowledgeWarnings', async () => {
    let calls = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(SEED_PLAN),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'POST /api/v1/plans/1/transitions': () => {
        calls += 1;
        return calls === 1
          ? problemResponse(409, {
              title: 'Có nhiệm vụ đã quá hạn',
              detail: 'Xác nhận để công bố.',
              warnings: [{ taskId: 43, message: 'Nhiệm vụ “Tổng hợp, phân loại” đã quá hạn (18/11/2022).' }],
            })
          : jsonResponse(planWith({ status: 'PUBLISHED', version: 4, allowedActions: ['HOLD', 'CANCEL'] }));
      },
    });
    await openAs(['secretariat'], '/plans/1');
    await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title });
    await userEvent.click(screen.getByRole('button', { name: 'Công bố' }));
    await userEvent.click(within(screen.getByRole('form', { name: 'Công bố' })).getByRole('button', { name: 'Công bố' }));

    expect(await screen.findByRole('heading', { name: 'Có nhiệm vụ đã quá hạn' })).toBeInTheDocument();
    expect(screen.getByText('Nhiệm vụ “Tổng hợp, phân loại” đã quá hạn (18/11/2022).')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vẫn công bố' }));

    expect(await screen.findByText('Đã cập nhật: Đã công bố.')).toBeInTheDocument();
    const posts = fetchMock.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(await posts[0].json()).toEqual({ action: 'PUBLISH' });
    expect(await posts[1].json()).toEqual({ action: 'PUBLISH', acknowledgeWarnings: true });
    expect(screen.getByRole('button', { name: 'Đã tổ chức đối thoại' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem trang công khai' })).toHaveAttribute('href', '/ke-hoach/1');
  });

  it('412 on a transition: says someone else changed the plan and reloads it', async () => {
    let reads = 0;
    mockFetch({
      'GET /api/v1/plans/1': () => {
        reads += 1;
        return jsonResponse(reads === 1 ? SEED_PLAN : planWith({ version: 5, venue: 'Hội trường mới' }));
      },
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'POST /api/v1/plans/1/transitions': () => problemResponse(412, { title: 'Dữ liệu đã thay đổi' }),
    });
    await openAs(['secretariat'], '/plans/1');
    await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title });
    await userEvent.click(screen.getByRole('button', { name: 'Công bố' }));
    await userEvent.click(within(screen.getByRole('form', { name: 'Công bố' })).getByRole('button', { name: 'Công bố' }));
    expect(await screen.findByText(/Người khác vừa sửa kế hoạch này/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tải lại kế hoạch' }));
    expect(await screen.findByText('Hội trường mới')).toBeInTheDocument();
    expect(screen.queryByText(/Người khác vừa sửa kế hoạch này/)).not.toBeInTheDocument();
  });

  it('marks a task done today with the plan’s If-Match', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(SEED_PLAN),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'PUT /api/v1/plans/1/tasks/42/progress': () => {
        const next = planWith({ version: 4 });
        next.tasks[1] = { ...next.tasks[1], status: 'DONE', doneOn: '2022-11-20' };
        return jsonResponse(next);
      },
    });
    await openAs(['secretariat'], '/plans/1');
    await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title });
    await userEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã xong: Phát hành Giấy mời các đại biểu tham dự' }));
    expect(await screen.findByText('Hoàn thành ngày 20/11/2022')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ doneOn: '2022-11-20' });
  });
});

describe('plan editor', () => {
  const DRAFT = planWith({ status: 'DRAFT', allowedActions: ['EDIT', 'DELETE', 'SUBMIT', 'CANCEL'] });

  function editorFetch(extra: Record<string, (r: Request) => Response | Promise<Response>> = {}) {
    return mockFetch({
      'GET /api/v1/plans/1': () => jsonResponse(DRAFT),
      'GET /api/v1/org-units/tree': () => jsonResponse(TREE),
      'GET /api/v1/plans/1/history': () => jsonResponse([]),
      'POST /api/v1/plans/deadline-preview': () => jsonResponse({ dueDates: ['2022-11-18', '2022-11-21', '2022-11-24', '2022-12-13'] }),
      ...extra,
    });
  }

  it('reorders focus areas with the move buttons, keeping item ids, and keeps focus on the moved item', async () => {
    const fetchMock = editorFetch({ 'PUT /api/v1/plans/1': () => jsonResponse(planWith({ ...DRAFT, version: 4 })) });
    await openAs(['secretariat'], '/plans/1/edit');
    const up = await screen.findByRole('button', { name: 'Đưa Nội dung trọng tâm 3 lên' });
    expect(screen.getByRole('button', { name: 'Đưa Nội dung trọng tâm 1 lên' })).toBeDisabled();
    await userEvent.click(up);
    expect(screen.getByText('Đã chuyển Nội dung trọng tâm 3 sang vị trí 2.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Đưa Nội dung trọng tâm 2 lên' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Nội dung trọng tâm 2' })).toHaveValue('Quản lý đất đai, trật tự xây dựng, vệ sinh môi trường');

    await userEvent.click(screen.getByRole('button', { name: 'Xóa Nội dung trọng tâm 5' }));
    await userEvent.click(screen.getByRole('button', { name: 'Thêm nội dung trọng tâm' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Nội dung trọng tâm 5' }), 'Chuyển đổi số');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fetchMock.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    const body = await put.json();
    expect(body.focusAreas).toEqual([
      { id: 11, title: 'Công tác xây dựng, quản lý quy hoạch' },
      { id: 13, title: 'Quản lý đất đai, trật tự xây dựng, vệ sinh môi trường' },
      { id: 12, title: 'Huy động nguồn lực đầu tư xây dựng các công trình giao thông, thủy lợi' },
      { id: 14, title: 'An ninh trật tự, an toàn xã hội và an toàn giao thông' },
      { title: 'Chuyển đổi số' },
    ]);
    expect(body.sessionAt).toBe('2022-11-25T08:00:00+07:00');
    expect(body.tasks[1]).toEqual({
      id: 42,
      ownerUnitCode: 'vp-thi-uy',
      ownerKind: 'PARTY_OFFICE',
      description: 'Phát hành Giấy mời các đại biểu tham dự',
      rule: { offset: 3, unit: 'WORKING_DAYS', direction: 'BEFORE' },
    });
    expect(await screen.findByText('Đã lưu kế hoạch.')).toBeInTheDocument();
  });

  it('shows problem+json field errors next to the fields, list items included', async () => {
    editorFetch({
      'PUT /api/v1/plans/1': () =>
        problemResponse(400, {
          title: 'Dữ liệu không hợp lệ',
          errors: [
            { field: 'focusAreas[1].title', message: 'Không được để trống.' },
            { field: 'tasks[0].rule.offset', message: 'Phải lớn hơn hoặc bằng 0.' },
            { field: 'venue', message: 'Quá dài.' },
          ],
        }),
    });
    await openAs(['secretariat'], '/plans/1/edit');
    await screen.findByRole('button', { name: 'Đưa Nội dung trọng tâm 3 lên' });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const focus2 = await screen.findByRole('textbox', { name: 'Nội dung trọng tâm 2' });
    await waitFor(() => expect(focus2).toHaveAttribute('aria-invalid', 'true'));
    expect(focus2).toHaveAccessibleDescription('Không được để trống.');
    expect(screen.getByRole('spinbutton', { name: 'Số ngày, nhiệm vụ 1' })).toHaveAccessibleDescription('Phải lớn hơn hoặc bằng 0.');
    expect(screen.getByRole('textbox', { name: 'Địa điểm' })).toHaveAccessibleDescription('Quá dài.');
    expect(screen.getByRole('textbox', { name: 'Nội dung trọng tâm 1' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('heading', { name: 'Dữ liệu không hợp lệ' })).toBeInTheDocument();
    await waitFor(() => expect(focus2).toHaveFocus());
  });

  it('412 on save: tells the user someone else saved, and reloads the fresh copy', async () => {
    let reads = 0;
    editorFetch({
      'GET /api/v1/plans/1': () => {
        reads += 1;
        return jsonResponse(reads === 1 ? DRAFT : planWith({ ...DRAFT, version: 7, venue: 'Nhà văn hóa' }));
      },
      'PUT /api/v1/plans/1': () => problemResponse(412, { title: 'Dữ liệu đã thay đổi' }),
    });
    await openAs(['secretariat'], '/plans/1/edit');
    const venue = await screen.findByRole('textbox', { name: 'Địa điểm' });
    await userEvent.clear(venue);
    await userEvent.type(venue, 'Sân vận động');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(/Người khác vừa sửa kế hoạch này. Các thay đổi của bạn chưa được lưu/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tải lại kế hoạch' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Địa điểm' })).toHaveValue('Nhà văn hóa'));
    expect(screen.queryByText(/Người khác vừa sửa kế hoạch này/)).not.toBeInTheDocument();
  });

  it('warns next to a task when the chosen session date leaves it too little time', async () => {
    const fetchMock = editorFetch();
    await openAs(['secretariat'], '/plans/1/edit');
    const date = await screen.findByLabelText('Ngày đối thoại');
    fireEvent.change(date, { target: { value: '28/11/2022' } });
    // dueDates from the preview: 18/11 (past), 21/11 (1 day left), 24/11 (fine), 13/12 (after the session)
    expect(await screen.findByText(/Ngày đối thoại đã chọn làm hạn của nhiệm vụ này \(18\/11\/2022\) đã qua/)).toBeInTheDocument();
    expect(screen.getByText('Ngày đối thoại đã chọn chỉ còn 1 ngày để làm nhiệm vụ này (hạn 21/11/2022).')).toBeInTheDocument();
    expect(screen.getByText('2 nhiệm vụ không còn đủ thời gian theo ngày đối thoại đã chọn.')).toBeInTheDocument();
    const preview = fetchMock.requests.filter((r) => r.url.endsWith('/deadline-preview')).pop()!;
    expect(await preview.json()).toEqual({
      sessionDate: '2022-11-28',
      // The tasks' rules, then the two invitation rules.
      rules: [...SEED_PLAN.tasks.map((t) => t.rule), SEED_PLAN.invitationRule, SEED_PLAN.citizenInvitationRule],
    });
  });

  it('a plan that is not a draft cannot be edited', async () => {
    mockFetch({ 'GET /api/v1/plans/1': () => jsonResponse(SEED_PLAN), 'GET /api/v1/org-units/tree': () => jsonResponse(TREE) });
    await openAs(['secretariat'], '/plans/1/edit');
    expect(await screen.findByText('Chỉ sửa được kế hoạch ở trạng thái dự thảo.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
  });
});

describe('new plan', () => {
  it('creates a draft from a template and opens the editor', async () => {
    const created = planWith({ id: 9, status: 'DRAFT', level: 'COMMUNE', templateCode: 'commune-2025', allowedActions: ['EDIT'] });
    const fetchMock = mockFetch({
      'GET /api/v1/plan-templates': () => jsonResponse(TEMPLATES),
      'POST /api/v1/plans': () => jsonResponse(created, { status: 201 }),
      'GET /api/v1/plans/9': () => jsonResponse(created),
      'GET /api/v1/org-units/tree': () => jsonResponse(TREE),
      'POST /api/v1/plans/deadline-preview': () => jsonResponse({ dueDates: [] }),
    });
    const { router } = await openAs(['secretariat'], '/plans/new');
    await userEvent.click(await screen.findByRole('radio', { name: /Đối thoại cấp xã/ }));
    expect(screen.queryByRole('combobox', { name: /Cấp/ })).not.toBeInTheDocument(); // the template sets the level
    await userEvent.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));
    expect(screen.getByRole('textbox', { name: /Tên kế hoạch/ })).toHaveAccessibleDescription('Bắt buộc nhập.');
    await userEvent.type(screen.getByRole('textbox', { name: /Tên kế hoạch/ }), 'Đối thoại phường Ba Đồn 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/9/edit'));
    const body = await fetchMock.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/plans'))!.json();
    expect(body).toMatchObject({ templateCode: 'commune-2025', level: 'COMMUNE', title: 'Đối thoại phường Ba Đồn 2025', focusAreas: [], tasks: [] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sửa kế hoạch' })).toBeInTheDocument();
  });

  it('offers only the templates a plan of the caller’s body may be made from', async () => {
    const overseen = { ...TEMPLATES[1], code: 'mau-bac-gianh', name: 'Mẫu riêng Bắc Gianh', body: { code: 'dang-uy-phuong-bac-gianh', name: 'Đảng ủy phường Bắc Gianh' } };
    mockFetch({ 'GET /api/v1/plan-templates': () => jsonResponse([...TEMPLATES, overseen]) });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['secretariat'], username: 'vptinh', body: 'tinh-uy-quang-tri' }));
    renderApp('/plans/new', userManager);
    expect(await screen.findByRole('radio', { name: /Đối thoại cấp xã/ })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Mẫu riêng Bắc Gianh/ })).not.toBeInTheDocument();
  });
});

describe('public pages', () => {
  it('anyone reads a published plan: focus areas, time in Vietnam, deadlines in words', async () => {
    const { tasks, ...rest } = planWith({ status: 'CONCLUDED' });
    const publicPlan = { ...rest, tasks: tasks.map(({ id, owner, ownerKind, description, rule, dueDate }) => ({ id, owner, ownerKind, description, rule, dueDate })) };
    mockFetch({ 'GET /api/v1/public/plans/1': () => jsonResponse(publicPlan) });
    await openAs(null, '/ke-hoach/1');
    expect(await screen.findByRole('heading', { level: 1, name: SEED_PLAN.title })).toBeInTheDocument();
    for (const f of SEED_PLAN.focusAreas) expect(screen.getByText(f.title)).toBeInTheDocument();
    expect(screen.getByText('08:00, thứ Sáu 25/11/2022')).toBeInTheDocument();
    expect(screen.getByText('Trung tâm Văn hóa - Thể thao thị xã')).toBeInTheDocument();
    expect(screen.getByText(/chậm nhất 10 ngày làm việc sau ngày đối thoại/)).toBeInTheDocument();
    expect(screen.getByText('hạn 09/12/2022')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Đánh dấu/ })).not.toBeInTheDocument();
    // headings in order: h1, then h2 sections, h3 inside them
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName[1]));
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]).toBeLessThanOrEqual(1));
  });

  it('the public list pages through published plans with a text filter', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/public/plans': (r) => {
        const after = new URL(r.url).searchParams.get('after');
        const page = after === 'trang-2' ? 1 : 0;
        return jsonResponse({
          items: [
            {
              ...SEED_PLAN,
              id: page + 1,
              title: `Kế hoạch trang ${page + 1}`,
              body: page === 0 ? { code: 'dang-uy-phuong-bac-gianh', name: 'Đảng ủy phường Bắc Gianh' } : SEED_PLAN.body,
            },
          ],
          nextCursor: page === 0 ? 'trang-2' : null,
          totalItems: page === 0 ? 21 : null,
        });
      },
    });
    await openAs(null, '/ke-hoach');
    expect(await screen.findByRole('link', { name: 'Kế hoạch trang 1' })).toHaveAttribute('href', '/ke-hoach/1');
    expect(screen.getByText('21 kế hoạch')).toBeInTheDocument();
    // One installation, many bodies: each plan names the body holding it.
    expect(within(screen.getByRole('link', { name: 'Kế hoạch trang 1' }).closest('li')!).getByText('Đảng ủy phường Bắc Gianh')).toBeInTheDocument();
    expect(screen.queryByText('Đã duyệt')).not.toBeInTheDocument(); // no internal status on the public list
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByRole('link', { name: 'Kế hoạch trang 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kế hoạch trang 1' })).toBeInTheDocument(); // the next page adds to the first
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: /Tìm theo tên/ }), 'ba don');
    await userEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(new URL(fetchMock.requests.at(-1)!.url).searchParams.get('q')).toBe('ba don'));
    expect(new URL(fetchMock.requests.at(-1)!.url).searchParams.get('after')).toBeNull();
  });
});

describe('navigation', () => {
  it.each([
    [null, false, false],
    [['citizen'], false, false],
    [['unit'], false, false],
    [['secretariat'], true, false],
    [['chair'], true, false],
    [['admin'], true, true],
  ])('%o: plans %s, calendar %s', async (roles, plans, calendar) => {
    mockFetch({});
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    renderApp('/', userManager);
    await screen.findByRole('heading', { level: 1 });
    if (roles) await act(() => signIn(userManager, makeUser({ roles })));
    // The public plans are offered to everyone: in the main menu, or for staff under their menu's "Thêm".
    const nav = screen.getByRole('navigation', { name: roles && roles[0] !== 'citizen' ? 'Điều hướng nghiệp vụ' : 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Kế hoạch đối thoại' })).toHaveAttribute('href', '/ke-hoach');
    expect(document.querySelector('a[href="/plans"]') !== null).toBe(plans);
    expect(document.querySelector('a[href="/calendar"]') !== null).toBe(calendar);
  });
});
