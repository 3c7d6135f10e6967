import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { pagesWanted, useCursorList, type CursorPage } from './useCursorList';

const ALL = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));

/** Pages of three by cursor, as the API gives them; the cursor is the last id. */
function fakePages() {
  const calls: (string | undefined)[] = [];
  const fetchPage = vi.fn(async (after: string | undefined): Promise<CursorPage<{ id: number }>> => {
    calls.push(after);
    const start = after ? Number(after) : 0;
    const items = ALL.slice(start, start + 3);
    const more = start + 3 < ALL.length;
    return { items, nextCursor: more ? String(start + 3) : null, totalItems: after ? null : ALL.length };
  });
  return { fetchPage, calls };
}

function List({ fetchPage }: { fetchPage: (after: string | undefined) => Promise<CursorPage<{ id: number }>> }) {
  const [params, setParams] = useSearchParams();
  const list = useCursorList(fetchPage, params.get('q') ?? '');
  return (
    <div>
      <p>total {list.total}</p>
      <ul>
        {list.items.map((i) => (
          <li key={i.id}>
            <Link to={`/item/${i.id}`}>item {i.id}</Link>
          </li>
        ))}
      </ul>
      {list.hasMore ? <button onClick={() => void list.loadMore()}>more</button> : null}
      <button onClick={() => setParams({ q: 'x' })}>filter</button>
    </div>
  );
}

function setup(initial = '/list') {
  const pages = fakePages();
  const router = createMemoryRouter(
    [
      { path: '/list', element: <List fetchPage={pages.fetchPage} /> },
      { path: '/item/:id', element: <p>detail</p> },
    ],
    { initialEntries: [initial] },
  );
  render(<RouterProvider router={router} />);
  return { router, ...pages };
}

describe('useCursorList', () => {
  it('reads how many pages to show from the URL, within bounds', () => {
    expect(pagesWanted(new URLSearchParams(''))).toBe(1);
    expect(pagesWanted(new URLSearchParams('pages=3'))).toBe(3);
    expect(pagesWanted(new URLSearchParams('pages=0'))).toBe(1);
    expect(pagesWanted(new URLSearchParams('pages=abc'))).toBe(1);
    expect(pagesWanted(new URLSearchParams('pages=500'))).toBe(10);
  });

  it('loads more by cursor, keeps the count in the URL without a new history entry, and Back brings the same rows and scroll', async () => {
    const user = userEvent.setup();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { router, calls } = setup();
    await screen.findByText('item 3');
    expect(screen.getByText('total 7')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'more' }));
    await screen.findByText('item 6');
    expect(router.state.location.search).toBe('?pages=2');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(calls).toEqual([undefined, '3']);

    // Scrolled down to the sixth row, the reader opens it and comes back.
    Object.defineProperty(window, 'scrollY', { value: 640, configurable: true });
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    await user.click(screen.getByRole('link', { name: 'item 6' }));
    await screen.findByText('detail');
    await act(() => router.navigate(-1));
    await screen.findByText('item 6');
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(calls).toEqual([undefined, '3', undefined, '3']);
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith(0, 640));
    scrollTo.mockRestore();
  });

  it('starts again at the first page when the filters change', async () => {
    const user = userEvent.setup();
    const { router, calls } = setup('/list?pages=3');
    await screen.findByText('item 7');
    expect(calls).toEqual([undefined, '3', '6']);
    expect(screen.queryByRole('button', { name: 'more' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'filter' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(router.state.location.search).toBe('?q=x');
  });
});
