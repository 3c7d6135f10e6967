import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';

async function showMe(me: Record<string, unknown>) {
  mockFetch({ 'GET /api/v1/me': () => jsonResponse(me) });
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  renderApp('/me', userManager);
  await act(() => signIn(userManager, makeUser({ roles: ['secretariat'] })));
  await screen.findByText('Tên đăng nhập');
}

const baDon = { code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn', kind: 'PARTY_COMMITTEE' };

describe('my account', () => {
  it('names the body the staff roles are held in, and no oversight for a ward office', async () => {
    await showMe({ username: 'vanphong', name: 'Nguyễn Văn A', roles: ['secretariat'], orgUnit: null, ward: null, body: baDon, overseenBodies: 0 });
    // The body's name as people say it, not its technical code.
    expect(screen.getByText('Đảng ủy phường Ba Đồn', { exact: true })).toBeInTheDocument();
    expect(screen.queryByText(/dang-uy-phuong-ba-don/)).not.toBeInTheDocument();
    expect(screen.queryByText('Giám sát')).not.toBeInTheDocument();
  });

  it("says how many bodies the province's office reads without changing", async () => {
    const province = { code: 'tinh-uy-quang-tri', name: 'Tỉnh ủy Quảng Trị', kind: 'PARTY_COMMITTEE' };
    await showMe({ username: 'vptinh', name: null, roles: ['secretariat'], orgUnit: null, ward: null, body: province, overseenBodies: 8 });
    expect(screen.getByText('Giám sát')).toBeInTheDocument();
    expect(screen.getByText('Xem (không sửa) 8 cơ quan cấp dưới')).toBeInTheDocument();
  });
});
