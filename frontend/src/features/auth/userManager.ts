import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../../lib/config';
import { STATE_PREFIX } from './sessionHint';


/**
 * OIDC authorization code flow with PKCE (S256, oidc-client-ts's default) against Keycloak.
 *
 * Tokens are kept IN MEMORY only (userStore = InMemoryWebStorage): no token ever reaches
 * localStorage or sessionStorage, so an XSS cannot lift a stored token. Only the short-lived
 * login transaction (state + PKCE code verifier) goes to sessionStorage, because it must
 * survive the redirect to Keycloak and back.
 *
 * A reload, a new tab or a tab the phone discarded starts with nobody in memory, so the app signs in again
 * silently through Keycloak's SSO session: an authorization request with prompt=none in a hidden iframe that
 * lands on /auth/silent.html (a static page that only hands the answer to the app). Keycloak answers at once,
 * with a code when its session is alive or login_required when it is not; the user clicks nothing and
 * no token is ever written to storage. The app tries this only when this browser had a session (see
 * sessionHint.ts), so an anonymous citizen never waits for Keycloak nor downloads this client.
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
    silent_redirect_uri: `${origin}/auth/silent.html`,
    // Keycloak answers a live SSO session in a few hundred ms; a slow network should not hold the page longer.
    silentRequestTimeoutInSeconds: 8,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STATE_PREFIX }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 30,
    monitorSession: false,
    loadUserInfo: false,
    filterProtocolClaims: true,
  });
}
