/**
 * What a user is typing, kept on this device (localStorage) until the server has it: a reload, a dropped connection
 * or a session that ended (the login goes to Keycloak and back to the same page) loses nothing, and the form offers
 * it again. Each form names its draft and reads it back through its own check, so a stale or corrupt copy starts over.
 */
export function loadDraft<T>(key: string, read: (stored: unknown) => T | null, storage: Storage = window.localStorage): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? read(JSON.parse(raw)) : null;
  } catch {
    return null; // storage unavailable or corrupt: start over
  }
}

export function saveDraft(key: string, value: unknown, storage: Storage = window.localStorage) {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or full storage: the form still works, only without the safety net */
  }
}

export function clearDraft(key: string, storage: Storage = window.localStorage) {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing to do */
  }
}

/** The string fields of `empty` read from a stored object: anything else becomes the empty value. */
export function stringFields<T extends Record<string, string>>(empty: T, stored: unknown): T {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(Object.keys(empty).map((k) => [k, typeof source[k] === 'string' ? source[k] : empty[k]])) as T;
}
