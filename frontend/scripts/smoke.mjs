// Offline smoke test of the BUILT app (dist/), without Keycloak or the backend:
// serves dist/ with `vite preview` on a spare port, fakes Keycloak's endpoints inside the browser
// (page.route), logs in through the real OIDC code + PKCE flow of the SPA, runs axe on every page
// at 1280 px and 360 px, and saves screenshots to reports/smoke/. With the API absent the pages
// must show friendly error states. Usage: npm run build && npm run smoke
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const PORT = Number(process.env.SMOKE_PORT ?? 4179);
const BASE = `http://127.0.0.1:${PORT}`;
const KC = 'http://localhost:8180/realms/doithoai';
const OUT = 'reports/smoke';
mkdirSync(OUT, { recursive: true });

const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (claims) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.x`;

function tokens(roles, username) {
  const now = Math.floor(Date.now() / 1000);
  const base = { iss: KC, sub: `sub-${username}`, aud: 'doithoai-web', azp: 'doithoai-web', iat: now, exp: now + 300 };
  return {
    access_token: jwt({ ...base, preferred_username: username, realm_access: { roles } }),
    id_token: jwt({ ...base, name: 'Nguyễn Văn Phong', preferred_username: username }),
    refresh_token: 'r',
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'openid profile',
  };
}

async function fakeKeycloak(page, roles, username) {
  const cors = { 'Access-Control-Allow-Origin': BASE, 'Access-Control-Allow-Headers': '*', 'Content-Type': 'application/json' };
  await page.route(`${KC}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return route.fulfill({
        headers: cors,
        body: JSON.stringify({
          issuer: KC,
          authorization_endpoint: `${KC}/protocol/openid-connect/auth`,
          token_endpoint: `${KC}/protocol/openid-connect/token`,
          end_session_endpoint: `${KC}/protocol/openid-connect/logout`,
          jwks_uri: `${KC}/protocol/openid-connect/certs`,
        }),
      });
    }
    if (url.pathname.endsWith('/auth')) {
      const p = url.searchParams;
      if (p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) throw new Error('PKCE S256 missing');
      const back = `${p.get('redirect_uri')}?code=fake-code&state=${encodeURIComponent(p.get('state'))}`;
      return route.fulfill({ status: 302, headers: { Location: back } });
    }
    if (url.pathname.endsWith('/token')) {
      const body = new URLSearchParams(route.request().postData() ?? '');
      if (!body.get('code_verifier')) throw new Error('code_verifier missing');
      return route.fulfill({ headers: cors, body: JSON.stringify(tokens(roles, username)) });
    }
    if (url.pathname.endsWith('/logout')) {
      return route.fulfill({ status: 302, headers: { Location: url.searchParams.get('post_logout_redirect_uri') } });
    }
    return route.fulfill({ status: 404, headers: cors, body: '{}' });
  });
}

const TREE = [{ code: 'TU-BD', name: 'Thị ủy Ba Đồn', kind: 'PARTY_COMMITTEE', children: [
  { code: 'VP-TU', name: 'Văn phòng Thị ủy', kind: 'PARTY_OFFICE', children: [] },
  { code: 'UBND-BD', name: 'Ủy ban nhân dân thị xã Ba Đồn', kind: 'PEOPLES_COMMITTEE', children: [
    { code: 'PH-TP', name: 'Phòng Tư pháp', kind: 'DEPARTMENT', children: [] }] },
  { code: 'MTTQ-BD', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã', kind: 'FATHERLAND_FRONT', children: [] },
  { code: 'P-BADON', name: 'Phường Ba Đồn', kind: 'WARD', children: [
    { code: 'TDP-1', name: 'Tổ dân phố 1', kind: 'RESIDENTIAL_GROUP', children: [] }] },
  { code: 'X-QUANGSON', name: 'Xã Quảng Sơn', kind: 'COMMUNE', children: [
    { code: 'T-TAYBAC', name: 'Thôn Tây Bắc', kind: 'VILLAGE', children: [] }] }] }];

let failures = 0;
async function axe(page, name) {
  const result = await new AxeBuilder({ page }).analyze();
  const v = result.violations;
  console.log(`axe ${name}: ${v.length} violation(s)`);
  for (const x of v) {
    failures++;
    console.log(`  ${x.id} (${x.impact}): ${x.help}`);
    for (const n of x.nodes) console.log(`    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`);
  }
}

async function expectText(page, text) {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15000 });
  console.log(`ok: sees "${text}"`);
}

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stderr.on('data', () => {});
server.stdout.on('data', () => {});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${BASE}/config.json`)).ok) break;
    } catch { /* not up yet */ }
    await sleep(200);
  }
  for (const [width, height, tag] of [[1280, 900, 'desktop'], [360, 740, 'phone']]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.on('pageerror', (e) => { failures++; console.log('page error:', e.message); });
    await fakeKeycloak(page, ['secretariat', 'admin'], 'vanphong');
    // First pass: the backend is down (what the static server's proxy answers then).
    const apiDown = (route) => route.fulfill({ status: 502, body: '' });
    await page.route(`${BASE}/api/**`, apiDown);

    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { level: 1, name: 'Đối thoại với Nhân dân' }).waitFor();
    await axe(page, `home ${tag}`);
    await page.screenshot({ path: `${OUT}/home-${tag}.png`, fullPage: true });

    await page.goto(`${BASE}/khong-co`);
    await expectText(page, 'Không tìm thấy trang');
    await axe(page, `404 ${tag}`);

    await page.goto(`${BASE}/org-units`);
    await expectText(page, 'Cần đăng nhập');
    await axe(page, `login-required ${tag}`);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${BASE}/org-units`, { timeout: 15000 });
    await expectText(page, 'Máy chủ đang gặp sự cố'); // API absent: friendly error, not a crash
    if (tag === 'phone') {
      const toggle = page.getByRole('button', { name: 'Menu' });
      await toggle.click();
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') throw new Error('menu did not open');
    }
    await page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' }).getByRole('link', { name: 'Đơn vị' }).waitFor();
    await axe(page, `org-units (API down) ${tag}`);
    await page.screenshot({ path: `${OUT}/org-units-${tag}.png`, fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await expectText(page, 'The server has a problem');
    if ((await page.getAttribute('html', 'lang')) !== 'en') throw new Error('html lang not en');
    await page.getByRole('link', { name: 'My account' }).click();
    await expectText(page, 'The server has a problem');
    await axe(page, `me (API down, en) ${tag}`);
    await page.screenshot({ path: `${OUT}/me-en-${tag}.png`, fullPage: true });

    // Same pages with a fake API answering: the tree, the admin form with field errors, /me.
    await page.unroute(`${BASE}/api/**`, apiDown);
    await page.route(`${BASE}/api/v1/**`, (route) => {
      const url = new URL(route.request().url());
      const json = (status, body, type = 'application/json') =>
        route.fulfill({ status, headers: { 'Content-Type': type }, body: JSON.stringify(body) });
      if (url.pathname === '/api/v1/org-units/tree') return json(200, TREE);
      if (url.pathname === '/api/v1/me')
        return json(200, { username: 'vanphong', name: 'Nguyễn Văn Phong', roles: ['secretariat', 'admin'],
          orgUnit: { code: 'VP-TU', name: 'Văn phòng Thị ủy' }, ward: null });
      if (url.pathname === '/api/v1/org-units' && route.request().method() === 'POST')
        return json(400, { title: 'Dữ liệu không hợp lệ', status: 400, detail: 'Có 1 trường không hợp lệ.',
          errors: [{ field: 'code', message: 'Mã đơn vị đã tồn tại.' }] }, 'application/problem+json');
      return json(404, { title: 'Không tìm thấy', status: 404 }, 'application/problem+json');
    });
    if (tag === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click(); // the phone menu stays open
    await page.getByRole('link', { name: 'Đơn vị' }).click();
    await expectText(page, 'Phường Ba Đồn');
    await expectText(page, 'Văn phòng Thị ủy');
    await page.getByRole('searchbox').fill('tay bac');
    await expectText(page, '1 đơn vị khớp.');
    await page.getByRole('searchbox').fill('');
    await page.getByLabel('Mã đơn vị').fill('TU-BD');
    await page.getByLabel('Tên đơn vị').fill('Trùng');
    await page.getByLabel('Loại').selectOption('WARD');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expectText(page, 'Mã đơn vị đã tồn tại.');
    await axe(page, `org-units (tree + form errors) ${tag}`);
    await page.screenshot({ path: `${OUT}/org-units-tree-${tag}.png`, fullPage: true });
    if (tag === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
    await expectText(page, 'vanphong');
    await axe(page, `me ${tag}`);
    await page.screenshot({ path: `${OUT}/me-${tag}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(failures === 0 ? 'smoke: 1 passed, 0 failed' : `smoke: 0 passed, 1 failed (${failures} problem(s))`);
process.exit(failures === 0 ? 0 : 1);
