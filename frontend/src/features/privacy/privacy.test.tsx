import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { createUserManager } from '../auth/userManager';
import { feedbackItem, tracking } from '../feedback/fixtures';
import { LOCALITIES } from '../participants/fixtures';
import { SEED_PLAN } from '../plans/fixtures';
import { consentInput, consentProblem, NO_CONSENT, toggle } from './consent';
import { PRIVACY_NOTICE } from './fixtures';

const HANDLE = /^Đồng ý để cơ quan tiếp nhận và xử lý/;

describe('a consent choice', () => {
  it('needs handling the matter, and from staff the way it was given', () => {
    const both = toggle(toggle(NO_CONSENT, 'CONTACT_ME', true), 'HANDLE_MATTER', true);
    expect(consentProblem(toggle(NO_CONSENT, 'CONTACT_ME', true), false)).toBe('handleRequired');
    expect(consentProblem(both, false)).toBeNull();
    expect(consentProblem(both, true)).toBe('channelRequired');
    expect(consentProblem({ ...both, channel: 'PHONE' }, true)).toBeNull();
    expect(toggle(both, 'CONTACT_ME', false).purposes).toEqual(['HANDLE_MATTER']);
    // The person themselves never names a channel: the server records ONLINE.
    expect(consentInput({ ...both, channel: 'PHONE' }, 1, false)).toEqual({ noticeVersion: 1, purposes: ['CONTACT_ME', 'HANDLE_MATTER'], channel: null });
    expect(consentInput({ ...both, channel: 'PHONE' }, 2, true)).toEqual({ noticeVersion: 2, purposes: ['CONTACT_ME', 'HANDLE_MATTER'], channel: 'PHONE' });
  });
});

describe('the notice on a form entered on someone’s behalf', () => {
  it('shows who processes the data and why, asks how the person consented, and sends the notice’s version', async () => {
    const user = userEvent.setup();
    const PLAN = { ...SEED_PLAN, id: 5, status: 'PUBLISHED' };
    const fetchMock = mockFetch({
      'GET /api/v1/me': () =>
        jsonResponse({ username: 'phuongbadon', displayName: 'Hoàng Thị Lan', roles: ['ward'], orgUnit: null, ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' }, body: { code: 'ba-don', name: 'Thị xã Ba Đồn' } }),
      'GET /api/v1/public/plans/5': () => jsonResponse(PLAN),
      'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
      'GET /api/v1/privacy/notice': () => jsonResponse({ ...PRIVACY_NOTICE, version: 3 }),
      'POST /api/v1/plans/5/feedback': () =>
        jsonResponse({ id: 101, trackingCode: 'DT-2026-W1', planId: 5, planTitle: PLAN.title, title: 'Cống tắc', status: 'RECEIVED', receivedAt: '2026-11-20T03:00:00Z', version: 0 }, { status: 201 }),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['ward'], username: 'phuongbadon' }));
    renderApp('/plans/5/feedback/ward', userManager);
    const notice = await screen.findByRole('group', { name: 'Thông báo về xử lý dữ liệu cá nhân' });
    expect(await within(notice).findByText(/bên kiểm soát dữ liệu/)).toBeInTheDocument();
    expect(within(notice).getByText(/2 năm sau khi vụ việc kết thúc/)).toBeInTheDocument();
    expect(within(notice).getByText(/rút lại từng sự đồng ý/)).toBeInTheDocument();
    // A feedback item never shows its sender's name publicly: that purpose is not asked here.
    expect(within(notice).queryByRole('checkbox', { name: /công khai họ tên/ })).toBeNull();

    await user.type(screen.getByLabelText(/Tiêu đề/), 'Cống tắc');
    await user.type(screen.getByLabelText(/Nội dung/), 'Cống tổ 2 tắc sau mưa.');
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Ngô Thị Hằng');
    await user.click(within(notice).getByRole('checkbox', { name: HANDLE }));
    await user.click(screen.getByRole('button', { name: 'Lưu và nhập tiếp' }));
    const channel = screen.getByRole('combobox', { name: /Người đó đồng ý bằng cách nào/ });
    expect(channel).toHaveAccessibleDescription('Hãy chọn cách người đó đồng ý.');
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);

    await user.selectOptions(channel, 'PAPER_FORM');
    await user.click(screen.getByRole('button', { name: 'Lưu và nhập tiếp' }));
    expect(await screen.findByText('DT-2026-W1')).toBeInTheDocument();
    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect((await post.json()).consent).toEqual({ noticeVersion: 3, purposes: ['HANDLE_MATTER'], channel: 'PAPER_FORM' });
    // The next person decides for themselves.
    expect(within(notice).getByRole('checkbox', { name: HANDLE })).not.toBeChecked();
  }, 40_000);
});

describe('withdrawing with the tracking code', () => {
  it('lists what the sender agreed to and takes contact back', async () => {
    const user = userEvent.setup();
    const given = { given: true, noticeVersion: 1, channel: 'ONLINE', recordedAt: '2026-11-20T10:00:00+07:00', withdrawnAt: null, withdrawalChannel: null };
    let withdrawn = false;
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/track/DT-2026-7K3Q9': () => jsonResponse(tracking()),
      'GET /api/v1/feedback/track/DT-2026-7K3Q9/consents': () =>
        jsonResponse([
          { ...given, purpose: 'HANDLE_MATTER', active: true },
          { ...given, purpose: 'CONTACT_ME', active: !withdrawn },
        ]),
      'POST /api/v1/feedback/track/DT-2026-7K3Q9/consents/CONTACT_ME/withdrawal': () => {
        if (withdrawn) return problemResponse(409, { title: 'Xung đột', detail: 'Mục đích CONTACT_ME hiện không có sự đồng ý để rút lại.' });
        withdrawn = true;
        return jsonResponse([
          { ...given, purpose: 'HANDLE_MATTER', active: true },
          { ...given, purpose: 'CONTACT_ME', active: false, withdrawnAt: '2026-11-21T10:00:00+07:00', withdrawalChannel: 'ONLINE' },
        ]);
      },
    });
    renderApp('/tra-cuu/DT-2026-7K3Q9', createUserManager(testConfig, 'http://localhost:5173'));
    const region = await screen.findByRole('region', { name: 'Sự đồng ý của Ông/Bà' });
    // Handling the matter is what the item is: it is not withdrawn from here.
    expect(within(region).queryByRole('button', { name: /Xử lý ý kiến/ })).toBeNull();
    await user.click(await within(region).findByRole('button', { name: 'Rút lại: Liên hệ về việc này' }));
    expect(await within(region).findByText('Đã rút lại sự đồng ý “Liên hệ về việc này”.')).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /Rút lại/ })).toBeNull();
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe("withdrawing on the sender's request", () => {
  it('the ward officer says how the sender asked, and the purpose stops', async () => {
    const user = userEvent.setup();
    const given = { given: true, noticeVersion: 1, channel: 'IN_PERSON', recordedAt: '2026-11-20T10:00:00+07:00', withdrawnAt: null, withdrawalChannel: null };
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem()),
      'GET /api/v1/feedback/42/consents': () => jsonResponse([{ ...given, purpose: 'HANDLE_MATTER', active: true }, { ...given, purpose: 'CONTACT_ME', active: true }]),
      'POST /api/v1/feedback/42/consents/CONTACT_ME/withdrawal': () =>
        jsonResponse([
          { ...given, purpose: 'HANDLE_MATTER', active: true },
          { ...given, purpose: 'CONTACT_ME', active: false, withdrawnAt: '2026-11-21T10:00:00+07:00', withdrawalChannel: 'PHONE' },
        ]),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['ward'], username: 'phuongbadon' }));
    renderApp('/feedback/42', userManager);
    const region = await screen.findByRole('region', { name: 'Sự đồng ý của người gửi' });
    const withdraw = await within(region).findByRole('button', { name: 'Rút lại: Liên hệ về việc này' });
    await user.click(withdraw);
    const asked = within(region).getByRole('combobox', { name: 'Người đó yêu cầu rút lại bằng cách nào' });
    expect(asked).toHaveAccessibleDescription('Hãy chọn cách người đó yêu cầu rút lại.');
    expect(fetchMock.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await user.selectOptions(asked, 'PHONE');
    await user.click(withdraw);
    expect(await within(region).findByText('Đã rút lại sự đồng ý “Liên hệ về việc này”.')).toBeInTheDocument();
    expect(await fetchMock.requests.find((r) => r.method === 'POST')!.json()).toEqual({ channel: 'PHONE' });
  }, 30_000);
});
