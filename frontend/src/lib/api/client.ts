import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../../api/schema';
import { ApiError, toApiError } from './problem';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Config's apiBase: "" for same origin. */
  baseUrl: string;
  /** The current access token, or null when logged out. Tokens live in memory only. */
  getAccessToken: () => string | null;
  /** The UI language, sent as Accept-Language so problem messages come back localised. */
  getLanguage: () => string;
  /** Called when the server answers 401 to a call that carried a token: the session has ended. */
  onUnauthorized: () => void;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  // Look fetch up on each call (not once at creation) so tests can stub it.
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: (request: Request) => globalThis.fetch(request),
  });
  const sentToken = new WeakSet<Request>();
  const middleware: Middleware = {
    onRequest({ request }) {
      request.headers.set('Accept-Language', options.getLanguage());
      // File downloads say what they accept (PDF, CSV…); everything else takes JSON or a problem.
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json');
      const token = options.getAccessToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
        sentToken.add(request);
      }
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && sentToken.has(request)) options.onUnauthorized();
      return response;
    },
  };
  client.use(middleware);
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError
 * (kind "network" when the request never got an answer).
 */
export async function call<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await pending;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}
