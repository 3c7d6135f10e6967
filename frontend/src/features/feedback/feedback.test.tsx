import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { LOCALITIES } from '../participants/fixtures';
import { SEED_PLAN } from '../plans/fixtures';
import { feedbackDraftKey, receiptKey } from './feedbackDraft';
import { feedbackItem, tracking } from './fixtures';

async function openAs(roles: string[] | null, path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  if (roles) await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const PUBLIC_PLAN = { ...SEED_PLAN, id: 5, status: 'PUBLISHED', title: 'Đối thoại giữa Chủ tịch UBND phường Ba Đồn với Nhân dân năm 2026' };
const CODE_SENT = { id: 8, channel: 'SMS', maskedContact: '09•••••678', confirmedFor: 'FEEDBACK_ITEM', expiresAt: '2026-11-20T10:15:00+07:00', verified: false, attemptsLeft: 5 };
const RECEIPT = { id: 42, trackingCode: 'DT-2026-7K3Q9', planId: 5, planTitle: PUBLIC_PLAN.title, title: 'Đèn đường ngõ 5 bị hỏng', status: 'RECEIVED', receivedAt: '2026-11-20T03:00:00Z', version: 0 };

describe('sending feedback', () => {
  it('keeps the draft and its Idempotency-Key through a dropped network and a 429, then shows the code and sends the photos', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/public/plans/5': () => jsonResponse(PUBLIC_PLAN),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'POST /api/v1/plans/5/feedback': () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        if (attempts === 2)
          return new Response(JSON.stringify({ title: 'Quá nhiều yêu cầu', status: 429 }), {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '125' },
          });
        return jsonResponse(RECEIPT, { status: 201 });
      },
      'POST /api/v1/feedback/42/attachments': async (request) => {
        const name = new URL(request.url).searchParams.get('fileName');
        if (name === 'gia.jpg') return problemResponse(400, { title: 'Tệp không hợp lệ', detail: 'Chỉ nhận ảnh JPEG, PNG hoặc tệp PDF.' });
        return jsonResponse({ id: 7, fileName: name, contentType: 'image/png', size: 1200 }, { status: 201 });
      },
      'POST /api/v1/public/contact-verifications': () => jsonResponse(CODE_SENT, { status: 201 }),
      'POST /api/v1/public/contact-verifications/8/confirmation': () => jsonResponse({ ...CODE_SENT, verified: true, attemptsLeft: 5 }),
    });
    const first = await openAs(null, '/ke-hoach/5/gop-y');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gửi ý kiến, kiến nghị' })).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Phường Ba Đồn' });

    // Nothing typed yet: the required fields say so and nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: /^Kiến nghị/ }));
    await user.type(screen.getByRole('textbox', { name: 'Tiêu đề' }), 'Đèn đường ngõ 5 bị hỏng');
    await user.type(screen.getByRole('textbox', { name: 'Nội dung' }), 'Đèn hỏng hơn một tháng.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Phường, xã' }), 'phuong-ba-don');
    await user.type(screen.getByRole('textbox', { name: 'Số điện thoại di động' }), '0912 345 678');
    // A phone is personal data: sent only with consent to handle it, under the notice shown.
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: /^Đồng ý để cơ quan tiếp nhận và xử lý/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByRole('heading', { name: 'Chưa gửi được — thử lại' })).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(feedbackDraftKey(5))!).fields).toMatchObject({ kind: 'PETITION', title: 'Đèn đường ngõ 5 bị hỏng' });

    // A reload brings everything back.
    first.unmount();
    const second = await openAs(null, '/ke-hoach/5/gop-y');
    await screen.findByRole('option', { name: 'Tổ dân phố 1' });
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue('Đèn đường ngõ 5 bị hỏng');
    expect(screen.getByRole('radio', { name: /^Kiến nghị/ })).toBeChecked();
    // Consent is given afresh after a reload, never kept in the draft.
    await screen.findByText(/Thông báo phiên bản 1/);
    await user.click(screen.getByRole('checkbox', { name: /^Đồng ý để cơ quan tiếp nhận và xử lý/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByRole('heading', { name: 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn' })).toBeInTheDocument();
    expect(screen.getByText(/Vui lòng chờ 3 phút rồi gửi lại/)).toBeInTheDocument();

    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'den.png', { type: 'image/png' });
    const fake = new File(['<html></html>'], 'gia.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText(/Ảnh hoặc tệp PDF/), [png, fake]);
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đã gửi ý kiến' })).toBeInTheDocument();
    expect(screen.getByText('DT-2026-7K3Q9')).toHaveClass('fb-code');
    expect(screen.getByRole('link', { name: 'Xem tình trạng xử lý' })).toHaveAttribute('href', '/tra-cuu/DT-2026-7K3Q9');
    expect(await screen.findByText('đã gửi')).toBeInTheDocument();
    expect(await screen.findByText('Chỉ nhận ảnh JPEG, PNG hoặc tệp PDF.')).toBeInTheDocument();

    const posts = fetchMock.requests.filter((r) => r.url.endsWith('/api/v1/plans/5/feedback'));
    expect(posts).toHaveLength(3);
    const key = posts[0].headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts.map((p) => p.headers.get('Idempotency-Key'))).toEqual([key, key, key]);
    expect(await posts[2].json()).toEqual({
      kind: 'PETITION',
      title: 'Đèn đường ngõ 5 bị hỏng',
      content: 'Đèn hỏng hơn một tháng.',
      wardCode: 'phuong-ba-don',
      villageCode: null,
      submitterName: null,
      submitterPhone: '0912345678',
      submitterEmail: null,
      consent: { noticeVersion: 1, purposes: ['HANDLE_MATTER'], channel: null },
    });
    const uploads = fetchMock.requests.filter((r) => r.url.includes('/attachments'));
    expect(uploads.map((r) => r.headers.get('X-Tracking-Code'))).toEqual(['DT-2026-7K3Q9', 'DT-2026-7K3Q9']);
    expect(uploads[0].headers.get('Content-Type')).toBe('application/octet-stream');
    expect(window.localStorage.getItem(feedbackDraftKey(5))).toBeNull();

    // The phone is confirmed for this item, named by its tracking code: not for another item that carries the same number.
    await user.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));
    await user.type(await screen.findByLabelText(/Mã xác nhận/), '482913');
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByText(/Xác nhận này chỉ dùng cho ý kiến này/)).toBeInTheDocument();
    const asked = fetchMock.requests.find((r) => r.url.endsWith('/api/v1/public/contact-verifications'));
    expect(await asked?.clone().json()).toEqual({ channel: 'SMS', contact: '0912345678', trackingCode: 'DT-2026-7K3Q9' });

    // A reload of the receipt keeps the code; "send another" starts a fresh form with a new key.
    second.unmount();
    await openAs(null, '/ke-hoach/5/gop-y');
    expect(await screen.findByText('DT-2026-7K3Q9')).toHaveClass('fb-code');
    await user.click(screen.getByRole('button', { name: 'Gửi ý kiến khác' }));
    expect(screen.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue('');
    expect(window.localStorage.getItem(receiptKey(5))).toBeNull();
  });
});

describe('tracking page', () => {
  it('shows the steps and the approved answer; an unknown code is said plainly', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/feedback/track/DT-2026-7K3Q9': () =>
        jsonResponse(tracking({ status: 'ANSWER_APPROVED', answer: 'Đã thay bóng đèn ngõ 5.', answeredAt: '2026-11-24T03:00:00Z', focusArea: 'Hạ tầng đô thị' })),
      'GET /api/v1/feedback/track/DT-2026-AAAAA': () => problemResponse(404, { title: 'Không tìm thấy' }),
    });
    await openAs(null, '/tra-cuu');
    await user.type(await screen.findByRole('textbox', { name: 'Mã tra cứu' }), ' dt-2026-7k3q9');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Đèn đường ngõ 5 bị hỏng' })).toBeInTheDocument();
    expect(screen.getByText('Đã thay bóng đèn ngõ 5.')).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Các bước xử lý' });
    const current = within(steps)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('Nội dung trả lời đã được phê duyệt');

    await user.clear(screen.getByRole('textbox', { name: 'Mã tra cứu' }));
    await user.type(screen.getByRole('textbox', { name: 'Mã tra cứu' }), 'DT-2026-AAAAA');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy ý kiến' })).toBeInTheDocument();
  });
});

describe('feedback detail actions per role', () => {
  it('office: classifies with If-Match, then assigns a unit that may answer', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem(), { headers: { ETag: '"3"' } }),
      'GET /api/v1/plans/5': () => jsonResponse({ ...SEED_PLAN, id: 5 }),
      'GET /api/v1/feedback/42/similar': () => jsonResponse([]),
      'PUT /api/v1/feedback/42/classification': () =>
        jsonResponse(feedbackItem({ status: 'CLASSIFIED', focusArea: { id: 13, title: SEED_PLAN.focusAreas[2].title }, priority: 'HIGH', version: 4 })),
      'GET /api/v1/org-units/tree': () =>
        jsonResponse([
          {
            code: 'ba-don',
            name: 'Thị xã Ba Đồn',
            kind: 'TOWN',
            children: [
              { code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường', kind: 'DEPARTMENT', children: [] },
              { code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD', children: [] },
            ],
          },
        ]),
      'PUT /api/v1/feedback/42/assignment': () =>
        jsonResponse(feedbackItem({ status: 'ASSIGNED', unit: { code: 'phong-tnmt', name: 'Phòng Tài nguyên và Môi trường' }, version: 5 })),
    });
    await openAs(['secretariat'], '/feedback/42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đèn đường ngõ 5 bị hỏng' })).toBeInTheDocument();
    expect(screen.getByText(/Trần Thị Hoa/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Dự thảo trả lời' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Không tiếp nhận' })).toBeInTheDocument();
    const classify = screen.getByRole('form', { name: 'Phân loại' });
    await within(classify).findByRole('option', { name: SEED_PLAN.focusAreas[2].title });
    await user.selectOptions(within(classify).getByRole('combobox', { name: 'Vấn đề trọng tâm' }), '13');
    await user.selectOptions(within(classify).getByRole('combobox', { name: 'Mức ưu tiên' }), 'HIGH');
    await user.click(within(classify).getByRole('button', { name: 'Lưu phân loại' }));
    expect(await screen.findByText('Đã lưu phân loại.')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.url.endsWith('/classification'))!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ focusAreaId: 13, priority: 'HIGH' });

    const assign = await screen.findByRole('form', { name: 'Giao đơn vị chuẩn bị trả lời' });
    await within(assign).findByRole('option', { name: 'Phòng Tài nguyên và Môi trường' });
    expect(within(assign).queryByRole('option', { name: 'Phường Ba Đồn' })).not.toBeInTheDocument();
    await user.selectOptions(within(assign).getByRole('combobox', { name: 'Đơn vị chuẩn bị trả lời' }), 'phong-tnmt');
    await user.click(within(assign).getByRole('button', { name: 'Giao đơn vị' }));
    expect(await screen.findByText('Đã giao đơn vị.')).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.url.endsWith('/assignment'))!.headers.get('If-Match')).toBe('"4"');
  });

  it('unit: a 412 keeps the typed answer; after reloading it is saved with the new version', async () => {
    const user = userEvent.setup();
    let reads = 0;
    let writes = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/42': () => {
        reads += 1;
        return jsonResponse(feedbackItem({ status: 'ASSIGNED', submitterVisible: false, submitterName: null, submitterPhone: null, version: reads === 1 ? 5 : 6 }));
      },
      'PUT /api/v1/feedback/42/answer': () => {
        writes += 1;
        if (writes === 1) return problemResponse(412, { title: 'Dữ liệu đã thay đổi' });
        return jsonResponse(
          feedbackItem({
            status: 'ANSWER_DRAFTED',
            version: 7,
            answer: {
              text: 'Đã thay bóng đèn.',
              draftedBy: 'phongtnmt',
              draftedAt: '2026-11-21T03:00:00Z',
              editedBy: null,
              editedAt: null,
              returnReason: null,
              returnedBy: null,
              returnedAt: null,
              submittedBy: null,
              submittedAt: null,
              approvedBy: null,
              approvedAt: null,
            },
          }),
        );
      },
    });
    await openAs(['unit'], '/feedback/42');
    const form = await screen.findByRole('form', { name: 'Dự thảo trả lời' });
    expect(screen.queryByRole('form', { name: 'Phân loại' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Phê duyệt trả lời' })).not.toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: 'Nội dung trả lời' }), 'Đã thay bóng đèn.');
    await user.click(within(form).getByRole('button', { name: 'Lưu dự thảo' }));
    expect(await screen.findByRole('heading', { name: 'Ý kiến này vừa được người khác thay đổi' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Nội dung trả lời' })).toHaveValue('Đã thay bóng đèn.');

    await user.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(reads).toBe(2));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Ý kiến này vừa được người khác thay đổi' })).not.toBeInTheDocument());
    expect(within(form).getByRole('textbox', { name: 'Nội dung trả lời' })).toHaveValue('Đã thay bóng đèn.');
    await user.click(within(form).getByRole('button', { name: 'Lưu dự thảo' }));
    expect(await screen.findByText('Đã lưu dự thảo trả lời.')).toBeInTheDocument();
    const puts = fetchMock.requests.filter((r) => r.url.endsWith('/answer'));
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"5"', '"6"']);
  });

  it('unit: an answer being written survives the end of the session and is offered again after the login', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem({ status: 'ASSIGNED', submitterVisible: false, submitterName: null, submitterPhone: null, version: 5 })),
    });
    const first = await openAs(['unit'], '/feedback/42');
    const form = await screen.findByRole('form', { name: 'Dự thảo trả lời' });
    await user.type(within(form).getByRole('textbox', { name: 'Nội dung trả lời' }), 'Phòng sẽ kiểm tra hiện trường trong tuần');
    // The session ends and the login brings the user back: a new page, nothing in memory.
    first.unmount();
    await openAs(['unit'], '/feedback/42');
    const again = await screen.findByRole('form', { name: 'Dự thảo trả lời' });
    expect(within(again).getByRole('textbox', { name: 'Nội dung trả lời' })).toHaveValue('Phòng sẽ kiểm tra hiện trường trong tuần');
    expect(within(again).getByText('Đã khôi phục câu trả lời bạn đang viết dở (chưa lưu).')).toBeInTheDocument();
  });

  it('chair: approves a submitted answer, or sends it back only with a reason', async () => {
    const user = userEvent.setup();
    const answer = {
      text: 'Đã thay bóng đèn.',
      draftedBy: 'phongtnmt',
      draftedAt: '2026-11-21T03:00:00Z',
      editedBy: null,
      editedAt: null,
      returnReason: null,
      returnedBy: null,
      returnedAt: null,
      submittedBy: 'vanphong',
      submittedAt: '2026-11-22T03:00:00Z',
      approvedBy: null,
      approvedAt: null,
    };
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem({ status: 'ANSWER_SUBMITTED', version: 8, answer })),
      'GET /api/v1/feedback/42/similar': () => jsonResponse([]),
      'POST /api/v1/feedback/42/answer/approval': () =>
        jsonResponse(feedbackItem({ status: 'ANSWER_APPROVED', version: 9, answer: { ...answer, approvedBy: 'bithu', approvedAt: '2026-11-23T03:00:00Z' } })),
    });
    await openAs(['chair'], '/feedback/42');
    expect(await screen.findByRole('button', { name: 'Phê duyệt trả lời' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Phân loại' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Dự thảo trả lời' })).not.toBeInTheDocument();
    const back = screen.getByRole('form', { name: 'Trả lại văn phòng' });
    await user.click(within(back).getByRole('button', { name: 'Trả lại' }));
    expect(within(back).getByRole('textbox', { name: 'Lý do trả lại' })).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.requests.some((r) => r.url.endsWith('/return'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Phê duyệt trả lời' }));
    expect(await screen.findByText('Đã phê duyệt nội dung trả lời.')).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.url.endsWith('/approval'))!.headers.get('If-Match')).toBe('"8"');
    expect(screen.getByRole('heading', { level: 2, name: 'Nội dung trả lời' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Phê duyệt trả lời' })).not.toBeInTheDocument();
  });
});
