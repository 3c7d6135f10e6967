// End-to-end: the leaders' overview (/tong-quan) over the demo's data, against the RUNNING stack (`make e2e` starts
// it). bithu (the chair of Đảng ủy phường Ba Đồn) opens it on a desk and on a 360×740 phone; every figure read on the
// page must equal a count read from the lists the same figures open, for the same filters and period:
//   - feedback by status: the feedback list (status=…), items received in the period (1 January to today);
//   - overdue rulings by lead unit: the follow-up list (overdue=true&unit=…), whatever the period.
// axe must find 0 violations on both, and the phone page may not scroll sideways.
// With E2E_LIGHTHOUSE_DIR (a folder holding node_modules/lighthouse and puppeteer-core, not a dependency of the app),
// Lighthouse's accessibility audit also runs on the phone page as the chair sees it (a snapshot: the token lives in the
// tab, so a fresh navigation would only audit the login prompt), and its score is printed and must be 100.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, fromLighthouseDir, launchBrowser, LIGHTHOUSE_PHONE, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn, withLighthouseBrowser } from './support.mjs';
import { api, tokenFor, vietnamDay } from './api.mjs';

const STATUS = {
  'Đã tiếp nhận': 'RECEIVED',
  'Đã phân loại': 'CLASSIFIED',
  'Đã giao đơn vị': 'ASSIGNED',
  'Đang dự thảo trả lời': 'ANSWER_DRAFTED',
  'Chờ phê duyệt': 'ANSWER_SUBMITTED',
  'Đã duyệt trả lời': 'ANSWER_APPROVED',
  'Đã trả lời tại hội nghị': 'ANSWERED_AT_SESSION',
  'Đã có kết luận': 'RULED',
  'Không tiếp nhận': 'REJECTED',
};

let browser;
let chair;
before(async () => {
  browser = await launchBrowser();
  chair = await tokenFor('bithu');
});
after(async () => {
  await browser?.close();
});

/** Every item of a cursor-paged list for the query, page after page. */
async function all(path, query) {
  const items = [];
  let after = null;
  do {
    const q = new URLSearchParams({ ...query, size: '100', ...(after ? { after } : {}) });
    const { json } = await api(chair, 'GET', `${path}?${q}`);
    items.push(...json.items);
    after = json.nextCursor;
  } while (after);
  return items;
}

/** The rows of a chart's table (opened with its "Xem bảng số liệu"): [row header, cells…]. */
async function tableRows(page, caption) {
  const table = page.getByRole('table', { name: caption, includeHidden: true });
  // The figures arrive after the page: only once the table is there can we tell whether it sits in a closed <details>.
  await table.waitFor({ state: 'attached' });
  const details = page.locator('details', { has: table });
  if ((await details.count()) > 0 && !(await details.evaluate((d) => d.open))) {
    await details.locator('summary').click();
  }
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
}

const number = (text) => Number(text.replace(/\./g, '').replace(/,/g, ''));

async function checkFigures(page, name) {
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Ý kiến, kiến nghị' }).waitFor();
  const from = `${vietnamDay(0).slice(0, 4)}-01-01`;
  const start = new Date(`${from}T00:00:00+07:00`).getTime();
  const received = (await all('/api/v1/feedback', {})).filter((i) => new Date(i.createdAt).getTime() >= start);

  const byStatus = await tableRows(page, 'Theo trạng thái');
  assert.ok(byStatus.length > 0, `${name}: the demo has feedback this year`);
  let total = 0;
  for (const [label, count] of byStatus) {
    const status = STATUS[label];
    assert.ok(status, `${name}: a status the test knows: ${label}`);
    const listed = (await all('/api/v1/feedback', { status })).filter((i) => new Date(i.createdAt).getTime() >= start).length;
    assert.equal(number(count), listed, `${name}: ${label} on the dashboard and in the feedback list`);
    total += number(count);
  }
  assert.equal(total, received.length, `${name}: every item received this year, once`);

  const overdue = await tableRows(page, 'Kết luận quá hạn theo đơn vị chủ trì');
  const overdueListed = await all('/api/v1/follow-up', { overdue: 'true' });
  let overdueShown = 0;
  for (const row of overdue) {
    if (row.length < 4) continue; // "Không có kết luận quá hạn."
    const link = page.getByRole('table', { name: 'Kết luận quá hạn theo đơn vị chủ trì' }).getByRole('link', { name: row[0], exact: true });
    const unit = (await link.count()) > 0 ? new URL(await link.getAttribute('href'), 'http://x').searchParams.get('unit') : null;
    const listed = unit ? (await all('/api/v1/follow-up', { overdue: 'true', unit })).filter((f) => f.ruling.leadUnit?.code === unit).length : null;
    if (listed != null) assert.equal(number(row[1]), listed, `${name}: overdue rulings of ${row[0]}`);
    overdueShown += number(row[1]);
  }
  assert.equal(overdueShown, overdueListed.length, `${name}: every overdue ruling counted once`);
}

/** Lighthouse (mobile) accessibility of /tong-quan, logged in as the chair, in a browser it can drive. */
async function lighthouseScore() {
  const { snapshot } = await fromLighthouseDir('lighthouse');
  const puppeteer = await fromLighthouseDir('puppeteer-core');
  await withLighthouseBrowser(async (lhBrowser, port) => {
    const { page } = await newPage(lhBrowser, PHONE_VIEWPORT);
    await loginAt(page, '/tong-quan', 'bithu');
    await page.getByRole('heading', { level: 2, name: 'Kết luận' }).waitFor();
    await page.getByRole('table', { name: 'Kết luận quá hạn theo đơn vị chủ trì' }).waitFor();
    const remote = await puppeteer.default.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
    const pages = await remote.pages();
    const target = pages.find((p) => p.url().includes('/tong-quan'));
    assert.ok(target, 'the overview page, seen by Lighthouse');
    const result = await snapshot(target, {
      config: {
        extends: 'lighthouse:default',
        settings: { onlyCategories: ['accessibility'], formFactor: 'mobile', screenEmulation: LIGHTHOUSE_PHONE },
      },
    });
    const score = Math.round(result.lhr.categories.accessibility.score * 100);
    const failed = Object.values(result.lhr.audits).filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    console.log(`lighthouse mobile accessibility on /tong-quan: ${score} ${failed.length ? `(failed: ${failed.join(', ')})` : ''}`);
    await remote.disconnect();
    assert.equal(score, 100, `Lighthouse accessibility ${score}: ${failed.join(', ')}`);
  });
}

describe('the leaders\' overview shows the demo\'s figures, as the lists count them', { timeout: 600_000 }, () => {
  it('on a desk', async () => {
    const { context, page, problems } = await newPage(browser, { width: 1280, height: 900 });
    const step = (name, fn) => stepIn('e2e-dashboard', page, name, fn);
    try {
      await step('desk', async () => {
        await loginAt(page, '/tong-quan', 'bithu', 'Đăng xuất');
        await checkFigures(page, 'desk');
        await expectNoAxeViolations(page, 'overview (desk)');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('on a phone', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-dashboard', page, name, fn);
    try {
      await step('phone', async () => {
        await loginAt(page, '/tong-quan', 'bithu');
        await checkFigures(page, 'phone');
        await expectNoAxeViolations(page, 'overview (phone)');
        await noSidewaysScroll(page, 'overview');
      });
      if (process.env.E2E_LIGHTHOUSE_DIR) await step('lighthouse', () => lighthouseScore());
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
