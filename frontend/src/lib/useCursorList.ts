import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** A page of a list, as every list of the API answers it: the next page is asked for with after=nextCursor. */
export interface CursorPage<T> {
  items: T[];
  /** null on the last page. */
  nextCursor: string | null;
  /** How many items the list holds, when the server counted them (at most the cap when totalCapped). */
  totalItems?: number | null;
  totalCapped?: boolean;
}

/** The URL parameter that says how many pages were loaded, so Back brings them all back. */
export const PAGES_PARAM = 'pages';
/** More pages than this are not fetched again on Back: the rows would take long, and nobody scrolls that far back. */
const MAX_RESTORED_PAGES = 10;

/** How many pages the URL asks for, from 1 to MAX_RESTORED_PAGES. */
export function pagesWanted(params: URLSearchParams, name = PAGES_PARAM): number {
  const raw = params.get(name);
  const n = raw && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Math.min(Math.max(n, 1), MAX_RESTORED_PAGES);
}

const scrollKey = (key: string) => `doithoai.list-scroll.${key}`;

type State<T> =
  | { status: 'loading'; pages: CursorPage<T>[] }
  | { status: 'success'; pages: CursorPage<T>[] }
  | { status: 'error'; pages: CursorPage<T>[]; error: unknown };

/**
 * The one way a list pages: the first page, then "Xem thêm" for the next by cursor. How many pages are shown is kept
 * in the URL (replacing the history entry, not adding one), and the scroll position with the address: Back from an item
 * loads those pages again and returns to the same row. {@code key} names the list's filters and order: when it changes,
 * the list starts again at its first page. A second list on the same page names its own {@code pagesParam}.
 */
export function useCursorList<T>(
  fetchPage: (after: string | undefined, signal?: AbortSignal) => Promise<CursorPage<T>>,
  key: string,
  pagesParam: string = PAGES_PARAM,
) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [state, setState] = useState<State<T>>({ status: 'loading', pages: [] });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const wanted = useRef(pagesWanted(params, pagesParam));
  wanted.current = pagesWanted(params, pagesParam);

  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ status: 'loading', pages: prev.status === 'success' && attempt > 0 ? prev.pages : [] }));
    setMoreError(null);
    (async () => {
      const pages: CursorPage<T>[] = [];
      let after: string | undefined;
      for (let i = 0; i < wanted.current; i++) {
        const page = await fetchRef.current(after, controller.signal);
        pages.push(page);
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      return pages;
    })().then(
      (pages) => {
        if (!controller.signal.aborted) setState({ status: 'success', pages });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', pages: [], error });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  // Where the reader was on this list (its address, pages included): saved as they scroll, put back once its pages are
  // there again. By address rather than history entry: loading more replaces the entry, and Back must find it.
  const entry = location.pathname + location.search;
  const restored = useRef<string | null>(null);
  // A layout effect: its listener goes as the list leaves the page, before the shorter page that replaces it makes the
  // browser scroll up (a later scroll event would otherwise save that as the list's place).
  useLayoutEffect(() => {
    // Browsers send at most one scroll event a frame: writing a short string each time costs nothing to notice.
    const save = () => {
      // Not before the list's place is put back: while its pages load again the page is short, and the browser's own
      // scroll to the top would be saved over the place Back is meant to return to.
      if (restored.current !== entry) return;
      try {
        window.sessionStorage.setItem(scrollKey(entry), String(Math.round(window.scrollY)));
      } catch {
        /* storage unavailable: Back then starts at the top */
      }
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [entry]);
  // Also a layout effect: the place is put back before the rows are painted, and before any scroll can be saved.
  useLayoutEffect(() => {
    if (state.status !== 'success' || restored.current === entry) return;
    restored.current = entry;
    let saved: string | null = null;
    try {
      saved = window.sessionStorage.getItem(scrollKey(entry));
    } catch {
      saved = null;
    }
    if (saved && /^\d+$/.test(saved)) window.scrollTo(0, Number(saved));
  }, [state.status, entry]);

  const last = state.pages[state.pages.length - 1];
  const hasMore = state.status === 'success' && Boolean(last?.nextCursor);

  const loadMore = useCallback(async () => {
    if (!last?.nextCursor) return;
    setBusy(true);
    setMoreError(null);
    try {
      const page = await fetchRef.current(last.nextCursor);
      setState((s) => ({ status: 'success', pages: [...s.pages, page] }));
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set(pagesParam, String(Math.min(state.pages.length + 1, MAX_RESTORED_PAGES)));
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    } catch (e) {
      setMoreError(e);
    } finally {
      setBusy(false);
    }
  }, [last, setParams, state.pages.length, pagesParam]);

  const first = state.pages[0];
  return {
    status: state.status,
    error: state.status === 'error' ? state.error : null,
    items: state.pages.flatMap((p) => p.items),
    total: first?.totalItems ?? null,
    totalCapped: Boolean(first?.totalCapped),
    hasMore,
    loadMore,
    busy,
    moreError,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
