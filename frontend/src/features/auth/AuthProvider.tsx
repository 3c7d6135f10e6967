import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { bodyFromAccessToken, isStaff, rolesFromAccessToken } from './roles';
import { forgetSession, hadSession, isOwnLoginAnswer, meansNoSession, rememberSession } from './sessionHint';

export interface AuthContextValue {
  user: User | null;
  isAuthenticated: boolean;
  /** Realm roles from the access token. */
  roles: string[];
  isStaff: boolean;
  /** The code of the body the staff user acts within; null for citizens and the installation's administrator. */
  body: string | null;
  displayName: string | null;
  /** True once a session ended by itself (refresh failed, token expired, API said 401). */
  sessionExpired: boolean;
  /** True while the app signs in again silently through the SSO session (after a reload, in a new tab). */
  restoring: boolean;
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
  /**
   * Finishes the redirect at /auth/callback; resolves to the path to go back to. An old callback reached by Back or
   * Forward (its state already used) is no failure: it resolves to the home page, signed in again silently if it can.
   */
  completeLogin: () => Promise<string>;
  /** The session is over (e.g. the API answered 401): forget the tokens, tell the user. */
  endSession: () => void;
  getAccessToken: () => string | null;
}

const AuthContext = createContext<AuthContextValue | null>(null);

interface LoginState {
  returnTo?: string;
}

function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/auth/')
    ? value
    : '/';
}

/**
 * The OIDC client, or a loader of it: the app passes a loader, so that oidc-client-ts (a fifth of the start-up
 * JavaScript) is fetched only when someone logs in, comes back from Keycloak, or had a session in this browser
 * (then a fresh page signs in again silently: tokens live in memory only, see userManager.ts).
 */
export type UserManagerSource = UserManager | (() => Promise<UserManager>);

export function AuthProvider({ userManager: source, children }: { userManager: UserManagerSource; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
  // A fresh page of someone who had a session: try the SSO session before showing "log in" (not on the callback,
  // which signs in by itself).
  const [restoring, setRestoring] = useState(() => hadSession() && !window.location.pathname.startsWith('/auth/'));
  const [userManager, setUserManager] = useState<UserManager | null>(typeof source === 'function' ? null : source);
  const userRef = useRef<User | null>(null);
  const callbackRef = useRef<Promise<string> | null>(null);
  const loadingRef = useRef<Promise<UserManager> | null>(null);

  const manager = useCallback((): Promise<UserManager> => {
    loadingRef.current ??= typeof source === 'function' ? source() : Promise.resolve(source);
    void loadingRef.current.then(setUserManager);
    return loadingRef.current;
  }, [source]);

  const applyUser = useCallback((next: User | null) => {
    userRef.current = next;
    setUser(next);
    if (next) rememberSession();
  }, []);

  const restoreRef = useRef<Promise<void> | null>(null);
  /** Silent sign-in (prompt=none in a hidden iframe); Keycloak's "no session" forgets that there was one. */
  const restore = useCallback((): Promise<void> => {
    if (userRef.current) return Promise.resolve();
    restoreRef.current ??= manager()
      .then((m) => m.signinSilent())
      .then(
        (u) => {
          if (u) applyUser(u);
        },
        (e: unknown) => {
          // Offline or Keycloak slow: keep the hint, the next page load tries again.
          if (meansNoSession(e)) forgetSession();
        },
      )
      .finally(() => {
        restoreRef.current = null;
        setRestoring(false);
      });
    return restoreRef.current;
  }, [manager, applyUser]);

  useEffect(() => {
    if (restoring) void restore();
    // A page brought back from the browser's back/forward cache keeps the state it had: signed out, maybe.
    const shown = (e: PageTransitionEvent) => {
      if (e.persisted && !userRef.current && hadSession()) {
        setRestoring(true);
        void restore();
      }
    };
    window.addEventListener('pageshow', shown);
    return () => window.removeEventListener('pageshow', shown);
    // On mount only: later sign-ins go through login() or the callback.
  }, []);

  const endSession = useCallback(() => {
    if (!userRef.current) return;
    applyUser(null);
    setSessionExpired(true);
    void manager().then((m) => m.removeUser());
  }, [applyUser, manager]);

  useEffect(() => {
    if (!userManager) return;
    const events = userManager.events;
    const onLoaded = (u: User) => {
      applyUser(u);
      setSessionExpired(false);
    };
    const onUnloaded = () => applyUser(null);
    events.addUserLoaded(onLoaded);
    events.addUserUnloaded(onUnloaded);
    events.addAccessTokenExpired(endSession);
    events.addSilentRenewError(endSession);
    // Tokens live in memory only: on a fresh page there is nobody (see userManager.ts).
    void userManager.getUser().then((u) => {
      if (u && !u.expired) applyUser(u);
    });
    return () => {
      events.removeUserLoaded(onLoaded);
      events.removeUserUnloaded(onUnloaded);
      events.removeAccessTokenExpired(endSession);
      events.removeSilentRenewError(endSession);
    };
  }, [userManager, applyUser, endSession]);

  const login = useCallback(
    async (returnTo?: string) => {
      const path = returnTo ?? window.location.pathname + window.location.search;
      await (await manager()).signinRedirect({ state: { returnTo: safeReturnTo(path) } satisfies LoginState });
    },
    [manager],
  );

  const logout = useCallback(async () => {
    const current = userRef.current;
    if (!current) return;
    // Ends the Keycloak session too, then Keycloak sends the browser back to "/".
    forgetSession();
    await (await manager()).signoutRedirect({ id_token_hint: current.id_token });
  }, [manager]);

  const completeLogin = useCallback(() => {
    // React StrictMode runs effects twice; the authorization code can be used only once.
    if (!isOwnLoginAnswer(window.location.search)) {
      callbackRef.current ??= (hadSession() ? restore() : Promise.resolve()).then(() => '/');
      return callbackRef.current;
    }
    callbackRef.current ??= manager()
      .then((m) => m.signinRedirectCallback())
      .then((u) => {
        applyUser(u);
        setSessionExpired(false);
        return safeReturnTo((u.state as LoginState | undefined)?.returnTo);
      });
    return callbackRef.current;
  }, [manager, applyUser, restore]);

  const getAccessToken = useCallback(() => userRef.current?.access_token ?? null, []);

  const value = useMemo<AuthContextValue>(() => {
    const roles = rolesFromAccessToken(user?.access_token);
    const profile = user?.profile;
    const displayName = profile ? (profile.name ?? profile.preferred_username ?? null) : null;
    return {
      user,
      isAuthenticated: user !== null,
      roles,
      isStaff: isStaff(roles),
      body: bodyFromAccessToken(user?.access_token),
      displayName,
      sessionExpired,
      restoring,
      login,
      logout,
      completeLogin,
      endSession,
      getAccessToken,
    };
  }, [user, sessionExpired, restoring, login, logout, completeLogin, endSession, getAccessToken]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
