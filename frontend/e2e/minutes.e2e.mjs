// End-to-end: the minutes (biên bản) against the RUNNING stack (`make e2e` starts it).
// vanphong (office, password "demo"), on a 360×740 phone:
//   1. assembles the draft minutes of the demo's held 2021 town dialogue (45-KH/ThU, concluded, no minutes yet);
//   2. names the chair and writes the chair's concluding remarks, saves;
//   3. records two signatures, one declined with its reason;
//   4. finalises after confirming, and sees the text locked (no editor, no signature form), downloads the PDF;
//   5. opens the read-out view (large type) on a laptop screen.
// axe must find 0 violations on each page, and the minutes page may not scroll sideways on the phone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const CONCLUSION = 'Giao UBND thị xã chỉ đạo Phòng Tài nguyên và Môi trường xử lý dứt điểm các kiến nghị về thoát nước trước ngày 31/12.';
const DECLINED = 'Chưa đồng ý với nội dung trả lời về bồi thường đất.';

let browser;
let planId = null;
before(async () => {
  browser = await launchBrowser();
  const res = await fetch(`${BASE}/api/v1/public/plans?size=100`, { headers: { Accept: 'application/json' } });
  assert.equal(res.status, 200, 'public plan list');
  const plan = (await res.json()).items.find((p) => p.title.startsWith('Tổ chức Hội nghị đối thoại giữa Ban Thường vụ Thị ủy với Nhân dân năm 2021'));
  assert.ok(plan, 'the demo 2021 town dialogue is public');
  planId = plan.id;
});
after(async () => {
  await browser?.close();
});

describe('minutes: the office writes, signs and finalises the minutes (360 px phone)', { timeout: 600_000 }, () => {
  it('assembles, edits the conclusions, records two signatures (one declined), finalises, sees it locked, opens the read-out view', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-minutes', page, name, fn);
    let minutesId = null;
    try {
      await step('minutes page', async () => {
        await loginAt(page, `/plans/${planId}/minutes`, 'vanphong');
        await page.getByRole('heading', { level: 1, name: 'Biên bản hội nghị' }).waitFor();
        await page.getByRole('button', { name: 'Lập dự thảo biên bản' }).waitFor();
        await expectNoAxeViolations(page, 'minutes page, nothing yet (phone)');
      });
      await step('assemble', async () => {
        const assembled = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/minutes`) && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Lập dự thảo biên bản' }).click();
        const res = await assembled;
        assert.equal(res.status(), 201, 'the draft is assembled');
        minutesId = (await res.json()).id;
        await page.getByRole('heading', { name: 'Sửa dự thảo' }).waitFor();
        await page.getByRole('group', { name: /Thành phần tham dự/ }).waitFor();
      });
      await step('edit the conclusions', async () => {
        await page.getByRole('textbox', { name: 'Chủ trì hội nghị (ký tên)' }).fill('Lê Bí Thư');
        const conclusion = page.getByRole('group', { name: /Kết luận của chủ trì hội nghị/ });
        await conclusion.getByRole('textbox', { name: 'Nội dung' }).fill(CONCLUSION);
        const saved = page.waitForResponse((r) => r.url().endsWith(`/minutes/${minutesId}`) && r.request().method() === 'PUT');
        await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
        assert.equal((await saved).status(), 200, 'the draft is saved');
        await page.getByText('Đã lưu dự thảo.').waitFor();
        await expectNoAxeViolations(page, 'draft editor (phone)');
        await noSidewaysScroll(page, 'draft editor');
      });
      await step('signatures', async () => {
        const form = page.getByRole('form', { name: 'Ghi nhận chữ ký' });
        await form.getByRole('textbox', { name: /Họ và tên/ }).fill('Nguyễn Thị Hường');
        await form.getByRole('textbox', { name: 'Chức vụ, vai trò' }).fill('Công dân');
        await form.getByRole('textbox', { name: 'Đơn vị, tổ chức, nơi ở' }).fill('Tổ dân phố 3, phường Ba Đồn');
        await form.getByRole('button', { name: 'Ghi nhận' }).click();
        await page.getByRole('button', { name: 'Xóa chữ ký của Nguyễn Thị Hường' }).waitFor();

        await form.getByRole('textbox', { name: /Họ và tên/ }).fill('Trần Văn Bình');
        await form.getByRole('combobox', { name: 'Đại diện cho' }).selectOption('ORGANISATION');
        await form.getByRole('textbox', { name: 'Đơn vị, tổ chức, nơi ở' }).fill('Hội Nông dân phường Quảng Thọ');
        await form.getByRole('radio', { name: 'Không ký' }).check();
        await form.getByRole('textbox', { name: /Lý do không ký/ }).fill(DECLINED);
        await form.getByRole('button', { name: 'Ghi nhận' }).click();
        await page.getByText(`Lý do không ký: ${DECLINED}`).waitFor();
        await expectNoAxeViolations(page, 'signatures (phone)');
      });
      await step('finalise', async () => {
        await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
        const finalised = page.waitForResponse((r) => r.url().endsWith(`/minutes/${minutesId}/finalise`));
        await page.getByRole('button', { name: 'Xác nhận hoàn tất' }).click();
        assert.equal((await finalised).status(), 200, 'finalised');
        await page.getByRole('heading', { name: 'Biên bản đã hoàn tất và khóa' }).waitFor();
      });
      await step('locked', async () => {
        assert.equal(await page.getByRole('button', { name: 'Lưu dự thảo' }).count(), 0, 'no editor once finalised');
        assert.equal(await page.getByRole('form', { name: 'Ghi nhận chữ ký' }).count(), 0, 'no signature form once finalised');
        await page.getByText(CONCLUSION).waitFor();
        await page.getByRole('form', { name: 'Đính chính biên bản' }).waitFor();
        const pdf = page.waitForResponse((r) => r.url().endsWith(`/minutes/${minutesId}/document.pdf`));
        await page.getByRole('button', { name: 'Tải bản PDF' }).click();
        const res = await pdf;
        assert.equal(res.status(), 200, 'the PDF of the finalised minutes');
        assert.match(res.headers()['content-type'] ?? '', /application\/pdf/);
        await expectNoAxeViolations(page, 'finalised minutes (phone)');
        await noSidewaysScroll(page, 'finalised minutes');
      });
      await step('read-out view', async () => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByRole('link', { name: 'Mở bản đọc trước hội nghị (chữ lớn)' }).click();
        await page.getByRole('heading', { level: 1, name: /BIÊN BẢN/ }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Kết luận của chủ trì hội nghị' }).waitFor();
        await page.getByText(CONCLUSION).waitFor();
        const size = await page.getByText(CONCLUSION).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        assert.ok(size >= 20, `the read-out text is large (${size}px)`);
        await expectNoAxeViolations(page, 'read-out view (laptop)');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
