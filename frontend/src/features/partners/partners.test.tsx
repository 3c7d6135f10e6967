import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import type { Partner } from '../../api/types';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const CODE = 'dang-uy-phuong-ba-don';
const ME = { username: 'quantri-badon', name: 'Quản Trị', roles: ['admin'], orgUnit: null, ward: null, body: { code: CODE, name: 'Đảng ủy phường Ba Đồn' }, overseenBodies: 0 };
const DEMO: Partner = {
  clientId: 'doithoai-integration',
  name: 'Đối Thoại integration',
  body: CODE,
  scopes: ['feedback:read', 'feedback:write', 'plans:read', 'rulings:read', 'statistics:read'],
  enabled: true,
};
const TOKEN_URL = 'http://localhost:8180/realms/doithoai/protocol/openid-connect/token';

async function open(handlers: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch({ 'GET /api/v1/me': () => jsonResponse(ME), ...handlers });
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['admin'], username: 'quantri-badon' }));
  renderApp('/partners', userManager);
  await screen.findByRole('heading', { level: 1, name: 'Hệ thống đối tác' });
  return fetchMock;
}

describe('partner systems of a body (Hệ thống đối tác)', () => {
  it("lists the body's partners and registers one, showing its secret once", async () => {
    const user = userEvent.setup();
    let asked: string[] = [];
    await open({
      [`GET /api/v1/bodies/${CODE}/partners`]: () => jsonResponse([DEMO]),
      [`POST /api/v1/bodies/${CODE}/partners`]: async (request) => {
        const body = (await request.json()) as { clientId: string; name: string; scopes: string[] };
        asked = body.scopes;
        return jsonResponse(
          { partner: { ...body, body: CODE, enabled: true }, clientSecret: 'bi-mat-moi-123', tokenUrl: TOKEN_URL },
          { status: 201 },
        );
      },
    });
    const list = await screen.findByRole('region', { name: 'Hệ thống đối tác của cơ quan' });
    expect(await within(list).findByText('doithoai-integration')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Mã ứng dụng/), 'cong-pakn-tinh');
    await user.type(screen.getByLabelText(/Tên hệ thống/), 'Cổng PAKN tỉnh');
    const register = screen.getByRole('region', { name: 'Đăng ký hệ thống đối tác' });
    await user.click(within(register).getByRole('checkbox', { name: /Gửi ý kiến, kiến nghị/ }));
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByTestId('partner-secret')).toHaveTextContent('bi-mat-moi-123');
    expect(asked).toEqual(['plans:read', 'feedback:read', 'feedback:write']);
  });

  it('rotates a secret, and says so in the language of the page when Keycloak is away', async () => {
    const user = userEvent.setup();
    let calls = 0;
    await open({
      [`GET /api/v1/bodies/${CODE}/partners`]: () => jsonResponse([DEMO]),
      [`POST /api/v1/bodies/${CODE}/partners/doithoai-integration/secret`]: () => {
        calls += 1;
        return calls === 1
          ? jsonResponse({ partner: DEMO, clientSecret: 'khoa-xoay-456', tokenUrl: TOKEN_URL })
          : problemResponse(503, { title: 'Không kết nối được máy chủ tài khoản', detail: 'Hãy thử lại sau ít phút.' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Đổi khóa bí mật' }));
    expect(await screen.findByTestId('partner-secret')).toHaveTextContent('khoa-xoay-456');
    await user.click(screen.getByRole('button', { name: 'Đổi khóa bí mật' }));
    expect(await screen.findByText(/Hãy thử lại sau ít phút/)).toBeInTheDocument();
    expect(screen.queryByTestId('partner-secret')).not.toBeInTheDocument();
  });

  it("changes a partner's scopes to exactly those ticked", async () => {
    const user = userEvent.setup();
    let sent: string[] | null = null;
    let current = DEMO;
    await open({
      [`GET /api/v1/bodies/${CODE}/partners`]: () => jsonResponse([current]),
      [`PUT /api/v1/bodies/${CODE}/partners/doithoai-integration/scopes`]: async (request) => {
        sent = ((await request.json()) as { scopes: string[] }).scopes;
        current = { ...DEMO, scopes: sent };
        return jsonResponse(current);
      },
    });
    await user.click(await screen.findByText('Đổi phạm vi'));
    const form = screen.getByRole('form', { name: 'Phạm vi của doithoai-integration' });
    expect(within(form).getByRole('checkbox', { name: /Đọc số liệu thống kê/ })).toBeChecked();
    await user.click(within(form).getByRole('checkbox', { name: /Đọc số liệu thống kê/ }));
    await user.click(within(form).getByRole('button', { name: 'Lưu phạm vi' }));
    expect(await within(form).findByText(/Đã lưu phạm vi/)).toBeInTheDocument();
    expect(sent).toEqual(['feedback:read', 'feedback:write', 'plans:read', 'rulings:read']);
    expect(await screen.findByText(/Phạm vi: feedback:read, feedback:write, plans:read, rulings:read$/)).toBeInTheDocument();
  });
});
