import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../../lib/config';

/**
 * OIDC authorization code flow with PKCE (S256, oidc-client-ts's default) against Keycloak.
 *
 * Tokens are kept IN MEMORY only (userStore = InMemoryWebStorage): no token ever reaches
 * localStorage or sessionStorage, so an XSS cannot lift a stored token. Only the short-lived
 * login transaction (state + PKCE code verifier) goes to sessionStorage, because it must
 * survive the redirect to Keycloak and back.
 *
 * Consequence, on purpose: reloading the page forgets the session. We do not try a silent
 * sign-in on load; the user clicks "Log in" again, and Keycloak's SSO cookie makes that a
 * single click without retyping the password.
 *
 * The access token is renewed before it expires with the refresh token (automaticSilentRenew);
 * when renewal fails the session has ended and the UI says so.
 */
export function createUserManager(config: AppConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'doithoai.oidc.' }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 30,
    monitorSession: false,
    loadUserInfo: false,
    filterProtocolClaims: true,
  });
}
