import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorResponse } from 'oidc-client-ts';
import { createUserManager } from './userManager';
import { hadSession, isOwnLoginAnswer, meansNoSession, rememberSession, STATE_PREFIX } from './sessionHint';
import { makeUser, mockFetch, jsonResponse, renderApp, signIn, testConfig } from '../../test/utils';

const STAFF_NAV = 'Điều hướng nghiệp vụ';

function managerWithSilent(result: () => Promise<unknown>) {
  const manager = createUserManager(testConfig, 'http://localhost:5173');
  const silent = vi.spyOn(manager, 'signinSilent').mockImplementation(result as never);
  return { manager, silent };
}

/** Everything the browser keeps across a reload: no token may be in it. */
function persisted(): string {
  const all: string[] = [];
  for (const s of [window.localStorage, window.sessionStorage]) {
    for (let i = 0; i < s.length; i++) all.push(`${s.key(i)}=${s.getItem(s.key(i)!)}`);
  }
  return all.join('\n');
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a fresh page of someone who had a session signs in again without a click', () => {
  it('restores the session through the SSO session, showing a moment of loading rather than a login prompt', async () => {
    mockFetch({ 'GET /api/v1/me': () => jsonResponse({ username: 'vanphong', roles: ['secretariat'], displayName: 'Nguyễn Văn A' }) });
    rememberSession();
    const user = makeUser({ roles: ['secretariat'] });
    let answer!: (u: unknown) => void;
    const { manager, silent } = managerWithSilent(() => new Promise((resolve) => (answer = resolve)));
    renderApp('/me', manager);

    await waitFor(() => expect(silent).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('heading', { name: 'Cần đăng nhập' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).not.toBeInTheDocument();

    await act(async () => answer(user));
    expect(await screen.findByRole('navigation', { name: STAFF_NAV })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
    expect(persisted()).not.toContain(user.access_token);
    expect(persisted()).not.toContain('refresh-token');
    expect(hadSession()).toBe(true);
  });

  it('forgets the session when Keycloak says there is none, and offers the login', async () => {
    rememberSession();
    const { manager, silent } = managerWithSilent(() => Promise.reject(new ErrorResponse({ error: 'login_required' })));
    renderApp('/me', manager);
    expect(await screen.findByRole('heading', { name: 'Cần đăng nhập' })).toBeInTheDocument();
    expect(silent).toHaveBeenCalledTimes(1);
    expect(hadSession()).toBe(false);
  });

  it('keeps the hint when Keycloak could not be reached, so the next page tries again', async () => {
    rememberSession();
    const { manager } = managerWithSilent(() => Promise.reject(new Error('IFrame timed out without a response')));
    renderApp('/me', manager);
    expect(await screen.findByRole('heading', { name: 'Cần đăng nhập' })).toBeInTheDocument();
    expect(hadSession()).toBe(true);
  });

  it('does not load the OIDC client for someone who never signed in here', async () => {
    const loader = vi.fn(() => Promise.resolve(createUserManager(testConfig, 'http://localhost:5173')));
    renderApp('/me', loader);
    expect(await screen.findByRole('heading', { name: 'Cần đăng nhập' })).toBeInTheDocument();
    expect(loader).not.toHaveBeenCalled();
  });

  it('asks Keycloak silently, in an iframe that lands on the static answer page', () => {
    const manager = createUserManager(testConfig, 'http://localhost:5173');
    expect(manager.settings.silent_redirect_uri).toBe('http://localhost:5173/auth/silent.html');
  });

  it('logging out forgets that there was a session', async () => {
    const { manager } = managerWithSilent(() => Promise.reject(new Error('unused')));
    vi.spyOn(manager, 'signoutRedirect').mockResolvedValue(undefined);
    renderApp('/', manager);
    await screen.findByRole('heading', { level: 1 });
    await act(() => signIn(manager, makeUser({ roles: ['citizen'] })));
    expect(hadSession()).toBe(true);
    await act(async () => screen.getByRole('button', { name: 'Đăng xuất' }).click());
    expect(hadSession()).toBe(false);
  });
});

describe('Back or Forward onto an old callback', () => {
  it('goes home quietly, signed in again, instead of saying "No matching state"', async () => {
    rememberSession();
    window.history.replaceState(null, '', '/auth/callback?state=used-already&code=old&session_state=x');
    const user = makeUser({ roles: ['secretariat'] });
    const { manager, silent } = managerWithSilent(() => Promise.resolve(user));
    const callback = vi.spyOn(manager, 'signinRedirectCallback');
    const { router } = renderApp('/auth/callback?state=used-already&code=old', manager);

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(callback).not.toHaveBeenCalled();
    expect(silent).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: STAFF_NAV })).toBeInTheDocument();
    // The callback is replaced, not stacked: Back does not land on it again.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('a callback without any state goes home too, anonymous when there was no session', async () => {
    window.history.replaceState(null, '', '/auth/callback');
    const { manager, silent } = managerWithSilent(() => Promise.reject(new Error('unused')));
    const { router } = renderApp('/auth/callback', manager);
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(silent).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells its own login answer from an old one by the state waiting in this tab', () => {
    const storage = new Map<string, string>([[`${STATE_PREFIX}fresh`, '{}']]);
    const get = { getItem: (k: string) => storage.get(k) ?? null };
    expect(isOwnLoginAnswer('?state=fresh&code=c', get)).toBe(true);
    expect(isOwnLoginAnswer('?state=used&code=c', get)).toBe(false);
    expect(isOwnLoginAnswer('', get)).toBe(false);
  });

  it('reads Keycloak\'s "no session" answers', () => {
    expect(meansNoSession(new ErrorResponse({ error: 'login_required' }))).toBe(true);
    expect(meansNoSession(new ErrorResponse({ error: 'interaction_required' }))).toBe(true);
    expect(meansNoSession(new Error('timeout'))).toBe(false);
  });
});
