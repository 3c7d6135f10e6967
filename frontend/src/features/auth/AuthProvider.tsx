import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { bodyFromAccessToken, isStaff, rolesFromAccessToken } from './roles';

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
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Finishes the redirect at /auth/callback; resolves to the path to go back to. */
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
 * JavaScript) is fetched only when someone logs in or comes back from Keycloak. Tokens live in memory, so a
 * fresh page has nobody signed in and needs no client at all.
 */
export type UserManagerSource = UserManager | (() => Promise<UserManager>);

export function AuthProvider({ userManager: source, children }: { userManager: UserManagerSource; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
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
    await (await manager()).signoutRedirect({ id_token_hint: current.id_token });
  }, [manager]);

  const completeLogin = useCallback(() => {
    // React StrictMode runs effects twice; the authorization code can be used only once.
    callbackRef.current ??= manager()
      .then((m) => m.signinRedirectCallback())
      .then((u) => {
        applyUser(u);
        setSessionExpired(false);
        return safeReturnTo((u.state as LoginState | undefined)?.returnTo);
      });
    return callbackRef.current;
  }, [manager, applyUser]);

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
      login,
      logout,
      completeLogin,
      endSession,
      getAccessToken,
    };
  }, [user, sessionExpired, login, logout, completeLogin, endSession, getAccessToken]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
