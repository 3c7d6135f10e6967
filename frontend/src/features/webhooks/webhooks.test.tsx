import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WebhookDelivery, WebhookSubscription } from '../../api/types';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const CODE = 'dang-uy-phuong-ba-don';
const ME = {
  username: 'quantri-badon',
  name: 'Ngô Quản Trị',
  roles: ['admin'],
  orgUnit: null,
  ward: null,
  body: { code: CODE, name: 'Đảng ủy phường Ba Đồn' },
  overseenBodies: 0,
};
const SUBSCRIPTION: WebhookSubscription = {
  id: 7,
  bodyCode: CODE,
  partnerClientId: 'doithoai-integration',
  callbackUrl: 'https://pakn.example.vn/su-kien',
  events: ['RULING_ISSUED'],
  active: true,
  secret: null,
  createdAt: '2026-12-01T02:00:00Z',
  updatedAt: '2026-12-01T02:00:00Z',
  version: 0,
};
const FAILED: WebhookDelivery = {
  id: 41,
  eventId: '3f1c',
  eventType: 'vn.doithoai.ruling.issued',
  subject: 'plans/61/rulings/12',
  status: 'FAILED',
  attempts: 8,
  lastResponseStatus: 503,
  lastError: 'HTTP 503',
  lastAttemptAt: '2026-12-01T04:00:00Z',
  nextAttemptAt: null,
  createdAt: '2026-12-01T02:00:00Z',
  sentAt: null,
};
const page = (items: unknown[]) => ({ items, nextCursor: null, totalItems: items.length });

async function open(handlers: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch({ 'GET /api/v1/me': () => jsonResponse(ME), ...handlers });
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['admin'], username: 'quantri-badon' }));
  renderApp('/webhooks', userManager);
  await screen.findByRole('heading', { level: 1, name: 'Webhook đối tác' });
  return fetchMock;
}

describe("partners' webhooks (Webhook đối tác)", () => {
  it.each([
    [['secretariat'], false],
    [['admin'], true],
  ])('is linked from the navigation for administrators only (%s)', async (roles, linked) => {
    mockFetch({});
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles }));
    renderApp('/', userManager);
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
    const link = within(nav).queryByRole('link', { name: 'Webhook đối tác' });
    if (linked) expect(link).toHaveAttribute('href', '/webhooks');
    else expect(link).not.toBeInTheDocument();
  });

  it('shows the delivery log of a subscription and sends a failed delivery again', async () => {
    let delivery = FAILED;
    const fetchMock = await open({
      [`GET /api/v1/bodies/${CODE}/webhooks`]: () => jsonResponse([SUBSCRIPTION]),
      [`GET /api/v1/bodies/${CODE}/webhooks/7/deliveries`]: () => jsonResponse(page([delivery])),
      [`POST /api/v1/bodies/${CODE}/webhooks/7/deliveries/41/replay`]: () => {
        delivery = { ...FAILED, status: 'PENDING' };
        return jsonResponse(delivery);
      },
    });
    const card = await screen.findByRole('listitem', { name: 'doithoai-integration' });
    expect(within(card).getByText('Ban hành kết luận')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Xem nhật ký gửi' }));
    const log = await within(card).findByRole('table', { name: 'Nhật ký gửi sự kiện' });
    expect(within(log).getByText('Gửi không được')).toBeInTheDocument();
    expect(within(log).getByText(/HTTP 503/)).toBeInTheDocument();
    await userEvent.click(within(log).getByRole('button', { name: 'Gửi lại' }));
    expect(await within(card).findByText('Sự kiện sẽ được gửi lại trong vòng một phút.')).toBeInTheDocument();
    await waitFor(() => expect(within(card).getByText('Đang chờ gửi')).toBeInTheDocument());
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it("subscribes a partner, shows the server's refusal next to the field, then the secret once", async () => {
    let attempt = 0;
    const fetchMock = await open({
      [`GET /api/v1/bodies/${CODE}/webhooks`]: () => jsonResponse(attempt > 1 ? [SUBSCRIPTION] : []),
      [`POST /api/v1/bodies/${CODE}/webhooks`]: () => {
        attempt += 1;
        if (attempt === 1) {
          return problemResponse(400, {
            type: 'urn:problem-type:doithoai:validation',
            title: 'Dữ liệu không hợp lệ',
            errors: [{ field: 'callbackUrl', message: 'Địa chỉ nhận sự kiện phải dùng https.' }],
          });
        }
        return jsonResponse({ ...SUBSCRIPTION, secret: 'bi-mat-mot-lan' }, { status: 201, headers: { ETag: '"0"' } });
      },
    });
    const form = await screen.findByRole('region', { name: 'Đăng ký cho đối tác' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Mã ứng dụng đối tác/ }), 'doithoai-integration');
    const url = within(form).getByRole('textbox', { name: /Địa chỉ nhận sự kiện/ });
    await userEvent.type(url, 'http://pakn.example.vn/su-kien');
    await userEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    await waitFor(() => expect(url).toHaveAccessibleDescription(/phải dùng https/));

    await userEvent.clear(url);
    await userEvent.type(url, 'https://pakn.example.vn/su-kien');
    await userEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    expect(await within(form).findByText('bi-mat-mot-lan')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'doithoai-integration' })).toBeInTheDocument();
    const posts = fetchMock.requests.filter((r) => r.method === 'POST');
    expect(await posts[1].json()).toEqual({
      partnerClientId: 'doithoai-integration',
      callbackUrl: 'https://pakn.example.vn/su-kien',
      events: ['RULING_ISSUED'],
    });
  });
});
