import type { ApiClient } from './client';
import { ApiError, toApiError } from './problem';

/** "attachment; filename*=UTF-8''gi%E1%BA%A5y-m%E1%BB%9Di.pdf" → "giấy-mời.pdf"; null without a name. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1].trim() : null;
}

function isBlob(data: unknown): data is Blob {
  return typeof data === 'object' && data !== null && typeof (data as Blob).arrayBuffer === 'function' && typeof (data as Blob).size === 'number';
}

/** Hands a Blob to the browser as a file download. */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads an API file with the caller's token (a plain link would go without it) and saves it,
 * named as the server says (Content-Disposition) or `fallbackName`. Throws ApiError on failure.
 */
export async function downloadFile(
  api: ApiClient,
  path: string,
  fallbackName: string,
  params: { path?: Record<string, string | number>; query?: Record<string, string | number | undefined> } = {},
  accept = '*/*',
): Promise<void> {
  const { blob, response } = await fetchFile(api, path, params, accept);
  saveBlob(blob, fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName);
}

/**
 * An API file with the caller's token, as a Blob with its response (for its headers): what downloads save and what
 * the viewer shows. Throws ApiError on failure.
 */
export async function fetchFile(
  api: ApiClient,
  path: string,
  params: { path?: Record<string, string | number>; query?: Record<string, string | number | undefined> } = {},
  accept = '*/*',
  signal?: AbortSignal,
): Promise<{ blob: Blob; response: Response }> {
  // The path is any GET of the contract that answers a file; openapi-fetch checks it at the call sites' types.
  const get = api.GET as unknown as (p: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await get(path, { params, parseAs: 'blob', signal, headers: { Accept: `${accept}, application/problem+json` } });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  const { data, error, response } = result;
  // Judged by shape, not instanceof: a Blob made by another realm's fetch (a test's, a polyfill's) is one all the same.
  if (!response.ok || !isBlob(data)) throw toApiError(response, error);
  return { blob: data, response };
}

/** Query values of a list's filters; empty ones are left out. */
export type ExportQuery = Record<string, string | number | boolean | null | undefined>;

/**
 * Downloads a streamed export (CSV, XLSX) with the caller's token and saves it, telling `onProgress` how many bytes
 * have arrived so far: a long list is written by the server while it reads it, so there is no total to count against.
 * Throws ApiError on failure (a bad filter is a problem+json answer before any byte of the file).
 */
export async function downloadStreamed(
  api: ApiClient,
  path: string,
  fallbackName: string,
  query: ExportQuery,
  accept: string,
  onProgress: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<{ name: string; bytes: number }> {
  const get = api.GET as unknown as (p: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const params = { query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')) };
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await get(path, { params, parseAs: 'stream', signal, headers: { Accept: `${accept}, application/problem+json` } });
  } catch (e) {
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  const { response } = result;
  if (!response.ok || !response.body) {
    // Read the problem the server sent (parseAs "stream" leaves it unread).
    let problem: unknown = result.error;
    try {
      problem = problem ?? (await response.clone().json());
    } catch {
      /* no JSON body */
    }
    throw toApiError(response, problem);
  }
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    bytes += value.byteLength;
    onProgress(bytes);
  }
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  saveBlob(new Blob(chunks, { type: response.headers.get('Content-Type') ?? accept }), name);
  return { name, bytes };
}
