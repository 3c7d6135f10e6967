import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { LOCALITIES } from '../participants/fixtures';
import { SEED_PLAN } from '../plans/fixtures';
import { loadOutbox } from '../session/outbox';
import { wardItemDraftKey } from './wardItemDraft';

const PLAN = { ...SEED_PLAN, id: 5, status: 'PUBLISHED', title: 'Đối thoại giữa Chủ tịch UBND phường Ba Đồn với Nhân dân năm 2026' };
const ME = {
  username: 'phuongbadon',
  displayName: 'Hoàng Thị Lan',
  roles: ['ward'],
  orgUnit: null,
  ward: { code: 'phuong-ba-don', name: 'Phường Ba Đồn' },
  body: { code: 'ba-don', name: 'Thị xã Ba Đồn' },
};

/** The ward's server: answers each item with a receipt, or fails like a dead network while `down` is set. */
function wardServer() {
  const state = { down: false, n: 0 };
  const fetchMock = mockFetch({
    'GET /api/v1/me': () => jsonResponse(ME),
    'GET /api/v1/public/plans/5': () => jsonResponse(PLAN),
    'GET /api/v1/public/localities': () => jsonResponse(LOCALITIES),
    'POST /api/v1/plans/5/feedback': async (req) => {
      if (state.down) throw new TypeError('Failed to fetch');
      const body = (await req.clone().json()) as { title: string };
      if (body.title === 'bị từ chối') return problemResponse(422, { title: 'Không hợp lệ', detail: 'Tổ dân phố không thuộc phường.' });
      state.n++;
      return jsonResponse(
        { id: 100 + state.n, trackingCode: `DT-2026-W${state.n}`, planId: 5, planTitle: PLAN.title, title: body.title, status: 'RECEIVED', receivedAt: '2026-11-20T03:00:00Z', version: 0 },
        { status: 201 },
      );
    },
  });
  const posts = () => fetchMock.requests.filter((r) => r.method === 'POST');
  return { state, posts };
}

async function openForm() {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles: ['ward'], username: 'phuongbadon' }));
  renderApp('/plans/5/feedback/ward', userManager);
  await screen.findByRole('heading', { level: 1, name: 'Nhập ý kiến phường thu thập' });
  await screen.findByText('Phường Ba Đồn');
}

async function enter(title: string, content = 'Nội dung ý kiến do tổ dân phố tổng hợp.') {
  await userEvent.type(screen.getByLabelText(/Tiêu đề/), title);
  await userEvent.type(screen.getByLabelText(/Nội dung/), content);
  await userEvent.click(screen.getByRole('button', { name: 'Lưu và nhập tiếp' }));
}

const list = () => within(screen.getByRole('region', { name: /Đã nhập/ }));

describe("the ward officer's entry of collected items", () => {
  it('asks for no organisation and no ward: the ward comes from the account, and the request names neither', async () => {
    const server = wardServer();
    await openForm();
    expect(screen.queryByLabelText(/Tổ chức/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Phường, xã/)).not.toBeInTheDocument();
    await enter('Đường tổ dân phố 1 ngập khi mưa');
    await waitFor(() => expect(server.posts()).toHaveLength(1));
    const body = (await server.posts()[0].clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ kind: 'OPINION', title: 'Đường tổ dân phố 1 ngập khi mưa' });
    expect(body).not.toHaveProperty('channel');
    expect(body).not.toHaveProperty('wardCode');
    expect(body).not.toHaveProperty('organisation');
    expect(server.posts()[0].headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('enters several items in a row: save, the form empties with the cursor on the title, the list grows', async () => {
    const server = wardServer();
    await openForm();
    await enter('Ý kiến thứ nhất');
    expect(await screen.findByText('Đã lưu ý kiến “Ý kiến thứ nhất”. Nhập ý kiến tiếp theo.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Tiêu đề/)).toHaveValue('');
    expect(screen.getByLabelText(/Nội dung/)).toHaveValue('');
    expect(screen.getByLabelText(/Tiêu đề/)).toHaveFocus();
    await enter('Ý kiến thứ hai');
    await enter('Ý kiến thứ ba');
    await waitFor(() => expect(server.posts()).toHaveLength(3));
    expect(await screen.findByRole('heading', { name: 'Đã nhập 3 ý kiến' })).toBeInTheDocument();
    for (const code of ['DT-2026-W1', 'DT-2026-W2', 'DT-2026-W3']) expect(list().getByText(code)).toBeInTheDocument();
  });

  it('checks on the device, and saves nothing while the title or content is missing', async () => {
    const server = wardServer();
    await openForm();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu và nhập tiếp' }));
    expect(screen.getByLabelText(/Tiêu đề/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Nội dung/)).toHaveAttribute('aria-invalid', 'true');
    expect(server.posts()).toHaveLength(0);
    expect(loadOutbox(5).pending).toHaveLength(0);
  });

  it('offline: keeps the items in the plan outbox, then sends each once with its own key when the network returns', async () => {
    const server = wardServer();
    server.state.down = true;
    await openForm();
    await enter('Ghi lúc mất mạng 1');
    await enter('Ghi lúc mất mạng 2');
    expect(await screen.findByRole('heading', { name: 'Đã nhập 2 ý kiến' })).toBeInTheDocument();
    expect(list().getAllByText('Chờ gửi')).toHaveLength(2);
    expect(loadOutbox(5).pending.map((op) => op.kind)).toEqual(['wardItem', 'wardItem']);
    const keptKeys = loadOutbox(5).pending.map((op) => op.key);

    server.state.down = false;
    await act(async () => window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(list().queryAllByText('Chờ gửi')).toHaveLength(0));
    expect(list().getByText('DT-2026-W1')).toBeInTheDocument();
    expect(list().getByText('DT-2026-W2')).toBeInTheDocument();
    expect(loadOutbox(5).pending).toHaveLength(0);
    // The resends carry the keys the first tries had: the server makes one item of each.
    const tried = server.posts().map((r) => r.headers.get('Idempotency-Key'));
    expect(new Set(tried)).toEqual(new Set(keptKeys));
    expect(server.state.n).toBe(2);
  });

  it('sets aside an item the server refuses, with its message, and goes on with the next', async () => {
    wardServer();
    await openForm();
    await enter('bị từ chối');
    expect(await screen.findByText('Tổ dân phố không thuộc phường.')).toBeInTheDocument();
    expect(loadOutbox(5).rejected).toHaveLength(1);
  });

  it('keeps what is being typed on the device: a reload or a new login gives it back', async () => {
    wardServer();
    await openForm();
    await userEvent.type(screen.getByLabelText(/Tiêu đề/), 'Đang gõ dở');
    await waitFor(() => expect(localStorage.getItem(wardItemDraftKey(5))).toContain('Đang gõ dở'));
  });
});
