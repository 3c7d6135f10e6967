// End-to-end: a session survives normal use on a 360×740 phone, against the RUNNING stack.
// The office (vanphong) logs in once, then reloads, opens the app in a new tab, and presses Back twice (which
// passes over Keycloak's page and the login's old callback): every time the app shows them logged in, without a
// click, through Keycloak's SSO session; no token is ever kept in the browser's storage.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, keycloakLogin, launchBrowser, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Logged in as the office: the to-do is the landing page, and the menu offers "Đăng xuất". */
async function loggedIn(page, name) {
  await page.waitForURL((url) => url.href.startsWith(BASE) && !url.pathname.startsWith('/auth/'));
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Đăng nhập' }).count(), 0, `${name}: a login button is offered`);
  await menu.click();
  await expectNoAxeViolations(page, name);
  await noSidewaysScroll(page, name);
}

/** What the browser keeps across a reload: no token may be in it. */
async function storedTokens(page) {
  return page.evaluate(() => {
    const all = [];
    for (const s of [localStorage, sessionStorage]) for (let i = 0; i < s.length; i++) all.push(s.getItem(s.key(i)));
    return all.filter((v) => v && /eyJ[\w-]+\.[\w-]+\./.test(v));
  });
}

describe('a session survives a reload, a new tab and Back (360 px phone)', { timeout: 600_000 }, () => {
  it('stays logged in after the reload, in a new tab and after Back twice', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-staying-in', page, name, fn);
    try {
      await step('log in', async () => {
        await page.goto(`${BASE}/`);
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
        await keycloakLogin(page, 'vanphong', 'demo');
        await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
        await loggedIn(page, 'to-do after login');
        // One step inside the app, so that Back first stays in the app, then crosses the login.
        await page.getByRole('button', { name: 'Menu' }).click();
        const staffNav = page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
        await staffNav.getByText('Thêm', { exact: true }).click();
        await staffNav.getByRole('link', { name: 'Đơn vị' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
      });
      await step('reload', async () => {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
        await page.getByRole('button', { name: 'Mở tất cả' }).waitFor();
        await loggedIn(page, 'org units after reload');
        assert.deepEqual(await storedTokens(page), [], 'a token was written to storage');
      });
      await step('new tab', async () => {
        const tab = await context.newPage();
        try {
          await tab.goto(`${BASE}/todo`);
          await tab.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
          await loggedIn(tab, 'to-do in a new tab');
        } finally {
          await tab.close();
        }
      });
      await step('back once', async () => {
        await page.goBack({ waitUntil: 'commit' });
        await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
        await loggedIn(page, 'to-do after Back');
      });
      await step('back twice', async () => {
        // Back onto Keycloak's page, which sends the browser on to the login's used callback: home, still logged in.
        await page.goBack({ waitUntil: 'commit' });
        await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
        assert.ok(!new URL(page.url()).pathname.startsWith('/auth/'), `stranded on ${page.url()}`);
        await loggedIn(page, 'to-do after Back twice');
        assert.equal(await page.getByText('No matching state').count(), 0);
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
