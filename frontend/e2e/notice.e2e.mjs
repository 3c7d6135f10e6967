// End-to-end: the conclusion notice on a 360×740 phone, against the RUNNING stack (`make e2e` starts it).
// Set up through the API with password-grant tokens (doithoai-cli): a plan from the 2022 template whose session
// was yesterday, published and held, with one feedback item and a RESOLVE ruling the chair issued. Then vanphong
// (office, password "demo") opens the plan, follows "Thông báo kết luận", fills number, date and signer, saves,
// generates, and downloads the PDF of revision 1 (200, starts with %PDF, not tiny). axe: 0 violations, no sideways scroll.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';
import { act, api, createTownPlan, tokenFor, typedDay, vietnamDay } from './api.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const RULING = `Khẩn trương nạo vét mương thoát nước tổ dân phố 3, phường Ba Đồn ${SUFFIX}`;

let browser;
let planId = null;
before(async () => {
  browser = await launchBrowser();
  const office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const plan = await createTownPlan(office, { title: `Đối thoại thông báo kết luận ${SUFFIX}`, number: '90', sessionDay: vietnamDay(-1), focusArea: 'Thoát nước và vệ sinh môi trường' });
  planId = plan.id;
  for (const [who, action] of [[office, 'SUBMIT'], [chair, 'APPROVE'], [office, 'PUBLISH'], [office, 'HOLD']]) await act(who, planId, action);
  const item = await api(office, 'POST', `/api/v1/plans/${planId}/feedback`, {
    kind: 'PETITION',
    channel: 'AT_SESSION',
    title: `Mương thoát nước bốc mùi ${SUFFIX}`,
    content: 'Mương thoát nước tổ dân phố 3 bốc mùi hôi, đề nghị nạo vét.',
    wardCode: 'phuong-ba-don',
  });
  const read = await api(office, 'GET', `/api/v1/feedback/${item.json.id}`);
  await api(office, 'PUT', `/api/v1/feedback/${item.json.id}/classification`, { focusAreaId: plan.focusAreas[0].id, priority: 'HIGH' }, { 'If-Match': read.etag });
  const ruling = await api(office, 'POST', `/api/v1/plans/${planId}/rulings`, {
    type: 'RESOLVE',
    content: RULING,
    feedbackIds: [item.json.id],
    unitCode: 'phong-tnmt',
    dueDate: vietnamDay(30),
  });
  await api(chair, 'POST', `/api/v1/plans/${planId}/rulings/${ruling.json.id}/issue`, {}, { 'If-Match': ruling.etag });
});
after(async () => {
  await browser?.close();
});

describe('conclusion notice: the office fills it in, generates and downloads it (360 px phone)', { timeout: 600_000 }, () => {
  it('generates the notice of a held plan with an issued ruling and downloads its PDF', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-notice', page, name, fn);
    try {
      await step('open from the plan', async () => {
        await loginAt(page, `/plans/${planId}`, 'vanphong');
        await page.getByRole('link', { name: 'Thông báo kết luận' }).click();
        await page.getByRole('heading', { level: 1, name: 'Thông báo kết luận' }).waitFor();
        await page.getByRole('heading', { name: /Còn trong hạn: hạn ban hành/ }).waitFor();
        await page.getByRole('heading', { name: 'Thoát nước và vệ sinh môi trường' }).waitFor();
        await page.getByText(RULING.slice(1), { exact: false }).waitFor();
        await expectNoAxeViolations(page, 'notice form (phone)');
        await noSidewaysScroll(page, 'notice form');
      });
      await step('fill and save', async () => {
        await page.getByRole('textbox', { name: /^Số/ }).fill('112');
        await page.getByLabel(/Ngày ban hành/).fill(typedDay(vietnamDay(0)));
        await page.getByRole('textbox', { name: /Cơ quan cấp trên/ }).fill('Đảng bộ tỉnh Quảng Bình');
        await page.getByRole('textbox', { name: /Họ tên người ký/ }).fill('Trần Văn Bình');
        await page.getByRole('button', { name: 'Lưu nội dung' }).click();
        await page.getByText('Đã lưu nội dung thông báo.').waitFor();
      });
      await step('generate', async () => {
        await page.getByRole('button', { name: 'Tạo thông báo (Word và PDF)' }).click();
        await page.getByText('Đã tạo thông báo kết luận.').waitFor();
        await page.getByRole('heading', { name: /Đã ban hành: hạn ban hành/ }).waitFor();
        await page.getByRole('button', { name: 'Tải PDF (lần 1)' }).waitFor();
        await expectNoAxeViolations(page, 'notice generated (phone)');
        await noSidewaysScroll(page, 'notice generated');
      });
      await step('download the PDF', async () => {
        const pdf = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/conclusion-notice/revisions/1/files/pdf`));
        const saved = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Tải PDF (lần 1)' }).click();
        const res = await pdf;
        assert.equal(res.status(), 200, 'the PDF is served');
        assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/);
        // The file the browser saved (the SPA hands the fetched blob over as a download).
        const download = await saved;
        const body = readFileSync(await download.path());
        assert.equal(body.subarray(0, 4).toString('latin1'), '%PDF');
        assert.ok(body.length > 10_000, `the PDF has content (${body.length} bytes)`);
        assert.match(download.suggestedFilename(), /^thong-bao-ket-luan-112-TB-ThU-lan-1\.pdf$/);
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
