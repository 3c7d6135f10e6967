// End-to-end: the office runs a short session on a laptop (1280×800), against the RUNNING stack (`make e2e`).
//   0. through the API (password grant) a town plan with today's session is created by vanphong (office), approved by
//      bithu (chair) and published (no demo plan is published with its session day reached);
//   1. from the plan page, "Điều hành phiên đối thoại": start, the first agenda item under way;
//   2. two speakers from the floor, each called in turn, each raising a new item and getting an answer;
//   3. the network drops (context.setOffline): an answer is recorded and shown "1 chưa gửi"; the page is reloaded
//      while the answers endpoint is still unreachable; the answer is still there; when it is reachable again it is
//      sent, and the server holds it exactly once.
// axe must find 0 violations on the page before the start and with the session under way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, goInApp, launchBrowser, loginAt, newPage, step as stepIn } from './support.mjs';
import { act, api, createTownPlan, tokenFor, vietnamDay } from './api.mjs';

const LAPTOP = { width: 1280, height: 800 };
const SUFFIX = Date.now().toString(36).slice(-5);
const SPEAKERS = [`Nguyễn Văn An ${SUFFIX}`, `Lê Thị Bình ${SUFFIX}`];
const RAISED = [`Đường kiệt tổ dân phố 4 ngập khi mưa lớn ${SUFFIX}`, `Chợ Ba Đồn thiếu chỗ để xe ${SUFFIX}`];
const ANSWERS = [`Phòng Quản lý đô thị khảo sát trong tháng này ${SUFFIX}`, `UBND phường bố trí bãi đỗ xe tạm ${SUFFIX}`];
const OFFLINE_ANSWER = `Trả lời ghi khi mất mạng ${SUFFIX}`;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('session mode: the office runs the session, offline included (laptop)', { timeout: 600_000 }, () => {
  it('runs two speakers, keeps an answer made offline through a reload, and sends it once', async () => {
    const office = await tokenFor('vanphong');
    const chair = await tokenFor('bithu');
    const { context, page, problems } = await newPage(browser, LAPTOP);
    const step = (name, fn) => stepIn('e2e-session', page, name, fn);
    let planId;
    try {
      await step('plan with today’s session', async () => {
        const plan = await createTownPlan(office, { title: `Đối thoại phiên thử ${SUFFIX}`, number: '80', sessionDay: vietnamDay(0), focusArea: 'Giao thông, thoát nước' });
        planId = plan.id;
        await act(office, planId, 'SUBMIT');
        await act(chair, planId, 'APPROVE');
        await act(office, planId, 'PUBLISH');
        await loginAt(page, '/plans', 'vanphong', 'Đăng xuất');
        await page.getByRole('heading', { level: 1 }).waitFor();
      });

      await step('open the session from the plan page', async () => {
        await goInApp(page, `/plans/${planId}`);
        await page.getByRole('link', { name: 'Điều hành phiên đối thoại' }).click();
        await page.getByRole('heading', { level: 1, name: 'Điều hành phiên đối thoại' }).waitFor();
        await page.getByRole('heading', { name: 'Phiên đối thoại chưa bắt đầu' }).waitFor();
        await expectNoAxeViolations(page, 'session before the start');
        await page.getByRole('button', { name: 'Bắt đầu phiên' }).click();
        await page.getByRole('heading', { level: 2, name: 'Chương trình' }).waitFor();
        await page.getByRole('button', { name: /^Bắt đầu: / }).first().click();
        await page.getByText('Đang diễn ra', { exact: true }).first().waitFor();
      });

      await step('two speakers from the floor', async () => {
        for (const name of SPEAKERS) {
          await page.getByRole('textbox', { name: /Họ và tên/ }).fill(name);
          await page.getByRole('textbox', { name: /Nơi ở, đơn vị/ }).fill('Tổ dân phố 4, phường Ba Đồn');
          await page.getByRole('button', { name: 'Thêm vào thứ tự phát biểu' }).click();
          await page.getByRole('button', { name: `Ghi cho ${name}` }).or(page.getByRole('article', { name: new RegExp(name) })).first().waitFor();
        }
        await page.getByText('Đã gửi hết.').waitFor();
      });

      for (let i = 0; i < 2; i++) {
        await step(`speaker ${i + 1} raises and is answered`, async () => {
          await page.getByRole('button', { name: 'Mời người tiếp theo' }).click();
          const card = page.getByRole('article', { name: new RegExp(SPEAKERS[i]) });
          await card.getByText('Đang phát biểu', { exact: true }).waitFor();
          await card.getByRole('textbox', { name: 'Nội dung ý kiến mới' }).fill(RAISED[i]);
          await card.getByRole('button', { name: 'Ghi nội dung nêu' }).click();
          await card.getByRole('link', { name: RAISED[i] }).waitFor();
          await card.getByText('Mới nêu tại hội nghị').waitFor();
          await card.getByRole('combobox', { name: /Người trả lời/ }).fill('Đỗ Minh Tuấn, Chủ tịch UBND thị xã');
          await card.getByRole('textbox', { name: /Nội dung trả lời/ }).fill(ANSWERS[i]);
          await card.getByRole('button', { name: 'Ghi trả lời' }).click();
          await page.getByText('Đã gửi hết.').waitFor();
          await card.getByText(ANSWERS[i]).waitFor();
        });
      }
      await step('axe with the session under way', async () => {
        await expectNoAxeViolations(page, 'session under way');
      });

      await step('offline: an answer kept on the device', async () => {
        await context.setOffline(true);
        await page.getByText('Mất kết nối', { exact: true }).first().waitFor();
        const card = page.getByRole('article', { name: new RegExp(SPEAKERS[1]) });
        await card.getByRole('combobox', { name: /Người trả lời/ }).fill('Đặng Văn Lực, Trưởng phòng TN&MT');
        await card.getByRole('textbox', { name: /Nội dung trả lời/ }).fill(OFFLINE_ANSWER);
        await card.getByRole('button', { name: 'Ghi trả lời' }).click();
        await page.getByText('1 chưa gửi').waitFor();
        await card.getByText(OFFLINE_ANSWER).waitFor();
      });

      await step('reload while the answers cannot get through', async () => {
        // The browser is back on the network (so the page can load), but the answers endpoint stays unreachable.
        await page.route('**/session/answers', (route) => route.abort('internetdisconnected'));
        await context.setOffline(false);
        await page.reload();
        // The tab signs in again by itself through Keycloak's session: no click, and the outbox is still there.
        await page.getByRole('heading', { level: 1, name: 'Điều hành phiên đối thoại' }).waitFor();
        await page.getByText('1 chưa gửi').waitFor();
        await page.getByText(OFFLINE_ANSWER).first().waitFor();
      });

      await step('back online: sent exactly once', async () => {
        // Sent by the outbox's timer (every few seconds) with the key it was made with.
        await page.unroute('**/session/answers');
        await page.getByText('Đã gửi hết.').waitFor();
        const { json } = await api(office, 'GET', `/api/v1/plans/${planId}/session`);
        assert.equal(json.answers.filter((a) => a.content === OFFLINE_ANSWER).length, 1, 'the offline answer is recorded once');
        assert.equal(json.answers.length, 3);
        assert.deepEqual(json.speakers.map((s) => s.name), SPEAKERS);
        assert.equal(json.counts.newItems, 2);
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
