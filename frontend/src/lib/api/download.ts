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
  // The path is any GET of the contract that answers a file; openapi-fetch checks it at the call sites' types.
  const get = api.GET as unknown as (p: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await get(path, { params, parseAs: 'blob', headers: { Accept: `${accept}, application/problem+json` } });
  } catch (e) {
    throw new ApiError('network', 0, null, e instanceof Error ? e.message : String(e));
  }
  const { data, error, response } = result;
  if (!response.ok || !(data instanceof Blob)) throw toApiError(response, error);
  saveBlob(data, fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName);
}
