import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { setLanguage } from '../../lib/i18n';
import type { StaffMember } from '../../api/types';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const CODE = 'dang-uy-phuong-bac-gianh';
const BODY = {
  code: CODE,
  name: 'Đảng ủy phường Bắc Gianh',
  kind: 'PARTY_COMMITTEE',
  locality: { code: 'phuong-bac-gianh', name: 'Phường Bắc Gianh' },
  retiredOn: null,
  successor: null,
};
const DETAIL = {
  body: BODY,
  units: [
    { code: 'phong-kinh-te-phuong-bac-gianh', name: 'Phòng Kinh tế phường Bắc Gianh' },
    { code: 'so-xay-dung', name: 'Sở Xây dựng' },
  ],
  wards: [
    { code: 'phuong-bac-gianh', name: 'Phường Bắc Gianh' },
    { code: 'phuong-bac-gianh-tdp-1', name: 'Tổ dân phố 1' },
  ],
};
const VANPHONG2: StaffMember = {
  id: 'u-vanphong2',
  username: 'vanphong2',
  fullName: 'Hồ Văn Phòng',
  email: 'vanphong2@doithoai.test',
  roles: ['secretariat'],
  orgUnit: null,
  ward: null,
  enabled: true,
  invited: false,
  pendingActions: [],
  version: 3,
};
const INVITED: StaffMember = {
  ...VANPHONG2,
  id: 'u-hoa',
  username: 'hoa@doithoai.test',
  fullName: 'Nguyễn Thị Hoa',
  email: 'hoa@doithoai.test',
  roles: ['unit'],
  orgUnit: DETAIL.units[0],
  invited: true,
  pendingActions: ['UPDATE_PASSWORD'],
  version: 1,
};
const page = (items: unknown[]) => ({ items, nextCursor: null, totalItems: items.length });
const ME_QUANTRI2 = { username: 'quantri2', name: 'Lý Quản Trị', roles: ['admin'], orgUnit: null, ward: null, body: { code: CODE, name: BODY.name }, overseenBodies: 0 };

async function open(roles: string[], handlers: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch(handlers);
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles, username: 'quantri2' }));
  renderApp('/staff', userManager);
  await screen.findByRole('heading', { level: 1, name: 'Cán bộ' });
  return fetchMock;
}

describe('staff of a body (Cán bộ)', () => {
  it.each([
    [['secretariat'], false],
    [['admin'], true],
  ])('is linked from the navigation for administrators only (%s)', async (roles, linked) => {
    mockFetch({});
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles }));
    renderApp('/', userManager);
    const staffNav = await screen.findByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
    const link = within(staffNav).queryByRole('link', { name: 'Cán bộ' });
    if (linked) expect(link).toHaveAttribute('href', '/staff');
    else expect(link).not.toBeInTheDocument();
  });

  it("lists the body's people with their roles and state, for the body's administrator", async () => {
    const fetchMock = await open(['admin'], {
      'GET /api/v1/me': () => jsonResponse(ME_QUANTRI2),
      [`GET /api/v1/bodies/${CODE}`]: () => jsonResponse(DETAIL),
      [`GET /api/v1/bodies/${CODE}/staff`]: () => jsonResponse(page([VANPHONG2, INVITED])),
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Cán bộ của Đảng ủy phường Bắc Gianh' })).toBeInTheDocument();
    const hoa = screen.getByRole('listitem', { name: 'Nguyễn Thị Hoa' });
    expect(within(hoa).getByText('Chưa nhận lời mời')).toBeInTheDocument();
    expect(within(hoa).getByText('Cán bộ đơn vị')).toBeInTheDocument();
    expect(within(hoa).getByText(/Phòng Kinh tế phường Bắc Gianh/)).toBeInTheDocument();
    const phong = screen.getByRole('listitem', { name: 'Hồ Văn Phòng' });
    expect(within(phong).getByText('Đang hoạt động')).toBeInTheDocument();
    expect(within(phong).getByText('Văn phòng')).toBeInTheDocument();
    // The installation's body picker and founding are not offered to a body's administrator.
    expect(screen.queryByRole('region', { name: 'Lập cơ quan mới' })).not.toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.url.endsWith('/api/v1/bodies'))).toBe(false);
  });

  it('invites by e-mail with roles and a unit; checks what the server checks and shows its problem next to the fields', async () => {
    let staff = [VANPHONG2];
    let attempt = 0;
    const fetchMock = await open(['admin'], {
      'GET /api/v1/me': () => jsonResponse(ME_QUANTRI2),
      [`GET /api/v1/bodies/${CODE}`]: () => jsonResponse(DETAIL),
      [`GET /api/v1/bodies/${CODE}/staff`]: () => jsonResponse(page(staff)),
      [`POST /api/v1/bodies/${CODE}/staff`]: () => {
        attempt += 1;
        if (attempt === 1) {
          return problemResponse(400, {
            type: 'urn:problem-type:doithoai:validation',
            title: 'Dữ liệu không hợp lệ',
            detail: 'Một số trường không hợp lệ.',
            errors: [{ field: 'email', message: 'Địa chỉ email không hợp lệ.' }],
          });
        }
        staff = [VANPHONG2, INVITED];
        return jsonResponse(INVITED, { status: 201, headers: { ETag: '"1"' } });
      },
    });
    const form = await screen.findByRole('region', { name: 'Mời cán bộ' });
    const send = within(form).getByRole('button', { name: 'Gửi lời mời' });

    // Before anything is sent: the required fields and the roles.
    await userEvent.click(send);
    expect(within(form).getByRole('textbox', { name: /Họ và tên/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('group', { name: /Vai trò/ })).toHaveAccessibleDescription('Chọn ít nhất một vai trò.');
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await userEvent.type(within(form).getByRole('textbox', { name: /Họ và tên/ }), 'Nguyễn Thị Hoa');
    await userEvent.type(within(form).getByRole('textbox', { name: /Email/ }), 'hoa@doithoai');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Cán bộ đơn vị' }));
    await userEvent.click(send);
    // Role unit needs its unit: chosen among the body's own.
    expect(within(form).getByRole('combobox', { name: /Đơn vị công tác/ })).toHaveAccessibleDescription('Cán bộ đơn vị cần có đơn vị công tác.');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Đơn vị công tác/ }), 'phong-kinh-te-phuong-bac-gianh');
    await userEvent.click(send);

    // The server's problem: its title, and its message next to the field.
    const email = within(form).getByRole('textbox', { name: /Email/ });
    await waitFor(() => expect(email).toHaveAccessibleDescription('Địa chỉ email không hợp lệ.'));
    expect(within(form).getByRole('heading', { name: 'Dữ liệu không hợp lệ' })).toBeInTheDocument();

    await userEvent.clear(email);
    await userEvent.type(email, 'hoa@doithoai.test');
    await userEvent.click(send);
    expect(await within(form).findByText('Đã gửi lời mời đến hoa@doithoai.test.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Nguyễn Thị Hoa' })).toBeInTheDocument();
    const posts = fetchMock.requests.filter((r) => r.method === 'POST');
    expect(await posts[1].json()).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      email: 'hoa@doithoai.test',
      roles: ['unit'],
      orgUnitCode: 'phong-kinh-te-phuong-bac-gianh',
      wardCode: null,
    });
  });

  it('changes roles with If-Match and disables an account; a refusal is shown in the language of the UI', async () => {
    let member = VANPHONG2;
    const fetchMock = await open(['admin'], {
      'GET /api/v1/me': () => jsonResponse(ME_QUANTRI2),
      [`GET /api/v1/bodies/${CODE}`]: () => jsonResponse(DETAIL),
      [`GET /api/v1/bodies/${CODE}/staff`]: () => jsonResponse(page([member])),
      [`PUT /api/v1/bodies/${CODE}/staff/u-vanphong2/roles`]: () => {
        member = { ...member, roles: ['secretariat', 'chair'], version: 4 };
        return jsonResponse(member);
      },
      [`POST /api/v1/bodies/${CODE}/staff/u-vanphong2/disable`]: () =>
        problemResponse(409, { title: 'Xung đột', detail: 'Bạn không thể tự khóa tài khoản của mình.' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Đổi vai trò của Hồ Văn Phòng' }));
    const editor = screen.getByRole('form', { name: 'Đổi vai trò của Hồ Văn Phòng' });
    expect(within(editor).getByRole('checkbox', { name: 'Văn phòng' })).toBeChecked();
    await userEvent.click(within(editor).getByRole('checkbox', { name: 'Chủ trì đối thoại' }));
    await userEvent.click(within(editor).getByRole('button', { name: 'Lưu vai trò' }));
    expect(await screen.findByText('Đã đổi vai trò của Hồ Văn Phòng.')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ roles: ['secretariat', 'chair'], orgUnitCode: null, wardCode: null });
    const cardOf = () => screen.getByRole('listitem', { name: 'Hồ Văn Phòng' });
    await waitFor(() => expect(within(cardOf()).getByText('Chủ trì đối thoại')).toBeInTheDocument());
    const card = cardOf();

    await userEvent.click(within(card).getByRole('button', { name: 'Khóa tài khoản của Hồ Văn Phòng' }));
    expect(await within(card).findByText('Bạn không thể tự khóa tài khoản của mình.')).toBeInTheDocument();
    const disable = fetchMock.requests.find((r) => r.url.endsWith('/disable'))!;
    expect(disable.method).toBe('POST');
  });

  it("lets the installation's administrator pick any body and found one with its first administrator", async () => {
    const fetchMock = await open(['admin'], {
      'GET /api/v1/me': () => jsonResponse({ ...ME_QUANTRI2, username: 'quantri', body: null }),
      'GET /api/v1/bodies': () =>
        jsonResponse([BODY, { ...BODY, code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn' }, { ...BODY, code: 'thi-uy', name: 'Thị ủy Ba Đồn', retiredOn: '2025-07-01' }]),
      'GET /api/v1/org-units/tree': () =>
        jsonResponse([
          {
            code: 'quang-tri',
            name: 'Tỉnh Quảng Trị',
            kind: 'PROVINCE',
            children: [{ code: 'xa-nam-gianh', name: 'Xã Nam Gianh', kind: 'COMMUNE', children: [] }],
          },
        ]),
      [`GET /api/v1/bodies/${CODE}`]: () => jsonResponse(DETAIL),
      [`GET /api/v1/bodies/${CODE}/staff`]: () => jsonResponse(page([VANPHONG2])),
      'GET /api/v1/bodies/dang-uy-phuong-ba-don': () => jsonResponse({ ...DETAIL, body: { ...BODY, code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn' } }),
      'GET /api/v1/bodies/dang-uy-phuong-ba-don/staff': () => jsonResponse(page([])),
      'POST /api/v1/bodies': () =>
        problemResponse(409, { title: 'Xung đột', detail: 'Địa chỉ email này đã được dùng cho một tài khoản khác; hãy dùng địa chỉ khác.' }),
    });
    const picker = await screen.findByRole('combobox', { name: /Cơ quan/ });
    // History is not offered: only active bodies take new staff.
    expect(within(picker).queryByRole('option', { name: 'Thị ủy Ba Đồn' })).not.toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Hồ Văn Phòng' })).toBeInTheDocument();
    await userEvent.selectOptions(picker, 'dang-uy-phuong-ba-don');
    expect(await screen.findByText('Cơ quan chưa có cán bộ nào.')).toBeInTheDocument();

    const found = screen.getByRole('region', { name: 'Lập cơ quan mới' });
    await userEvent.type(within(found).getByRole('textbox', { name: /Tên cơ quan/ }), 'Đảng ủy xã Nam Gianh');
    await userEvent.type(within(found).getByRole('textbox', { name: /Mã cơ quan/ }), 'dang-uy-xa-nam-gianh');
    await userEvent.selectOptions(within(found).getByRole('combobox', { name: /Loại cơ quan/ }), 'PARTY_COMMITTEE');
    await userEvent.selectOptions(within(found).getByRole('combobox', { name: /Địa bàn/ }), 'xa-nam-gianh');
    await userEvent.type(within(found).getByRole('textbox', { name: /Họ và tên quản trị viên/ }), 'Trần Văn Bảy');
    await userEvent.type(within(found).getByRole('textbox', { name: /Email quản trị viên/ }), 'bay@doithoai.test');
    await userEvent.click(within(found).getByRole('button', { name: 'Lập cơ quan' }));
    expect(await within(found).findByText('Địa chỉ email này đã được dùng cho một tài khoản khác; hãy dùng địa chỉ khác.')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      code: 'dang-uy-xa-nam-gianh',
      name: 'Đảng ủy xã Nam Gianh',
      kind: 'PARTY_COMMITTEE',
      localityCode: 'xa-nam-gianh',
      administrator: { fullName: 'Trần Văn Bảy', email: 'bay@doithoai.test' },
    });
  });

  it('speaks English when the UI does', async () => {
    await open(['admin'], {
      'GET /api/v1/me': () => jsonResponse(ME_QUANTRI2),
      [`GET /api/v1/bodies/${CODE}`]: () => jsonResponse(DETAIL),
      [`GET /api/v1/bodies/${CODE}/staff`]: () => jsonResponse(page([INVITED])),
    });
    await act(() => setLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Staff' })).toBeInTheDocument();
    expect(await screen.findByText('Invitation not yet accepted')).toBeInTheDocument();
  });
});

describe("a staff member's change history", () => {
  async function openWithBody(body: string | null) {
    const fetchMock = mockFetch({
      'GET /api/v1/me': () => jsonResponse({ ...ME_QUANTRI2, username: body ? 'quantri2' : 'quantri', body: body ? ME_QUANTRI2.body : null }),
      'GET /api/v1/bodies': () => jsonResponse([BODY]),
      [`GET /api/v1/bodies/${CODE}`]: () => jsonResponse(DETAIL),
      [`GET /api/v1/bodies/${CODE}/staff`]: () => jsonResponse(page([VANPHONG2])),
      'GET /api/v1/audit-trail/Staff/u-vanphong2': () =>
        jsonResponse([{ at: '2026-03-01T02:00:00Z', actor: 'quantri', action: 'roles-changed', changes: { roles: { from: ['unit'], to: ['secretariat'] } } }]),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['admin'], username: body ? 'quantri2' : 'quantri', ...(body ? { body } : {}) }));
    renderApp('/staff', userManager);
    await screen.findByRole('heading', { level: 1, name: 'Cán bộ' });
    return fetchMock;
  }

  it("is read by the installation's administrator, person by person, when opened", async () => {
    const fetchMock = await openWithBody(null);
    const phong = await screen.findByRole('listitem', { name: 'Hồ Văn Phòng' });
    expect(fetchMock.requests.some((r) => r.url.includes('/audit-trail/'))).toBe(false);
    await userEvent.click(within(phong).getByRole('button', { name: 'Xem lịch sử thay đổi: Hồ Văn Phòng' }));
    expect(await within(phong).findByText('roles: ["unit"] → ["secretariat"]')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it("is not offered to a body's administrator (the installation's administrator reads it)", async () => {
    await openWithBody(CODE);
    await screen.findByRole('listitem', { name: 'Hồ Văn Phòng' });
    expect(screen.queryByRole('button', { name: /Xem lịch sử thay đổi/ })).not.toBeInTheDocument();
  });
});
