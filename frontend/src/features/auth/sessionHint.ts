/**
 * Whether this browser had a signed-in user: one flag in localStorage, never a token. A reload, a new tab or a tab
 * the phone discarded starts with nobody in memory; with the flag set the app signs in again silently through
 * Keycloak's SSO session, without it (an anonymous citizen) it does not even load the OIDC client.
 * The flag is set when a sign-in succeeds and cleared on logout or when Keycloak says its session is over.
 */
const KEY = 'doithoai.auth.signedIn';

export function hadSession(storage: Pick<Storage, 'getItem'> = window.localStorage): boolean {
  try {
    return storage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberSession(storage: Pick<Storage, 'setItem'> = window.localStorage) {
  try {
    storage.setItem(KEY, '1');
  } catch {
    /* private mode: a reload then asks for a login click, as before */
  }
}

export function forgetSession(storage: Pick<Storage, 'removeItem'> = window.localStorage) {
  try {
    storage.removeItem(KEY);
  } catch {
    /* nothing to forget */
  }
}

/** Keycloak's answers that mean "no SSO session here": the user must log in with a click. */
const NO_SESSION = ['login_required', 'interaction_required', 'consent_required', 'account_selection_required'];

export function meansNoSession(e: unknown): boolean {
  const error = typeof e === 'object' && e !== null ? (e as { error?: unknown }).error : undefined;
  return typeof error === 'string' && NO_SESSION.includes(error);
}

/** Where the login transaction (state + PKCE verifier) waits in sessionStorage for Keycloak's answer. */
export const STATE_PREFIX = 'doithoai.oidc.';

/**
 * Whether this tab started the login whose answer is at /auth/callback: Back or Forward onto an old callback
 * brings a state already used (or another tab's), which must not be treated as a failed login.
 */
export function isOwnLoginAnswer(search: string, storage: Pick<Storage, 'getItem'> = window.sessionStorage): boolean {
  const state = new URLSearchParams(search).get('state');
  return state !== null && storage.getItem(STATE_PREFIX + state) !== null;
}
