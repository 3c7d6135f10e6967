// A citizen on a cheap phone (360 × 740), not logged in, does the main jobs from the home page by tapping only:
//   1. sees the coming dialogue (day, place) at the top of the home page, and adds it to the calendar (.ics);
//   2. registers to attend, from the dialogue's card;
//   3. sends an opinion, from the same card, and gets a tracking code;
//   4. follows the opinion by that code from the home page's "Tra cứu ý kiến";
//   5. opens the results of past dialogues ("Giải trình").
// axe finds nothing on every page visited; the home page is saved as docs/samples/citizen-home.png. With
// E2E_LIGHTHOUSE_DIR (a folder holding node_modules/lighthouse), Lighthouse mobile on the home page must score at least
// 95 for performance and 100 for accessibility.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { act, api, tokenFor, vietnamDay } from './api.mjs';
import { BASE, expectNoAxeViolations, giveConsent, launchBrowser, lighthouseMobile, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const TITLE = `Đối thoại về chợ Ba Đồn ${SUFFIX}`;
const OPINION = `Mái chợ Ba Đồn dột khi mưa ${SUFFIX}`;
const ATTENDEE = `Phan Thị Mai ${SUFFIX}`;
const randomMobile = () => `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const SAMPLE = new URL('../../docs/samples/citizen-home.png', import.meta.url);
let planId = null;
let browser;

const step = (page, name, fn) => stepIn('e2e-citizen', page, name, fn);

/** The dialogue's card on the home page: the coming dialogue this test published. */
const card = (page) => page.getByRole('region', { name: 'Đối thoại sắp tới' }).getByRole('listitem').filter({ hasText: TITLE });

async function home(page) {
  // By the header's menu (folded on a phone), never by typing an address.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đối thoại với Nhân dân' }).waitFor();
}

before(async () => {
  const office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  // Issued today, so it is the newest published plan and first among the coming ones.
  const { json } = await api(office, 'POST', '/api/v1/plans', {
    templateCode: 'town-2022',
    level: 'TOWN',
    title: TITLE,
    number: `9${SUFFIX.slice(0, 2).replace(/\D/g, '1')}`,
    symbol: 'KH/ThU',
    issueDate: vietnamDay(0),
    issuingUnitCode: 'thi-uy',
    topic: 'Chợ và vệ sinh môi trường',
    focusAreas: [{ title: 'Chợ Ba Đồn' }],
    plannedMonth: vietnamDay(16).slice(0, 7),
    sessionAt: `${vietnamDay(16)}T07:30:00+07:00`,
    venue: 'Nhà văn hóa tổ dân phố 3',
    format: 'IN_PERSON',
  });
  planId = json.id;
  await act(office, planId, 'SUBMIT');
  await act(chair, planId, 'APPROVE');
  await act(office, planId, 'PUBLISH');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Lighthouse (mobile, simulated slow 4G) on the home page as a visitor opens it. */
async function lighthouseHome() {
  const lhr = await lighthouseMobile(`${BASE}/`, ['performance', 'accessibility']);
  const performance = Math.round(lhr.categories.performance.score * 100);
  const accessibility = Math.round(lhr.categories.accessibility.score * 100);
  const audits = lhr.audits;
  console.log(`lighthouse mobile on the citizens' home: performance ${performance}, accessibility ${accessibility}; `
    + `FCP ${audits['first-contentful-paint'].displayValue}, LCP ${audits['largest-contentful-paint'].displayValue}, `
    + `TBT ${audits['total-blocking-time'].displayValue}, CLS ${audits['cumulative-layout-shift'].displayValue}, `
    + `transfer ${Math.round(audits['total-byte-weight'].numericValue / 1024)} KiB`);
  assert.ok(performance >= 95, `Lighthouse performance ${performance} on the home page`);
  assert.equal(accessibility, 100, `Lighthouse accessibility ${accessibility} on the home page`);
}

describe("the citizens' home page on a phone", { timeout: 600_000 }, () => {
  it('a visitor reaches the coming dialogue, registers, sends an opinion, tracks it and reads the results', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    let code = '';
    try {
      await step(page, 'home', async () => {
        await page.goto(`${BASE}/`);
        await page.getByRole('heading', { level: 1, name: 'Đối thoại với Nhân dân' }).waitFor();
        await card(page).getByRole('link', { name: TITLE }).waitFor();
        const text = (await card(page).textContent()) ?? '';
        const [y, m, d] = vietnamDay(16).split('-');
        assert.ok(text.includes(`07:30`) && text.includes(`${d}/${m}/${y}`), `the card gives the day and time: ${text}`);
        assert.ok(text.includes('Nhà văn hóa tổ dân phố 3'), `the card gives the place: ${text}`);
        await page.getByRole('region', { name: 'Kết quả đối thoại gần đây' }).getByRole('link', { name: 'Xem kết quả giải quyết (giải trình)' }).waitFor();
        await page.getByRole('form', { name: 'Tra cứu ý kiến' }).waitFor();
        await expectNoAxeViolations(page, 'citizen home (phone)');
        await noSidewaysScroll(page, 'citizen home');
        await page.screenshot({ path: SAMPLE.pathname, fullPage: true });
      });
      await step(page, 'add to calendar', async () => {
        const href = await card(page).getByRole('link', { name: 'Thêm vào lịch' }).getAttribute('href');
        const res = await page.request.get(`${BASE}${href}`);
        assert.equal(res.status(), 200);
        assert.match(res.headers()['content-type'], /^text\/calendar/);
        const ics = await res.text();
        assert.ok(ics.includes(`DTSTART:${vietnamDay(16).replace(/-/g, '')}T003000Z`), ics);
        assert.ok(ics.includes(`UID:ke-hoach-${planId}@`), ics);
      });
      await step(page, 'register to attend', async () => {
        await card(page).getByRole('link', { name: 'Đăng ký tham dự' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đăng ký tham dự' }).waitFor();
        await page.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await expectNoAxeViolations(page, 'registration from the home page (phone)');
        await page.getByRole('textbox', { name: /Họ và tên/ }).fill(ATTENDEE);
        await page.getByRole('textbox', { name: /Số điện thoại di động/ }).fill(randomMobile());
        await page.getByLabel(/Phường, xã nơi cư trú/).selectOption({ label: 'Phường Ba Đồn' });
        await page.getByRole('textbox', { name: /Nội dung muốn nêu/ }).fill('Mái chợ dột');
        await giveConsent(page);
        await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
        await page.waitForURL(/\/xac-nhan\/[^/]+$/);
        await page.getByRole('heading', { name: 'Đã nhận đăng ký' }).waitFor();
        await page.getByText(ATTENDEE, { exact: true }).waitFor();
        await expectNoAxeViolations(page, 'registration received (phone)');
      });
      await step(page, 'send an opinion', async () => {
        await home(page);
        await card(page).getByRole('link', { name: 'Gửi ý kiến, kiến nghị' }).click();
        await page.getByRole('heading', { level: 1, name: 'Gửi ý kiến, kiến nghị' }).waitFor();
        await page.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await expectNoAxeViolations(page, 'opinion form from the home page (phone)');
        await page.getByRole('radio', { name: /^Kiến nghị/ }).check();
        await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(OPINION);
        await page.getByRole('textbox', { name: 'Nội dung' }).fill('Mỗi khi mưa, mái chợ dột nhiều chỗ, hàng hóa bị ướt. Đề nghị sửa mái trước Tết.');
        await page.getByRole('combobox', { name: 'Phường, xã', exact: true }).selectOption({ label: 'Phường Ba Đồn' });
        await giveConsent(page);
        await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đã gửi ý kiến' }).waitFor();
        code = (await page.locator('.fb-code').textContent())?.trim() ?? '';
        assert.match(code, /^DT-\d{4}-[2-9A-HJKMNP-Z]{5}$/, 'a tracking code is shown');
        await expectNoAxeViolations(page, 'opinion receipt (phone)');
      });
      await step(page, 'track the opinion', async () => {
        await home(page);
        const track = page.getByRole('form', { name: 'Tra cứu ý kiến' });
        await track.getByRole('textbox', { name: 'Mã tra cứu' }).fill(code.toLowerCase());
        await track.getByRole('button', { name: 'Tra cứu' }).click();
        await page.waitForURL(new RegExp(`/tra-cuu/${code}$`));
        await page.getByRole('heading', { level: 2, name: OPINION }).waitFor();
        await expectNoAxeViolations(page, 'tracking from the home page (phone)');
        await noSidewaysScroll(page, 'tracking');
      });
      await step(page, 'results (giải trình)', async () => {
        await home(page);
        await page.getByRole('region', { name: 'Kết quả đối thoại gần đây' }).getByRole('link', { name: 'Xem kết quả giải quyết (giải trình)' }).click();
        await page.getByRole('heading', { level: 1, name: 'Giải trình kết quả đối thoại' }).waitFor();
        await page.locator('.loading').waitFor({ state: 'detached' });
        await expectNoAxeViolations(page, 'accountability list from the home page (phone)');
        await noSidewaysScroll(page, 'accountability list');
      });
      await step(page, 'public plans marked coming or past', async () => {
        await home(page);
        await page.getByRole('link', { name: 'Xem tất cả kế hoạch đối thoại' }).click();
        const item = page.getByRole('listitem').filter({ hasText: TITLE });
        await item.getByText('Sắp diễn ra').waitFor();
        await expectNoAxeViolations(page, 'public plans (phone)');
      });
      if (process.env.E2E_LIGHTHOUSE_DIR) await step(page, 'lighthouse', () => lighthouseHome());
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
