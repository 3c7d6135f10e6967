// End-to-end: the real stack must already be up (MariaDB, Keycloak on :8180 with realm
// doithoai, the backend on :8080 and `vite preview` on :5173); this test starts nothing.
//   E2E_BASE_URL   the SPA (default http://localhost:5173)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
//   E2E_LIGHTHOUSE_DIR  a folder holding node_modules/lighthouse (12.2.3) and puppeteer-core: Lighthouse mobile then
//                  audits the login page (performance at least 95, accessibility 100) and prints its scores and weight
// Screenshots of failures go to reports/; the login page on a phone goes to docs/samples/login-phone.png.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, keycloakLogin, launchBrowser, lighthouseMobile, newPage as openPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const newPage = (viewport) => openPage(browser, viewport);

const step = (page, name, fn) => stepIn('e2e', page, name, fn);

/** What a cheap phone downloads for the login page: every subresource, compressed as sent, headers included. */
const LOGIN_PAGE_BUDGET = 100 * 1024;

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

  it('the login page on a 360 px phone: ours, Vietnamese first, light, axe-clean, English on a tap', async () => {
    const { context, page, problems } = await newPage(PHONE_VIEWPORT);
    try {
      let loginUrl;
      await step(page, 'open the login page', async () => {
        await page.goto(`${BASE}/`);
        await page.getByRole('button', { name: 'Menu' }).click();
        // Counted from the request for the login page itself (the SPA's own calls before it are not the page's).
        const loaded = [];
        page.on('request', (r) => { if (r.isNavigationRequest() && /\/openid-connect\/auth/.test(r.url())) loaded.length = 0; });
        page.on('requestfinished', (r) => loaded.push(r));
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
        await page.waitForURL(/\/realms\/doithoai\/protocol\/openid-connect\/auth/);
        await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
        await page.waitForLoadState('load');
        loginUrl = page.url();
        assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
        await page.getByLabel('Tên đăng nhập hoặc email').waitFor();
        await page.getByLabel('Mật khẩu').waitFor();
        await page.getByRole('link', { name: 'Quên mật khẩu?' }).waitFor();
        assert.equal(await page.locator('script').count(), 0, 'the login page runs no script');
        // What the login page cost on the wire, from the moment the SPA handed over to Keycloak.
        const sizes = await Promise.all(loaded.map(async (r) => {
          const s = await r.sizes();
          return { url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize };
        }));
        const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
        console.log(`login page transfer: ${total} bytes (${sizes.map((s) => `${new URL(s.url).pathname.split('/').pop()} ${s.bytes}`).join(', ')})`);
        assert.ok(total < LOGIN_PAGE_BUDGET, `the login page weighs ${total} bytes`);
        await expectNoAxeViolations(page, 'login page (phone)');
        await noSidewaysScroll(page, 'login page');
        await page.screenshot({ path: new URL('../../docs/samples/login-phone.png', import.meta.url).pathname });
      });
      await step(page, 'a wrong password, said and tied to the field', async () => {
        await page.locator('#username').fill('congdan');
        await page.locator('#password').fill('sai-mat-khau');
        await page.locator('#kc-login').click();
        const error = page.locator('#input-error');
        await error.waitFor();
        assert.equal(await page.locator('#password').getAttribute('aria-describedby'), 'input-error');
        assert.equal(await page.locator('#password').getAttribute('aria-invalid'), 'true');
        await expectNoAxeViolations(page, 'login page with an error (phone)');
      });
      await step(page, 'English on a tap, and back', async () => {
        await page.getByRole('link', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        await page.getByRole('link', { name: 'Forgot password?' }).waitFor();
        await page.getByRole('link', { name: 'Tiếng Việt' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      });
      await step(page, 'forgotten password page', async () => {
        await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
        await page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' }).waitFor();
        await expectNoAxeViolations(page, 'forgotten password (phone)');
        await noSidewaysScroll(page, 'forgotten password');
        await page.getByRole('link', { name: 'Quay lại trang đăng nhập' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      });
      await step(page, 'log in from the phone', async () => {
        await page.locator('#username').fill('congdan');
        await page.locator('#password').fill('demo');
        await page.locator('#kc-login').click();
        await page.waitForURL((url) => url.href.startsWith(BASE) && !url.pathname.startsWith('/auth/'));
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      });
      if (process.env.E2E_LIGHTHOUSE_DIR) {
        await step(page, 'lighthouse', async () => {
          const lhr = await lighthouseMobile(loginUrl, ['performance', 'accessibility'], ['--lang=vi-VN']);
          const performance = Math.round(lhr.categories.performance.score * 100);
          const accessibility = Math.round(lhr.categories.accessibility.score * 100);
          const failed = Object.values(lhr.audits).filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary').map((a) => a.id);
          console.log(`lighthouse mobile on the login page: performance ${performance}, accessibility ${accessibility}, `
            + `transfer ${lhr.audits['total-byte-weight'].numericValue} bytes, FCP ${Math.round(lhr.audits['first-contentful-paint'].numericValue)} ms, `
            + `LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`);
          assert.ok(performance >= 95, `Lighthouse performance ${performance}`);
          assert.equal(accessibility, 100, `Lighthouse accessibility ${accessibility}: ${failed.join(', ')}`);
        });
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
