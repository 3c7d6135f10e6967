import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { minutesFixture, summaryOf } from './fixtures';
import { minutesDraftKey } from './minutesDraft';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const DRAFT = minutesFixture();
const CONCLUSION = 'Giao Phòng Tài nguyên và Môi trường xử lý trước 31/12.';

describe('minutes: the office edits a draft', () => {
  it('keeps unsaved text over a reload, shows both texts on a 412 and saves theirs-or-mine with the right If-Match', async () => {
    const user = userEvent.setup();
    const theirs = minutesFixture({ version: 4, sections: DRAFT.sections.map((s) => (s.kind === 'CONCLUSION' ? { ...s, body: 'Bản của người khác' } : s)) });
    let puts = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5/minutes': () => jsonResponse([summaryOf(DRAFT)]),
      'GET /api/v1/plans/5/minutes/7': () => jsonResponse(puts === 0 ? DRAFT : theirs),
      'PUT /api/v1/plans/5/minutes/7': async (r) => {
        puts += 1;
        if (puts === 1) return problemResponse(412, { title: 'Dữ liệu đã thay đổi' });
        const body = (await r.json()) as { sections: { kind: string; body: string }[] };
        return jsonResponse({ ...theirs, version: 5, sections: body.sections });
      },
    });
    const first = await openAs(['secretariat'], '/plans/5/minutes');
    const conclusion = (await screen.findAllByRole('textbox', { name: 'Nội dung' }))[2];
    expect(conclusion).toHaveAccessibleDescription('Ghi kết luận của chủ trì khi đồng chí chủ trì phát biểu.');
    await user.type(conclusion, CONCLUSION);
    expect(JSON.parse(window.localStorage.getItem(minutesDraftKey(7))!).sections[2].body).toBe(CONCLUSION);

    // A reload: the text typed is still there, and said to be unsaved.
    first.unmount();
    await openAs(['secretariat'], '/plans/5/minutes');
    expect(await screen.findByRole('heading', { name: 'Đã khôi phục nội dung chưa lưu' })).toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: 'Nội dung' })[2]).toHaveValue(CONCLUSION);

    // Someone saved first: both texts shown, nothing lost; keeping mine saves it over theirs with their version.
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    const conflict = await screen.findByRole('region', { name: 'Người khác vừa lưu biên bản này' });
    expect(within(conflict).getByText('Bản của người khác')).toBeInTheDocument();
    expect(within(conflict).getByText(CONCLUSION)).toBeInTheDocument();
    const putsSent = fetchMock.requests.filter((r) => r.method === 'PUT');
    expect(putsSent[0].headers.get('If-Match')).toBe('"3"');
    await user.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi và lưu' }));
    expect(await screen.findByText('Đã lưu dự thảo.')).toBeInTheDocument();
    const second = fetchMock.requests.filter((r) => r.method === 'PUT')[1];
    expect(second.headers.get('If-Match')).toBe('"4"');
    expect(window.localStorage.getItem(minutesDraftKey(7))).toBeNull();
  });

  it('records a signature declined with its reason and finalises after confirming', async () => {
    const user = userEvent.setup();
    const signed = minutesFixture({
      signatures: [{ id: 1, name: 'Trần Văn Bình', title: null, organisation: 'Hội Nông dân', representing: 'ORGANISATION', outcome: 'DECLINED', declinedReason: 'Chưa đồng ý', recordedBy: 'vanphong', recordedAt: '2022-11-25T04:00:00Z' }],
    });
    const finalised = { ...signed, status: 'FINALISED' as const, finalisedBy: 'vanphong', finalisedAt: '2022-11-25T04:30:00Z', version: 4 };
    let state = DRAFT;
    const fetchMock = mockFetch({
      'GET /api/v1/plans/5/minutes': () => jsonResponse([summaryOf(state)]),
      'GET /api/v1/plans/5/minutes/7': () => jsonResponse(state),
      'POST /api/v1/plans/5/minutes/7/signatures': () => jsonResponse((state = signed)),
      'POST /api/v1/plans/5/minutes/7/finalise': () => jsonResponse((state = finalised)),
    });
    await openAs(['secretariat'], '/plans/5/minutes');
    const form = await screen.findByRole('form', { name: 'Ghi nhận chữ ký' });
    await user.type(within(form).getByRole('textbox', { name: /Họ và tên/ }), 'Trần Văn Bình');
    await user.click(within(form).getByRole('radio', { name: 'Không ký' }));
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));
    expect(await within(form).findByText('Cần ghi lý do không ký.')).toBeInTheDocument();
    expect(fetchMock.requests.some((r) => r.method === 'POST')).toBe(false);
    await user.type(within(form).getByRole('textbox', { name: /Lý do không ký/ }), 'Chưa đồng ý');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));
    expect(await screen.findByText('Lý do không ký: Chưa đồng ý')).toBeInTheDocument();
    const sent = fetchMock.requests.find((r) => r.url.endsWith('/signatures'))!;
    expect(await sent.json()).toMatchObject({ name: 'Trần Văn Bình', outcome: 'DECLINED', declinedReason: 'Chưa đồng ý', representing: 'CITIZEN' });

    await user.click(screen.getByRole('button', { name: 'Hoàn tất biên bản' }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận hoàn tất' }));
    expect(await screen.findByRole('heading', { name: 'Biên bản đã hoàn tất và khóa' })).toBeInTheDocument();
    expect(fetchMock.requests.find((r) => r.url.endsWith('/finalise'))!.headers.get('If-Match')).toBe('"3"');
    // Locked: no editor, no signature form; the paper and a correction instead.
    expect(screen.queryByRole('button', { name: 'Lưu dự thảo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ghi nhận chữ ký' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải bản PDF' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Đính chính biên bản' })).toBeInTheDocument();
  });

  it('offers to assemble the first draft and shows why the server refused', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/plans/5/minutes': () => jsonResponse([]),
      'POST /api/v1/plans/5/minutes': () => problemResponse(409, { title: 'Xung đột', detail: 'Hội nghị chưa bắt đầu (kế hoạch đang ở trạng thái PUBLISHED); chưa thể lập biên bản.' }),
    });
    await openAs(['secretariat'], '/plans/5/minutes');
    await user.click(await screen.findByRole('button', { name: 'Lập dự thảo biên bản' }));
    expect(await screen.findByText(/Hội nghị chưa bắt đầu/)).toBeInTheDocument();
  });
});

describe('minutes: reading', () => {
  it('the chair reads a draft without an editor and may finalise it', async () => {
    mockFetch({
      'GET /api/v1/plans/5/minutes': () => jsonResponse([summaryOf(DRAFT)]),
      'GET /api/v1/plans/5/minutes/7': () => jsonResponse(DRAFT),
    });
    await openAs(['chair'], '/plans/5/minutes');
    expect(await screen.findByRole('heading', { name: 'Ý kiến 1: Nguyễn Thị Hường' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu dự thảo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ghi nhận chữ ký' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hoàn tất biên bản' })).toBeInTheDocument();
  });

  it('the read-out view shows the text in large type with the signers and the two signature lines', async () => {
    const finalised = minutesFixture({
      status: 'FINALISED',
      signatures: [{ id: 1, name: 'Nguyễn Thị Hường', title: 'Công dân', organisation: null, representing: 'CITIZEN', outcome: 'SIGNED', declinedReason: null, recordedBy: 'vanphong', recordedAt: '2022-11-25T04:00:00Z' }],
    });
    mockFetch({ 'GET /api/v1/plans/5/minutes/7': () => jsonResponse(finalised) });
    await openAs(['secretariat'], '/plans/5/minutes/7/doc');
    expect(await screen.findByRole('heading', { level: 1, name: /BIÊN BẢN/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Ý kiến 1: Nguyễn Thị Hường' })).toBeInTheDocument();
    expect(screen.getByText(/Nguyễn Thị Hường \(Công dân\): Đã ký/)).toBeInTheDocument();
    expect(screen.getByText('CHỦ TRÌ HỘI NGHỊ')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toContain('Đọc biên bản'));
  });
});
