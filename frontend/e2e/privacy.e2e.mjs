// End-to-end: a person's rights over their data (quyền của chủ thể dữ liệu), against the RUNNING stack.
//   1. a citizen, not logged in, sends an opinion with their name, phone and e-mail, consenting under the privacy
//      notice, and gets a tracking code;
//   2. the office (vanphong, through the real Keycloak) opens /privacy, finds the person by phone, records their
//      request to see their data and downloads the JSON copy, which carries their name, phone, e-mail and opinion;
//   3. the office records their request to be erased and erases them;
//   4. the opinion's page still shows the matter, without their name or phone, and the person is found no more.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, giveConsent, goInApp, launchBrowser, loginAt, newPage, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const NAME = `Hoàng Thị Xóa ${SUFFIX}`;
const PHONE = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const EMAIL = `xoa-${SUFFIX}@example.vn`;
const TITLE = `Cống thoát nước tổ dân phố 4 bị tắc ${SUFFIX}`;
const CONTENT = 'Cống thoát nước đầu ngõ bị tắc, mưa lớn là nước tràn vào nhà dân. Đề nghị nạo vét trước mùa mưa.';
const OFFICE_SCREEN = { width: 1280, height: 900 };
let planId = null;
let itemId = null;
let browser;

const step = (page, name, fn) => stepIn('e2e-privacy', page, name, fn);

before(async () => {
  browser = await launchBrowser();
  // The published demo commune plan, as the feedback test uses it.
  const res = await fetch(`${BASE}/api/v1/public/plans?size=100`, { headers: { Accept: 'application/json' } });
  assert.equal(res.status, 200, 'public plan list');
  const plan = (await res.json()).items.find((p) => p.title.startsWith('Đối thoại giữa Chủ tịch UBND phường Ba Đồn') && p.status === 'PUBLISHED');
  assert.ok(plan, 'the demo commune plan is published');
  planId = plan.id;
});
after(async () => {
  await browser?.close();
});

describe("a person's data: seen, copied and erased", { timeout: 300_000 }, () => {
  it('a citizen sends an opinion with their contact and consent, and gets a tracking code', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    try {
      await step(page, 'send with contact', async () => {
        await page.goto(`${BASE}/ke-hoach/${planId}`);
        await page.getByRole('link', { name: 'Gửi ý kiến, kiến nghị' }).click();
        await page.getByRole('heading', { level: 1, name: 'Gửi ý kiến, kiến nghị' }).waitFor();
        await page.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await page.getByRole('radio', { name: /^Kiến nghị/ }).check();
        await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
        await page.getByRole('textbox', { name: 'Nội dung' }).fill(CONTENT);
        await page.getByRole('combobox', { name: 'Phường, xã', exact: true }).selectOption({ label: 'Phường Ba Đồn' });
        await page.getByRole('textbox', { name: 'Họ và tên' }).fill(NAME);
        await page.getByRole('textbox', { name: 'Số điện thoại di động' }).fill(PHONE);
        await page.getByRole('textbox', { name: 'Thư điện tử' }).fill(EMAIL);
        await giveConsent(page);
        const sent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/feedback`) && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
        const res = await sent;
        assert.equal(res.status(), 201, 'the item is created');
        itemId = (await res.json()).id;
        await page.getByRole('heading', { level: 1, name: 'Đã gửi ý kiến' }).waitFor();
        const code = (await page.locator('.fb-code').textContent())?.trim() ?? '';
        assert.match(code, /^DT-\d{4}-[2-9A-HJKMNP-Z]{5}$/, 'a tracking code is shown');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the office finds the person, hands them their copy, erases them, and the matter stays without them', async () => {
    assert.ok(itemId, 'the item was sent');
    const { context, page, problems } = await newPage(browser, OFFICE_SCREEN);
    const find = page.getByRole('region', { name: 'Tìm dữ liệu của một người' });
    const request = page.getByRole('region', { name: /^(Xem, nhận bản sao|Xóa) — / });
    const findByPhone = async () => {
      await find.getByRole('textbox', { name: 'Số điện thoại' }).fill(PHONE);
      await find.getByRole('button', { name: 'Tìm', exact: true }).click();
    };
    try {
      await step(page, 'find the person', async () => {
        await loginAt(page, '/privacy', 'vanphong', 'Đăng xuất');
        await page.getByRole('heading', { level: 1, name: 'Yêu cầu về dữ liệu cá nhân' }).waitFor();
        await findByPhone();
        await find.getByText(TITLE, { exact: true }).waitFor();
        await find.getByText(NAME, { exact: true }).waitFor();
      });
      await step(page, 'access: the JSON copy', async () => {
        await find.getByRole('combobox', { name: 'Loại yêu cầu' }).selectOption({ label: 'Xem, nhận bản sao' });
        await find.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
        await page.getByRole('heading', { level: 2, name: /^Xem, nhận bản sao — / }).waitFor();
        const saved = page.waitForEvent('download');
        await request.getByRole('button', { name: 'Tải bản sao JSON' }).click();
        const copy = readFileSync(await (await saved).path(), 'utf8');
        JSON.parse(copy);
        for (const value of [NAME, PHONE, EMAIL, TITLE]) assert.ok(copy.includes(value), `the copy carries ${value}`);
      });
      await step(page, 'erasure', async () => {
        await find.getByRole('combobox', { name: 'Loại yêu cầu' }).selectOption({ label: 'Xóa' });
        await find.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
        await page.getByRole('heading', { level: 2, name: /^Xóa — / }).waitFor();
        await request.getByRole('button', { name: 'Xóa dữ liệu của người này' }).click();
        await request.getByRole('button', { name: 'Xác nhận xóa' }).click();
        await request.getByText(/Đã thực hiện/).waitFor();
      });
      await step(page, 'found no more', async () => {
        await findByPhone();
        await find.getByText('Không có dữ liệu nào về người này.').waitFor();
      });
      await step(page, 'the matter stays without them', async () => {
        await goInApp(page, `/feedback/${itemId}`);
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await page.getByText(CONTENT).first().waitFor();
        const text = (await page.getByRole('main').textContent()) ?? '';
        for (const value of [NAME, PHONE, EMAIL]) assert.ok(!text.includes(value), `the item's page still shows ${value}`);
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
