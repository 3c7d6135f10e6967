import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrgUnit, OrgUnitNode } from '../../api/types';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const BODY = { code: 'dang-uy-phuong-bac-gianh', name: 'Đảng ủy phường Bắc Gianh' };
const ALL: OrgUnitNode['allowedActions'] = ['EDIT', 'ADD_CHILD', 'RETIRE', 'DELETE'];

function node(code: string, name: string, kind: OrgUnitNode['kind'], patch: Partial<OrgUnitNode> = {}, children: OrgUnitNode[] = []): OrgUnitNode {
  return { code, name, kind, body: false, ownerBody: null, retiredOn: null, successor: null, allowedActions: [], children, ...patch };
}

/** Bắc Gianh's area as its administrator sees it: the ward, its bodies and groups; the old group 3 merged into group 1. */
const TREE: OrgUnitNode[] = [
  node('quang-tri', 'Tỉnh Quảng Trị', 'PROVINCE', {}, [
    node('phuong-bac-gianh', 'Phường Bắc Gianh', 'WARD', {}, [
      node('dang-uy-phuong-bac-gianh', 'Đảng ủy phường Bắc Gianh', 'PARTY_COMMITTEE', { body: true, ownerBody: BODY }),
      node('tdp-1', 'Tổ dân phố 1', 'RESIDENTIAL_GROUP', { ownerBody: BODY, allowedActions: ALL }, [
        node('tdp-1-a', 'Khu A', 'RESIDENTIAL_GROUP', { ownerBody: BODY, allowedActions: ALL }),
      ]),
      node('tdp-2', 'Tổ dân phố 2', 'RESIDENTIAL_GROUP', { ownerBody: BODY, allowedActions: ALL }),
      node('tdp-3', 'Tổ dân phố 3 (cũ)', 'RESIDENTIAL_GROUP', { ownerBody: BODY, retiredOn: '2025-07-01', allowedActions: ['REINSTATE'] }),
    ]),
    node('phuong-ba-don', 'Phường Ba Đồn', 'WARD'),
  ]),
];

const UNIT: OrgUnit = {
  code: 'tdp-1',
  name: 'Tổ dân phố 1',
  kind: 'RESIDENTIAL_GROUP',
  parentCode: 'phuong-bac-gianh',
  sortOrder: 1,
  body: false,
  ownerBody: BODY,
  retiredOn: null,
  successor: null,
  allowedActions: ALL,
  version: 3,
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T03:00:00Z'));
});
afterEach(() => vi.useRealTimers());

async function openUnit(handlers: Parameters<typeof mockFetch>[0], unit: OrgUnit = UNIT) {
  const fetchMock = mockFetch({
    'GET /api/v1/org-units/tree': () => jsonResponse(TREE),
    [`GET /api/v1/org-units/${unit.code}`]: () => jsonResponse(unit),
    ...handlers,
  });
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['admin'], username: 'quantri2', body: BODY.code }));
  renderApp(`/org-units/${unit.code}`, userManager);
  await screen.findByRole('heading', { level: 1, name: unit.name });
  return fetchMock;
}

describe('org unit administration', () => {
  it('links the units the administrator may change from the tree, and marks merged ones', async () => {
    mockFetch({ 'GET /api/v1/org-units/tree': () => jsonResponse(TREE) });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['admin'], body: BODY.code }));
    renderApp('/org-units', userManager);
    await screen.findByRole('button', { name: 'Tỉnh Quảng Trị' });
    expect(screen.getAllByText('Tỉnh, thành phố').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Mở tất cả' }));
    expect(screen.getByRole('link', { name: 'Quản lý Tổ dân phố 2' })).toHaveAttribute('href', '/org-units/tdp-2');
    expect(screen.queryByRole('link', { name: 'Quản lý Phường Ba Đồn' })).not.toBeInTheDocument();
    expect(screen.getByText('Đã sáp nhập, giải thể')).toBeInTheDocument();
    // A body's administrator's units are their body's: no owner to choose.
    expect(screen.queryByRole('combobox', { name: /Cơ quan quản lý/ })).not.toBeInTheDocument();
  });

  it('renames and moves a unit with If-Match; the server’s message shows next to the parent', async () => {
    let attempts = 0;
    const fetchMock = await openUnit({
      'PUT /api/v1/org-units/tdp-1': () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(400, {
              title: 'Dữ liệu không hợp lệ',
              errors: [{ field: 'update.request.parentCode', message: 'Đơn vị phải thuộc địa bàn của cơ quan bạn (Phường Bắc Gianh).' }],
            })
          : jsonResponse({ ...UNIT, name: 'Tổ dân phố số 1', parentCode: 'phuong-bac-gianh', version: 4 });
      },
    });
    expect(screen.getByText('Thuộc').nextElementSibling).toHaveTextContent('Đảng ủy phường Bắc Gianh');
    const form = screen.getByRole('region', { name: 'Sửa thông tin, chuyển đơn vị' });
    const parent = within(form).getByRole('combobox', { name: /Đơn vị cấp trên/ });
    // Neither the unit nor one under it may be its parent.
    const choices = within(parent).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(choices).not.toContain('tdp-1');
    expect(choices).not.toContain('tdp-1-a');
    await userEvent.selectOptions(parent, 'phuong-ba-don');
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(parent).toHaveAccessibleDescription(expect.stringContaining('Đơn vị phải thuộc địa bàn')));
    await waitFor(() => expect(parent).toHaveFocus());

    await userEvent.selectOptions(parent, 'phuong-bac-gianh');
    const name = within(form).getByRole('textbox', { name: /Tên đơn vị/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Tổ dân phố số 1');
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tổ dân phố số 1' })).toBeInTheDocument();
    const puts = fetchMock.requests.filter((r) => r.method === 'PUT');
    expect(puts[0].headers.get('If-Match')).toBe('"3"');
    expect(await puts[1].json()).toEqual({ name: 'Tổ dân phố số 1', kind: 'RESIDENTIAL_GROUP', parentCode: 'phuong-bac-gianh', sortOrder: 1 });
  });

  it('retires a unit into a present-day successor, and takes it back', async () => {
    let retired = false;
    const fetchMock = await openUnit({
      'PUT /api/v1/org-units/tdp-1/retirement': async (request: Request) => {
        const body = (await request.json()) as { successorCode: string | null };
        if (!body.successorCode) {
          return problemResponse(400, {
            title: 'Dữ liệu không hợp lệ',
            errors: [{ field: 'successorCode', message: 'Cần chọn đơn vị kế thừa "Tổ dân phố 1".' }],
          });
        }
        retired = true;
        return jsonResponse({
          ...UNIT,
          retiredOn: '2026-03-01',
          successor: { code: 'tdp-2', name: 'Tổ dân phố 2' },
          allowedActions: ['RETIRE', 'REINSTATE'],
          version: 4,
        });
      },
      'DELETE /api/v1/org-units/tdp-1/retirement': () => jsonResponse({ ...UNIT, version: 5 }),
    });
    const form = screen.getByRole('region', { name: 'Sáp nhập, giải thể' });
    const successor = within(form).getByRole('combobox', { name: /Đơn vị kế thừa/ });
    const choices = within(successor).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(choices).toContain('tdp-2');
    expect(choices).not.toContain('tdp-3'); // merged itself
    expect(choices).not.toContain('tdp-1-a'); // under the unit
    await userEvent.clear(within(form).getByLabelText(/Từ ngày/));
    await userEvent.type(within(form).getByLabelText(/Từ ngày/), '01/03/2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Ghi nhận sáp nhập, giải thể' }));
    await waitFor(() => expect(successor).toHaveAccessibleDescription(expect.stringContaining('Cần chọn đơn vị kế thừa')));

    await userEvent.selectOptions(successor, 'tdp-2');
    await userEvent.click(within(form).getByRole('button', { name: 'Ghi nhận sáp nhập, giải thể' }));
    expect(await screen.findByText('Đã ghi nhận Tổ dân phố 1 sáp nhập, giải thể từ ngày 01/03/2026.')).toBeInTheDocument();
    expect(retired).toBe(true);
    expect(screen.getByText('Sáp nhập, giải thể từ ngày 01/03/2026; kế thừa: Tổ dân phố 2')).toBeInTheDocument();
    // Only what the server allows now: no more editing or deleting.
    expect(screen.queryByRole('region', { name: 'Sửa thông tin, chuyển đơn vị' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Hủy ghi nhận sáp nhập, giải thể' }));
    expect(await screen.findByText('Tổ dân phố 1 đã trở lại hoạt động.')).toBeInTheDocument();
    const del = fetchMock.requests.find((r) => r.method === 'DELETE')!;
    expect(del.headers.get('If-Match')).toBe('"4"');
  });

  it('is accessible: every form labelled, no axe violation', async () => {
    await openUnit({});
    expect(await axeViolations()).toEqual([]);
  });

  it('deletes a unit after asking, and says so on the tree', async () => {
    const fetchMock = await openUnit({ 'DELETE /api/v1/org-units/tdp-1': () => new Response(null, { status: 204 }) });
    const region = screen.getByRole('region', { name: 'Xóa đơn vị' });
    await userEvent.click(within(region).getByRole('button', { name: 'Xóa Tổ dân phố 1' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Xóa hẳn' }));
    expect(await screen.findByText('Đã xóa đơn vị Tổ dân phố 1.')).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.method === 'DELETE')!.headers.get('If-Match')).toBe('"3"');
  });

  it('shows a unit the caller may not change without any form', async () => {
    await openUnit({}, { ...UNIT, code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD', ownerBody: null, allowedActions: [] });
    expect(screen.getByText('Dùng chung toàn hệ thống')).toBeInTheDocument();
    expect(screen.getByText(/Bạn chỉ xem đơn vị này/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu thay đổi' })).not.toBeInTheDocument();
  });

  it('lets the installation’s administrator give a unit to a body', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/org-units/tree': () => jsonResponse(TREE),
      'GET /api/v1/org-units/tdp-2': () => jsonResponse({ ...UNIT, code: 'tdp-2', name: 'Tổ dân phố 2', ownerBody: null, allowedActions: ['EDIT', 'SET_OWNER'] }),
      'PUT /api/v1/org-units/tdp-2/owner': () => jsonResponse({ ...UNIT, code: 'tdp-2', name: 'Tổ dân phố 2', allowedActions: ['EDIT', 'SET_OWNER'], version: 4 }),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['admin'], username: 'quantri' }));
    renderApp('/org-units/tdp-2', userManager);
    const region = await screen.findByRole('region', { name: 'Cơ quan quản lý' });
    await userEvent.selectOptions(within(region).getByRole('combobox', { name: /Cơ quan quản lý/ }), BODY.code);
    await userEvent.click(within(region).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ ownerBodyCode: BODY.code });
  });

  it("folds the unit's change history until asked for, then shows each field before and after", async () => {
    const user = userEvent.setup();
    const fetchMock = await openUnit({
      'GET /api/v1/audit-trail/OrgUnit/tdp-1': () =>
        jsonResponse([
          { at: '2026-02-10T02:00:00Z', actor: 'quantri2', action: 'created', changes: { name: { from: null, to: 'Tổ dân phố 1' } } },
          { at: '2026-03-01T02:00:00Z', actor: 'quantri2', action: 'updated', changes: { name: { from: 'Tổ dân phố 1', to: 'Tổ dân phố Một' } } },
        ]),
    });
    const trail = screen.getByRole('region', { name: 'Lịch sử thay đổi' });
    const show = within(trail).getByRole('button', { name: 'Xem lịch sử thay đổi' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    // Nothing is fetched for a history nobody opened.
    expect(fetchMock.requests.some((r) => r.url.includes('/audit-trail/'))).toBe(false);
    await user.click(show);
    expect(await within(trail).findByText('name: Tổ dân phố 1 → Tổ dân phố Một')).toBeInTheDocument();
    // Newest first.
    expect(within(trail).getAllByRole('listitem')[0]).toHaveTextContent('updated — quantri2');
    expect(within(trail).getByRole('button', { name: 'Ẩn lịch sử thay đổi' })).toHaveAttribute('aria-expanded', 'true');
    expect(await axeViolations()).toEqual([]);
  });
});
