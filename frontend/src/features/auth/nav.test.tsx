import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createUserManager } from './userManager';
import { makeUser, renderApp, signIn, testConfig } from '../../test/utils';
import { act } from 'react';

async function renderAs(roles: string[] | null) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  const rendered = renderApp('/', userManager);
  await screen.findByRole('heading', { level: 1 });
  if (roles) await act(() => signIn(userManager, makeUser({ roles })));
  return rendered;
}

describe('navigation by role', () => {
  it('anonymous: public items and a login button, no staff navigation', async () => {
    await renderAs(null);
    expect(screen.queryByRole('navigation', { name: 'Điều hướng nghiệp vụ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tài khoản của tôi' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Đăng nhập' }).length).toBeGreaterThan(0);
  });

  it('citizen: home and own account only, no staff navigation and no org units link', async () => {
    await renderAs(['citizen']);
    const main = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(main).getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
    expect(within(main).getByRole('link', { name: 'Tài khoản của tôi' })).toHaveAttribute('href', '/me');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng nghiệp vụ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Đơn vị' })).not.toBeInTheDocument();
    expect(document.querySelector('a[href="/org-units"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
  });

  it.each([['secretariat'], ['admin'], ['chair'], ['unit'], ['ward']])('staff (%s): staff navigation with org units', async (role) => {
    await renderAs([role, 'offline_access']);
    const staff = screen.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
    expect(within(staff).getByRole('link', { name: 'Đơn vị' })).toHaveAttribute('href', '/org-units');
  });

  it('phone menu button reports its state with aria-expanded', async () => {
    await renderAs(['secretariat']);
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', 'site-menu');
    await act(async () => toggle.click());
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('site-menu')).toHaveClass('menu--open');
  });
});

describe('the staff header', () => {
  it.each([['secretariat'], ['chair'], ['admin'], ['unit'], ['ward']])(
    '(%s) names one "Kế hoạch" at most, folds the rest under "Thêm", and keeps the public pages there',
    async (role) => {
      await renderAs([role]);
      const staff = screen.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
      expect(screen.queryAllByRole('link', { name: /^Kế hoạch$/ }).length).toBeLessThanOrEqual(1);
      expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
      const more = within(staff).getByText('Thêm').closest('details')!;
      expect(within(more).getByRole('link', { name: 'Kế hoạch đối thoại' })).toHaveAttribute('href', '/ke-hoach');
      expect(within(more).getByRole('link', { name: 'Tra cứu ý kiến' })).toHaveAttribute('href', '/tra-cuu');
      expect(screen.getByRole('link', { name: 'Tài khoản của tôi' })).toHaveAttribute('href', '/me');
    },
  );
});

describe('"Thêm" in the staff menu', () => {
  it('closes as soon as one of its pages is chosen', async () => {
    await renderAs(['secretariat']);
    const more = screen.getByText('Thêm').closest('details')!;
    more.open = true;
    await act(async () => within(more).getByRole('link', { name: 'Đơn vị' }).click());
    expect(more.open).toBe(false);
  });
});
