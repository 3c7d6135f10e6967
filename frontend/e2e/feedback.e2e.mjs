// End-to-end: the citizen's feedback flow on a 360×740 phone, against the RUNNING stack (scripts/test.sh /
// `make e2e` starts it; this test starts nothing). Realm users, password "demo": vanphong (office,
// secretariat), phongtnmt (unit Phòng TN&MT), bithu (chair).
//   1. an anonymous citizen sends a petition with a photo to the published demo commune plan and gets a
//      tracking code (a file that only pretends to be a photo is refused, with the server's reason);
//   2. the office classifies it (a focus area of the plan) and assigns it to Phòng TN&MT;
//   3. the unit drafts the answer; 4. the office submits it; 5. the chair approves it;
//   6. anyone with the code opens /tra-cuu/<code> and reads the approved answer.
// axe must find 0 violations on the submit, receipt and tracking pages at 360 px, and no page may scroll sideways.
//   E2E_BASE_URL (default http://localhost:5173), CHROMIUM_PATH (default /usr/bin/chromium)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { png } from './images.mjs';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage as openPage, noSidewaysScroll, PHONE_VIEWPORT, REPORTS, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const TITLE = `Đèn đường ngõ 5 tổ dân phố 1 bị hỏng ${SUFFIX}`;
const CONTENT = 'Đèn chiếu sáng ngõ 5 đã hỏng hơn một tháng, buổi tối người dân đi lại rất khó khăn. Đề nghị sớm sửa chữa.';
const ANSWER = `Phòng TN&MT đã phối hợp với UBND phường Ba Đồn thay bóng đèn ngõ 5; hoàn thành trong tháng này (${SUFFIX}).`;
let planId = null;
let code = null;
let itemId = null;

let browser;
before(async () => {
  browser = await launchBrowser();
  // The current demo commune plan (published) from the public list, as the participants test uses it.
  const res = await fetch(`${BASE}/api/v1/public/plans?size=100`, { headers: { Accept: 'application/json' } });
  assert.equal(res.status, 200, 'public plan list');
  const plans = (await res.json()).items;
  const plan = plans.find((p) => p.title.startsWith('Đối thoại giữa Chủ tịch UBND phường Ba Đồn') && p.status === 'PUBLISHED');
  assert.ok(plan, 'the demo commune plan is published');
  planId = plan.id;
});
after(async () => {
  await browser?.close();
});

const newPage = () => openPage(browser, PHONE_VIEWPORT);
const step = (page, name, fn) => stepIn('e2e-feedback', page, name, fn);

/** Logs `username` in on a fresh phone, opens the item and runs `fn` there. */
async function asStaff(username, name, fn) {
  assert.ok(itemId, 'the item was sent');
  const { context, page, problems } = await newPage();
  try {
    await step(page, name, async () => {
      await loginAt(page, `/feedback/${itemId}`, username);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await fn(page);
      await noSidewaysScroll(page, `${name} (detail)`);
    });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

describe('feedback end to end (360 px phone)', { timeout: 600_000 }, () => {
  it('an anonymous citizen sends a petition with a photo and receives a tracking code', async () => {
    const { context, page, problems } = await newPage();
    try {
      await step(page, 'submit form', async () => {
        await page.goto(`${BASE}/ke-hoach/${planId}`);
        await page.getByRole('link', { name: 'Gửi ý kiến, kiến nghị' }).click();
        await page.getByRole('heading', { level: 1, name: 'Gửi ý kiến, kiến nghị' }).waitFor();
        await page.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await expectNoAxeViolations(page, 'feedback form (phone)');
        await noSidewaysScroll(page, 'feedback form');
        await page.getByRole('radio', { name: /^Kiến nghị/ }).check();
        await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
        await page.getByRole('textbox', { name: 'Nội dung' }).fill(CONTENT);
        await page.getByRole('combobox', { name: 'Phường, xã', exact: true }).selectOption({ label: 'Phường Ba Đồn' });
        await page.getByLabel(/Ảnh hoặc tệp PDF/).setInputFiles([
          { name: 'den-hong.png', mimeType: 'image/png', buffer: png() },
          { name: 'anh-gia.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><html><body>not a photo</body></html>') },
        ]);
      });
      await step(page, 'reload keeps the draft', async () => {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Gửi ý kiến, kiến nghị' }).waitFor();
        assert.equal(await page.getByRole('textbox', { name: 'Tiêu đề' }).inputValue(), TITLE);
        assert.equal(await page.getByRole('textbox', { name: 'Nội dung' }).inputValue(), CONTENT);
        await page.getByLabel(/Ảnh hoặc tệp PDF/).setInputFiles([
          { name: 'den-hong.png', mimeType: 'image/png', buffer: png() },
          { name: 'anh-gia.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><html><body>not a photo</body></html>') },
        ]);
      });
      await step(page, 'receipt', async () => {
        const sent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/feedback`) && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
        const res = await sent;
        assert.equal(res.status(), 201, 'the item is created');
        itemId = (await res.json()).id;
        await page.getByRole('heading', { level: 1, name: 'Đã gửi ý kiến' }).waitFor();
        code = (await page.locator('.fb-code').textContent())?.trim() ?? '';
        assert.match(code, /^DT-\d{4}-[2-9A-HJKMNP-Z]{5}$/, 'a tracking code is shown');
        await page.locator('.fb-upload--done', { hasText: 'den-hong.png' }).waitFor();
        // The fake photo is refused by the server, which says why; the page shows it next to the file.
        await page.locator('.fb-upload--failed', { hasText: 'anh-gia.jpg' }).waitFor();
        await page.getByRole('link', { name: 'Xem tình trạng xử lý' }).waitFor();
        await expectNoAxeViolations(page, 'feedback receipt (phone)');
        await noSidewaysScroll(page, 'feedback receipt');
        await page.screenshot({ path: new URL('e2e-feedback-receipt-phone.png', REPORTS).pathname, fullPage: true });
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the office finds it in the plan list, classifies it and assigns Phòng TN&MT', async () => {
    assert.ok(itemId);
    const { context, page, problems } = await newPage();
    try {
      await step(page, 'plan list (office)', async () => {
        await loginAt(page, `/plans/${planId}/feedback`, 'vanphong');
        await page.getByRole('heading', { level: 1, name: 'Ý kiến, kiến nghị' }).waitFor();
        await page.getByRole('link', { name: TITLE }).waitFor();
        await expectNoAxeViolations(page, 'plan feedback list (office, phone)');
        await noSidewaysScroll(page, 'plan feedback list');
        await page.getByRole('link', { name: TITLE }).click();
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await page.getByText(code, { exact: true }).first().waitFor();
        await page.getByRole('form', { name: 'Phân loại' }).locator('option').nth(1).waitFor({ state: 'attached' });
        await expectNoAxeViolations(page, 'feedback detail (office, phone)');
      });
      await step(page, 'classify and assign', async () => {
        const classify = page.getByRole('form', { name: 'Phân loại' });
        const focus = classify.getByLabel('Vấn đề trọng tâm');
        await classify.locator('option').nth(1).waitFor({ state: 'attached' });
        await focus.selectOption({ index: 1 });
        await classify.getByLabel('Mức ưu tiên').selectOption('HIGH');
        await classify.getByRole('button', { name: 'Lưu phân loại' }).click();
        await page.getByText('Đã lưu phân loại.').waitFor();
        const assign = page.getByRole('form', { name: 'Giao đơn vị chuẩn bị trả lời' });
        await assign.locator('option[value="phong-tnmt"]').waitFor({ state: 'attached' });
        await assign.getByLabel('Đơn vị chuẩn bị trả lời').selectOption('phong-tnmt');
        await assign.getByRole('button', { name: 'Giao đơn vị' }).click();
        await page.getByText('Đã giao đơn vị.').waitFor();
        await page.locator('.fb-detail__meta').getByText('Đã giao đơn vị').waitFor();
        await noSidewaysScroll(page, 'feedback detail (office)');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the unit drafts the answer', async () => {
    await asStaff('phongtnmt', 'draft (unit)', async (page) => {
      const form = page.getByRole('form', { name: 'Dự thảo trả lời' });
      await form.getByRole('textbox', { name: 'Nội dung trả lời' }).fill(ANSWER);
      await form.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await page.getByText('Đã lưu dự thảo trả lời.').waitFor();
      await page.locator('.fb-detail__meta').getByText('Đang dự thảo trả lời').waitFor();
    });
  });

  it('the office submits the answer to the chair', async () => {
    await asStaff('vanphong', 'submit (office)', async (page) => {
      await page.getByText(ANSWER).first().waitFor();
      await page.getByRole('button', { name: 'Trình phê duyệt' }).click();
      await page.getByText('Đã trình phê duyệt.').waitFor();
    });
  });

  it('the chair approves the answer', async () => {
    await asStaff('bithu', 'approve (chair)', async (page) => {
      await page.getByRole('button', { name: 'Phê duyệt trả lời' }).click();
      await page.getByText('Đã phê duyệt nội dung trả lời.').waitFor();
      await page.locator('.fb-detail__meta').getByText('Đã duyệt trả lời').waitFor();
      await expectNoAxeViolations(page, 'feedback detail after approval (chair, phone)');
    });
  });

  it('anyone with the code reads the approved answer on /tra-cuu', async () => {
    assert.ok(code);
    const { context, page, problems } = await newPage();
    try {
      await step(page, 'tracking', async () => {
        await page.goto(`${BASE}/tra-cuu`);
        await page.getByRole('heading', { level: 1, name: 'Tra cứu ý kiến' }).waitFor();
        await expectNoAxeViolations(page, 'tracking form (phone)');
        await page.getByRole('textbox', { name: 'Mã tra cứu' }).fill(code.toLowerCase());
        await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
        await page.waitForURL(new RegExp(`/tra-cuu/${code}$`));
        await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
        await page.getByText(ANSWER).waitFor();
        const current = page.getByRole('list', { name: 'Các bước xử lý' }).locator('[aria-current="step"]');
        assert.match((await current.textContent()) ?? '', /Nội dung trả lời đã được phê duyệt/);
        await expectNoAxeViolations(page, 'tracking result (phone)');
        await noSidewaysScroll(page, 'tracking result');
        await page.screenshot({ path: new URL('e2e-feedback-tracking-phone.png', REPORTS).pathname, fullPage: true });
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
