import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { User, type UserManager } from 'oidc-client-ts';
import { vi } from 'vitest';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import type { AppConfig } from '../lib/config';
import { createUserManager } from '../features/auth/userManager';
import type { UserManagerSource } from '../features/auth/AuthProvider';
import { PRIVACY_NOTICE } from '../features/privacy/fixtures';

export const testConfig: AppConfig = {
  apiBase: 'http://api.test',
  oidcAuthority: 'http://kc.test/realms/doithoai',
  oidcClientId: 'doithoai-web',
};

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned JWT with the given claims: the SPA only reads tokens, the server verifies them. */
export function fakeJwt(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.sig`;
}

export function makeUser({
  roles,
  name = 'Nguyễn Văn A',
  username = 'vanphong',
  expiresIn = 300,
  body,
}: {
  roles: string[];
  /** Claim `body`: the body a staff user acts within (none: the installation's administrator, or a citizen). */
  body?: string;
  name?: string;
  username?: string;
  expiresIn?: number;
}): User {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: testConfig.oidcAuthority, sub: `sub-${username}`, aud: testConfig.oidcClientId, iat: now, exp: now + expiresIn };
  return new User({
    access_token: fakeJwt({ ...claims, preferred_username: username, realm_access: { roles }, ...(body ? { body } : {}) }),
    id_token: fakeJwt({ ...claims, name, preferred_username: username }),
    refresh_token: 'refresh-token',
    token_type: 'Bearer',
    scope: 'openid profile',
    profile: { ...claims, name, preferred_username: username },
    expires_at: now + expiresIn,
  });
}

/** Makes the UserManager hold `user`, as after a successful login. */
export async function signIn(userManager: UserManager, user: User) {
  await userManager.storeUser(user);
  await userManager.events.load(user);
}

export function renderApp(
  path = '/',
  userManager: UserManagerSource = createUserManager(testConfig, 'http://localhost:5173'),
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders config={testConfig} userManager={userManager}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, userManager };
}

export function jsonResponse(body: unknown, init: ResponseInit & { contentType?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': init.contentType ?? 'application/json', ...(init.headers ?? {}) },
  });
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return jsonResponse({ status, ...problem }, { status, contentType: 'application/problem+json' });
}

type Handler = (request: Request) => Response | Promise<Response>;

/** Stubs global fetch; records each request. Unmatched requests fail like a network error. */
export function mockFetch(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    // Every form taking personal data shows the privacy notice; a test names its own only when it matters.
    const handler = handlers[key] ?? (key === 'GET /api/v1/privacy/notice' ? () => jsonResponse(PRIVACY_NOTICE) : undefined);
    if (!handler) throw new TypeError(`fetch failed (no mock for ${key})`);
    return handler(request);
  });
  vi.stubGlobal('fetch', spy);
  return { spy, requests };
}

/**
 * The page's accessibility violations as axe finds them in the DOM (the end-to-end tests run axe in a real browser;
 * contrast needs one, so it is left to them). An empty list is what a screen must give.
 */
export async function axeViolations(): Promise<string[]> {
  const { default: axe } = await import('axe-core');
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
