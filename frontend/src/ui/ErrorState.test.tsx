import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from './ErrorState';
import { ApiError, parseProblem } from '../lib/api/problem';
import { call, createApiClient } from '../lib/api/client';
import { mockFetch, problemResponse } from '../test/utils';

describe('parseProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const problem = parseProblem(
      { type: 'urn:x', title: 'Dữ liệu không hợp lệ', status: 400, detail: 'Có 1 lỗi', errors: [{ field: 'code', message: 'Mã đã tồn tại' }] },
      400,
    );
    expect(problem).toMatchObject({ title: 'Dữ liệu không hợp lệ', status: 400, detail: 'Có 1 lỗi' });
    expect(problem?.errors).toEqual([{ field: 'code', message: 'Mã đã tồn tại' }]);
  });

  it('rejects bodies that are not problems', () => {
    expect(parseProblem('<html>Bad gateway</html>', 502)).toBeNull();
    expect(parseProblem(null, 500)).toBeNull();
    expect(parseProblem({ foo: 1 }, 500)).toBeNull();
  });
});

describe('ErrorState', () => {
  it('shows a problem+json answer from the API with its field errors', async () => {
    mockFetch({
      'GET /api/v1/me': () =>
        problemResponse(400, {
          title: 'Yêu cầu không hợp lệ',
          detail: 'Tham số không đúng.',
          errors: [
            { field: 'size', message: 'phải nhỏ hơn hoặc bằng 100' },
            { field: 'kind', message: 'giá trị không hợp lệ' },
          ],
        }),
    });
    const api = createApiClient({ baseUrl: 'http://api.test', getAccessToken: () => 't', getLanguage: () => 'vi', onUnauthorized: vi.fn() });
    const error = await call(api.GET('/api/v1/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    render(<ErrorState error={error} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Yêu cầu không hợp lệ' })).toBeInTheDocument();
    expect(screen.getByText('Tham số không đúng.')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['size: phải nhỏ hơn hoặc bằng 100', 'kind: giá trị không hợp lệ']);
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
  });

  it('offers a retry for network errors', async () => {
    mockFetch({}); // every request fails like a refused connection
    const api = createApiClient({ baseUrl: 'http://api.test', getAccessToken: () => null, getLanguage: () => 'vi', onUnauthorized: vi.fn() });
    const error = await call(api.GET('/api/v1/org-units/tree')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    const onRetry = vi.fn();
    render(<ErrorState error={error} onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'Không kết nối được máy chủ' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has distinct texts for 401, 403 and 404, and a plain 5xx', () => {
    const { rerender } = render(<ErrorState error={new ApiError('http', 401, null)} onLogin={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();

    rerender(<ErrorState error={new ApiError('http', 403, null)} />);
    expect(screen.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeInTheDocument();

    rerender(<ErrorState error={new ApiError('http', 404, null)} />);
    expect(screen.getByRole('heading', { name: 'Không tìm thấy' })).toBeInTheDocument();

    rerender(<ErrorState error={new ApiError('http', 502, null)} onRetry={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Máy chủ đang gặp sự cố' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
