// End-to-end: one dialogue from the session to the public page, against the RUNNING stack (`make e2e`).
// A town plan with today's session is created, approved and published through the API; then, in the browser:
//   1. vanphong (office, laptop) runs a short session: two speakers from the floor, each raising a new item and
//      answered, and ends it (the plan is then held);
//   2. the office assembles the minutes from that record, names the chair, records a signature and finalises them;
//   3. the office drafts two rulings on the two items (through the API: drafting in the browser is rulings.e2e.mjs);
//      bithu (chair, phone) issues both;
//   4. the office generates the conclusion notice and downloads its PDF;
//   5. phongtnmt (the lead unit, phone) reports 60 %, then resolved;
//   6. anyone, on a phone, sees on the public page the ruling resolved at 100 %, and finds it by the item's code.
// The other e2e files test each part in more depth (offline session, declined signature, deadline banner, photos).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, expectNoAxeViolations, goInApp, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';
import { act, api, createTownPlan, tokenFor, typedDay, vietnamDay } from './api.mjs';

const LAPTOP = { width: 1280, height: 800 };
const SUFFIX = Date.now().toString(36).slice(-5);
const TITLE = `Đối thoại trọn vòng ${SUFFIX}`;
const SPEAKERS = [`Hoàng Văn Cường ${SUFFIX}`, `Phạm Thị Dung ${SUFFIX}`];
const RAISED = [`Rác thải tồn đọng ven sông Gianh ${SUFFIX}`, `Lớp học mầm non thiếu điều hòa ${SUFFIX}`];
const ANSWERS = [`Phòng TN&MT thu gom trong tuần ${SUFFIX}`, `Kinh phí lắp điều hòa đã bố trí năm sau ${SUFFIX}`];
const CONCLUSION = `Giao Phòng TN&MT xử lý rác ven sông trước ngày 30 ${SUFFIX}`;
const RESOLVE = `Giao Phòng Tài nguyên và Môi trường thu gom rác ven sông Gianh ${SUFFIX}`;
const EXPLAINED = `Đã giải thích: kinh phí điều hòa lớp mầm non bố trí trong dự toán năm sau ${SUFFIX}`;
const RESOLVED_NOTE = `Đã thu gom toàn bộ rác, đặt thêm 4 thùng rác công cộng ${SUFFIX}`;

let browser;
let planId;
let office;
before(async () => {
  browser = await launchBrowser();
  office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const plan = await createTownPlan(office, { title: TITLE, number: '95', sessionDay: vietnamDay(0), focusArea: 'Môi trường và giáo dục' });
  planId = plan.id;
  await act(office, planId, 'SUBMIT');
  await act(chair, planId, 'APPROVE');
  await act(office, planId, 'PUBLISH');
});
after(async () => {
  await browser?.close();
});

describe('a dialogue from the session to the public page', { timeout: 900_000 }, () => {
  it('session with two speakers, minutes finalised, two rulings issued, notice generated, resolved, public', async () => {
    const items = [];
    const rulingIds = [];
    const officeTab = await newPage(browser, LAPTOP);
    try {
      const page = officeTab.page;
      const step = (name, fn) => stepIn('e2e-dialogue-office', page, name, fn);
      await step('session: start', async () => {
        await loginAt(page, `/plans/${planId}`, 'vanphong', 'Đăng xuất');
        await page.getByRole('link', { name: 'Điều hành phiên đối thoại' }).click();
        await page.getByRole('button', { name: 'Bắt đầu phiên' }).click();
        await page.getByRole('heading', { level: 2, name: 'Chương trình' }).waitFor();
        await page.getByRole('button', { name: /^Bắt đầu: / }).first().click();
        await page.getByText('Đang diễn ra', { exact: true }).first().waitFor();
      });
      await step('session: two speakers', async () => {
        for (const name of SPEAKERS) {
          await page.getByRole('textbox', { name: /Họ và tên/ }).fill(name);
          await page.getByRole('textbox', { name: /Nơi ở, đơn vị/ }).fill('Tổ dân phố 5, phường Ba Đồn');
          await page.getByRole('button', { name: 'Thêm vào thứ tự phát biểu' }).click();
          // The speaker being recorded is a card, the others a button in the speaking order.
          await page.getByRole('button', { name: `Ghi cho ${name}` }).or(page.getByRole('article', { name: new RegExp(name) })).first().waitFor();
        }
        for (let i = 0; i < 2; i++) {
          await page.getByRole('button', { name: 'Mời người tiếp theo' }).click();
          const card = page.getByRole('article', { name: new RegExp(SPEAKERS[i]) });
          await card.getByText('Đang phát biểu', { exact: true }).waitFor();
          await card.getByRole('textbox', { name: 'Nội dung ý kiến mới' }).fill(RAISED[i]);
          await card.getByRole('button', { name: 'Ghi nội dung nêu' }).click();
          await card.getByRole('link', { name: RAISED[i] }).waitFor();
          await card.getByRole('combobox', { name: /Người trả lời/ }).fill('Đỗ Minh Tuấn, Chủ tịch UBND thị xã');
          await card.getByRole('textbox', { name: /Nội dung trả lời/ }).fill(ANSWERS[i]);
          await card.getByRole('button', { name: 'Ghi trả lời' }).click();
          await card.getByText(ANSWERS[i]).waitFor();
        }
        await page.getByText('Đã gửi hết.').waitFor();
      });
      await step('session: end', async () => {
        await page.getByRole('button', { name: 'Kết thúc phiên đối thoại' }).click();
        await page.getByRole('heading', { name: 'Phiên đối thoại đã kết thúc' }).waitFor();
        const { json: session } = await api(office, 'GET', `/api/v1/plans/${planId}/session`);
        assert.equal(session.planStatus, 'HELD', 'ending the session marks the plan held');
        assert.deepEqual(session.speakers.map((s) => s.status), ['DONE', 'DONE']);
        for (const speaker of session.speakers) items.push(speaker.items[0]);
        assert.deepEqual(items.map((item) => item.title), RAISED);
      });

      await step('minutes: assemble, sign, finalise', async () => {
        await goInApp(page, `/plans/${planId}`);
        await page.getByRole('link', { name: 'Biên bản', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Biên bản hội nghị' }).waitFor();
        const assembled = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/minutes`) && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Lập dự thảo biên bản' }).click();
        const minutesId = (await (await assembled).json()).id;
        await page.getByRole('heading', { name: 'Sửa dự thảo' }).waitFor();
        // Assembled from the session record: each speaker, what they raised and the answer they got.
        const { json: draft } = await api(office, 'GET', `/api/v1/plans/${planId}/minutes/${minutesId}`);
        const spoken = draft.sections.filter((section) => section.kind === 'SPEAKER');
        assert.equal(spoken.length, 2, 'one section per speaker');
        for (let i = 0; i < 2; i++) {
          assert.match(spoken[i].heading, new RegExp(SPEAKERS[i]));
          assert.ok(spoken[i].body.includes(RAISED[i]) && spoken[i].body.includes(ANSWERS[i]), `speaker ${i + 1}: ${spoken[i].body}`);
        }
        await page.getByRole('textbox', { name: 'Chủ trì hội nghị (ký tên)' }).fill('Lê Bí Thư');
        await page.getByRole('group', { name: /Kết luận của chủ trì hội nghị/ }).getByRole('textbox', { name: 'Nội dung' }).fill(CONCLUSION);
        await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
        await page.getByText('Đã lưu dự thảo.').waitFor();
        const form = page.getByRole('form', { name: 'Ghi nhận chữ ký' });
        await form.getByRole('textbox', { name: /Họ và tên/ }).fill(SPEAKERS[0]);
        await form.getByRole('textbox', { name: 'Chức vụ, vai trò' }).fill('Công dân');
        await form.getByRole('textbox', { name: 'Đơn vị, tổ chức, nơi ở' }).fill('Tổ dân phố 5, phường Ba Đồn');
        await form.getByRole('button', { name: 'Ghi nhận' }).click();
        await page.getByRole('button', { name: `Xóa chữ ký của ${SPEAKERS[0]}` }).waitFor();
        await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
        await page.getByRole('button', { name: 'Xác nhận hoàn tất' }).click();
        await page.getByRole('heading', { name: 'Biên bản đã hoàn tất và khóa' }).waitFor();
        await page.getByText(CONCLUSION).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Lưu dự thảo' }).count(), 0, 'finalised minutes have no editor');
      });

      await step('rulings: two drafts by the office', async () => {
        const drafts = [
          { type: 'RESOLVE', content: RESOLVE, feedbackIds: [items[0].feedbackId], unitCode: 'phong-tnmt', dueDate: vietnamDay(30) },
          { type: 'EXPLAINED', content: EXPLAINED, feedbackIds: [items[1].feedbackId] },
        ];
        for (const draft of drafts) rulingIds.push((await api(office, 'POST', `/api/v1/plans/${planId}/rulings`, draft)).json.id);
      });

      const chairTab = await newPage(browser, PHONE_VIEWPORT);
      try {
        const chairPage = chairTab.page;
        await stepIn('e2e-dialogue-chair', chairPage, 'the chair issues both', async () => {
          await loginAt(chairPage, `/plans/${planId}/rulings`, 'bithu');
          for (const n of [1, 2]) {
            await chairPage.getByRole('link', { name: `Kết luận số ${n}`, exact: true }).click();
            await chairPage.getByRole('button', { name: 'Ban hành', exact: true }).click();
            await chairPage.getByRole('button', { name: 'Xác nhận ban hành' }).click();
            await chairPage.getByRole('heading', { level: 1, name: `Kết luận số ${n} · Đã ban hành` }).waitFor();
            await chairPage.getByRole('link', { name: 'Về danh sách kết luận' }).click();
          }
          await chairPage.getByRole('heading', { name: 'Đã ban hành (2)' }).waitFor();
        });
        assert.deepEqual(chairTab.problems, []);
      } finally {
        await chairTab.context.close();
      }
      for (const item of items) {
        const { json } = await api(office, 'GET', `/api/v1/feedback/${item.feedbackId}`);
        assert.equal(json.status, 'RULED', 'issuing moves the linked items to "ruled"');
      }

      await step('notice: generate and download', async () => {
        await goInApp(page, `/plans/${planId}`);
        await page.getByRole('link', { name: 'Thông báo kết luận' }).click();
        await page.getByRole('heading', { level: 1, name: 'Thông báo kết luận' }).waitFor();
        await page.getByRole('heading', { name: /Còn trong hạn: hạn ban hành/ }).waitFor();
        await page.getByRole('textbox', { name: /^Số/ }).fill('120');
        await page.getByLabel(/Ngày ban hành/).fill(typedDay(vietnamDay(0)));
        await page.getByRole('textbox', { name: /Họ tên người ký/ }).fill('Trần Văn Bình');
        await page.getByRole('button', { name: 'Lưu nội dung' }).click();
        await page.getByText('Đã lưu nội dung thông báo.').waitFor();
        await page.getByRole('button', { name: 'Tạo thông báo (Word và PDF)' }).click();
        await page.getByText('Đã tạo thông báo kết luận.').waitFor();
        await page.getByRole('heading', { name: /Đã ban hành: hạn ban hành/ }).waitFor();
        const saved = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Tải PDF (lần 1)' }).click();
        const pdf = readFileSync(await (await saved).path());
        assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF', 'the browser saved the PDF');
      });
      assert.deepEqual(officeTab.problems, []);
    } finally {
      await officeTab.context.close();
    }

    const unitTab = await newPage(browser, PHONE_VIEWPORT);
    try {
      const page = unitTab.page;
      await stepIn('e2e-dialogue-unit', page, 'the unit reports to resolved', async () => {
        await loginAt(page, `/plans/${planId}/rulings/${rulingIds[0]}/follow-up`, 'phongtnmt');
        await page.getByText(RESOLVE).waitFor();
        await page.getByRole('spinbutton', { name: /Tỉ lệ hoàn thành/ }).fill('60');
        await page.getByRole('textbox', { name: /Nội dung đã thực hiện/ }).fill('Đã thu gom 3 tấn rác ven sông.');
        await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
        await page.getByRole('progressbar', { name: 'Hoàn thành 60%' }).waitFor();
        await page.getByRole('radio', { name: 'Đã giải quyết xong (100%)' }).check();
        await page.getByRole('textbox', { name: /Kết quả giải quyết/ }).fill(RESOLVED_NOTE);
        await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
        await page.getByRole('progressbar', { name: 'Hoàn thành 100%' }).waitFor();
      });
      assert.deepEqual(unitTab.problems, []);
    } finally {
      await unitTab.context.close();
    }

    const publicTab = await newPage(browser, PHONE_VIEWPORT);
    try {
      const page = publicTab.page;
      const step = (name, fn) => stepIn('e2e-dialogue-public', page, name, fn);
      await step('public page shows it resolved', async () => {
        await page.goto(`${BASE}/giai-trinh/${planId}`);
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        const resolved = page.locator('.ac-card', { hasText: RESOLVE });
        await resolved.locator('.standing', { hasText: 'Đã giải quyết' }).waitFor();
        await resolved.getByText('Hoàn thành 100%').first().waitFor();
        await resolved.getByText(RESOLVED_NOTE).waitFor();
        await page.locator('.ac-card', { hasText: EXPLAINED }).waitFor();
        await expectNoAxeViolations(page, 'public page after the dialogue (phone)');
        await noSidewaysScroll(page, 'public page after the dialogue');
      });
      await step('the citizen finds it by code', async () => {
        await page.getByRole('textbox', { name: /Mã tra cứu/ }).fill(items[0].trackingCode);
        await page.getByRole('button', { name: 'Tra cứu' }).click();
        await page.getByRole('heading', { name: `Kết luận về ý kiến ${items[0].trackingCode}` }).waitFor();
        await page.locator('.ac-card', { hasText: RESOLVE }).locator('.standing', { hasText: 'Đã giải quyết' }).first().waitFor();
      });
      assert.deepEqual(publicTab.problems, []);
    } finally {
      await publicTab.context.close();
    }
  });
});
