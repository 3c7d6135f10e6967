import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createUserManager } from '../../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../../test/utils';

const started = {
  id: 7,
  channel: 'SMS',
  maskedContact: '09•••••678',
  confirmedFor: 'ACCOUNT',
  expiresAt: '2026-05-04T09:15:00+07:00',
  verified: false,
  attemptsLeft: 5,
};

describe('confirming a contact', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it("lets a citizen confirm their phone from their account, a wrong code shown beside the field", async () => {
    const user = userEvent.setup();
    const codes: string[] = [];
    const { requests } = mockFetch({
      'GET /api/v1/me': () =>
        jsonResponse({ username: 'congdan', name: 'Lê Thị Hoa', roles: ['citizen'], orgUnit: null, ward: null, body: null, overseenBodies: 0 }),
      'POST /api/v1/public/contact-verifications': () => jsonResponse(started, { status: 201 }),
      'POST /api/v1/public/contact-verifications/7/confirmation': async (request) => {
        const { code } = (await request.json()) as { code: string };
        codes.push(code);
        return code === '482913'
          ? jsonResponse({ ...started, verified: true, attemptsLeft: 4 })
          : problemResponse(400, {
              title: 'Dữ liệu không hợp lệ',
              errors: [{ field: 'code', message: 'Mã xác nhận không đúng; còn 4 lần thử.' }],
            });
      },
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    renderApp('/me', userManager);
    await act(() => signIn(userManager, makeUser({ roles: ['citizen'] })));
    await user.type(await screen.findByLabelText('Số điện thoại hoặc địa chỉ thư'), '0912 345 678');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));
    expect(await screen.findByText('Đã gửi mã đến số 09•••••678. Mã dùng được trong 15 phút.')).toBeInTheDocument();
    const sent = requests.find((r) => r.url.endsWith('/contact-verifications'));
    expect(await sent?.clone().json()).toEqual({ channel: 'SMS', contact: '0912 345 678' });

    await user.type(screen.getByLabelText(/Mã xác nhận/), '111111');
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect((await screen.findAllByText('Mã xác nhận không đúng; còn 4 lần thử.')).length).toBeGreaterThan(0);
    await user.clear(screen.getByLabelText(/Mã xác nhận/));
    await user.type(screen.getByLabelText(/Mã xác nhận/), '482913');
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByText('Đã xác nhận số điện thoại 09•••••678.')).toBeInTheDocument();
    // Asked from their own page, naming no item: it is their account's, and says what it counts for.
    expect(screen.getByText('Xác nhận này dùng cho các ý kiến Ông/Bà gửi khi đã đăng nhập bằng tài khoản này.')).toBeInTheDocument();
    expect(codes).toEqual(['111111', '482913']);
    expect(await axeViolations()).toEqual([]);
  });

  it('confirms an address in one step from the mailed link, its secret read after the #', async () => {
    window.location.hash = '#ma=bi-mat-trong-thu';
    const { requests } = mockFetch({
      'POST /api/v1/public/contact-verifications/9/confirmation': () =>
        jsonResponse({ ...started, id: 9, channel: 'EMAIL', maskedContact: 'h•••@gmail.com', confirmedFor: 'FEEDBACK_ITEM', verified: true }),
    });
    renderApp('/xac-nhan-lien-he/9');
    expect(await screen.findByText('Đã xác nhận địa chỉ thư h•••@gmail.com.')).toBeInTheDocument();
    expect(screen.getByText(/Xác nhận này chỉ dùng cho ý kiến này/)).toBeInTheDocument();
    expect(await requests[0].clone().json()).toEqual({ code: 'bi-mat-trong-thu' });
  });
});
