// End-to-end: follow-up of a ruling on a 360×740 phone, against the RUNNING stack (`make e2e`
// starts it). Set up through the API with the scripted-tests client (doithoai-cli, password grant): vanphong (office)
// makes a town plan whose session was yesterday, publishes and holds it with bithu (chair), enters an item and drafts a
// ruling to resolve for Phòng TN&MT, which bithu issues. Then phongtnmt (unit, password "demo"), on the phone:
//   1. opens the ruling's follow-up page, reports 50 % with a photo;
//   2. marks it resolved with what settled it;
//   3. goes back to the list, which shows it resolved.
// axe must find 0 violations on the follow-up page and the list, and neither may scroll sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';
import { act, api, createTownPlan, tokenFor, vietnamDay } from './api.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const CONTENT = `Giao Phòng Tài nguyên và Môi trường nạo vét mương thoát nước tổ dân phố 3 (${SUFFIX})`;
// A 1×1 PNG: the server judges the type from these bytes and re-encodes it.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let browser;
let planId = null;
let rulingId = null;
before(async () => {
  browser = await launchBrowser();
  const office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const plan = await createTownPlan(office, { title: `Đối thoại về vệ sinh môi trường ${SUFFIX}`, number: '88', sessionDay: vietnamDay(-1), focusArea: 'Thoát nước, vệ sinh môi trường' });
  planId = plan.id;
  for (const [token, action] of [[office, 'SUBMIT'], [chair, 'APPROVE'], [office, 'PUBLISH'], [office, 'HOLD']]) await act(token, planId, action);
  const item = await api(office, 'POST', `/api/v1/plans/${planId}/feedback`, {
    kind: 'PETITION',
    channel: 'AT_SESSION',
    title: `Mương thoát nước tổ dân phố 3 bị tắc ${SUFFIX}`,
    content: 'Mưa lớn là nước tràn vào nhà dân.',
    wardCode: 'phuong-ba-don',
  });
  const ruling = await api(office, 'POST', `/api/v1/plans/${planId}/rulings`, {
    type: 'RESOLVE',
    content: CONTENT,
    feedbackIds: [item.json.id],
    unitCode: 'phong-tnmt',
    dueDate: vietnamDay(30),
  });
  rulingId = ruling.json.id;
  await api(chair, 'POST', `/api/v1/plans/${planId}/rulings/${rulingId}/issue`, null, { 'If-Match': ruling.etag });
});
after(async () => {
  await browser?.close();
});

describe('follow-up: the lead unit reports to resolved (360 px phone)', { timeout: 600_000 }, () => {
  it('reports 50 % with a photo, then resolved; the list shows it resolved', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-followup', page, name, fn);
    try {
      await step('follow-up page', async () => {
        await loginAt(page, `/plans/${planId}/rulings/${rulingId}/follow-up`, 'phongtnmt');
        await page.getByRole('heading', { level: 1, name: /Theo dõi kết luận số 1/ }).waitFor();
        await page.getByText(CONTENT).waitFor();
        await page.getByText('Chưa thực hiện', { exact: true }).first().waitFor();
        await expectNoAxeViolations(page, 'follow-up page (phone)');
        await noSidewaysScroll(page, 'follow-up page');
      });
      await step('report 50%', async () => {
        await page.getByRole('spinbutton', { name: /Tỉ lệ hoàn thành/ }).fill('50');
        await page.getByRole('textbox', { name: /Nội dung đã thực hiện/ }).fill('Đã nạo vét 200 m mương, đang thu gom bùn.');
        await page.getByLabel(/Ảnh, tài liệu/).setInputFiles({ name: 'hien-truong.png', mimeType: 'image/png', buffer: PHOTO });
        await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
        await page.getByText('Đã ghi nhận báo cáo.').waitFor();
        await page.getByRole('progressbar', { name: 'Hoàn thành 50%' }).waitFor();
        await page.getByRole('button', { name: 'Tải hien-truong.png' }).waitFor();
        await expectNoAxeViolations(page, 'follow-up page after a report (phone)');
        await noSidewaysScroll(page, 'follow-up page after a report');
      });
      await step('resolved', async () => {
        await page.getByRole('radio', { name: 'Đã giải quyết xong (100%)' }).check();
        await page.getByRole('textbox', { name: /Kết quả giải quyết/ }).fill('Đã nạo vét toàn tuyến, nghiệm thu và bàn giao cho tổ dân phố.');
        await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
        await page.getByRole('progressbar', { name: 'Hoàn thành 100%' }).waitFor();
        await page.getByText(/Giải quyết ngày/).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Gửi báo cáo' }).count(), 0, 'a resolved ruling takes no report');
      });
      await step('list', async () => {
        await page.getByRole('link', { name: 'Về danh sách theo dõi' }).click();
        await page.getByRole('heading', { level: 1, name: 'Theo dõi thực hiện kết luận' }).waitFor();
        const card = page.locator('.fu-card', { hasText: CONTENT });
        await card.waitFor();
        await card.getByText('Đã giải quyết', { exact: true }).waitFor();
        await expectNoAxeViolations(page, 'follow-up list (phone)');
        await noSidewaysScroll(page, 'follow-up list');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
