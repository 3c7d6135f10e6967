import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExpiringPersonalData, HeldData, SubjectRequest } from '../../api/types';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';

const HELD: HeldData = {
  people: [],
  feedback: [
    {
      id: 5,
      trackingCode: 'DT-2026-ABCDE',
      planId: 61,
      planTitle: 'Đối thoại phường Ba Đồn',
      status: 'RECEIVED',
      title: 'Rác ở chợ',
      content: 'Rác ở chợ chưa được thu gom',
      submitterName: 'Trần Thị Mai',
      submitterPhone: '0912345678',
      submitterEmail: 'mai@example.vn',
      receivedAt: '2026-12-01T02:00:00Z',
      attachments: [{ id: 1, fileName: 'anh-cho.png', contentType: 'image/png', size: 1200 }],
    },
  ],
  registrations: [],
};
const REQUEST: SubjectRequest = {
  id: 9,
  kind: 'ERASURE',
  status: 'OPEN',
  channel: 'OFFICE',
  subject: '0912345678',
  receivedOn: '2026-12-01',
  dueOn: '2026-12-15',
  overdue: false,
  note: null,
  outcomeNote: null,
  decidedBy: null,
  decidedAt: null,
  createdAt: '2026-12-01T02:00:00Z',
  version: 0,
};

async function open(path: string, roles: string[], handlers: Parameters<typeof mockFetch>[0]) {
  const fetchMock = mockFetch({
    'GET /api/v1/me': () => jsonResponse({ username: 'u', name: 'Người dùng', roles, orgUnit: null, ward: null, body: null, overseenBodies: 0 }),
    ...handlers,
  });
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  renderApp(path, userManager);
  return fetchMock;
}

describe('personal data (dữ liệu cá nhân)', () => {
  it("the office finds a person's data, records their erasure request and erases them after confirming", async () => {
    let request = REQUEST;
    const fetchMock = await open('/privacy', ['secretariat'], {
      'GET /api/v1/privacy/requests': () => jsonResponse({ items: request.id && fetchMockPosted() ? [request] : [], nextCursor: null, totalItems: fetchMockPosted() ? 1 : 0 }),
      'GET /api/v1/privacy/subjects': () => jsonResponse(HELD),
      'POST /api/v1/privacy/requests': () => jsonResponse(REQUEST, { status: 201, headers: { ETag: '"0"' } }),
      'GET /api/v1/privacy/requests/9': () => jsonResponse({ request, held: request.status === 'OPEN' ? HELD : { people: [], feedback: [], registrations: [] } }),
      'POST /api/v1/privacy/requests/9/erasure': () => {
        request = { ...REQUEST, status: 'DONE', subject: 'Người đã được ẩn danh', version: 2 };
        return jsonResponse(request);
      },
    });
    function fetchMockPosted() {
      return fetchMock.requests.some((r) => r.method === 'POST');
    }
    await screen.findByRole('heading', { level: 1, name: 'Yêu cầu về dữ liệu cá nhân' });
    const find = screen.getByRole('region', { name: 'Tìm dữ liệu của một người' });
    await userEvent.type(within(find).getByRole('textbox', { name: 'Số điện thoại' }), '0912 345 678');
    await userEvent.click(within(find).getByRole('button', { name: 'Tìm' }));
    expect(await within(find).findByText('Trần Thị Mai')).toBeInTheDocument();
    expect(within(find).getByText('anh-cho.png')).toBeInTheDocument();
    await userEvent.selectOptions(within(find).getByRole('combobox', { name: 'Loại yêu cầu' }), 'ERASURE');
    await userEvent.click(within(find).getByRole('button', { name: 'Ghi nhận yêu cầu' }));

    const panel = await screen.findByRole('region', { name: /Xóa — 0912345678/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Xóa dữ liệu của người này' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Xác nhận xóa' }));
    await waitFor(() => expect(screen.getByRole('region', { name: /Người đã được ẩn danh/ })).toBeInTheDocument());
    const erasure = fetchMock.requests.find((r) => r.url.endsWith('/erasure'));
    expect(erasure?.headers.get('If-Match')).toBe('"0"');
    const posted = fetchMock.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/v1/privacy/requests'));
    expect(await posted?.json()).toEqual({ kind: 'ERASURE', phone: '0912 345 678' });
    expect(await axeViolations()).toEqual([]);
  });

  it('pages the requests with "Xem thêm", and shows what each person found agreed to', async () => {
    const user = userEvent.setup();
    const second = { ...REQUEST, id: 8, subject: '0987000111', kind: 'ACCESS' as const };
    const person = { id: 77, fullName: 'Trần Thị Mai', title: null, phone: '0912345678', email: null, address: null, notes: null, ward: 'Phường Ba Đồn', account: null, namePublic: false, createdAt: '2026-11-01T02:00:00Z', participations: [] };
    const fetchMock = await open('/privacy', ['secretariat'], {
      'GET /api/v1/privacy/requests': (r) =>
        new URL(r.url).searchParams.get('after') === 'c2'
          ? jsonResponse({ items: [second], nextCursor: null, totalItems: 2 })
          : jsonResponse({ items: [REQUEST], nextCursor: 'c2', totalItems: 2 }),
      'GET /api/v1/privacy/subjects': () => jsonResponse({ ...HELD, people: [person] }),
      'GET /api/v1/people/77/consents': () =>
        jsonResponse([{ purpose: 'CONTACT_ME', given: true, active: true, noticeVersion: 1, channel: 'PHONE', recordedAt: '2026-11-01T02:00:00Z', withdrawnAt: null, withdrawalChannel: null }]),
      'POST /api/v1/people/77/consents/CONTACT_ME/withdrawal': () =>
        jsonResponse([{ purpose: 'CONTACT_ME', given: true, active: false, noticeVersion: 1, channel: 'PHONE', recordedAt: '2026-11-01T02:00:00Z', withdrawnAt: '2026-12-02T02:00:00Z', withdrawalChannel: 'IN_PERSON' }]),
    });
    const requests = await screen.findByRole('region', { name: 'Các yêu cầu' });
    expect(await within(requests).findByText('0912345678')).toBeInTheDocument();
    await user.click(within(requests).getByRole('button', { name: 'Xem thêm' }));
    expect(await within(requests).findByText('0987000111')).toBeInTheDocument();
    const pages = fetchMock.requests.filter((r) => r.url.includes('/api/v1/privacy/requests')).map((r) => new URL(r.url).searchParams.get('after'));
    expect(pages).toEqual([null, 'c2']);
    expect(within(requests).queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();

    const find = screen.getByRole('region', { name: 'Tìm dữ liệu của một người' });
    await user.type(within(find).getByRole('textbox', { name: 'Số điện thoại' }), '0912345678');
    await user.click(within(find).getByRole('button', { name: 'Tìm' }));
    const consents = await within(find).findByRole('region', { name: 'Sự đồng ý của người này' });
    await user.selectOptions(within(consents).getByRole('combobox', { name: 'Người đó yêu cầu rút lại bằng cách nào' }), 'IN_PERSON');
    await user.click(await within(consents).findByRole('button', { name: 'Rút lại: Liên hệ về việc này' }));
    expect(await within(consents).findByText('Đã rút lại sự đồng ý “Liên hệ về việc này”.')).toBeInTheDocument();
    const withdrawal = fetchMock.requests.find((r) => r.url.endsWith('/withdrawal'))!;
    expect(await withdrawal.json()).toEqual({ channel: 'IN_PERSON' });
    expect(await axeViolations()).toEqual([]);
  });

  it('a citizen sees their own data and erases it after confirming', async () => {
    let erased = false;
    const fetchMock = await open('/me/personal-data', ['citizen'], {
      'GET /api/v1/me/personal-data': () => jsonResponse(erased ? { people: [], feedback: [], registrations: [] } : HELD),
      'POST /api/v1/me/personal-data/erasure': () => {
        erased = true;
        return jsonResponse({ ...REQUEST, channel: 'SELF', status: 'DONE' });
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Dữ liệu của tôi' });
    expect(await screen.findByText('mai@example.vn')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xóa dữ liệu của tôi' }));
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận xóa' }));
    expect(await screen.findByText('Dữ liệu cá nhân của bạn đã được xóa.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Không có dữ liệu nào về người này.')).toBeInTheDocument());
    const post = fetchMock.requests.find((r) => r.method === 'POST');
    expect(await post?.json()).toEqual({ confirm: true });
  });

  it('shows what expires next month, dialogue by dialogue', async () => {
    const report: ExpiringPersonalData = {
      month: '2027-01',
      contactDataPeriod: 'P2Y',
      attachmentsPeriod: 'P5Y',
      rows: [{ kind: 'CONTACT_DATA', planId: 61, planTitle: 'Đối thoại năm 2024', closedOn: '2025-01-10', expiresOn: '2027-01-10', records: 14 }],
    };
    await open('/privacy/expiring', ['admin'], { 'GET /api/v1/privacy/retention/expiring': () => jsonResponse(report) });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Đối thoại năm 2024')).toBeInTheDocument();
    expect(within(table).getByText('Thông tin liên hệ')).toBeInTheDocument();
    expect(within(table).getByText('14')).toBeInTheDocument();
  });
});
