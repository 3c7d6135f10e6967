// End-to-end: the real stack must already be up (MariaDB, Keycloak on :8180 with realm
// doithoai, the backend on :8080 and `vite preview` on :5173); this test starts nothing.
//   E2E_BASE_URL   the SPA (default http://localhost:5173)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
// Screenshots of failures go to reports/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, keycloakLogin, launchBrowser, newPage as openPage, step as stepIn } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const newPage = (viewport) => openPage(browser, viewport);

const step = (page, name, fn) => stepIn('e2e', page, name, fn);

const staffNav = (page) => page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });

describe('login through Keycloak', { timeout: 300_000 }, () => {
  it('staff (vanphong): logs in, sees the staff navigation and Ba Đồn units, axe-clean, logs out', async () => {
    const { context, page, problems } = await newPage({ width: 1280, height: 900 });
    try {
      await step(page, 'open home', async () => {
        await page.goto(`${BASE}/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoAxeViolations(page, 'home (anonymous)');
      });
      await step(page, 'staff login', async () => {
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
        await keycloakLogin(page, 'vanphong', 'demo');
        await staffNav(page).waitFor();
        await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      });
      await step(page, 'org units', async () => {
        await staffNav(page).getByText('Thêm', { exact: true }).click();
        await staffNav(page).getByRole('link', { name: 'Đơn vị' }).click();
        await page.waitForURL(`${BASE}/org-units`);
        await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
        await page.getByRole('button', { name: 'Mở tất cả' }).click();
        await page.getByText('Phường Ba Đồn', { exact: true }).first().waitFor();
        await page.getByText('Văn phòng Thị ủy', { exact: true }).first().waitFor();
        await expectNoAxeViolations(page, 'org units');
      });
      await step(page, 'home as staff', async () => {
        // Staff reach the home page (their to-do) by the brand.
        await page.getByRole('link', { name: 'Đối Thoại', exact: true }).click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoAxeViolations(page, 'home (staff)');
      });
      await step(page, 'logout', async () => {
        await page.getByRole('button', { name: 'Đăng xuất' }).click();
        await page.waitForURL(`${BASE}/`);
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).waitFor();
        assert.equal(await staffNav(page).count(), 0, 'staff navigation still shown after logout');
      });
      await step(page, 'keycloak session ended', async () => {
        // Logging in again must ask for the password: the Keycloak SSO session is gone.
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
        await page.waitForURL(/\/realms\/doithoai\/protocol\/openid-connect\/auth/);
        await page.locator('#username').waitFor();
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('citizen (congdan) on a 360 px phone: no staff navigation, own account only', async () => {
    const { context, page, problems } = await newPage({ width: 360, height: 740 });
    try {
      const menu = page.getByRole('button', { name: 'Menu' });
      await step(page, 'citizen login', async () => {
        await page.goto(`${BASE}/`);
        await menu.click();
        assert.equal(await menu.getAttribute('aria-expanded'), 'true');
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
        await keycloakLogin(page, 'congdan', 'demo');
        await menu.click();
        await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      });
      await step(page, 'citizen navigation', async () => {
        const mainNav = page.getByRole('navigation', { name: 'Điều hướng chính' });
        await mainNav.getByRole('link', { name: 'Tài khoản của tôi' }).waitFor();
        assert.equal(await staffNav(page).count(), 0, 'citizen sees the staff navigation');
        assert.equal(await page.locator('nav a[href="/org-units"]').count(), 0, 'citizen sees an org units link');
        await expectNoAxeViolations(page, 'home (citizen, phone)');
      });
      await step(page, 'citizen account', async () => {
        await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
        await page.waitForURL(`${BASE}/me`);
        await page.getByText('congdan', { exact: true }).waitFor();
        await expectNoAxeViolations(page, 'me (citizen, phone)');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
