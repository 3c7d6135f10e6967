import { PAGES_PARAM } from './useCursorList';

/**
 * The order a working list is read in, kept in the URL as `sort` beside its filters. The first of `sorts` is the list's
 * own order and is left out of the URL.
 */
export function readSort<S extends string>(params: URLSearchParams, sorts: readonly S[]): S | undefined {
  const value = params.get('sort');
  return value && (sorts as readonly string[]).includes(value) ? (value as S) : undefined;
}

/** The address for another order: the filters stay, the list starts again at its first page. */
export function withSort(params: URLSearchParams, sorts: readonly string[], value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(PAGES_PARAM);
  if (value === sorts[0]) next.delete('sort');
  else next.set('sort', value);
  return next;
}

/** New filters keep the order the reader chose. */
export function keepSort(from: URLSearchParams, next: URLSearchParams): URLSearchParams {
  const sort = from.get('sort');
  if (sort) next.set('sort', sort);
  return next;
}
