import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, renderApp, signIn, testConfig } from '../../test/utils';
import { slidesOf } from './components/AttachmentViewer';
import { feedbackItem } from './fixtures';

const photo = { id: 1, fileName: 'ong-cong.jpg', contentType: 'image/jpeg', size: 120_000 };
const pdf = { id: 2, fileName: 'don.pdf', contentType: 'application/pdf', size: 40_000 };

function image(pages = 1, status = 200): Response {
  return new Response(new Uint8Array([0xff, 0xd8, 0xff]), {
    status,
    headers: { 'Content-Type': 'image/jpeg', 'X-Page-Count': String(pages) },
  });
}

async function open() {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['ward'], username: 'phuongbadon' }));
  return renderApp('/feedback/42', userManager);
}

describe('attachment previews', () => {
  let urls = 0;
  beforeEach(() => {
    urls = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => `blob:test/${++urls}`, revokeObjectURL: () => undefined }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('every photo once and every PDF page by page, in the order sent', () => {
    const slides = slidesOf([photo, pdf], { 2: 3 });
    expect(slides.map((s) => `${s.attachment.id}:${s.page}/${s.pages}`)).toEqual(['1:1/1', '2:1/3', '2:2/3', '2:3/3']);
    // A PDF whose thumbnail has not come yet shows its first page.
    expect(slidesOf([pdf], {}).length).toBe(1);
  });

  it('shows thumbnails, opens the viewer, pages through photo and PDF with buttons and keys, closes on Escape back to the thumbnail', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem({ attachments: [photo, pdf] })),
      'GET /api/v1/feedback/42/attachments/1/thumbnail': () => image(1),
      'GET /api/v1/feedback/42/attachments/2/thumbnail': () => image(2),
      'GET /api/v1/feedback/42/attachments/1': () => image(1),
      'GET /api/v1/feedback/42/attachments/2/pages/1': () => image(2),
      'GET /api/v1/feedback/42/attachments/2/pages/2': () => image(2),
    });
    await open();
    const thumb = await screen.findByRole('button', { name: 'Xem ong-cong.jpg' });
    await waitFor(() => expect(fetchMock.requests.filter((r) => r.url.endsWith('/thumbnail'))).toHaveLength(2));
    // The download is still there, beside each thumbnail.
    expect(screen.getByRole('button', { name: /^Tải ong-cong\.jpg/ })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await user.click(thumb);
    const dialog = screen.getByRole('dialog', { name: 'ong-cong.jpg' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Đóng' })).toHaveFocus();
    expect(await within(dialog).findByRole('img', { name: 'Ảnh ong-cong.jpg' })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    // The photo as sent (the file itself), not a PDF reader.
    expect(fetchMock.requests.some((r) => r.url.endsWith('/attachments/1'))).toBe(true);
    expect(within(dialog).getByText('1/3')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Trước' })).toBeDisabled();

    await user.click(within(dialog).getByRole('button', { name: 'Tiếp' }));
    expect(await within(dialog).findByRole('img', { name: 'don.pdf, trang 1/2' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await within(dialog).findByRole('img', { name: 'don.pdf, trang 2/2' })).toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.url.endsWith('/attachments/2/pages/2'))).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Tiếp' })).toBeDisabled();
    await user.keyboard('{ArrowLeft}');
    expect(await within(dialog).findByRole('img', { name: 'don.pdf, trang 1/2' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    // Focus stays inside: Tab from the last control comes back to the first.
    within(dialog).getByRole('button', { name: 'Tải tệp gốc' }).focus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Đóng' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Tải tệp gốc' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(thumb).toHaveFocus();
  });

  it('says so when a file cannot be shown, and offers the download', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/feedback/42': () => jsonResponse(feedbackItem({ attachments: [pdf] })),
      'GET /api/v1/feedback/42/attachments/2/thumbnail': () =>
        jsonResponse({ status: 415, title: 'Không xem trước được' }, { status: 415, contentType: 'application/problem+json' }),
      'GET /api/v1/feedback/42/attachments/2/pages/1': () =>
        jsonResponse({ status: 415, title: 'Không xem trước được' }, { status: 415, contentType: 'application/problem+json' }),
    });
    await open();
    expect(await screen.findByText('Không có ảnh xem trước')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xem don.pdf' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Không hiển thị được tệp này; hãy tải tệp gốc để xem.');
    expect(within(dialog).getByRole('button', { name: 'Tải tệp gốc' })).toBeInTheDocument();
  });
});
