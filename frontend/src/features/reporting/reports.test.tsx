import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';

const SCOPE = {
  bodies: [],
  choices: [
    { code: 'dang-uy-phuong-ba-don', name: 'Đảng ủy phường Ba Đồn' },
    { code: 'dang-uy-phuong-bac-gianh', name: 'Đảng ủy phường Bắc Gianh' },
  ],
  from: '2026-01-01',
  to: '2026-12-07',
  planId: null,
};
const NEXT = { scope: SCOPE, plan: null, daysLeft: null, workingDaysLeft: null, tasks: null, invitations: null, composition: [], total: null };

async function openAs(roles: string[], path: string) {
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  await signIn(userManager, makeUser({ roles }));
  return renderApp(path, userManager);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T03:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('report of the dialogues’ results', () => {
  it('the province’s office picks a body and a period and downloads the three files with its token', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/statistics/next-dialogue': () => jsonResponse(NEXT),
      'GET /api/v1/reports/dialogue-results.docx': () => new Response(new Blob(['PK'])),
      'GET /api/v1/reports/dialogue-results.pdf': () => new Response(new Blob(['%PDF'])),
      'GET /api/v1/reports/dialogue-results.xlsx': () => new Response(new Blob(['PK'])),
    });
    await openAs(['secretariat'], '/reports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo kết quả đối thoại' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Báo cáo' })).toBeInTheDocument();
    const body = await screen.findByLabelText('Cơ quan');
    expect(screen.getByRole('option', { name: 'Tất cả cơ quan' })).toBeInTheDocument();
    fireEvent.change(body, { target: { value: 'dang-uy-phuong-bac-gianh' } });
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/01/2026');
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('07/12/2026');
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '01/07/2026' } });
    fireEvent.change(screen.getByLabelText(/Số, ký hiệu/), { target: { value: '15-BC/TU' } });

    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo (DOCX)' }));
    await waitFor(() => expect(fetchMock.requests.some((r) => r.url.includes('dialogue-results.docx'))).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: 'Tải báo cáo (PDF)' }));
    await waitFor(() => expect(fetchMock.requests.some((r) => r.url.includes('dialogue-results.pdf'))).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: 'Tải số liệu (XLSX)' }));
    await waitFor(() => expect(fetchMock.requests.some((r) => r.url.includes('dialogue-results.xlsx'))).toBe(true));

    for (const format of ['docx', 'pdf', 'xlsx']) {
      const request = fetchMock.requests.find((r) => r.url.includes(`dialogue-results.${format}`))!;
      const url = new URL(request.url);
      expect(request.headers.get('Authorization')).toMatch(/^Bearer /);
      expect(url.searchParams.get('body')).toBe('dang-uy-phuong-bac-gianh');
      expect(url.searchParams.get('from')).toBe('2026-07-01');
      expect(url.searchParams.get('to')).toBe('2026-12-07');
      expect(url.searchParams.get('number')).toBe(format === 'xlsx' ? null : '15-BC/TU');
    }
  });

  it('a ward’s office reports on its own body; a reversed period is named in the user’s language', async () => {
    mockFetch({
      'GET /api/v1/statistics/next-dialogue': () => jsonResponse({ ...NEXT, scope: { ...SCOPE, choices: [SCOPE.choices[0]] } }),
      'GET /api/v1/reports/dialogue-results.pdf': () =>
        problemResponse(400, {
          type: 'about:blank',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ field: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }],
        }),
    });
    await openAs(['chair'], '/reports');
    expect(await screen.findByRole('option', { name: 'Đảng ủy phường Ba Đồn' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Tất cả cơ quan' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo (PDF)' }));
    expect(await screen.findByText(/Ngày kết thúc phải sau ngày bắt đầu\./)).toBeInTheDocument();
    expect(screen.getAllByText('Đến ngày')).toHaveLength(2);
  });

  it('unit staff have no reports in their menu', async () => {
    mockFetch({ 'GET /api/v1/statistics/next-dialogue': () => jsonResponse(NEXT) });
    await openAs(['unit'], '/');
    await screen.findByRole('navigation');
    expect(screen.queryByRole('link', { name: 'Báo cáo' })).not.toBeInTheDocument();
  });
});
