import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { LOCALITIES } from '../participants/fixtures';
import { SEED_PLAN } from '../plans/fixtures';
import { feedbackItem } from './fixtures';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const PLAN = { ...SEED_PLAN, id: 5 };
const A = feedbackItem({ id: 41, title: 'Đèn đường ngõ 5 bị hỏng', version: 2, raisedBeforeUnresolved: true });
const B = feedbackItem({ id: 42, title: 'Ngập úng đường Quang Trung', version: 7, merged: { count: 4, submitters: 3, wards: 2, items: null } });
const C = feedbackItem({ id: 43, title: 'Rác thải chợ Ba Đồn', version: 1, status: 'REJECTED' });

describe('feedback list: the office', () => {
  it('shows the raised-before and group badges, filters by raised-before, and keeps the selection when a bulk action fails item by item', async () => {
    const user = userEvent.setup();
    let bulkCalls = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5': () => jsonResponse(PLAN),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'GET /api/v1/plans/5/feedback': () => jsonResponse({ items: [A, B, C], nextCursor: null }),
      'POST /api/v1/plans/5/feedback/bulk': () => {
        bulkCalls += 1;
        if (bulkCalls === 1)
          return problemResponse(409, {
            title: 'Không thực hiện được cho mọi ý kiến đã chọn',
            errors: [{ field: 'items[2]', message: 'Ý kiến đã không được tiếp nhận.' }],
          });
        return jsonResponse({ items: [{ ...A, status: 'CLASSIFIED', version: 3 }, { ...B, status: 'CLASSIFIED', version: 8 }] });
      },
    });
    await openAs(['secretariat'], '/plans/5/feedback');
    expect(await screen.findByText('Đèn đường ngõ 5 bị hỏng')).toBeInTheDocument();
    expect(screen.getByText('Đã kiến nghị nhiều lần', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByText('4 ý kiến · 3 công dân ở 2 phường')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bản tổng hợp' })).toHaveAttribute('href', '/plans/5/feedback/summary');

    // The raised-before filter goes to the server as raisedBefore=true.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Đã kiến nghị nhiều lần' }), 'true');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(fetchMock.requests.some((r) => new URL(r.url).searchParams.get('raisedBefore') === 'true')).toBe(true));

    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả ý kiến đang hiển thị' }));
    const bar = screen.getByRole('form', { name: 'Đã chọn 3 ý kiến' });
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Vấn đề trọng tâm' }), String(PLAN.focusAreas[0].id));
    await user.click(within(bar).getByRole('button', { name: 'Thực hiện cho 3 ý kiến' }));

    // The 409 names items[2]: that item is listed with its reason, marked in the list, and all stay selected.
    const alert = await within(bar).findByRole('alert');
    expect(alert).toHaveTextContent('1 ý kiến không thực hiện được');
    expect(alert).toHaveTextContent('Rác thải chợ Ba Đồn: Ý kiến đã không được tiếp nhận.');
    expect(screen.getAllByText('Ý kiến đã không được tiếp nhận.').some((el) => el.classList.contains('fb-failure'))).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Chọn: Rác thải chợ Ba Đồn' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Chọn: Đèn đường ngõ 5 bị hỏng' })).toBeChecked();
    const first = fetchMock.requests.find((r) => r.url.endsWith('/bulk'))!;
    expect(await first.json()).toEqual({
      action: 'CLASSIFY',
      items: [
        { id: 41, version: 2 },
        { id: 42, version: 7 },
        { id: 43, version: 1 },
      ],
      focusAreaId: PLAN.focusAreas[0].id,
      priority: 'NORMAL',
    });

    // Untick the failing item and send again: done, the selection is cleared.
    await user.click(screen.getByRole('checkbox', { name: 'Chọn: Rác thải chợ Ba Đồn' }));
    await user.click(within(screen.getByRole('form', { name: 'Đã chọn 2 ý kiến' })).getByRole('button', { name: 'Thực hiện cho 2 ý kiến' }));
    expect(await screen.findByText('Đã phân loại 2 ý kiến.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Đã chọn/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Chọn: Đèn đường ngõ 5 bị hỏng' })).not.toBeChecked();
  });

  it('a ward officer gets neither checkboxes nor the summary link', async () => {
    mockFetch({
      'GET /api/v1/plans/5': () => problemResponse(403, { title: 'Không có quyền' }),
      'GET /api/v1/public/plans/5': () => jsonResponse({ ...PLAN, status: 'PUBLISHED' }),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'GET /api/v1/plans/5/feedback': () => jsonResponse({ items: [A], nextCursor: null }),
    });
    await openAs(['ward'], '/plans/5/feedback');
    expect(await screen.findByText('Đèn đường ngõ 5 bị hỏng')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bản tổng hợp' })).not.toBeInTheDocument();
    // A ward officer enters what the ward collected on the ward's own form, not an organisation's report.
    expect(screen.getByRole('link', { name: 'Nhập ý kiến phường thu thập' })).toHaveAttribute('href', '/plans/5/feedback/ward');
    expect(screen.queryByRole('link', { name: 'Nhập báo cáo, tệp' })).not.toBeInTheDocument();
  });
});

describe('feedback detail: the office', () => {
  it('merges similar items after confirming, takes one out again, links an earlier item and records the session answer', async () => {
    const user = userEvent.setup();
    const base = feedbackItem({ status: 'ANSWER_APPROVED', version: 3, coordinatingUnits: [{ code: 'phong-qlđt', name: 'Phòng Quản lý đô thị' }] });
    const member = { id: 50, trackingCode: 'DT-2026-AAAAA', ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' }, submitterName: 'Lê Văn Nam' };
    const merged = { ...base, version: 4, merged: { count: 2, submitters: 2, wards: 1, items: [{ id: 42, trackingCode: base.trackingCode, ward: base.ward, submitterName: 'Trần Thị Hoa' }, member] } };
    const earlier = feedbackItem({ id: 7, planId: 2, title: 'Đèn đường ngõ 5 (năm 2025)', trackingCode: 'DT-2025-BBBBB' });
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(base),
      'GET /api/v1/feedback/42/similar': () => jsonResponse([{ item: feedbackItem({ id: 50, title: 'Ngõ 5 tối om' }), score: 0.82 }]),
      'POST /api/v1/feedback/42/merge': () => jsonResponse(merged),
      'POST /api/v1/feedback/42/unmerge': () => jsonResponse({ ...base, version: 5 }),
      'GET /api/v1/feedback/7': () => jsonResponse(earlier),
      'POST /api/v1/feedback/42/raised-before': () =>
        jsonResponse({
          ...base,
          version: 6,
          raisedBeforeUnresolved: true,
          raisedBefore: [{ linkId: 9, note: 'Đã hứa sửa', earlierItem: { id: 7, trackingCode: 'DT-2025-BBBBB', planId: 2, planTitle: 'Đối thoại 2025', planNumber: '61-KH/UBND', sessionAt: null, title: earlier.title, status: 'RULED' } }],
        }),
      'POST /api/v1/feedback/42/answered-at-session': () =>
        jsonResponse({ ...base, version: 7, status: 'ANSWERED_AT_SESSION', answeredAtSession: { at: '2026-12-01T03:00:00Z', note: 'Đã trả lời', recordedBy: 'vanphong' } }),
    });
    await openAs(['secretariat'], '/feedback/42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đèn đường ngõ 5 bị hỏng' })).toBeInTheDocument();
    expect(screen.getByText('Phòng Quản lý đô thị')).toBeInTheDocument();

    await user.click(await screen.findByRole('checkbox', { name: 'Ngõ 5 tối om' }));
    await user.click(screen.getByRole('button', { name: 'Gộp 1 ý kiến đã chọn vào ý kiến này' }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận gộp' }));
    expect(await screen.findByText('Đã gộp 1 ý kiến.')).toBeInTheDocument();
    const merge = fetchMock.requests.find((r) => r.url.endsWith('/merge'))!;
    expect(merge.headers.get('If-Match')).toBe('"3"');
    expect(await merge.json()).toEqual({ items: [50] });
    expect(screen.getByRole('heading', { name: 'Nhóm ý kiến: 2 ý kiến · 2 công dân ở 1 phường' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /DT-2026-AAAAA/ }));
    await user.click(screen.getByRole('button', { name: 'Tách 1 ý kiến đã chọn khỏi nhóm' }));
    expect(await screen.findByText('Đã tách 1 ý kiến khỏi nhóm.')).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.url.endsWith('/unmerge'))!.headers.get('If-Match')).toBe('"4"');

    const add = screen.getByRole('form', { name: 'Liên kết với ý kiến kỳ trước' });
    await user.type(within(add).getByRole('searchbox'), '7');
    await user.click(within(add).getByRole('button', { name: 'Tìm' }));
    await user.type(await screen.findByRole('textbox', { name: /Ghi chú: kỳ trước/ }), 'Đã hứa sửa');
    await user.click(screen.getByRole('button', { name: 'Liên kết: Đèn đường ngõ 5 (năm 2025)' }));
    expect(await screen.findByText('Đã liên kết với ý kiến kỳ trước.')).toBeInTheDocument();
    expect(await fetchMock.requests.find((r) => r.url.endsWith('/raised-before'))!.json()).toEqual({ earlierItemId: 7, note: 'Đã hứa sửa' });
    expect(screen.getByRole('button', { name: 'Bỏ liên kết: Đèn đường ngõ 5 (năm 2025)' })).toBeInTheDocument();

    const session = screen.getByRole('form', { name: 'Ghi nhận đã trả lời tại hội nghị' });
    await user.type(within(session).getByRole('textbox'), 'Đã trả lời');
    await user.click(within(session).getByRole('button', { name: 'Đã trả lời tại hội nghị' }));
    expect(await screen.findByText('Đã ghi nhận trả lời tại hội nghị.')).toBeInTheDocument();
    const rec = fetchMock.requests.find((r) => r.url.endsWith('/answered-at-session'))!;
    expect(rec.headers.get('If-Match')).toBe('"6"');
    expect(await rec.json()).toEqual({ note: 'Đã trả lời' });
  });
});

describe('feedback summary', () => {
  it('shows the deadline, totals and items by focus area, and downloads the PDF with the token', async () => {
    const user = userEvent.setup();
    const item = {
      id: 41, trackingCode: 'DT-2026-7K3Q9', kind: 'PETITION', title: 'Đèn đường ngõ 5 bị hỏng', content: '…', ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' },
      unit: { code: 'phong-tnmt', name: 'Phòng TN&MT' }, coordinatingUnits: [], priority: 'HIGH', status: 'ASSIGNED', approvedAnswer: null,
      merged: { count: 3, submitters: 3, wards: 2, items: null }, raisedBefore: true,
    };
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5/feedback/summary': () =>
        jsonResponse({
          planId: 5, planTitle: 'Đối thoại 2026', topic: null, sessionDate: '2026-12-10', deadline: '2026-12-03', generatedAt: '2026-11-26T03:00:00Z',
          totals: { total: 5, byStatus: { ASSIGNED: 4, REJECTED: 1 }, byKind: { PETITION: 5 } },
          groups: [
            { focusAreaId: 11, title: 'Hạ tầng đô thị', counts: { total: 4, byStatus: { ASSIGNED: 4 }, byKind: { PETITION: 4 } }, items: [item] },
            { focusAreaId: null, title: null, counts: { total: 0, byStatus: {}, byKind: {} }, items: [] },
          ],
        }),
      'GET /api/v1/plans/5/feedback/summary.pdf': () =>
        new Response(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''tong-hop.pdf" } }),
    });
    await openAs(['chair'], '/plans/5/feedback/summary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bản tổng hợp ý kiến, kiến nghị' })).toBeInTheDocument();
    expect(await screen.findByText('03/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Tổng: 5 ý kiến')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Hạ tầng đô thị' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Chưa phân loại' })).toBeInTheDocument();
    expect(screen.getByText('3 ý kiến · 3 công dân ở 2 phường')).toBeInTheDocument();
    expect(screen.getByText('Đã kiến nghị nhiều lần')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải bản PDF' }));
    await waitFor(() => expect(fetchMock.requests.some((r) => r.url.endsWith('/summary.pdf'))).toBe(true));
    const pdf = fetchMock.requests.find((r) => r.url.endsWith('/summary.pdf'))!;
    expect(pdf.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(pdf.headers.get('Accept')).toContain('application/pdf');
  });
});

describe('organisation report', () => {
  it('keeps the draft, shows the 422 row errors next to the right row, and stores the report with the same key after a network failure', async () => {
    const user = userEvent.setup();
    let posts = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'GET /api/v1/plans/5/feedback/similar': () => jsonResponse([{ item: feedbackItem({ id: 77, title: 'Đường Quang Trung ngập khi mưa' }), score: 0.7 }]),
      'POST /api/v1/plans/5/feedback-reports': () => {
        posts += 1;
        if (posts === 1)
          return problemResponse(422, { title: 'Có dòng chưa đúng', errors: [{ field: 'items[1].wardCode', message: 'Phường, xã không thuộc địa bàn của kế hoạch.' }] });
        if (posts === 2) throw new TypeError('Failed to fetch');
        return jsonResponse(
          { id: 3, planId: 5, organisation: 'Ủy ban MTTQ thị xã', organisationUnit: null, reference: '12/BC-MTTQ', reportDate: null, receivedOn: '2026-11-26', channel: 'ORGANISATION_REPORT', sourceFileName: null, itemCount: 2, createdBy: 'vanphong', createdAt: '2026-11-26T03:00:00Z', items: [{ id: 90, trackingCode: 'DT-2026-CCCCC', kind: 'OPINION', title: 'Ngập đường Quang Trung', ward: null, status: 'RECEIVED' }, { id: 91, trackingCode: 'DT-2026-DDDDD', kind: 'PETITION', title: 'Chợ thiếu nhà vệ sinh', ward: null, status: 'RECEIVED' }] },
          { status: 201 },
        );
      },
    });
    const first = await openAs(['secretariat'], '/plans/5/feedback/report');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhập báo cáo ý kiến của tổ chức' })).toBeInTheDocument();
    await screen.findAllByRole('option', { name: 'Phường Ba Đồn' });
    await user.type(screen.getByRole('textbox', { name: /Tổ chức gửi báo cáo/ }), 'Ủy ban MTTQ thị xã');
    const row1 = screen.getByRole('group', { name: 'Dòng 1' });
    await user.type(within(row1).getByRole('textbox', { name: 'Tiêu đề' }), 'Ngập đường Quang Trung');
    // A similar item is suggested after a pause in typing.
    expect(await within(row1).findByRole('link', { name: 'Đường Quang Trung ngập khi mưa' }, { timeout: 3000 })).toBeInTheDocument();
    await user.type(within(row1).getByRole('textbox', { name: 'Nội dung' }), 'Mưa to là ngập.');
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    const row2 = screen.getByRole('group', { name: 'Dòng 2' });
    await user.selectOptions(within(row2).getByRole('combobox', { name: 'Loại' }), 'PETITION');
    await user.type(within(row2).getByRole('textbox', { name: 'Tiêu đề' }), 'Chợ thiếu nhà vệ sinh');
    await user.type(within(row2).getByRole('textbox', { name: 'Nội dung' }), 'Cần xây thêm.');
    await user.selectOptions(within(row2).getByRole('combobox', { name: 'Phường, xã' }), 'xa-quang-hai');

    // The reload keeps every row.
    first.unmount();
    await openAs(['secretariat'], '/plans/5/feedback/report');
    const again = await screen.findByRole('group', { name: 'Dòng 2' });
    expect(within(again).getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue('Chợ thiếu nhà vệ sinh');
    expect(screen.getByRole('textbox', { name: /Tổ chức gửi báo cáo/ })).toHaveValue('Ủy ban MTTQ thị xã');

    await user.click(screen.getByRole('button', { name: 'Lưu báo cáo (2 ý kiến)' }));
    const ward2 = await within(screen.getByRole('group', { name: 'Dòng 2' })).findByRole('combobox', { name: 'Phường, xã' });
    await waitFor(() => expect(ward2).toHaveAttribute('aria-invalid', 'true'));
    expect(within(screen.getByRole('group', { name: 'Dòng 2' })).getByText('Phường, xã không thuộc địa bàn của kế hoạch.', { selector: '.field__error' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Dòng 1' })).getByRole('combobox', { name: 'Phường, xã' })).not.toHaveAttribute('aria-invalid');

    await user.selectOptions(ward2, 'phuong-ba-don');
    await user.click(screen.getByRole('button', { name: 'Lưu báo cáo (2 ý kiến)' }));
    expect(await screen.findByRole('heading', { name: 'Không kết nối được máy chủ' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu báo cáo (2 ý kiến)' }));
    expect(await screen.findByRole('heading', { name: 'Đã lưu báo cáo với 2 ý kiến' })).toBeInTheDocument();
    expect(screen.getByText('DT-2026-DDDDD')).toBeInTheDocument();

    const sent = fetchMock.requests.filter((r) => r.url.endsWith('/feedback-reports'));
    const keys = sent.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[1]).not.toBe(keys[0]); // the 422 stored nothing: a new key
    expect(keys[2]).toBe(keys[1]); // the network failure may have: the same key
    expect((await sent[2].json()).items[1]).toMatchObject({ kind: 'PETITION', title: 'Chợ thiếu nhà vệ sinh', wardCode: 'phuong-ba-don' });
    expect(window.localStorage.getItem('doithoai.feedback.report.5')).toBeNull();
  });

  it('imports a file: a dry run first, then a 422 listed row by row in a table', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'POST /api/v1/plans/5/feedback-imports': (r) =>
        new URL(r.url).searchParams.get('dryRun') === 'true'
          ? jsonResponse({ format: 'CSV', rowCount: 2, rows: [{ row: 2, kind: 'OPINION', title: 'Ngập đường', ward: LOCALITIES[0], village: null, submitterName: null, submitterPhone: null }, { row: 3, kind: 'REPORT', title: 'Rác', ward: LOCALITIES[0], village: null, submitterName: 'An', submitterPhone: '0912345678' }] })
          : problemResponse(422, {
              title: 'Tệp có dòng chưa đúng',
              errors: [
                { field: 'rows[5].Nội dung', message: 'Bắt buộc nhập.' },
                { field: 'rows[3].Phường/xã', message: 'Không có phường, xã này.' },
              ],
            }),
    });
    await openAs(['ward'], '/plans/5/feedback/report');
    await user.click(await screen.findByRole('button', { name: 'Nhập từ tệp' }));
    await user.type(screen.getByRole('textbox', { name: /Tổ chức gửi báo cáo/ }), 'Hội Phụ nữ');
    const csv = new File(['Loại,Tiêu đề\n'], 'y-kien.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Tệp CSV hoặc XLSX'), csv);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByRole('heading', { name: 'Đọc được 2 dòng' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nhập 2 ý kiến' }));
    expect(await screen.findByRole('heading', { name: 'Tệp có dòng chưa đúng — chưa nhập ý kiến nào' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '2 lỗi trong tệp' });
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => tr.textContent);
    expect(rows).toEqual(['3Phường/xãKhông có phường, xã này.', '5Nội dungBắt buộc nhập.']);
    const posts = fetchMock.requests.filter((r) => r.url.includes('/feedback-imports'));
    const last = new URL(posts[1].url);
    expect(last.searchParams.get('organisation')).toBe('Hội Phụ nữ');
    expect(last.searchParams.get('fileName')).toBe('y-kien.csv');
    expect(posts[1].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1].headers.get('Content-Type')).toBe('application/octet-stream');
  });

  it("imports a file naming senders with the organisation's consent: refused at the consent box without it, sent as the file's parameters", async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'POST /api/v1/plans/5/feedback-imports': (r) =>
        new URL(r.url).searchParams.get('consentNoticeVersion')
          ? jsonResponse({ format: 'CSV', rowCount: 1, rows: [{ row: 2, kind: 'REPORT', title: 'Rác', ward: LOCALITIES[0], village: null, submitterName: 'An', submitterPhone: '0912345678' }] })
          : problemResponse(400, {
              title: 'Dữ liệu gửi lên chưa hợp lệ',
              errors: [{ field: 'consent', message: 'Dữ liệu cá nhân chỉ được tiếp nhận khi có sự đồng ý của người đó.' }],
            }),
    });
    await openAs(['ward'], '/plans/5/feedback/report');
    await user.click(await screen.findByRole('button', { name: 'Nhập từ tệp' }));
    await user.type(screen.getByRole('textbox', { name: /Tổ chức gửi báo cáo/ }), 'Hội Phụ nữ');
    await user.upload(screen.getByLabelText('Tệp CSV hoặc XLSX'), new File(['Loại,Tiêu đề\n'], 'y-kien.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    const notice = await screen.findByRole('group', { name: 'Thông báo về xử lý dữ liệu cá nhân' });
    expect(await within(notice).findByText(/chỉ được tiếp nhận khi có sự đồng ý/, { selector: '.field__error' })).toBeInTheDocument();

    // Begun, the consent must be whole: handling ticked and how the senders gave it.
    await user.click(within(notice).getByRole('checkbox', { name: /tiếp nhận và xử lý/ }));
    await user.click(within(notice).getByRole('checkbox', { name: /liên hệ với tôi/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(within(notice).getByRole('combobox', { name: /Người đó đồng ý bằng cách nào/ })).toHaveAccessibleDescription('Hãy chọn cách người đó đồng ý.');
    expect(fetchMock.requests.filter((r) => r.url.includes('/feedback-imports'))).toHaveLength(1);
    await user.selectOptions(within(notice).getByRole('combobox', { name: /Người đó đồng ý bằng cách nào/ }), 'ORGANISATION_REPORT');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByRole('heading', { name: 'Đọc được 1 dòng' })).toBeInTheDocument();
    const posts = fetchMock.requests.filter((r) => r.url.includes('/feedback-imports'));
    const sent = new URL(posts[1].url).searchParams;
    expect(sent.get('consentNoticeVersion')).toBe('1');
    expect(sent.getAll('consentPurposes')).toEqual(['HANDLE_MATTER', 'CONTACT_ME']);
    expect(sent.get('consentChannel')).toBe('ORGANISATION_REPORT');
  }, 40_000);
});
