import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackList } from './components/FeedbackList';
import { feedbackItem } from './fixtures';

/** A desk: the list's media query matches. */
function desk() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('min-width'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

const ITEMS = [
  feedbackItem({ id: 1, title: 'Đường ngập tổ 3', trackingCode: 'DT-2026-AAAAA', planId: 7, content: 'Mưa là ngập.' }),
  feedbackItem({ id: 2, title: 'Chợ thiếu nhà vệ sinh', trackingCode: 'DT-2026-BBBBB', planId: 8, content: 'Chợ Ba Đồn.' }),
];

describe('feedback list', () => {
  it('on a desk: one row per item with the plan column; the row opens a side panel that Escape closes, focus back', async () => {
    desk();
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <FeedbackList items={ITEMS} plans={new Map([[7, 'Đối thoại quý IV'], [8, 'Đối thoại quý III']])} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('columnheader', { name: 'Kế hoạch' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Đường ngập tổ 3/ });
    expect(within(row).getByText('Đối thoại quý IV')).toBeInTheDocument();
    const open = within(row).getByRole('button', { name: 'Xem nhanh: Đường ngập tổ 3' });
    open.focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('dialog', { name: 'Đường ngập tổ 3' });
    expect(within(panel).getByText('Mưa là ngập.')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Mở trang ý kiến' })).toHaveAttribute('href', '/feedback/1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();

    // A click anywhere on the row but its link opens it too.
    await user.click(within(screen.getByRole('row', { name: /Chợ thiếu nhà vệ sinh/ })).getByText('DT-2026-BBBBB'));
    expect(screen.getByRole('dialog', { name: 'Chợ thiếu nhà vệ sinh' })).toBeInTheDocument();
  });

  it('on a phone: a compact card per item, its details on tap', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <FeedbackList items={ITEMS} />
      </MemoryRouter>,
    );
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: 'Đường ngập tổ 3' })).toHaveAttribute('href', '/feedback/1');
    const more = within(cards[0]).getByRole('button', { name: 'Chi tiết' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(cards[0]).queryByText('DT-2026-AAAAA')).not.toBeVisible();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(within(cards[0]).getByText('DT-2026-AAAAA')).toBeVisible();
  });
});
