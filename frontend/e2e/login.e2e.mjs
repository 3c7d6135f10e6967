// End-to-end: the real stack must already be up (MariaDB, Keycloak on :8180 with realm
// doithoai, the backend on :8080 and `vite preview` on :5173); this test starts nothing.
//   E2E_BASE_URL   the SPA (default http://localhost:5173)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
// Screenshots of failures go to reports/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const BASE = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORTS = new URL('../reports/', import.meta.url);
const TIMEOUT = 60_000; // Keycloak can be slow on 2 cores
mkdirSync(REPORTS, { recursive: true });

let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

async function newPage(viewport) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(TIMEOUT);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

/** Runs fn; on failure saves a screenshot named after the step, then rethrows. */
async function step(page, name, fn) {
  try {
    return await fn();
  } catch (e) {
    const file = new URL(`e2e-${name.replace(/[^a-z0-9]+/gi, '-')}.png`, REPORTS);
    await page.screenshot({ path: file.pathname, fullPage: true }).catch(() => {});
    console.error(`step "${name}" failed at ${page.url()}; screenshot ${file.pathname}`);
    throw e;
  }
}

async function expectNoAxeViolations(page, name) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations) {
    console.log(`axe ${name}: ${v.id} (${v.impact}) ${v.help}`);
    for (const n of v.nodes) console.log(`  ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`);
  }
  assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on ${name}`);
}

async function keycloakLogin(page, username, password) {
  await page.waitForURL(/\/realms\/doithoai\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE) && !url.pathname.startsWith('/auth/'));
}

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
        await staffNav(page).getByRole('link', { name: 'Đơn vị' }).click();
        await page.waitForURL(`${BASE}/org-units`);
        await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
        await page.getByRole('button', { name: 'Mở tất cả' }).click();
        await page.getByText('Phường Ba Đồn', { exact: true }).first().waitFor();
        await page.getByText('Văn phòng Thị ủy', { exact: true }).first().waitFor();
        await expectNoAxeViolations(page, 'org units');
      });
      await step(page, 'home as staff', async () => {
        await page.getByRole('link', { name: 'Trang chủ' }).click();
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
