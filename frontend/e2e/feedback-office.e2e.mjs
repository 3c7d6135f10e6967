// End-to-end: the office's tools on feedback on a 360×740 phone, against the RUNNING stack
// (scripts/test.sh / `make e2e` starts it). vanphong (office, password "demo"):
//   1. imports a small CSV (made here) into the published demo commune plan: template page, dry run, import;
//   2. sees the new items in the plan's list;
//   3. merges the second into the first from the first's "similar items" panel;
//   4. opens the summary and downloads its PDF (200, application/pdf).
// axe must find 0 violations on the report and summary pages at 360 px, and neither may scroll sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, giveConsent, keycloakLogin, launchBrowser, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const TITLES = [`Cống thoát nước đường Lý Thường Kiệt bị tắc ${SUFFIX}`, `Cống thoát nước đường Lý Thường Kiệt tắc nghẽn ${SUFFIX}`];
const CSV = [
  'Loại,Tiêu đề,Nội dung,Phường/xã,Người phản ánh,Số điện thoại',
  `Kiến nghị,${TITLES[0]},"Cống thoát nước đường Lý Thường Kiệt bị tắc, mưa xuống là ngập.",Phường Ba Đồn,Nguyễn Văn Bình,0912345678`,
  `Phản ánh,${TITLES[1]},"Cống thoát nước đường Lý Thường Kiệt tắc nghẽn, nước tràn vào nhà dân.",Phường Ba Đồn,Trần Thị Lan,0987654321`,
].join('\r\n');

let browser;
let planId = null;
before(async () => {
  browser = await launchBrowser();
  const res = await fetch(`${BASE}/api/v1/public/plans?size=100`, { headers: { Accept: 'application/json' } });
  assert.equal(res.status, 200, 'public plan list');
  const plan = (await res.json()).items.find((p) => p.title.startsWith('Đối thoại giữa Chủ tịch UBND phường Ba Đồn') && p.status === 'PUBLISHED');
  assert.ok(plan, 'the demo commune plan is published');
  planId = plan.id;
});
after(async () => {
  await browser?.close();
});

describe('feedback: the office imports, merges and sums up (360 px phone)', { timeout: 600_000 }, () => {
  it('imports a CSV, merges two of its items from the similar panel, and downloads the summary PDF', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-feedback-office', page, name, fn);
    const ids = [];
    try {
      await step('report page', async () => {
        await page.goto(`${BASE}/plans/${planId}/feedback/report`);
        await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
        await keycloakLogin(page, 'vanphong', 'demo');
        await page.getByRole('heading', { level: 1, name: 'Nhập báo cáo ý kiến của tổ chức' }).waitFor();
        await page.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await expectNoAxeViolations(page, 'report form (phone)');
        await noSidewaysScroll(page, 'report form');
      });
      await step('import', async () => {
        await page.getByRole('textbox', { name: /Tổ chức gửi báo cáo/ }).fill('Ủy ban MTTQ Việt Nam phường Ba Đồn');
        await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
        await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles({ name: `y-kien-${SUFFIX}.csv`, mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
        // The rows name their senders: the file comes with the consent the organisation collected from them.
        await giveConsent(page, { also: [/^Đồng ý để cơ quan liên hệ/], channel: 'ORGANISATION_REPORT' });
        await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
        await page.getByRole('heading', { name: 'Đọc được 2 dòng' }).waitFor();
        await expectNoAxeViolations(page, 'import preview (phone)');
        await noSidewaysScroll(page, 'import preview');
        const stored = page.waitForResponse((r) => r.url().includes(`/api/v1/plans/${planId}/feedback-imports`) && !r.url().includes('dryRun=true') && r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Nhập 2 ý kiến' }).click();
        const res = await stored;
        assert.equal(res.status(), 201, 'the report is stored');
        ids.push(...(await res.json()).items.map((i) => i.id));
        assert.equal(ids.length, 2);
        await page.getByRole('heading', { name: 'Đã lưu báo cáo với 2 ý kiến' }).waitFor();
      });
      // The session lives in this tab's memory only: from here on, move by the app's own links.
      await step('list', async () => {
        await page.getByRole('link', { name: 'Về danh sách ý kiến của kế hoạch' }).click();
        await page.getByRole('heading', { level: 1, name: 'Ý kiến, kiến nghị' }).waitFor();
        await page.getByText('Lọc ý kiến', { exact: true }).click();
        await page.getByRole('searchbox', { name: 'Tìm trong tiêu đề, nội dung' }).fill(SUFFIX);
        await page.getByRole('button', { name: 'Lọc', exact: true }).click();
        for (const title of TITLES) await page.getByRole('link', { name: title }).waitFor();
      });
      await step('merge from the similar panel', async () => {
        await page.getByRole('link', { name: TITLES[0] }).click();
        await page.getByRole('heading', { level: 1, name: TITLES[0] }).waitFor();
        await page.getByRole('checkbox', { name: TITLES[1] }).check();
        await page.getByRole('button', { name: 'Gộp 1 ý kiến đã chọn vào ý kiến này' }).click();
        await page.getByRole('button', { name: 'Xác nhận gộp' }).click();
        await page.getByText('Đã gộp 1 ý kiến.').waitFor();
        await page.getByRole('heading', { name: 'Nhóm ý kiến: 2 ý kiến · 2 công dân ở 1 phường' }).waitFor();
        await noSidewaysScroll(page, 'detail');
      });
      await step('summary', async () => {
        await page.getByRole('link', { name: 'Về danh sách ý kiến của kế hoạch' }).click();
        await page.getByRole('link', { name: 'Bản tổng hợp' }).click();
        await page.getByRole('heading', { level: 1, name: 'Bản tổng hợp ý kiến, kiến nghị' }).waitFor();
        await page.getByRole('link', { name: TITLES[0] }).waitFor();
        await expectNoAxeViolations(page, 'summary (phone)');
        await noSidewaysScroll(page, 'summary');
        const pdf = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${planId}/feedback/summary.pdf`));
        await page.getByRole('button', { name: 'Tải bản PDF' }).click();
        const res = await pdf;
        assert.equal(res.status(), 200, 'the PDF is served');
        assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/);
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
