import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, renderApp } from '../../test/utils';
import type { PublicRuling } from './api';

const R1: PublicRuling = {
  number: 1,
  type: 'RESOLVE',
  status: 'OVERDUE',
  deadline: { standing: 'OVERDUE', workingDaysLate: 7 },
  content: 'Nạo vét mương thoát nước tổ 4',
  leadUnit: 'Phòng Quản lý đô thị',
  coordinatingUnits: ['Công an thị xã'],
  dueDate: '2026-01-31',
  followUp: 'IN_PROGRESS',
  progressPercent: 40,
  progressNote: 'Đã nạo vét 200 m',
  resolvedOn: null,
  escalatedTo: null,
  reply: null,
  repliedOn: null,
  reason: null,
  cannotResolveReason: null,
  items: ['Mương thoát nước tổ 4 bị tắc'],
};
const PLAN = { id: 7, title: 'Đối thoại năm 2026', number: '61-KH/ThU', sessionAt: '2026-11-25T08:00:00+07:00', status: 'CONCLUDED', issuingUnit: 'Thị ủy', rulings: 2, resolved: 0, inProgress: 0, overdue: 1, notStarted: 1 };
const R2: PublicRuling = { ...R1, number: 2, content: 'Lắp đèn chiếu sáng kiệt 5', leadUnit: 'Phòng Tài nguyên và Môi trường', coordinatingUnits: [], status: 'NOT_STARTED', deadline: { standing: 'NOT_STARTED', workingDaysLate: 0, workingDaysLeft: 12 }, followUp: 'OPEN', progressPercent: 0, progressNote: null };

describe('public accountability page', () => {
  it('lists plans with their counts', async () => {
    mockFetch({ 'GET /api/v1/public/rulings/plans': () => jsonResponse([PLAN]) });
    renderApp('/giai-trinh');
    expect(await screen.findByRole('link', { name: 'Đối thoại năm 2026' })).toHaveAttribute('href', '/giai-trinh/7');
    expect(screen.getByText('2 kết luận · 0 đã giải quyết · 0 đang thực hiện · 1 chưa thực hiện · 1 quá hạn')).toBeInTheDocument();
  });

  it("shows a plan's rulings with progress, searches and filters through the server, and looks a code up", async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch({
      'GET /api/v1/public/plans/7/rulings': () => jsonResponse({ plan: PLAN, rulings: { items: [R1, R2], nextCursor: null, totalItems: 2 } }),
      'GET /api/v1/public/rulings/by-tracking-code/DT-2026-AAAAA': () =>
        jsonResponse({ trackingCode: 'DT-2026-AAAAA', planId: 7, planTitle: PLAN.title, planNumber: PLAN.number, rulings: [{ ...R1, number: 4, status: 'RESOLVED', deadline: { standing: 'RESOLVED' } }] }),
      'GET /api/v1/public/rulings/by-tracking-code/DT-2026-BBBBB': () => problemResponse(404, { title: 'Không tìm thấy', detail: 'Không tìm thấy kết luận nào cho mã tra cứu này.' }),
    });
    renderApp('/giai-trinh/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đối thoại năm 2026' })).toBeInTheDocument();
    // The same words as the office's lists, from the same field.
    expect(screen.getByText('Quá hạn 7 ngày làm việc', { selector: '.standing' })).toBeInTheDocument();
    expect(screen.getByText('Chưa thực hiện', { selector: '.standing' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Hoàn thành 40%' })).toBeInTheDocument();
    expect(screen.getByText('Chủ trì: Phòng Quản lý đô thị, Công an thị xã')).toBeInTheDocument();
    expect(screen.getByText('Cập nhật mới nhất: Đã nạo vét 200 m')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: /Tìm trong kết luận/ }), 'muong');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tình trạng' }), 'OVERDUE');
    const last = new URL(fetchMock.requests.filter((r) => r.url.includes('/plans/7/rulings')).at(-1)!.url);
    expect(last.searchParams.get('q')).toBe('muong');
    expect(last.searchParams.get('status')).toBe('OVERDUE');

    await user.type(screen.getByRole('textbox', { name: /Mã tra cứu/ }), ' dt-2026-aaaaa ');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { name: 'Kết luận về ý kiến DT-2026-AAAAA' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kết luận số 4' })).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /Mã tra cứu/ }));
    await user.type(screen.getByRole('textbox', { name: /Mã tra cứu/ }), 'DT-2026-BBBBB');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Không tìm thấy kết luận nào cho mã tra cứu này.')).toBeInTheDocument();
  });
});
