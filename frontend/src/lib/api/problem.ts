import type { FieldError, Problem } from '../../api/types';

export type ApiErrorKind = 'network' | 'http';

/**
 * A failed API call. `problem` is the server's RFC 9457 body when it sent one
 * (already localised by Accept-Language); network failures have status 0.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly problem: Problem | null;
  /** The body as received: problem types may carry extension members (e.g. `warnings`). */
  readonly body: unknown;

  constructor(kind: ApiErrorKind, status: number, problem: Problem | null, message?: string, body?: unknown) {
    super(message ?? problem?.title ?? (kind === 'network' ? 'Network error' : `HTTP ${status}`));
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
    this.body = body ?? problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an RFC 9457 body defensively: anything that is not a problem object gives null. */
export function parseProblem(body: unknown, status: number): Problem | null {
  if (!isRecord(body)) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const title = str(body.title);
  const detail = str(body.detail);
  if (title === undefined && detail === undefined) return null;
  const errors: FieldError[] = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((e) => ({ field: str(e.field) ?? '', message: str(e.message) ?? '' }))
    : [];
  return {
    type: str(body.type),
    title: title ?? '',
    status: typeof body.status === 'number' ? body.status : status,
    detail,
    instance: str(body.instance),
    errors,
  };
}

/** Turns what openapi-fetch returned for a failed call into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  return new ApiError('http', response.status, parseProblem(body, response.status), undefined, body);
}
