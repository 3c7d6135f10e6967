import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createUserManager } from './userManager';
import { renderApp, testConfig } from '../../test/utils';

describe('the OIDC client is loaded on first use', () => {
  it('is not fetched for an anonymous visit, and is when the visitor logs in', async () => {
    const manager = createUserManager(testConfig, 'http://localhost:5173');
    const redirect = vi.spyOn(manager, 'signinRedirect').mockResolvedValue(undefined);
    const loader = vi.fn(() => Promise.resolve(manager));
    renderApp('/', loader);
    await screen.findByRole('heading', { level: 1 });
    expect(loader).not.toHaveBeenCalled();

    await userEvent.click(screen.getAllByRole('button', { name: 'Đăng nhập' })[0]);
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
