// End-to-end: the chair's rulings and the public accountability page, against the RUNNING stack
// (`make e2e`). A held plan with two items is set up through the API (password grant, doithoai-cli); then
//   1. vanphong (office) drafts two rulings in the browser: one to resolve (lead unit, due date), one explained;
//   2. bithu (chair) issues both, confirming each;
//   3. anyone, on a 360 px phone, sees them on /giai-trinh/:planId and finds one by the item's tracking code.
// axe must find 0 violations on the rulings pages and the public pages, and none may scroll sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';
import { act, api, createTownPlan, tokenFor, typedDay, vietnamDay as day } from './api.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const TITLES = [`Mương thoát nước tổ 7 bị tắc ${SUFFIX}`, `Đèn đường khu phố 2 không sáng ${SUFFIX}`];
const RESOLVE = `Giao Phòng Quản lý đô thị nạo vét mương tổ 7 trước mùa mưa ${SUFFIX}`;
const EXPLAINED = `Đã giải thích: đèn đường khu phố 2 được thay trong quý I ${SUFFIX}`;

let browser;
let planId = null;
const codes = [];
before(async () => {
  browser = await launchBrowser();
  const office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const plan = await createTownPlan(office, { title: `Đối thoại kết luận e2e ${SUFFIX}`, number: '88', sessionDay: day(-1), focusArea: 'Hạ tầng đô thị' });
  planId = plan.id;
  await act(office, planId, 'SUBMIT');
  await act(chair, planId, 'APPROVE');
  await act(office, planId, 'PUBLISH');
  for (const title of TITLES) {
    const { json } = await api(office, 'POST', `/api/v1/plans/${planId}/feedback`, {
      kind: 'PETITION', channel: 'AT_SESSION', title, content: `${title}: đề nghị xử lý`, wardCode: 'phuong-ba-don',
      submitterName: 'Nguyễn Thị Riêng Tư', submitterPhone: '0912345678',
      // A named sender's data is taken in only with their consent, given at the session.
      consent: { noticeVersion: 1, purposes: ['HANDLE_MATTER', 'CONTACT_ME'], channel: 'IN_PERSON' },
    });
    codes.push(json.trackingCode);
  }
  await act(office, planId, 'HOLD');
});
after(async () => {
  await browser?.close();
});

describe('rulings: drafted by the office, issued by the chair, public on a phone', { timeout: 600_000 }, () => {
  it('drafts two rulings, issues them, and shows them on the public page with a lookup by code', async () => {
    const ids = [];
    {
      const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
      const step = (name, fn) => stepIn('e2e-rulings-office', page, name, fn);
      try {
        await step('list', async () => {
          await loginAt(page, `/plans/${planId}/rulings`, 'vanphong');
          await page.getByRole('heading', { level: 1, name: 'Kết luận của chủ trì' }).waitFor();
          await page.getByText('Chưa có kết luận nào.').waitFor();
          await expectNoAxeViolations(page, 'rulings list (phone)');
          await noSidewaysScroll(page, 'rulings list');
        });
        const draft = async (kind, content, title) => {
          await page.getByRole('link', { name: 'Soạn kết luận' }).click();
          await page.getByRole('heading', { level: 1, name: 'Soạn kết luận mới' }).waitFor();
          await page.getByRole('radio', { name: kind }).check();
          await page.getByRole('textbox', { name: /Nội dung kết luận/ }).fill(content);
          if (kind === 'Giao giải quyết') {
            await page.locator('option', { hasText: 'Phòng Quản lý đô thị' }).first().waitFor({ state: 'attached' });
            await page.getByRole('combobox', { name: /Đơn vị chủ trì/ }).selectOption({ label: 'Phòng Quản lý đô thị' });
            await page.getByLabel(/Thời hạn/).fill(typedDay(day(30)));
          }
          await page.getByRole('searchbox', { name: /Tìm ý kiến trong kế hoạch/ }).fill(SUFFIX);
          await page.getByRole('button', { name: 'Tìm', exact: true }).click();
          await page.getByRole('checkbox', { name: new RegExp(title) }).check();
          if (ids.length === 0) {
            await expectNoAxeViolations(page, 'ruling form (phone)');
            await noSidewaysScroll(page, 'ruling form');
          }
          const created = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/rulings`) && r.request().method() === 'POST');
          await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
          const res = await created;
          assert.equal(res.status(), 201, 'drafted');
          ids.push((await res.json()).id);
          await page.getByText('Đã lưu dự thảo kết luận.').waitFor();
          await page.getByRole('link', { name: 'Về danh sách kết luận' }).click();
          await page.getByRole('heading', { level: 1, name: 'Kết luận của chủ trì' }).waitFor();
        };
        await step('draft resolve', () => draft('Giao giải quyết', RESOLVE, TITLES[0]));
        await step('draft explained', () => draft('Đã giải thích', EXPLAINED, TITLES[1]));
        await step('drafts listed', async () => {
          await page.getByRole('heading', { name: 'Dự thảo (2)' }).waitFor();
          await expectNoAxeViolations(page, 'rulings list with drafts (phone)');
          await noSidewaysScroll(page, 'rulings list with drafts');
        });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
    {
      const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
      const step = (name, fn) => stepIn('e2e-rulings-chair', page, name, fn);
      try {
        await step('issue both', async () => {
          await loginAt(page, `/plans/${planId}/rulings`, 'bithu');
          for (const n of [1, 2]) {
            await page.getByRole('link', { name: `Kết luận số ${n}`, exact: true }).click();
            await page.getByRole('heading', { level: 1, name: `Kết luận số ${n} · Dự thảo` }).waitFor();
            if (n === 1) {
              await expectNoAxeViolations(page, 'ruling detail (phone)');
              await noSidewaysScroll(page, 'ruling detail');
            }
            await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
            await page.getByRole('button', { name: 'Xác nhận ban hành' }).click();
            await page.getByText('Đã ban hành kết luận.').waitFor();
            await page.getByRole('heading', { level: 1, name: `Kết luận số ${n} · Đã ban hành` }).waitFor();
            await page.getByRole('link', { name: 'Về danh sách kết luận' }).click();
          }
          await page.getByRole('heading', { name: 'Đã ban hành (2)' }).waitFor();
        });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
    {
      const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
      const step = (name, fn) => stepIn('e2e-rulings-public', page, name, fn);
      try {
        await step('public page', async () => {
          await page.goto(`${BASE}/giai-trinh/${planId}`);
          await page.getByRole('heading', { level: 1, name: `Đối thoại kết luận e2e ${SUFFIX}` }).waitFor();
          await page.getByText(RESOLVE).waitFor();
          await page.getByText(EXPLAINED).waitFor();
          // Issued, nobody has reported on it yet: not started, never "in progress".
          await page.locator('.ac-card', { hasText: RESOLVE }).locator('.standing', { hasText: 'Chưa thực hiện' }).first().waitFor();
          assert.equal(await page.getByText('Nguyễn Thị Riêng Tư').count(), 0, 'no citizen names on the public page');
          await expectNoAxeViolations(page, 'public rulings (phone)');
          await noSidewaysScroll(page, 'public rulings');
        });
        await step('lookup by code', async () => {
          await page.getByRole('textbox', { name: /Mã tra cứu/ }).fill(codes[0].toLowerCase());
          await page.getByRole('button', { name: 'Tra cứu' }).click();
          await page.getByRole('heading', { name: `Kết luận về ý kiến ${codes[0]}` }).waitFor();
          await expectNoAxeViolations(page, 'public lookup result (phone)');
          await noSidewaysScroll(page, 'public lookup result');
        });
        await step('plans list', async () => {
          await page.getByRole('link', { name: 'Tất cả kế hoạch' }).click();
          await page.getByRole('heading', { level: 1, name: 'Giải trình kết quả đối thoại' }).waitFor();
          await page.getByRole('link', { name: `Đối thoại kết luận e2e ${SUFFIX}` }).waitFor();
          await expectNoAxeViolations(page, 'accountability plans (phone)');
          await noSidewaysScroll(page, 'accountability plans');
        });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  });
});
