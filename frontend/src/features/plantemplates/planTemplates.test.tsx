import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrgUnitNode, PlanTemplate } from '../../api/types';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const BAC_GIANH = { code: 'dang-uy-phuong-bac-gianh', name: 'Đảng ủy phường Bắc Gianh' };

const SHARED: PlanTemplate = {
  code: 'commune-2025',
  name: 'Đối thoại cấp xã (2025)',
  level: 'COMMUNE',
  body: null,
  description: 'Thông báo trước ít nhất 7 ngày.',
  content: {
    legalBases: ['Luật Tổ chức chính quyền địa phương 2025'],
    purposes: ['Lắng nghe Nhân dân'],
    agenda: [{ title: 'Khai mạc', responsible: 'Văn phòng' }],
    composition: [{ level: 'WARD', description: 'Đại biểu phường', targetCount: 30 }],
    tasks: [{ ownerKind: 'PEOPLES_COMMITTEE', description: 'Báo cáo tình hình', rule: { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' } }],
    invitationRule: { offset: 3, unit: 'WORKING_DAYS', direction: 'BEFORE' },
    citizenInvitationRule: null,
  },
  editable: false,
  version: 2,
};
const OWN: PlanTemplate = { ...SHARED, code: 'mau-bac-gianh', name: 'Mẫu riêng Bắc Gianh', body: BAC_GIANH, editable: true, version: 5 };

const TREE: OrgUnitNode[] = [
  {
    code: 'phuong-bac-gianh',
    name: 'Phường Bắc Gianh',
    kind: 'WARD',
    body: false,
    ownerBody: null,
    retiredOn: null,
    successor: null,
    allowedActions: [],
    children: [{ ...BAC_GIANH, kind: 'PARTY_COMMITTEE', body: true, ownerBody: BAC_GIANH, retiredOn: null, successor: null, allowedActions: [], children: [] }],
  },
];

async function open(path: string, handlers: Parameters<typeof mockFetch>[0], user = makeUser({ roles: ['admin'], username: 'quantri2', body: BAC_GIANH.code })) {
  const fetchMock = mockFetch(handlers);
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, user);
  renderApp(path, userManager);
  return fetchMock;
}

describe('plan templates', () => {
  it('lists the shared templates and the body’s own, by level', async () => {
    const fetchMock = await open('/plan-templates', { 'GET /api/v1/plan-templates': () => jsonResponse([SHARED, OWN]) });
    const list = await screen.findByRole('list', { name: 'Danh sách mẫu kế hoạch' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0]).getByRole('link', { name: 'Đối thoại cấp xã (2025)' })).toHaveAttribute('href', '/plan-templates/commune-2025');
    expect(within(items[0]).getByText('Dùng chung toàn hệ thống')).toBeInTheDocument();
    expect(within(items[0]).getByText(/\(chỉ xem\)/)).toBeInTheDocument();
    expect(within(items[1]).getByText('Đảng ủy phường Bắc Gianh')).toBeInTheDocument();
    expect(within(items[1]).getByText('1 mục chương trình, 1 nhiệm vụ chuẩn bị.')).toBeInTheDocument();

    const level = screen.getByRole('combobox', { name: 'Cấp' });
    expect(within(level).getByRole('option', { name: 'Cấp tỉnh' })).toBeInTheDocument();
    await userEvent.selectOptions(level, 'PROVINCE');
    await waitFor(() => expect(new URL(fetchMock.requests.at(-1)!.url).searchParams.get('level')).toBe('PROVINCE'));
    expect(screen.getByRole('link', { name: 'Tạo mẫu mới' })).toHaveAttribute('href', '/plan-templates/new');
  });

  it('shows a shared template read-only to a body’s administrator', async () => {
    await open('/plan-templates/commune-2025', { 'GET /api/v1/plan-templates/commune-2025': () => jsonResponse(SHARED) });
    await screen.findByRole('heading', { level: 1, name: 'Đối thoại cấp xã (2025)' });
    expect(screen.getByText(/chỉ quản trị viên hệ thống được thay đổi/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Tên mẫu/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Mục chương trình 1' })).toHaveValue('Khai mạc');
    expect(screen.queryByRole('button', { name: 'Lưu mẫu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xóa mẫu này' })).not.toBeInTheDocument();
  });

  it('edits its agenda, composition and deadlines with If-Match; the server’s messages show next to the fields', async () => {
    let attempts = 0;
    const fetchMock = await open('/plan-templates/mau-bac-gianh', {
      'GET /api/v1/plan-templates/mau-bac-gianh': () => jsonResponse(OWN),
      'PUT /api/v1/plan-templates/mau-bac-gianh': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(400, {
              title: 'Dữ liệu không hợp lệ',
              errors: [
                { field: 'update.request.content.agenda[1].title', message: 'Không được để trống.' },
                { field: 'update.request.content.tasks[0].rule.offset', message: 'Phải nhỏ hơn hoặc bằng 365.' },
              ],
            })
          : jsonResponse({ ...OWN, version: 6 });
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Mẫu riêng Bắc Gianh' });
    await userEvent.click(screen.getByRole('button', { name: 'Thêm mục chương trình' }));
    const offset = screen.getByRole('spinbutton', { name: 'Số ngày, nhiệm vụ 1' });
    await userEvent.clear(offset);
    await userEvent.type(offset, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu mẫu' }));
    const second = screen.getByRole('textbox', { name: 'Mục chương trình 2' });
    await waitFor(() => expect(second).toHaveAccessibleDescription('Không được để trống.'));
    await waitFor(() => expect(second).toHaveFocus());
    expect(screen.getByRole('spinbutton', { name: 'Số ngày, nhiệm vụ 1' })).toHaveAccessibleDescription('Phải nhỏ hơn hoặc bằng 365.');

    await userEvent.type(second, 'Đối thoại');
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Số ngày, nhiệm vụ 1' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Số ngày, nhiệm vụ 1' }), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu mẫu' }));
    expect(await screen.findByText('Đã lưu mẫu kế hoạch.')).toBeInTheDocument();
    const puts = fetchMock.requests.filter((r) => r.method === 'PUT');
    expect(puts[0].headers.get('If-Match')).toBe('"5"');
    const body = (await puts[1].json()) as { code?: string; content: PlanTemplate['content'] };
    expect(body.code).toBeUndefined();
    expect(body.content.agenda).toEqual([
      { title: 'Khai mạc', responsible: 'Văn phòng' },
      { title: 'Đối thoại', responsible: null },
    ]);
    expect(body.content.tasks[0].rule).toEqual({ offset: 15, unit: 'CALENDAR_DAYS', direction: 'BEFORE' });
    expect(body.content.composition).toEqual([{ level: 'WARD', description: 'Đại biểu phường', targetCount: 30 }]);
  });

  it('lets the installation’s administrator create a template for a body, per level', async () => {
    const fetchMock = await open(
      '/plan-templates/new',
      {
        'GET /api/v1/org-units/tree': () => jsonResponse(TREE),
        'POST /api/v1/plan-templates': () => jsonResponse({ ...OWN, code: 'tinh-2026', name: 'Đối thoại cấp tỉnh', level: 'PROVINCE' }, { status: 201 }),
        'GET /api/v1/plan-templates/tinh-2026': () => jsonResponse({ ...OWN, code: 'tinh-2026', name: 'Đối thoại cấp tỉnh', level: 'PROVINCE' }),
      },
      makeUser({ roles: ['admin'], username: 'quantri' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Tạo mẫu kế hoạch' });
    // Required fields first, without a call.
    await userEvent.click(screen.getByRole('button', { name: 'Tạo mẫu' }));
    expect(screen.getByRole('textbox', { name: /Mã mẫu/ })).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await userEvent.type(screen.getByRole('textbox', { name: /Mã mẫu/ }), 'tinh-2026');
    await userEvent.type(screen.getByRole('textbox', { name: /Tên mẫu/ }), 'Đối thoại cấp tỉnh');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Cấp/ }), 'PROVINCE');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Thuộc cơ quan/ }), BAC_GIANH.code);
    await userEvent.click(screen.getByRole('button', { name: 'Thêm nhiệm vụ' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Loại đơn vị thực hiện nhiệm vụ 1' }), 'DEPARTMENT');
    await userEvent.type(screen.getByRole('textbox', { name: 'Nội dung nhiệm vụ 1' }), 'Tổng hợp ý kiến');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo mẫu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đối thoại cấp tỉnh' })).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    const body = (await post.json()) as Record<string, unknown> & { content: PlanTemplate['content'] };
    expect(body).toMatchObject({ code: 'tinh-2026', name: 'Đối thoại cấp tỉnh', level: 'PROVINCE', bodyCode: BAC_GIANH.code, description: null });
    expect(body.content.tasks).toEqual([
      { ownerKind: 'DEPARTMENT', description: 'Tổng hợp ý kiến', rule: { offset: 7, unit: 'CALENDAR_DAYS', direction: 'BEFORE' } },
    ]);
  });

  it('is accessible: no axe violation', async () => {
    await open('/plan-templates/mau-bac-gianh', { 'GET /api/v1/plan-templates/mau-bac-gianh': () => jsonResponse(OWN) });
    await screen.findByRole('heading', { level: 1, name: 'Mẫu riêng Bắc Gianh' });
    expect(await axeViolations()).toEqual([]);
  });

  it('deletes a template after asking', async () => {
    const fetchMock = await open('/plan-templates/mau-bac-gianh', {
      'GET /api/v1/plan-templates/mau-bac-gianh': () => jsonResponse(OWN),
      'DELETE /api/v1/plan-templates/mau-bac-gianh': () => new Response(null, { status: 204 }),
      'GET /api/v1/plan-templates': () => jsonResponse([SHARED]),
    });
    await screen.findByRole('heading', { level: 1, name: 'Mẫu riêng Bắc Gianh' });
    await userEvent.click(screen.getByRole('button', { name: 'Xóa mẫu này' }));
    await userEvent.click(screen.getByRole('button', { name: 'Xóa mẫu' }));
    expect(await screen.findByText('Đã xóa mẫu Mẫu riêng Bắc Gianh.')).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.method === 'DELETE')!.headers.get('If-Match')).toBe('"5"');
  });
});
