import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';

const ENTRY = {
  id: 7,
  at: '2026-03-02T09:15:00+07:00',
  actor: 'vanphong',
  what: 'EXPORT',
  operation: 'GET /api/v1/plans/{planId}/participants/export.csv',
  clientAddress: '203.0.113.7',
  userAgent: 'Firefox',
  records: 12,
  bodies: ['dang-uy-phuong-ba-don'],
  plans: [61],
};

describe('the read log page', () => {
  it('lists who read personal data and searches by plan and kind', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/read-log': () => jsonResponse({ items: [ENTRY], nextCursor: null, totalItems: 1 }),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['secretariat'] }));
    renderApp('/read-log', userManager);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhật ký truy cập dữ liệu cá nhân' })).toBeInTheDocument();
    expect(await screen.findByText('Xuất tệp (12)')).toBeInTheDocument();
    expect(screen.getByText('vanphong')).toBeInTheDocument();
    expect(screen.getByText('61')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Mã kế hoạch'), '61');
    await userEvent.selectOptions(screen.getByLabelText('Loại truy cập'), 'EXPORT');
    await userEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await screen.findByText('Xuất tệp (12)');
    const last = new URL(requests[requests.length - 1].url);
    expect(last.searchParams.get('plan')).toBe('61');
    expect(last.searchParams.get('what')).toBe('EXPORT');
    expect(await axeViolations()).toEqual([]);
  });

  it('searches the days from and to, both sent as dates', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/read-log': () => jsonResponse({ items: [ENTRY], nextCursor: null, totalItems: 1 }),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['secretariat'] }));
    renderApp('/read-log', userManager);
    await screen.findByText('Xuất tệp (12)');
    await userEvent.type(screen.getByLabelText('Từ ngày'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('Đến ngày'), '2026-03-02');
    await userEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    await screen.findByText('Xuất tệp (12)');
    const last = new URL(requests[requests.length - 1].url);
    expect(last.searchParams.get('from')).toBe('2026-03-01');
    expect(last.searchParams.get('to')).toBe('2026-03-02');
    expect(await axeViolations()).toEqual([]);
  });
});
