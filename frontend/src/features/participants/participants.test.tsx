import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { planWith, SEED_PLAN } from '../plans/fixtures';
import { COMPOSITION, LOCALITIES, page, participant, pendingRegistration, PLACES } from './fixtures';
import { draftKey } from './registrationDraft';

vi.mock('./qr', () => ({
  loadJsQr: vi.fn(async () => () => null),
  decodePixels: vi.fn(async () => null),
  drawToCanvas: vi.fn(() => null),
  decodeImageFile: vi.fn(async () => 'https://doithoai.example/xac-nhan/tok-abc'),
}));

async function openAs(roles: string[] | null, path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  if (roles) await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const PUBLIC_PLAN = { ...SEED_PLAN, id: 5, status: 'PUBLISHED', title: 'Đối thoại giữa Chủ tịch UBND phường Ba Đồn với Nhân dân năm 2022' };
const RSVP = {
  planId: 5,
  planTitle: PUBLIC_PLAN.title,
  sessionAt: '2022-11-25T01:00:00Z',
  venue: 'Hội trường UBND phường Ba Đồn',
  fullName: 'Trần Thị Hoa',
  wardName: 'Phường Ba Đồn',
  kind: 'CITIZEN',
  invited: false,
  invitationNumber: null,
  rsvp: 'PENDING',
  rsvpAt: null,
  checkedInAt: null,
  canRespond: true,
  matter: null,
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2022-11-20T03:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('public registration', () => {
  it('keeps the draft through a failed send and a reload, and retries with the same Idempotency-Key', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/public/plans/5': () => jsonResponse(PUBLIC_PLAN),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'POST /api/v1/public/plans/5/registrations': () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return jsonResponse({ token: 'tok-new', planId: 5, planTitle: PUBLIC_PLAN.title, sessionAt: null, venue: null, fullName: 'Trần Thị Hoa', wardName: 'Phường Ba Đồn', matter: null, registeredAt: '2022-11-20T03:00:00Z' }, { status: 201 });
      },
      'GET /api/v1/rsvp/tok-new': () => jsonResponse(RSVP),
    });
    const first = await openAs(null, '/ke-hoach/5/dang-ky');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký tham dự' })).toBeInTheDocument();
    expect(await screen.findByText(PUBLIC_PLAN.title)).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Phường Ba Đồn' });

    await user.type(screen.getByRole('textbox', { name: /Họ và tên/ }), 'Trần Thị Hoa');
    await user.type(screen.getByRole('textbox', { name: /Số điện thoại di động/ }), '0912 345 678');
    await user.selectOptions(screen.getByRole('combobox', { name: /Phường, xã nơi cư trú/ }), 'phuong-ba-don');
    await user.selectOptions(screen.getByRole('combobox', { name: /Thôn, tổ dân phố/ }), 'tdp-1');
    await user.type(screen.getByRole('textbox', { name: /Nội dung muốn nêu/ }), 'Rác thải ở tổ dân phố 1');
    // The notice's purposes, none ticked beforehand; handling the registration is needed to send it.
    expect(screen.getByRole('checkbox', { name: /^Đồng ý công khai họ tên/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Gửi đăng ký' }));
    expect(screen.getByRole('group', { name: 'Thông báo về xử lý dữ liệu cá nhân' })).toHaveAccessibleDescription(expect.stringContaining('Cần đồng ý để cơ quan tiếp nhận và xử lý'));
    await user.click(screen.getByRole('checkbox', { name: /^Đồng ý để cơ quan tiếp nhận và xử lý/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi đăng ký' }));

    expect(await screen.findByRole('heading', { name: 'Chưa gửi được — thử lại' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Trần Thị Hoa');
    expect(JSON.parse(window.localStorage.getItem(draftKey(5))!).fields).toMatchObject({ fullName: 'Trần Thị Hoa', wardCode: 'phuong-ba-don', villageCode: 'tdp-1' });

    // A reload: the page comes back with everything typed.
    first.unmount();
    await openAs(null, '/ke-hoach/5/dang-ky');
    await screen.findByRole('option', { name: 'Tổ dân phố 1' });
    expect(screen.getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Trần Thị Hoa');
    expect(screen.getByRole('textbox', { name: /Số điện thoại di động/ })).toHaveValue('0912 345 678');
    expect(screen.getByRole('combobox', { name: /Thôn, tổ dân phố/ })).toHaveValue('tdp-1');
    // Consent is given afresh, never kept in the draft.
    await screen.findByText(/Thông báo phiên bản 1/);
    await user.click(screen.getByRole('checkbox', { name: /^Đồng ý để cơ quan tiếp nhận và xử lý/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi đăng ký' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Xác nhận tham dự' })).toBeInTheDocument();
    // One neutral receipt for everyone: it never says whether the number was known, or to whom.
    expect(await screen.findByText('Đã nhận đăng ký')).toBeInTheDocument();
    expect(screen.getByText(/nếu số điện thoại này đã có trong danh sách, cán bộ sẽ đối chiếu/)).toBeInTheDocument();
    expect(screen.getByText('Trần Thị Hoa')).toBeInTheDocument();
    const posts = fetchMock.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    const key = posts[0].headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1].headers.get('Idempotency-Key')).toBe(key);
    expect(await posts[1].json()).toEqual({
      fullName: 'Trần Thị Hoa',
      phone: '0912345678',
      wardCode: 'phuong-ba-don',
      villageCode: 'tdp-1',
      matter: 'Rác thải ở tổ dân phố 1',
      consent: { noticeVersion: 1, purposes: ['HANDLE_MATTER'], channel: null },
    });
    expect(window.localStorage.getItem(draftKey(5))).toBeNull();
  });

  it('checks the phone, shows field errors from the server and the detail of a duplicate', async () => {
    const user = userEvent.setup();
    let answer = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/public/plans/5': () => jsonResponse(PUBLIC_PLAN),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'POST /api/v1/public/plans/5/registrations': () => {
        answer += 1;
        return answer === 1
          ? problemResponse(400, { title: 'Dữ liệu không hợp lệ', errors: [{ field: 'register.request.fullName', message: 'Họ tên quá ngắn.' }] })
          : problemResponse(409, { title: 'Xung đột', detail: 'Bạn đã đăng ký tham dự cuộc đối thoại này. Mở đường dẫn xác nhận đã nhận để xem hoặc thay đổi trả lời.' });
      },
    });
    await openAs(null, '/ke-hoach/5/dang-ky');
    await screen.findByRole('option', { name: 'Phường Ba Đồn' });
    await user.type(screen.getByRole('textbox', { name: /Họ và tên/ }), 'H');
    await user.type(screen.getByRole('textbox', { name: /Số điện thoại di động/ }), '12345');
    await user.click(screen.getByRole('checkbox', { name: /^Đồng ý để cơ quan tiếp nhận và xử lý/ }));
    await user.click(screen.getByRole('button', { name: 'Gửi đăng ký' }));
    const phone = screen.getByRole('textbox', { name: /Số điện thoại di động/ });
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('Số điện thoại di động chưa đúng'));
    expect(screen.getByRole('combobox', { name: /Phường, xã nơi cư trú/ })).toHaveAccessibleDescription('Bắt buộc nhập.');

    await user.clear(phone);
    await user.type(phone, '0912345678');
    await user.selectOptions(screen.getByRole('combobox', { name: /Phường, xã nơi cư trú/ }), 'xa-quang-hai');
    await user.click(screen.getByRole('button', { name: 'Gửi đăng ký' }));
    expect(await screen.findByRole('heading', { name: 'Dữ liệu không hợp lệ' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Họ và tên/ })).toHaveAccessibleDescription('Họ tên quá ngắn.');

    await user.click(screen.getByRole('button', { name: 'Gửi đăng ký' }));
    expect(await screen.findByText('Bạn đã đăng ký tham dự cuộc đối thoại này. Mở đường dẫn xác nhận đã nhận để xem hoặc thay đổi trả lời.')).toBeInTheDocument();
    // Each answered request had its own key: a corrected form is a new registration attempt.
    const keys = fetchMock.requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(2);
  });
});

describe('confirmation page', () => {
  it('shows the session, the QR code and records an answer', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/rsvp/tok-abc': () => jsonResponse({ ...RSVP, invited: true, invitationNumber: '25/GM-UBND' }),
      'PUT /api/v1/rsvp/tok-abc': () => jsonResponse({ ...RSVP, rsvp: 'ACCEPTED', rsvpAt: '2022-11-20T03:00:00Z' }),
    });
    await openAs(null, '/xac-nhan/tok-abc');
    expect(await screen.findByText('Trần Thị Hoa')).toBeInTheDocument();
    expect(screen.getByText('25/GM-UBND')).toBeInTheDocument();
    expect(screen.getByText('08:00, thứ Sáu 25/11/2022')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Mã QR điểm danh của Trần Thị Hoa' })).toHaveAttribute('src', 'http://api.test/api/v1/rsvp/tok-abc/qr.svg');
    await user.click(screen.getByRole('button', { name: 'Tôi sẽ tham dự' }));
    expect(await screen.findByText('Đã ghi nhận trả lời của bạn: Sẽ tham dự.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tôi sẽ tham dự' })).toHaveAttribute('aria-pressed', 'true');
    expect(await fetchMock.requests.find((r) => r.method === 'PUT')!.json()).toEqual({ response: 'ACCEPTED' });
  });

  it('says so kindly when the link is not valid', async () => {
    mockFetch({ 'GET /api/v1/rsvp/nope': () => problemResponse(404, { title: 'Không tìm thấy' }) });
    await openAs(null, '/xac-nhan/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đường dẫn không hợp lệ' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

function staffMocks(extra: Record<string, (r: Request) => Response | Promise<Response>> = {}) {
  return mockFetch({
    'GET /api/v1/plans/7': () => jsonResponse(planWith({ id: 7, status: 'PUBLISHED' })),
    'GET /api/v1/plans/7/composition': () => jsonResponse(COMPOSITION),
    'GET /api/v1/plans/7/participants': () =>
      jsonResponse(page([participant({}), participant({ id: 102, displayName: 'Lê Thị Cúc', fullName: 'Lê Thị Cúc', phone: null, invitation: { batchId: 1, number: '20/GM', issuedOn: '2022-11-15', channel: 'POST', late: false } })])),
    'GET /api/v1/plans/7/invitations': () => jsonResponse([]),
    'GET /api/v1/plans/7/pending-registrations': () => jsonResponse(page([])),
    ...extra,
  });
}

describe('participants page', () => {
  it('flags missing and short groups in words', async () => {
    staffMocks();
    await openAs(['chair'], '/plans/7/participants');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thành phần tham dự' })).toBeInTheDocument();
    expect(await screen.findByText('2 nhóm chưa đủ người: Cán bộ phường; Đại diện Nhân dân các tổ dân phố.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Số người theo từng nhóm/ });
    const missing = within(table).getByRole('rowheader', { name: /Đại diện Nhân dân các tổ dân phố/ });
    expect(missing).toHaveTextContent('Chưa có ai');
    expect(within(table).getByRole('rowheader', { name: /Cán bộ phường/ })).toHaveTextContent('Chưa đủ số dự kiến');
    expect(within(table).getByRole('rowheader', { name: /Lãnh đạo thị xã/ })).not.toHaveTextContent('Chưa');
    // The chair reads only: no RSVP buttons, no selection, no add form.
    expect(await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sẽ dự/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm người tham dự' })).not.toBeInTheDocument();
  });

  const BATCH = { id: 9, number: '25/GM-UBND', issuedOn: '2022-11-20', channel: 'HAND_DELIVERY', participantCount: 1, deadline: null, late: false, overrideReason: null, createdBy: 'vanphong', createdAt: '2022-11-20T03:00:00Z' };

  it('offers no letters to unit staff: each carries its invitee\'s QR code, which their list does not show', async () => {
    staffMocks({ 'GET /api/v1/plans/7/invitations': () => jsonResponse([BATCH]) });
    await openAs(['unit'], '/plans/7/participants');
    expect(await screen.findByText(/Giấy mời số 25\/GM-UBND/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tải giấy mời/ })).not.toBeInTheDocument();
  });

  it('offers the letters to the chair', async () => {
    staffMocks({ 'GET /api/v1/plans/7/invitations': () => jsonResponse([BATCH]) });
    await openAs(['chair'], '/plans/7/participants');
    expect(await screen.findByRole('button', { name: 'Tải giấy mời số 25/GM-UBND (PDF)' })).toBeInTheDocument();
  });

  it('issues invitations; a late batch needs a reason and is sent again with it', async () => {
    const user = userEvent.setup();
    let posts = 0;
    const fetchMock = staffMocks({
      'POST /api/v1/plans/7/invitations': () => {
        posts += 1;
        return posts === 1
          ? problemResponse(409, { type: 'urn:problem-type:doithoai:invitation-late', title: 'Quá hạn phát hành giấy mời', detail: 'Hạn phát hành giấy mời là 18/11/2022 (3 ngày làm việc trước ngày đối thoại).' })
          : jsonResponse({ id: 9, number: '25/GM-UBND', issuedOn: '2022-11-20', channel: 'HAND_DELIVERY', participantCount: 1, deadline: '2022-11-18', late: true, overrideReason: 'Bổ sung đại biểu', createdBy: 'vanphong', createdAt: '2022-11-20T03:00:00Z' }, { status: 201 });
      },
    });
    await openAs(['secretariat'], '/plans/7/participants');
    await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ });
    // Only people without an invitation can be selected.
    expect(screen.queryByRole('checkbox', { name: /Chọn Lê Thị Cúc/ })).not.toBeInTheDocument();
    const start = screen.getByRole('button', { name: 'Phát hành giấy mời (0 người)' });
    expect(start).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Nguyễn Văn Bình để phát hành giấy mời' }));
    await user.click(screen.getByRole('button', { name: 'Phát hành giấy mời (1 người)' }));

    const form = screen.getByRole('form', { name: 'Phát hành giấy mời' });
    expect(within(form).getByLabelText(/Ngày phát hành/)).toHaveValue('20/11/2022');
    await user.type(within(form).getByRole('textbox', { name: /Số giấy mời/ }), '25/GM-UBND');
    await user.click(within(form).getByRole('button', { name: 'Phát hành' }));

    expect(await within(form).findByText('Hạn phát hành giấy mời là 18/11/2022 (3 ngày làm việc trước ngày đối thoại).')).toBeInTheDocument();
    const reason = within(form).getByRole('textbox', { name: /Lý do phát hành muộn/ });
    await waitFor(() => expect(reason).toHaveFocus());
    await user.click(within(form).getByRole('button', { name: 'Vẫn phát hành' }));
    expect(reason).toHaveAccessibleDescription('Vui lòng nhập lý do phát hành muộn.');
    expect(posts).toBe(1);

    await user.type(reason, 'Bổ sung đại biểu');
    await user.click(within(form).getByRole('button', { name: 'Vẫn phát hành' }));
    expect(await screen.findByText('Đã phát hành giấy mời số 25/GM-UBND cho 1 người.')).toBeInTheDocument();
    const bodies = await Promise.all(fetchMock.requests.filter((r) => r.method === 'POST').map((r) => r.json()));
    expect(bodies[0]).toEqual({ number: '25/GM-UBND', issuedOn: '2022-11-20', channel: 'HAND_DELIVERY', participantIds: [101] });
    expect(bodies[1]).toEqual({ ...bodies[0], lateOverrideReason: 'Bổ sung đại biểu' });
  });

  it('answers for a person and adds someone already known by phone', async () => {
    const user = userEvent.setup();
    const fetchMock = staffMocks({
      'PUT /api/v1/plans/7/participants/101/rsvp': () => jsonResponse(participant({ rsvp: 'ACCEPTED', version: 2 })),
      'GET /api/v1/org-units/tree': () => jsonResponse(PLACES),
      'GET /api/v1/people': () =>
        jsonResponse([{ id: 900, fullName: 'Phạm Văn Đức', title: 'Tổ trưởng', organisation: null, ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' }, village: null, phone: '0987654321', email: null, address: null, notes: null, namePublic: true }]),
      'POST /api/v1/plans/7/participants': () => jsonResponse(participant({ id: 103, personId: 900, displayName: 'Phạm Văn Đức' }), { status: 201 }),
    });
    await openAs(['ward'], '/plans/7/participants');
    await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ });
    await user.click(screen.getByRole('button', { name: 'Sẽ dự: Nguyễn Văn Bình' }));
    expect(await screen.findByText('Đã ghi nhận: Nguyễn Văn Bình — Sẽ tham dự.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sẽ dự: Nguyễn Văn Bình' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Thêm người tham dự' }));
    const form = await screen.findByRole('form', { name: 'Thêm người tham dự' });
    await within(form).findAllByRole('option', { name: 'Phường Ba Đồn' });
    expect(within(form).getByRole('combobox', { name: /Đối tượng/ })).toHaveValue('CITIZEN');
    await user.type(within(form).getByRole('textbox', { name: /Số điện thoại/ }), '0987654321');
    await user.click(within(form).getByRole('button', { name: 'Tìm' }));
    expect(await within(form).findByText('Người này đã có: Phạm Văn Đức, Tổ trưởng, Phường Ba Đồn')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: /Dùng người này/ }));
    expect(within(form).queryByRole('textbox', { name: /Họ và tên/ })).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Nhóm thành phần/ }), '32');
    await user.click(within(form).getByRole('button', { name: 'Thêm vào danh sách' }));
    expect(await screen.findByText('Đã thêm Phạm Văn Đức vào danh sách.')).toBeInTheDocument();
    const people = fetchMock.requests.find((r) => r.url.includes('/api/v1/people'))!;
    expect(new URL(people.url).searchParams.get('phone')).toBe('0987654321');
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ personId: 900, kind: 'CITIZEN', level: 'WARD', groupId: 32, matter: null });
  });
});

describe("a participant's consents and change history", () => {
  const CONSENTS = [
    { purpose: 'HANDLE_MATTER', given: true, active: true, noticeVersion: 1, channel: 'IN_PERSON', recordedAt: '2022-11-10T02:00:00Z', withdrawnAt: null, withdrawalChannel: null },
    { purpose: 'CONTACT_ME', given: true, active: true, noticeVersion: 1, channel: 'IN_PERSON', recordedAt: '2022-11-10T02:00:00Z', withdrawnAt: null, withdrawalChannel: null },
  ];

  it('the office records a purpose the person gives, saying how, under the notice in force, and opens the history', async () => {
    const user = userEvent.setup();
    const fetchMock = staffMocks({
      'GET /api/v1/people/501/consents': () => jsonResponse(CONSENTS),
      'PUT /api/v1/people/501/consents/SHOW_NAME_PUBLICLY': () =>
        jsonResponse([...CONSENTS, { ...CONSENTS[1], purpose: 'SHOW_NAME_PUBLICLY', channel: 'PHONE', recordedAt: '2022-11-20T03:00:00Z' }]),
      'GET /api/v1/audit-trail/Participant/101': () =>
        jsonResponse([{ at: '2022-11-12T02:00:00Z', actor: 'vanphong', action: 'rsvp', changes: { rsvp: { from: 'PENDING', to: 'ACCEPTED' } } }]),
    });
    await openAs(['secretariat'], '/plans/7/participants');
    await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ });
    await user.click(screen.getByRole('button', { name: 'Đồng ý và lịch sử: Nguyễn Văn Bình' }));
    const details = await screen.findByRole('region', { name: 'Người tham dự: Nguyễn Văn Bình' });
    await waitFor(() => expect(within(details).getByRole('heading', { name: 'Người tham dự: Nguyễn Văn Bình' })).toHaveFocus());
    const consents = await within(details).findByRole('region', { name: 'Sự đồng ý của người này' });
    expect(within(consents).getByText('Liên hệ về việc này', { selector: 'strong' })).toBeInTheDocument();

    // Recording needs how the person gave it.
    await user.click(within(consents).getByRole('button', { name: 'Ghi nhận đồng ý: Công khai họ tên' }));
    expect(within(consents).getByRole('combobox', { name: 'Người đó đồng ý bằng cách nào' })).toHaveAccessibleDescription('Hãy chọn cách người đó đồng ý.');
    await user.selectOptions(within(consents).getByRole('combobox', { name: 'Người đó đồng ý bằng cách nào' }), 'PHONE');
    await user.click(within(consents).getByRole('button', { name: 'Ghi nhận đồng ý: Công khai họ tên' }));
    expect(await within(consents).findByText('Đã ghi nhận sự đồng ý “Công khai họ tên”.')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ noticeVersion: 1, channel: 'PHONE' });

    // The history is fetched only when opened.
    expect(fetchMock.requests.some((r) => r.url.includes('/audit-trail/'))).toBe(false);
    await user.click(within(details).getByRole('button', { name: 'Xem lịch sử thay đổi' }));
    expect(await within(details).findByText('rsvp: PENDING → ACCEPTED')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it("a ward officer keeps the person's consents but is not offered the change history", async () => {
    const user = userEvent.setup();
    const fetchMock = staffMocks({ 'GET /api/v1/people/501/consents': () => jsonResponse(CONSENTS) });
    await openAs(['ward'], '/plans/7/participants');
    await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ });
    await user.click(screen.getByRole('button', { name: 'Đồng ý và lịch sử: Nguyễn Văn Bình' }));
    const details = await screen.findByRole('region', { name: 'Người tham dự: Nguyễn Văn Bình' });
    expect(await within(details).findByRole('button', { name: 'Rút lại: Liên hệ về việc này' })).toBeInTheDocument();
    expect(within(details).queryByRole('region', { name: 'Lịch sử thay đổi' })).not.toBeInTheDocument();
    await user.click(within(details).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('region', { name: 'Người tham dự: Nguyễn Văn Bình' })).not.toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.url.includes('/audit-trail/'))).toBe(false);
  });

  it('unit staff are offered neither', async () => {
    staffMocks();
    await openAs(['unit'], '/plans/7/participants');
    await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ });
    expect(screen.queryByRole('button', { name: /Đồng ý và lịch sử/ })).not.toBeInTheDocument();
  });
});

describe('registrations waiting for a match', () => {
  const KNOWN = { id: 900, fullName: 'Hoàng Thị Mỹ', title: null, organisation: null, ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' }, village: { code: 'tdp-1', name: 'Tổ dân phố 1' }, phone: '0900123456', email: null, address: null, notes: null, namePublic: false };
  const WAITING = [
    pendingRegistration({ id: 41, fullName: 'Hoàng Thị Mai', matchVisible: true, matchedPerson: KNOWN, matchOnList: false, version: 3 }),
    pendingRegistration({ id: 42, fullName: 'Giả Danh Đại Biểu', phone: '0900654321', matchVisible: false, matchedPerson: null, matchOnList: null }),
  ];

  it('shows what was entered beside the known record, and a ward officer registers another person after confirming', async () => {
    const user = userEvent.setup();
    let listed = 0;
    const fetchMock = staffMocks({
      'GET /api/v1/plans/7/pending-registrations': () => jsonResponse(page(listed++ === 0 ? WAITING : WAITING.slice(1))),
      'POST /api/v1/plans/7/pending-registrations/41/decision': () =>
        jsonResponse(pendingRegistration({ ...WAITING[0], status: 'SEPARATE_PERSON', participantId: 120, version: 4 })),
    });
    await openAs(['ward'], '/plans/7/participants');
    const section = await screen.findByRole('region', { name: 'Đăng ký chờ xác nhận trùng khớp' });
    expect(await within(section).findByText('2 đăng ký chờ xác nhận trùng khớp')).toBeInTheDocument();
    const mai = within(section).getByRole('listitem', { name: /Hoàng Thị Mai/ });
    expect(within(mai).getByRole('heading', { level: 4, name: 'Người đăng ký đã nhập' })).toBeInTheDocument();
    expect(within(mai).getByRole('heading', { level: 4, name: 'Người đã có với số điện thoại này' })).toBeInTheDocument();
    expect(within(mai).getByText('Hoàng Thị Mỹ')).toBeInTheDocument();
    expect(within(mai).getByText('Chưa có trong danh sách')).toBeInTheDocument();
    // A match outside the officer's ward is not shown, and is not theirs to confirm as the same person.
    const other = within(section).getByRole('listitem', { name: /Giả Danh Đại Biểu/ });
    expect(within(other).getByText(/không thuộc địa bàn của bạn/)).toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: /Cùng một người/ })).not.toBeInTheDocument();
    expect(within(other).getByRole('button', { name: 'Người khác — đăng ký riêng: Giả Danh Đại Biểu' })).toBeInTheDocument();

    // A decision is final, so it is confirmed in a second step that takes the focus; "Quay lại" changes nothing.
    await user.click(within(mai).getByRole('button', { name: 'Người khác — đăng ký riêng: Hoàng Thị Mai' }));
    const confirm = within(mai).getByRole('group', { name: 'Xác nhận cách xử lý đăng ký của Hoàng Thị Mai' });
    expect(within(confirm).getByText(/Sau khi xác nhận không thay đổi lại được/)).toBeInTheDocument();
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Xác nhận' })).toHaveFocus());
    await user.click(within(confirm).getByRole('button', { name: 'Quay lại' }));
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(within(mai).getByRole('button', { name: 'Người khác — đăng ký riêng: Hoàng Thị Mai' }));
    await user.click(within(mai).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(section).findByText('Đã đăng ký Hoàng Thị Mai là một người mới.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByRole('listitem', { name: /Hoàng Thị Mai/ })).not.toBeInTheDocument());
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ decision: 'SEPARATE_PERSON' });
    expect(new URL(fetchMock.requests.find((r) => r.url.includes('pending-registrations'))!.url).searchParams.get('status')).toBe('PENDING_MATCH');
    // The person now on the list counts: the list and the composition are loaded again.
    await waitFor(() => expect(fetchMock.requests.filter((r) => r.url.endsWith('/composition')).length).toBeGreaterThan(1));
  });

  it('lets the chair read them without deciding', async () => {
    staffMocks({ 'GET /api/v1/plans/7/pending-registrations': () => jsonResponse(page(WAITING)) });
    await openAs(['chair'], '/plans/7/participants');
    const section = await screen.findByRole('region', { name: 'Đăng ký chờ xác nhận trùng khớp' });
    await within(section).findByRole('listitem', { name: /Hoàng Thị Mai/ });
    // No decision: the only thing the chair may open is each registration's change history.
    expect(within(section).queryAllByRole('button').filter((b) => !/^Xem lịch sử thay đổi/.test(b.textContent ?? ''))).toEqual([]);
    expect(within(section).getByRole('button', { name: 'Xem lịch sử thay đổi: Hoàng Thị Mai' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the server problem when the registration changed meanwhile', async () => {
    const user = userEvent.setup();
    staffMocks({
      'GET /api/v1/plans/7/pending-registrations': () => jsonResponse(page(WAITING)),
      'POST /api/v1/plans/7/pending-registrations/41/decision': () =>
        problemResponse(412, { title: 'Dữ liệu đã thay đổi', detail: 'Đăng ký này đã được xử lý; hãy tải lại danh sách.' }),
    });
    await openAs(['secretariat'], '/plans/7/participants');
    const section = await screen.findByRole('region', { name: 'Đăng ký chờ xác nhận trùng khớp' });
    const mai = await within(section).findByRole('listitem', { name: /Hoàng Thị Mai/ });
    await user.click(within(mai).getByRole('button', { name: 'Cùng một người: Hoàng Thị Mai' }));
    await user.click(within(mai).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(section).findByText('Đăng ký này đã được xử lý; hãy tải lại danh sách.')).toBeInTheDocument();
  });

  it('is not loaded for unit staff', async () => {
    const fetchMock = staffMocks();
    await openAs(['unit'], '/plans/7/participants');
    await screen.findByRole('heading', { level: 1, name: 'Thành phần tham dự' });
    await screen.findByRole('heading', { level: 3, name: /Nguyễn Văn Bình/ });
    expect(screen.queryByRole('region', { name: 'Đăng ký chờ xác nhận trùng khớp' })).not.toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.url.includes('pending-registrations'))).toBe(false);
  });
});

describe('check-in page', () => {
  it('shows success, already-checked-in and not-found distinctly, and keeps counts live', async () => {
    const user = userEvent.setup();
    const results = [
      () => jsonResponse({ participant: participant({ checkedInAt: '2022-11-20T03:00:00Z' }), alreadyCheckedIn: false, checkedInAt: '2022-11-20T03:00:00Z', composition: { ...COMPOSITION, total: { ...COMPOSITION.total, attended: 2 } } }),
      () => jsonResponse({ participant: participant({ checkedInAt: '2022-11-20T01:05:00Z' }), alreadyCheckedIn: true, checkedInAt: '2022-11-20T01:05:00Z', composition: COMPOSITION }),
      () => problemResponse(404, { title: 'Không tìm thấy', detail: 'Mã không thuộc kế hoạch này.' }),
    ];
    const vibrate = vi.fn();
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    const fetchMock = staffMocks({ 'POST /api/v1/plans/7/check-ins': () => results.shift()!() });
    await openAs(['secretariat'], '/plans/7/check-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Điểm danh' })).toBeInTheDocument();
    const counts = await screen.findByRole('list', { name: 'Số người có mặt' });
    expect(within(counts).getByText('1 có mặt trên 8 người')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: /Họ tên hoặc số điện thoại/ }), 'Bình');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.click(await screen.findByRole('button', { name: 'Điểm danh Nguyễn Văn Bình' }));
    const status = screen.getAllByRole('status').find((el) => el.classList.contains('checkin-result-region'))!;
    await waitFor(() => expect(status).toHaveTextContent('Đã điểm danh: Nguyễn Văn Bình — Cán bộ phường'));
    expect(status.querySelector('.checkin-result--success')).not.toBeNull();
    expect(within(counts).getByText('2 có mặt trên 8 người')).toBeInTheDocument();
    expect(vibrate).toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Điểm danh Nguyễn Văn Bình' }));
    await waitFor(() => expect(status).toHaveTextContent('Nguyễn Văn Bình đã điểm danh lúc 08:05'));
    expect(status.querySelector('.checkin-result--already')).not.toBeNull();

    // A photo of a QR code: the decoded text goes to the server as scanned.
    await user.upload(screen.getByLabelText('Chụp/chọn ảnh mã QR'), new File(['png'], 'qr.png', { type: 'image/png' }));
    await waitFor(() => expect(status).toHaveTextContent('Không tìm thấy người tham dự'));
    expect(status).toHaveTextContent('Mã không thuộc kế hoạch này.');
    const bodies = await Promise.all(fetchMock.requests.filter((r) => r.method === 'POST').map((r) => r.json()));
    expect(bodies).toEqual([{ participantId: 101 }, { participantId: 101 }, { code: 'https://doithoai.example/xac-nhan/tok-abc' }]);
  });

  it('warns before checking in on another day than the session, and checks in only when the officer confirms', async () => {
    const user = userEvent.setup();
    const outside = () =>
      problemResponse(409, {
        type: 'urn:problem-type:doithoai:checkin-outside-session-day',
        title: 'Không phải ngày đối thoại',
        detail: 'Hôm nay (07/12/2026) không phải ngày đối thoại (23/12/2026). Điểm danh không hủy được: chỉ xác nhận nếu người này thật sự có mặt hôm nay.',
      });
    const ok = () => jsonResponse({ participant: participant({ checkedInAt: '2026-12-07T03:00:00Z' }), alreadyCheckedIn: false, checkedInAt: '2026-12-07T03:00:00Z', composition: COMPOSITION });
    const results = [outside, outside, ok, ok];
    const fetchMock = staffMocks({ 'POST /api/v1/plans/7/check-ins': () => results.shift()!() });
    await openAs(['ward'], '/plans/7/check-in');
    await user.type(await screen.findByRole('searchbox', { name: /Họ tên hoặc số điện thoại/ }), 'Bình');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.click(await screen.findByRole('button', { name: 'Điểm danh Nguyễn Văn Bình' }));
    const status = screen.getAllByRole('status').find((el) => el.classList.contains('checkin-result-region'))!;
    await waitFor(() => expect(status).toHaveTextContent('Hôm nay không phải ngày đối thoại'));
    expect(status).toHaveTextContent('(23/12/2026)');
    // Not confirmed: nothing recorded, the warning goes away.
    await user.click(within(status).getByRole('button', { name: 'Không điểm danh' }));
    expect(status).not.toHaveTextContent('Hôm nay không phải ngày đối thoại');
    await user.click(screen.getByRole('button', { name: 'Điểm danh Nguyễn Văn Bình' }));
    await user.click(await within(status).findByRole('button', { name: 'Vẫn điểm danh' }));
    await waitFor(() => expect(status).toHaveTextContent('Đã điểm danh: Nguyễn Văn Bình'));
    // Confirmed once for this visit: the next one goes through without asking again.
    await user.click(screen.getByRole('button', { name: 'Điểm danh Nguyễn Văn Bình' }));
    const bodies = await Promise.all(fetchMock.requests.filter((r) => r.method === 'POST').map((r) => r.json()));
    expect(bodies).toEqual([
      { participantId: 101 },
      { participantId: 101 },
      { participantId: 101, outsideSessionDay: true },
      { participantId: 101, outsideSessionDay: true },
    ]);
  });

  it('polls the composition every 5 seconds while visible and pauses when hidden', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const fetchMock = staffMocks();
    await openAs(['ward'], '/plans/7/check-in');
    await screen.findByRole('list', { name: 'Số người có mặt' });
    const polls = () => fetchMock.requests.filter((r) => r.url.endsWith('/composition')).length;
    expect(polls()).toBe(1);
    await act(async () => {
      vi.advanceTimersByTime(5000);
    });
    await waitFor(() => expect(polls()).toBe(2));
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    await act(async () => {
      vi.advanceTimersByTime(15000);
    });
    expect(polls()).toBe(2);
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(polls()).toBe(3));
  });
});
