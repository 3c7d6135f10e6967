import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createUserManager } from './userManager';
import { fakeJwt, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const EXPIRED = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';

describe('session end', () => {
  it('says the session ended when the token is about to expire and the refresh fails', async () => {
    // Keycloak unreachable: the refresh-token renewal cannot succeed.
    const fetchMock = mockFetch({});
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    renderApp('/', userManager);
    await screen.findByRole('heading', { level: 1 });
    await act(() => signIn(userManager, makeUser({ roles: ['secretariat'], expiresIn: 20 })));
    expect(screen.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' })).toBeInTheDocument();
    expect(screen.queryByText(EXPIRED)).not.toBeInTheDocument();

    // oidc-client-ts raises "expiring" ~1 s later, tries the refresh token, fails.
    expect(await screen.findByText(EXPIRED, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.url.startsWith('http://kc.test/realms/doithoai'))).toBe(true);
    expect(screen.queryByRole('navigation', { name: 'Điều hướng nghiệp vụ' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Đăng nhập' }).length).toBeGreaterThan(0);
    expect(await userManager.getUser()).toBeNull();
  });

  it('renews the access token with the refresh token before it expires, keeping the session', async () => {
    const kc = testConfig.oidcAuthority;
    const now = Math.floor(Date.now() / 1000);
    const fetchMock = mockFetch({
      'GET /realms/doithoai/.well-known/openid-configuration': () =>
        jsonResponse({ issuer: kc, token_endpoint: `${kc}/protocol/openid-connect/token`, authorization_endpoint: `${kc}/auth` }),
      'POST /realms/doithoai/protocol/openid-connect/token': () =>
        jsonResponse({
          access_token: fakeJwt({ sub: 'sub-vanphong', exp: now + 300, realm_access: { roles: ['secretariat'] } }),
          refresh_token: 'refresh-token-2',
          token_type: 'Bearer',
          expires_in: 300,
        }),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    renderApp('/', userManager);
    await screen.findByRole('heading', { level: 1 });
    const first = makeUser({ roles: ['secretariat'], expiresIn: 20 });
    await act(() => signIn(userManager, first));

    await waitFor(async () => expect((await userManager.getUser())?.refresh_token).toBe('refresh-token-2'), { timeout: 8000 });
    const tokenRequest = fetchMock.requests.find((r) => r.url.endsWith('/token'))!;
    const form = new URLSearchParams(await tokenRequest.text());
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('refresh_token')).toBe('refresh-token');
    expect(screen.queryByText(EXPIRED)).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' })).toBeInTheDocument();
  });

  it('says the session ended when the API answers 401', async () => {
    mockFetch({ 'GET /api/v1/me': () => problemResponse(401, { title: 'Unauthorized' }) });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['citizen'] }));
    renderApp('/me', userManager);
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent(EXPIRED);
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Cần đăng nhập' })).toBeInTheDocument();
  });
});
