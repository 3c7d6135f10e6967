import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createUserManager } from '../auth/userManager';
import { setLanguage } from '../../lib/i18n';
import { jsonResponse, makeUser, mockFetch, problemResponse, renderApp, signIn, testConfig } from '../../test/utils';
import { filterTree } from './tree';

/** A node as the tree sends it: present-day, shared, nothing the caller may change. */
type Plain = { code: string; name: string; kind: string; children: Plain[] };
const full = (n: Plain): unknown => ({ body: false, ownerBody: null, retiredOn: null, successor: null, allowedActions: [], ...n, children: n.children.map(full) });

const TREE = (
  [
  {
    code: 'TU-BD',
    name: 'Thị ủy Ba Đồn',
    kind: 'PARTY_COMMITTEE',
    children: [
      { code: 'VP-TU', name: 'Văn phòng Thị ủy', kind: 'PARTY_OFFICE', children: [] },
      {
        code: 'P-BADON',
        name: 'Phường Ba Đồn',
        kind: 'WARD',
        children: [{ code: 'TDP-1', name: 'Tổ dân phố 1', kind: 'RESIDENTIAL_GROUP', children: [] }],
      },
      {
        code: 'X-QUANGSON',
        name: 'Xã Quảng Sơn',
        kind: 'COMMUNE',
        children: [{ code: 'T-TAYBAC', name: 'Thôn Tây Bắc', kind: 'VILLAGE', children: [] }],
      },
    ],
  },
  ] as Plain[]
).map(full);

async function openOrgUnits(roles: string[]) {
  const fetchMock = mockFetch({ 'GET /api/v1/org-units/tree': () => jsonResponse(TREE) });
  const userManager = createUserManager(testConfig, 'http://localhost:5173');
  const user = makeUser({ roles });
  await signIn(userManager, user);
  renderApp('/org-units', userManager);
  await screen.findByRole('heading', { level: 1, name: 'Đơn vị' });
  return { fetchMock, user };
}

describe('org units page', () => {
  it('loads the tree with the token and UI language, and renders it as nested lists', async () => {
    const { fetchMock, user } = await openOrgUnits(['secretariat']);
    expect(await screen.findByRole('button', { name: 'Thị ủy Ba Đồn' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Văn phòng Thị ủy')).toBeInTheDocument();
    // second level open by default, third level closed
    expect(screen.getByRole('button', { name: 'Phường Ba Đồn' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Tổ dân phố 1')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Cây đơn vị' })).toBeInTheDocument();
    expect(screen.getAllByText('Phường').length).toBeGreaterThan(0); // kind label
    expect(screen.getByText('Tổ dân phố')).toBeInTheDocument();

    // The tree's own request (the header's bell asks for its notifications beside it).
    const request = fetchMock.requests.find((r) => r.url.endsWith('/org-units/tree'))!;
    expect(request.url).toBe('http://api.test/api/v1/org-units/tree');
    expect(request.headers.get('Authorization')).toBe(`Bearer ${user.access_token}`);
    expect(request.headers.get('Accept-Language')).toBe('vi');
  });

  it('collapses and expands a unit', async () => {
    await openOrgUnits(['secretariat']);
    const ward = await screen.findByRole('button', { name: 'Phường Ba Đồn' });
    await userEvent.click(ward);
    expect(ward).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Tổ dân phố 1')).not.toBeInTheDocument();
    expect(document.getElementById(ward.getAttribute('aria-controls')!)).not.toBeVisible();
    await userEvent.click(ward);
    expect(ward).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Tổ dân phố 1')).toBeInTheDocument();
  });

  it('filters by name without diacritics, keeping the path to each match', async () => {
    await openOrgUnits(['secretariat']);
    await screen.findByRole('button', { name: 'Thị ủy Ba Đồn' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Lọc theo tên hoặc mã' }), 'tay bac');
    expect(await screen.findByText('Thôn Tây Bắc')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xã Quảng Sơn' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByText('Phường Ba Đồn')).not.toBeInTheDocument();
    expect(screen.queryByText('Văn phòng Thị ủy')).not.toBeInTheDocument();
    expect(screen.getByText('1 đơn vị khớp.')).toBeInTheDocument();

    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'không có');
    expect(await screen.findByText('Không có đơn vị nào khớp với “không có”.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Cây đơn vị' })).not.toBeInTheDocument();
  });

  it('filterTree keeps a matching unit with its subtree', () => {
    const result = filterTree(TREE as never, 'P-BADON');
    expect(result.matches).toBe(1);
    expect(result.nodes[0].children.map((c) => c.code)).toEqual(['P-BADON']);
    expect(result.nodes[0].children[0].children).toHaveLength(1);
    // the matching ward stays collapsed (its child does not match); the path to it opens
    expect([...result.expand].sort()).toEqual(['TU-BD']);
  });

  it('shows the add form to admins only, with server field errors next to the fields', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/org-units/tree': () => jsonResponse(TREE),
      'POST /api/v1/org-units': () =>
        problemResponse(400, {
          title: 'Invalid input',
          detail: 'One field is invalid.',
          errors: [{ field: 'code', message: 'Code TU-BD already exists.' }],
        }),
    });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['admin'] }));
    await act(() => setLanguage('en'));
    renderApp('/org-units', userManager);
    await screen.findByRole('button', { name: 'Thị ủy Ba Đồn' });
    const form = screen.getByRole('region', { name: 'Add a unit' });

    // client-side: required fields
    await userEvent.click(within(form).getByRole('button', { name: 'Add unit' }));
    expect(within(form).getByRole('textbox', { name: /Unit code/ })).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(within(form).getByRole('textbox', { name: /Unit code/ }), 'TU-BD');
    await userEvent.type(within(form).getByRole('textbox', { name: /Unit name/ }), 'Duplicate');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Kind/ }), 'WARD');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Parent unit/ }), 'TU-BD');
    await userEvent.click(within(form).getByRole('button', { name: 'Add unit' }));

    const code = within(form).getByRole('textbox', { name: /Unit code/ });
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining('Code TU-BD already exists.')));
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('heading', { name: 'Invalid input' })).toBeInTheDocument();

    const post = fetchMock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Accept-Language')).toBe('en');
    expect(await post.json()).toEqual({ code: 'TU-BD', name: 'Duplicate', kind: 'WARD', parentCode: 'TU-BD' });
  });

  it('hides the add form from non-admin staff', async () => {
    await openOrgUnits(['secretariat']);
    await screen.findByRole('button', { name: 'Thị ủy Ba Đồn' });
    expect(screen.queryByRole('region', { name: 'Thêm đơn vị' })).not.toBeInTheDocument();
  });

  it('shows "not allowed" when the server answers 403', async () => {
    mockFetch({ 'GET /api/v1/org-units/tree': () => problemResponse(403, { title: 'Forbidden' }) });
    const userManager = createUserManager(testConfig, 'http://localhost:5173');
    await signIn(userManager, makeUser({ roles: ['citizen'] }));
    renderApp('/org-units', userManager);
    expect(await screen.findByRole('heading', { name: 'Không có quyền truy cập' })).toBeInTheDocument();
  });
});
