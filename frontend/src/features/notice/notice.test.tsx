import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { axeViolations, jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import type { ConclusionNotice } from './api/notice';

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

const NOTICE: ConclusionNotice = {
  planId: 61,
  number: undefined,
  symbol: 'TB/ThU',
  issuedOn: undefined,
  parentBody: undefined,
  signerName: undefined,
  signerTitle: 'T/M BAN THƯỜNG VỤ\nBÍ THƯ',
  recipients: ['Thường trực Thị ủy Ba Đồn;', 'Lưu Văn phòng.'],
  opening: undefined,
  defaultOpening: 'Vào lúc 08 giờ 00 ngày 25/11/2022, tại Trung tâm Văn hóa - Thể thao thị xã, đồng chí Bí thư Thị ủy đã chủ trì buổi đối thoại.',
  deadline: {
    dueDate: '2022-12-09',
    rule: { offset: 10, unit: 'WORKING_DAYS', direction: 'AFTER' },
    daysLeft: 2,
    level: 'NEAR',
  },
  groups: [
    {
      focusAreaId: 7,
      title: 'Công tác xây dựng, quản lý quy hoạch',
      rulings: [
        {
          rulingId: 1,
          number: 1,
          type: 'RESOLVE',
          matters: ['Công bố quy hoạch tổ dân phố 3'],
          text: 'Giao Phòng Quản lý đô thị chủ trì rà soát, công bố quy hoạch; hoàn thành trước ngày 31/12/2022.',
        },
      ],
    },
    {
      focusAreaId: undefined,
      title: 'Các nội dung khác',
      rulings: [{ rulingId: 2, number: 2, type: 'DECLINED', matters: [], text: 'Không xem xét giải quyết, lý do: đã có bản án.' }],
    },
  ],
  revision: 0,
  revisions: [],
  version: 0,
};

const GENERATED: ConclusionNotice = {
  ...NOTICE,
  number: '112',
  issuedOn: '2022-12-07',
  signerName: 'Trần Văn Bình',
  revision: 1,
  version: 2,
  deadline: { ...NOTICE.deadline!, level: 'DONE' },
  revisions: [
    {
      revision: 1,
      number: '112',
      symbol: 'TB/ThU',
      issuedOn: '2022-12-07',
      generatedBy: 'vanphong',
      generatedAt: '2022-12-07T03:00:00Z',
      docxSize: 4000,
      pdfSize: 60000,
    },
  ],
};

describe('conclusion notice', () => {
  it('warns in words as the deadline nears, names the missing field, saves and generates, then regenerates only with a reason', async () => {
    const user = userEvent.setup();
    let generates = 0;
    const fetchMock = mockFetch({
      'GET /api/v1/plans/61/conclusion-notice': () => jsonResponse(NOTICE),
      'PUT /api/v1/plans/61/conclusion-notice': () => jsonResponse({ ...NOTICE, number: '112', issuedOn: '2022-12-07', signerName: 'Trần Văn Bình', version: 1 }),
      'POST /api/v1/plans/61/conclusion-notice/generate': () => {
        generates += 1;
        if (generates === 1) return problemResponse(400, { title: 'Dữ liệu không hợp lệ', errors: [{ field: 'number', message: 'Cần có số thông báo.' }] });
        if (generates === 2) return jsonResponse(GENERATED);
        return jsonResponse({ ...GENERATED, revision: 2, version: 3, revisions: [{ ...GENERATED.revisions[0], revision: 2, reason: 'Sửa nơi nhận' }, ...GENERATED.revisions] });
      },
    });
    await openAs(['secretariat'], '/plans/61/notice');
    expect(await screen.findByRole('heading', { name: 'Sắp đến hạn: hạn ban hành 09/12/2022' })).toBeInTheDocument();
    expect(screen.getByText(/Còn 2 ngày làm việc\. Theo kế hoạch: chậm nhất 10 ngày làm việc sau hội nghị\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Công tác xây dựng, quản lý quy hoạch' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Các nội dung khác' })).toBeInTheDocument();
    expect(screen.getByText(/Giao Phòng Quản lý đô thị chủ trì/)).toBeInTheDocument();
    expect(screen.getByLabelText('Đoạn mở đầu')).toHaveAttribute('placeholder', NOTICE.defaultOpening);

    await user.click(screen.getByRole('button', { name: 'Tạo thông báo (Word và PDF)' }));
    expect(await screen.findByText('Cần có số thông báo.', { selector: '.field__error' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Số/ })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: /^Số/ }), '112');
    await user.type(screen.getByLabelText(/Họ tên người ký/), 'Trần Văn Bình');
    await user.click(screen.getByRole('button', { name: 'Lưu nội dung' }));
    expect(await screen.findByText('Đã lưu nội dung thông báo.')).toBeInTheDocument();
    const put = fetchMock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(await put.json()).toMatchObject({ number: '112', symbol: 'TB/ThU', signerName: 'Trần Văn Bình', recipients: NOTICE.recipients });

    await user.click(screen.getByRole('button', { name: 'Tạo thông báo (Word và PDF)' }));
    expect(await screen.findByText('Đã tạo thông báo kết luận.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Đã ban hành/ })).toBeInTheDocument();
    const revisions = screen.getByRole('region', { name: 'Các bản đã tạo' });
    expect(within(revisions).getByRole('button', { name: 'Tải PDF (lần 1)' })).toBeInTheDocument();

    // Regenerating needs a reason: the button waits for one.
    const regenerate = screen.getByRole('button', { name: 'Tạo lại' });
    expect(regenerate).toBeDisabled();
    await user.type(screen.getByLabelText(/Lý do tạo lại/), 'Sửa nơi nhận');
    await user.click(regenerate);
    expect(await screen.findByText('Đã tạo lại thông báo; bản trước vẫn được lưu.')).toBeInTheDocument();
    const last = fetchMock.requests.filter((r) => r.method === 'POST').at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"2"');
    expect(await last.json()).toEqual({ regenerate: true, reason: 'Sửa nơi nhận' });
    expect(within(revisions).getByRole('button', { name: 'Tải PDF (lần 1)' })).toBeInTheDocument();
    expect(within(revisions).getByRole('button', { name: 'Tải Word (lần 2)' })).toBeInTheDocument();
  });

  it('lets the chair generate but not edit the draft', async () => {
    mockFetch({ 'GET /api/v1/plans/61/conclusion-notice': () => jsonResponse({ ...NOTICE, deadline: { ...NOTICE.deadline!, level: 'OVERDUE', daysLeft: -3 } }) });
    await openAs(['chair'], '/plans/61/notice');
    expect(await screen.findByRole('heading', { name: 'Quá hạn: hạn ban hành 09/12/2022' })).toBeInTheDocument();
    expect(screen.getByText(/Đã quá hạn 3 ngày làm việc/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Số/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lưu nội dung' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tạo thông báo (Word và PDF)' })).toBeEnabled();
  });

  it("shows the notice's change history, named by its plan, once the chair opens it", async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/plans/61/conclusion-notice': () => jsonResponse(NOTICE),
      'GET /api/v1/audit-trail/ConclusionNotice/61': () =>
        jsonResponse([{ at: '2022-12-01T02:00:00Z', actor: 'vanphong', action: 'edited', changes: { number: { from: null, to: '125' } } }]),
    });
    await openAs(['chair'], '/plans/61/notice');
    const trail = await screen.findByRole('region', { name: 'Lịch sử thay đổi' });
    expect(fetchMock.requests.some((r) => r.url.includes('/audit-trail/'))).toBe(false);
    await userEvent.click(within(trail).getByRole('button', { name: 'Xem lịch sử thay đổi' }));
    expect(await within(trail).findByText('number: — → 125')).toBeInTheDocument();
    expect(within(trail).getByText('edited — vanphong')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});
