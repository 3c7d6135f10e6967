// End-to-end: a plan's whole path in a real browser against the RUNNING stack (started by
// scripts/test.sh / `make e2e`; this test starts nothing). Realm users: vanphong (secretariat),
// bithu (chair), password "demo".
//   1. the office creates a plan from the commune template, fills the required fields, sets the
//      session ~3 weeks ahead, saves and submits; logs out;
//   2. the chair approves it; logs out;
//   3. the office publishes it (acknowledging past-due warnings if the server raises any);
//   4. an anonymous visitor on a 360×740 phone finds it in the public list and reads it;
//   5. the seeded plan 61-KH/ThU is public with its five focus areas and its tasks.
// axe must find 0 violations on the list, editor and detail pages.
//   E2E_BASE_URL (default http://localhost:5173), CHROMIUM_PATH (default /usr/bin/chromium)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt as loginWith, newPage as openPage, now, REPORTS, step as stepIn } from './support.mjs';

/** A calendar day in Vietnam, `days` from now: { iso: "2026-12-17", vn: "17/12/2026" }. */
function vietnamDay(days = 0) {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(now() + days * 86_400_000));
  const [y, m, d] = iso.split('-');
  return { iso, vn: `${d}/${m}/${y}` };
}

const TITLE = `Đối thoại giữa Bí thư Đảng ủy phường với Nhân dân (e2e ${Date.now().toString(36)})`;
const FOCUS = 'Công tác chỉnh trang đô thị và vệ sinh môi trường khu dân cư';
const VENUE = 'Hội trường UBND phường Ba Đồn';
const SESSION = vietnamDay(21);
const TODAY = vietnamDay(0);
let planPath = null; // "/plans/123"

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const newPage = (viewport) => openPage(browser, viewport);

const step = (page, name, fn) => stepIn('e2e-plans', page, name, fn);

/** Opens a staff page: the SPA shows "Cần đăng nhập", Keycloak asks for the password, the SPA comes back to `path`. */
const loginAt = (page, path, username) => loginWith(page, path, username, 'Đăng xuất');

async function logout(page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(`${BASE}/`);
  await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).waitFor();
}

/** Runs a workflow action from the plan page: the button, then the confirmation panel's button. */
async function act(page, label) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('form', { name: label }).getByRole('button', { name: label, exact: true }).click();
}

const planTitle = (page) => page.getByRole('heading', { level: 1, name: TITLE });

describe('dialogue plans end to end', { timeout: 600_000 }, () => {
  it('office creates a plan from the commune template, sets the date, saves and submits', async () => {
    const { context, page, problems } = await newPage({ width: 1280, height: 900 });
    try {
      await step(page, 'new plan', async () => {
        await loginAt(page, '/plans/new', 'vanphong');
        await page.getByRole('heading', { level: 1, name: 'Lập kế hoạch mới' }).waitFor();
        await page.locator('input[name="template"][value="commune-2025"]').waitFor();
        await expectNoAxeViolations(page, 'new plan');
        await page.locator('input[name="template"][value="commune-2025"]').check();
        await page.getByRole('textbox', { name: /Tên kế hoạch/ }).fill(TITLE);
        await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
        await page.waitForURL(/\/plans\/\d+\/edit$/);
        planPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
      });

      await step(page, 'editor', async () => {
        await page.getByRole('heading', { level: 1, name: 'Sửa kế hoạch' }).waitFor();
        // The template filled the preparation tasks (with owners resolved where the server could).
        await page.getByRole('textbox', { name: 'Nội dung nhiệm vụ 1' }).waitFor();
        await page.getByLabel('Số', { exact: true }).fill('15');
        await page.getByLabel('Ký hiệu', { exact: true }).fill('KH/ĐU');
        await page.getByLabel('Ngày ban hành', { exact: true }).fill(TODAY.vn);
        await page.locator('option[value="phuong-ba-don"]').first().waitFor({ state: 'attached' });
        await page.getByLabel('Cơ quan ban hành', { exact: true }).selectOption('phuong-ba-don');
        await page.getByLabel('Chủ đề đối thoại', { exact: true }).fill('Chỉnh trang đô thị, giữ gìn vệ sinh môi trường');
        const focusAreas = page.getByRole('textbox', { name: /^Nội dung trọng tâm \d+$/ });
        const n = await focusAreas.count();
        await page.getByRole('button', { name: 'Thêm nội dung trọng tâm' }).click();
        await page.getByRole('textbox', { name: `Nội dung trọng tâm ${n + 1}`, exact: true }).fill(FOCUS);
        await page.getByLabel('Ngày đối thoại', { exact: true }).fill(SESSION.vn);
        await page.getByLabel('Giờ bắt đầu', { exact: true }).fill('08:00');
        await page.getByLabel('Địa điểm', { exact: true }).fill(VENUE);
        await page.getByLabel('Hình thức', { exact: true }).selectOption('IN_PERSON');
        // The deadline preview answers for the chosen date: each task shows its due date.
        await page.getByText(/Hạn dự kiến: \d{2}\/\d{2}\/\d{4}/).first().waitFor();
        await expectNoAxeViolations(page, 'plan editor');
        await page.getByRole('button', { name: 'Lưu', exact: true }).click();
        await page.waitForURL(`${BASE}${planPath}`);
        await page.getByText('Đã lưu kế hoạch.').waitFor();
      });

      await step(page, 'detail and submit', async () => {
        await planTitle(page).waitFor();
        await page.getByText('Dự thảo', { exact: true }).first().waitFor();
        await page.getByText(FOCUS, { exact: true }).waitFor();
        await page.getByText(new RegExp(`08:00, .* ${SESSION.vn.replace(/\//g, '\\/')}`)).first().waitFor();
        await expectNoAxeViolations(page, 'plan detail (draft)');
        await act(page, 'Trình duyệt');
        await page.getByText('Đã cập nhật: Đã trình.').waitFor();
        assert.equal(await page.getByRole('button', { name: 'Trình duyệt', exact: true }).count(), 0);
      });

      await step(page, 'staff list', async () => {
        await page.getByRole('link', { name: 'Danh sách kế hoạch' }).click();
        await page.getByRole('heading', { level: 1, name: 'Kế hoạch đối thoại' }).waitFor();
        await page.getByRole('link', { name: TITLE }).waitFor();
        await expectNoAxeViolations(page, 'plan list (staff)');
      });
      await step(page, 'logout office', () => logout(page));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the chair approves it', async () => {
    assert.ok(planPath, 'the plan was not created');
    const { context, page, problems } = await newPage({ width: 1280, height: 900 });
    try {
      await step(page, 'chair opens the plan', async () => {
        await loginAt(page, '/plans', 'bithu');
        await page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' }).getByRole('link', { name: 'Kế hoạch', exact: true }).waitFor();
        await page.getByRole('link', { name: TITLE }).click();
        await planTitle(page).waitFor();
        await page.getByText('Đã trình', { exact: true }).first().waitFor();
        assert.equal(await page.getByRole('link', { name: 'Sửa kế hoạch' }).count(), 0, 'the chair may not edit');
      });
      await step(page, 'approve', async () => {
        await act(page, 'Phê duyệt');
        await page.getByText('Đã cập nhật: Đã duyệt.').waitFor();
        await page.getByRole('heading', { name: 'Lịch sử' }).waitFor();
        await page.getByText(/^Phê duyệt — /).first().waitFor();
      });
      await step(page, 'logout chair', () => logout(page));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the office publishes it, acknowledging warnings if any', async () => {
    assert.ok(planPath, 'the plan was not created');
    const { context, page, problems } = await newPage({ width: 1280, height: 900 });
    try {
      await step(page, 'publish', async () => {
        await loginAt(page, planPath, 'vanphong');
        await planTitle(page).waitFor();
        await page.getByText('Đã duyệt', { exact: true }).first().waitFor();
        await act(page, 'Công bố');
        const done = page.getByText('Đã cập nhật: Đã công bố.');
        const warned = page.getByRole('button', { name: 'Vẫn công bố' });
        await done.or(warned).waitFor();
        if (await warned.isVisible()) {
          await expectNoAxeViolations(page, 'publish warnings');
          await warned.click();
          await done.waitFor();
        }
        await page.getByRole('link', { name: 'Xem trang công khai' }).waitFor();
        await expectNoAxeViolations(page, 'plan detail (published)');
      });
      await step(page, 'logout office again', () => logout(page));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('an anonymous visitor on a 360 px phone finds and reads it', async () => {
    assert.ok(planPath, 'the plan was not created');
    const { context, page, problems } = await newPage({ width: 360, height: 740 });
    try {
      await step(page, 'public list', async () => {
        await page.goto(`${BASE}/`);
        const menu = page.getByRole('button', { name: 'Menu' });
        await menu.click();
        await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch đối thoại' }).click();
        await page.getByRole('heading', { level: 1, name: 'Kế hoạch đối thoại' }).waitFor();
        await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill(TITLE.slice(-20));
        await page.getByRole('button', { name: 'Lọc', exact: true }).click();
        await page.getByRole('link', { name: TITLE }).waitFor();
        await expectNoAxeViolations(page, 'public plan list (phone)');
        assert.equal(await page.locator('nav a[href="/plans"]').count(), 0, 'anonymous sees the staff plans link');
      });
      await step(page, 'public plan', async () => {
        await page.getByRole('link', { name: TITLE }).click();
        await planTitle(page).waitFor();
        await page.getByText(FOCUS, { exact: true }).waitFor();
        await page.getByText(VENUE, { exact: true }).waitFor();
        await page.getByText(new RegExp(`08:00, .* ${SESSION.vn.replace(/\//g, '\\/')}`)).first().waitFor();
        await page.getByRole('heading', { name: 'IV. Tổ chức thực hiện' }).waitFor();
        assert.equal(await page.getByRole('button', { name: /Đánh dấu đã xong/ }).count(), 0);
        assert.equal(await page.getByText('Đã công bố', { exact: true }).count(), 0, 'internal status shown publicly');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 360, `the page scrolls sideways on a phone (${width}px)`);
        await expectNoAxeViolations(page, 'public plan (phone)');
        await page.screenshot({ path: new URL('e2e-plans-public-new-phone.png', REPORTS).pathname, fullPage: true });
      });
      await step(page, 'seeded plan 61-KH/ThU', async () => {
        await page.getByRole('link', { name: 'Tất cả kế hoạch đã công bố' }).click();
        await page.getByRole('searchbox', { name: /Tìm theo tên/ }).fill('');
        await page.getByRole('combobox', { name: 'Năm' }).selectOption('2022');
        await page.getByRole('button', { name: 'Lọc', exact: true }).click();
        await page.getByRole('link', { name: /Tổ chức đối thoại giữa đồng chí Bí thư Thị ủy với Nhân dân năm 2022/ }).click();
        await page.getByText('Số: 61-KH/ThU').waitFor();
        await page.getByText('Ngày ban hành: 20/10/2022').waitFor();
        await page.getByText('Tập trung vào 5 vấn đề trọng tâm sau đây:').waitFor();
        assert.equal(await page.locator('.plan-doc__focus > li').count(), 5);
        await page.getByText('08:00, thứ Sáu 25/11/2022').waitFor();
        await page.getByText('Trung tâm Văn hóa - Thể thao thị xã').first().waitFor();
        await page.getByText('trước ngày đối thoại ít nhất 3 ngày làm việc').first().waitFor();
        await page.getByText('chậm nhất 10 ngày làm việc sau ngày đối thoại').first().waitFor();
        assert.ok((await page.locator('.plan-doc__task').count()) >= 6, 'the seeded plan lists its tasks');
        await expectNoAxeViolations(page, 'seeded plan (phone)');
        await page.screenshot({ path: new URL('e2e-plans-public-61-phone.png', REPORTS).pathname, fullPage: true });
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
