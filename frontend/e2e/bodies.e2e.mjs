// End-to-end: one installation, several bodies, against the RUNNING stack (`make e2e`).
// Ba Đồn's office publishes a plan through the API; then, in the browser:
//   1. Bắc Gianh's office (vanphong2) neither finds it in its list nor opens it by its address: "not found";
//   2. the province's office (vptinh) reads it, with no button that would change it, and its account page says it
//      oversees the bodies below;
//   3. anyone, on a phone, finds both bodies' published plans in the public list, each naming its body.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, goInApp, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';
import { act, createTownPlan, tokenFor, vietnamDay } from './api.mjs';

const LAPTOP = { width: 1280, height: 800 };
const TITLE = `Đối thoại của phường Ba Đồn (e2e ${Date.now().toString(36).slice(-5)})`;
/** Bắc Gianh's next dialogue, published by the demo data. */
const BAC_GIANH_PLAN = /Đối thoại giữa Chủ tịch UBND phường Bắc Gianh với Nhân dân/;

/** The "Cơ quan tổ chức" fact of a plan's card: the body holding the plan. */
const holdingBody = (card) => card.locator('dt:text-is("Cơ quan tổ chức") + dd');

let browser;
let planId;
before(async () => {
  browser = await launchBrowser();
  const office = await tokenFor('vanphong');
  const plan = await createTownPlan(office, { title: TITLE, number: '96', sessionDay: vietnamDay(20), focusArea: 'Chỉnh trang đô thị' });
  planId = plan.id;
  await act(office, planId, 'SUBMIT');
  await act(await tokenFor('bithu'), planId, 'APPROVE');
  await act(office, planId, 'PUBLISH');
});
after(async () => {
  await browser?.close();
});

describe('bodies on one installation', { timeout: 600_000 }, () => {
  it("another body's office finds nothing of Ba Đồn's plan", async () => {
    const { page, context } = await newPage(browser, LAPTOP);
    const step = (name, fn) => stepIn('e2e-bodies-other', page, name, fn);
    try {
      await step('by its address: not found', async () => {
        await loginAt(page, `/plans/${planId}`, 'vanphong2', 'Đăng xuất');
        await page.getByRole('heading', { name: 'Không tìm thấy' }).waitFor();
        assert.equal(await page.getByRole('heading', { level: 1, name: TITLE }).count(), 0);
      });
      await step('in its list: absent', async () => {
        await goInApp(page, `/plans?q=${encodeURIComponent(TITLE)}`);
        await page.getByText('Không có kế hoạch nào phù hợp.').waitFor();
        await goInApp(page, '/plans');
        await page.getByRole('link', { name: BAC_GIANH_PLAN }).waitFor();
        assert.equal(await page.getByRole('link', { name: TITLE }).count(), 0);
      });
    } finally {
      await context.close();
    }
  });

  it("the province's office reads it and can change nothing", async () => {
    const { page, context } = await newPage(browser, LAPTOP);
    const step = (name, fn) => stepIn('e2e-bodies-province', page, name, fn);
    try {
      await step('reads the plan, no action buttons', async () => {
        await loginAt(page, `/plans/${planId}`, 'vptinh', 'Đăng xuất');
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        for (const label of ['Sửa kế hoạch', 'Đã tổ chức đối thoại', 'Hủy kế hoạch', 'Trình duyệt', 'Công bố']) {
          assert.equal(await page.getByRole('button', { name: label, exact: true }).count(), 0, `no "${label}" for the province`);
        }
        await expectNoAxeViolations(page, 'plan read by the province');
      });
      await step('its account says it oversees', async () => {
        await goInApp(page, '/me');
        // The body by its name, without its technical code.
        await page.getByText('Tỉnh ủy Quảng Trị', { exact: true }).waitFor();
        assert.equal(await page.getByText(/tinh-uy-quang-tri/).count(), 0, "the account page shows the body's code");
        await page.getByText(/^Xem \(không sửa\) \d+ cơ quan cấp dưới$/).waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('the public list shows both bodies, each plan naming its body', async () => {
    const { page, context } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-bodies-public', page, name, fn);
    try {
      await step('Ba Đồn and Bắc Gianh', async () => {
        await page.goto(`${BASE}/ke-hoach?q=${encodeURIComponent(TITLE)}`);
        const ours = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
        assert.equal(await holdingBody(ours).textContent(), 'Đảng ủy phường Ba Đồn');
        await page.goto(`${BASE}/ke-hoach?q=${encodeURIComponent('Bắc Gianh')}`);
        const theirs = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: BAC_GIANH_PLAN }) });
        assert.equal(await holdingBody(theirs).textContent(), 'Đảng ủy phường Bắc Gianh');
        await noSidewaysScroll(page, 'public plans with bodies');
        await expectNoAxeViolations(page, 'public plans with bodies');
      });
    } finally {
      await context.close();
    }
  });
});
