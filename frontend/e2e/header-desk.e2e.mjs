// End-to-end: on a 1366 px desk the staff header holds on one row, for the roles with the longest menus (the office
// and the chair), and no two visible menu entries read "Kế hoạch". Against the RUNNING stack; axe on the page shown.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, launchBrowser, loginAt, newPage, step as stepIn } from './support.mjs';

const DESK = { width: 1366, height: 768 };
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('the staff header on a 1366 px desk', { timeout: 600_000 }, () => {
  for (const username of ['vanphong', 'bithu']) {
    it(`holds on one row for ${username}`, async () => {
      const { context, page, problems } = await newPage(browser, DESK);
      const step = (name, fn) => stepIn(`e2e-header-${username}`, page, name, fn);
      try {
        await step('log in', () => loginAt(page, '/', username, 'Đăng xuất'));
        await step('one row', async () => {
          await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
          // One row is one touch-sized line (44 px) and the bar's padding; a second row would add at least 44 px.
          const height = await page.locator('.header__bar').evaluate((el) => el.getBoundingClientRect().height);
          assert.ok(height < 80, `the header takes ${height}px, more than one row`);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= DESK.width, `the page scrolls sideways (${scrollWidth}px)`);
          const plans = page.getByRole('banner').getByRole('link', { name: /^Kế hoạch/ });
          const visible = [];
          for (let i = 0; i < (await plans.count()); i++) if (await plans.nth(i).isVisible()) visible.push(await plans.nth(i).innerText());
          assert.deepEqual(visible, ['Kế hoạch'], 'the header names more than one "Kế hoạch"');
          await expectNoAxeViolations(page, `to-do on a desk (${username})`);
        });
        await step('"Thêm" opens the rest', async () => {
          const staffNav = page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
          await staffNav.getByText('Thêm', { exact: true }).click();
          await staffNav.getByRole('link', { name: 'Kế hoạch đối thoại' }).waitFor();
          await expectNoAxeViolations(page, `"Thêm" open (${username})`);
          await staffNav.getByRole('link', { name: 'Báo cáo', exact: true }).click();
          await page.waitForURL(/\/reports$/);
          // "Thêm" closes once a page is chosen.
          await staffNav.getByRole('link', { name: 'Kế hoạch đối thoại' }).waitFor({ state: 'hidden' });
        });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
