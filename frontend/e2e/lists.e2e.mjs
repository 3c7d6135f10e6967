// End-to-end: lists for work and our own date field, against the RUNNING stack (`make e2e` starts it). Set up through
// the API: vanphong (office) makes a town plan held yesterday with 25 items of its own. Then, in the browser:
//   1. on a desk (1366 px): the plan's list says its total, rows are one line, "Cũ nhất trước" turns the order round,
//      "Xem nhanh" opens the side panel, Escape closes it and focus returns to the row's button;
//   2. on a 360×740 phone: compact cards, "Xem thêm" loads the next page, a card opens its details on tap, an item
//      opens, and Back returns to the same 25 rows at the same scroll; screenshot docs/samples/phone-list.png;
//   3. in an English-locale browser, a plan's issue date typed as dd/MM/yyyy is saved as that day.
// axe must find 0 violations on every page visited.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, now, PHONE_VIEWPORT, step as stepIn } from './support.mjs';
import { act, api, createTownPlan, tokenFor, typedDay, vietnamDay } from './api.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const COUNT = 25;
const title = (i) => `Ý kiến danh sách số ${String(i).padStart(2, '0')} (${SUFFIX})`;
const DESK = { width: 1366, height: 900 };

let browser;
let planId = null;
let office = null;
before(async () => {
  browser = await launchBrowser();
  office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const plan = await createTownPlan(office, { title: `Đối thoại về danh sách ${SUFFIX}`, number: '77', sessionDay: vietnamDay(-1), focusArea: 'Giao thông, đô thị' });
  planId = plan.id;
  for (const [token, action] of [[office, 'SUBMIT'], [chair, 'APPROVE'], [office, 'PUBLISH'], [office, 'HOLD']]) await act(token, planId, action);
  for (let i = 0; i < COUNT; i++) {
    await api(office, 'POST', `/api/v1/plans/${planId}/feedback`, {
      kind: 'PETITION',
      channel: 'AT_SESSION',
      title: title(i),
      content: `Nội dung ý kiến số ${i}: đường ngập khi mưa lớn, đề nghị nạo vét cống.`,
      wardCode: 'phuong-ba-don',
    });
  }
});
after(async () => {
  await browser?.close();
});

describe('lists for work', { timeout: 600_000 }, () => {
  it('on a desk: total, one-line rows, sorting, and a side panel that Escape closes', async () => {
    const { context, page, problems } = await newPage(browser, DESK);
    const step = (name, fn) => stepIn('e2e-lists-desk', page, name, fn);
    try {
      await step('list', async () => {
        await loginAt(page, `/plans/${planId}/feedback`, 'vanphong', 'Đăng xuất');
        await page.getByText(`Đang hiển thị 20 trong tổng số ${COUNT} ý kiến.`).waitFor();
        // Newest first.
        await page.getByRole('row').nth(1).getByRole('link', { name: title(COUNT - 1) }).waitFor();
        const heights = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
        assert.ok(Math.max(...heights) <= 48, `rows are one line (tallest ${Math.max(...heights)} px)`);
        await expectNoAxeViolations(page, 'feedback list (desk)');
      });
      await step('sort', async () => {
        await page.getByLabel('Sắp xếp').selectOption('createdAt');
        await page.waitForURL(/sort=createdAt/);
        await page.getByRole('row').nth(1).getByRole('link', { name: title(0) }).waitFor();
      });
      await step('side panel', async () => {
        const open = page.getByRole('button', { name: `Xem nhanh: ${title(0)}` });
        await open.focus();
        await page.keyboard.press('Enter');
        const panel = page.getByRole('dialog', { name: title(0) });
        await panel.waitFor();
        await panel.getByText('Nội dung ý kiến số 0:', { exact: false }).waitFor();
        await panel.getByRole('link', { name: 'Mở trang ý kiến' }).waitFor();
        await expectNoAxeViolations(page, 'feedback side panel (desk)');
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
        assert.equal(focused, `Xem nhanh: ${title(0)}`, 'focus returns to the row it was opened from');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('on a phone: compact cards, more on tap, and Back from an item returns to the same rows and scroll', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-lists-phone', page, name, fn);
    try {
      await step('cards', async () => {
        await loginAt(page, `/plans/${planId}/feedback`, 'vanphong');
        await page.getByText(`Đang hiển thị 20 trong tổng số ${COUNT} ý kiến.`).waitFor();
        const cards = page.locator('.fb-card');
        assert.equal(await cards.count(), 20);
        const tallest = Math.max(...(await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))));
        assert.ok(tallest <= 130, `cards are compact (tallest ${tallest} px)`);
        await expectNoAxeViolations(page, 'feedback list (phone)');
        await noSidewaysScroll(page, 'feedback list');
      });
      await step('load more and tap', async () => {
        await page.getByRole('button', { name: 'Xem thêm' }).click();
        await page.getByText(`Đang hiển thị ${COUNT} trong tổng số ${COUNT} ý kiến.`).waitFor();
        await page.waitForURL(/pages=2/);
        const card = page.locator('.fb-card', { has: page.getByRole('link', { name: title(2) }) });
        await card.getByText('Chi tiết').click();
        await card.getByText('Phường Ba Đồn').waitFor();
        await expectNoAxeViolations(page, 'feedback list, card open (phone)');
      });
      let scrolled = 0;
      await step('open an item and come back', async () => {
        const link = page.getByRole('link', { name: title(2) });
        await link.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        scrolled = await page.evaluate(() => window.scrollY);
        assert.ok(scrolled > 1000, `scrolled down the list (${scrolled} px)`);
        await link.click();
        await page.getByRole('heading', { level: 1, name: title(2) }).waitFor();
        await expectNoAxeViolations(page, 'feedback item (phone)');
        await page.goBack();
        await page.getByText(`Đang hiển thị ${COUNT} trong tổng số ${COUNT} ý kiến.`).waitFor();
        assert.equal(await page.locator('.fb-card').count(), COUNT, 'the loaded rows are back');
        await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, scrolled);
        await page.screenshot({ path: new URL('../../docs/samples/phone-list.png', import.meta.url).pathname });
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('in an English-locale browser, a date typed dd/MM/yyyy is saved as that day', async () => {
    const draft = await createTownPlan(office, { title: `Kế hoạch ngày ban hành ${SUFFIX}`, number: '78', sessionDay: vietnamDay(30), focusArea: 'Đô thị' });
    const context = await browser.newContext({ viewport: DESK, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
    await context.clock.install({ time: now() });
    const page = await context.newPage();
    const step = (name, fn) => stepIn('e2e-lists-date', page, name, fn);
    const day = vietnamDay(-3);
    try {
      await step('type and save', async () => {
        await loginAt(page, `/plans/${draft.id}/edit`, 'vanphong', 'Đăng xuất');
        await page.getByRole('heading', { level: 1, name: 'Sửa kế hoạch' }).waitFor();
        const field = page.getByLabel('Ngày ban hành', { exact: true });
        await field.fill('');
        await field.pressSequentially(typedDay(day).replace(/\//g, ''));
        assert.equal(await field.inputValue(), typedDay(day), 'separators put in while typing');
        await expectNoAxeViolations(page, 'plan editor (en-US browser)');
        await page.getByRole('button', { name: 'Lưu', exact: true }).click();
        await page.waitForURL(`${BASE}/plans/${draft.id}`);
      });
      const { json } = await api(office, 'GET', `/api/v1/plans/${draft.id}`);
      assert.equal(json.issueDate, day);
    } finally {
      await context.close();
    }
  });
});
