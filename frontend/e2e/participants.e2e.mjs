// End-to-end: participants of the demo commune plan on a 360×740 phone, against the RUNNING stack
// (scripts/test.sh / `make e2e` starts it; this test starts nothing). Realm users, password "demo":
// phuongbadon (ward officer of Phường Ba Đồn), vanphong (office, secretariat).
//   1. the ward officer adds a citizen of Phường Ba Đồn to the published commune plan;
//   2. the office issues an invitation to that citizen (giving a reason if the server says it is late);
//   3. at the door, the office feeds a photo of the citizen's QR code to the check-in page: the
//      citizen is checked in and the live count of people present goes up by one;
//   4. an anonymous citizen registers from the public plan page and answers on the confirmation page.
// axe must find 0 violations on every new page at 360 px, and no page may scroll sideways.
//   E2E_BASE_URL (default http://localhost:5173), CHROMIUM_PATH (default /usr/bin/chromium)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, expectNoAxeViolations, giveConsent, launchBrowser, loginAt, newPage as openPage, noSidewaysScroll, PHONE_VIEWPORT, REPORTS, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
/** A fresh mobile number per run: 09 + 8 digits. */
const randomMobile = () => `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const CITIZEN = `Nguyễn Thị Hạnh ${SUFFIX}`;
const CITIZEN_PHONE = randomMobile();
const SELF_REGISTERED = `Trần Văn Lộc ${SUFFIX}`;
let planId = null;
let token = null;

let browser;
before(async () => {
  browser = await launchBrowser();
  // The current demo commune plan (published, session ~16 days ahead) from the public list.
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
const step = (page, name, fn) => stepIn('e2e-participants', page, name, fn);

/** "3 có mặt trên 12 người" of the total tile → 3. */
async function presentCount(page) {
  const text = await page.getByRole('list', { name: 'Số người có mặt' }).getByRole('listitem').first().locator('.visually-hidden').textContent();
  const m = /^(\d+) có mặt/.exec(text ?? '');
  assert.ok(m, `count text: ${text}`);
  return Number(m[1]);
}

describe('participants end to end (360 px phone)', { timeout: 600_000 }, () => {
  it('a ward officer adds a citizen of Phường Ba Đồn to the commune plan', async () => {
    const { context, page, problems } = await newPage();
    try {
      await step(page, 'participants page (ward)', async () => {
        await loginAt(page, `/plans/${planId}/participants`, 'phuongbadon');
        await page.getByRole('heading', { level: 1, name: 'Thành phần tham dự' }).waitFor();
        await page.getByRole('heading', { name: 'Cơ cấu thành phần' }).waitFor();
        await page.getByRole('heading', { name: 'Danh sách người tham dự' }).waitFor();
        await expectNoAxeViolations(page, 'participants (ward, phone)');
        await noSidewaysScroll(page, 'participants');
      });
      await step(page, 'add a citizen', async () => {
        await page.getByRole('button', { name: 'Thêm người tham dự' }).click();
        const form = page.getByRole('form', { name: 'Thêm người tham dự' });
        await form.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await form.getByRole('textbox', { name: 'Số điện thoại' }).fill(CITIZEN_PHONE);
        await form.getByRole('button', { name: 'Tìm', exact: true }).click();
        await form.getByText('Chưa có ai với số này').waitFor();
        await form.getByRole('textbox', { name: /Họ và tên/ }).fill(CITIZEN);
        await form.getByLabel('Phường, xã', { exact: true }).selectOption({ label: 'Phường Ba Đồn' });
        await giveConsent(form, { also: [/^Đồng ý công khai họ tên/], channel: 'IN_PERSON' });
        await form.getByRole('combobox', { name: 'Đối tượng' }).selectOption('CITIZEN');
        await form.getByRole('textbox', { name: 'Nội dung muốn nêu' }).fill('Đề nghị lắp đèn chiếu sáng ngõ 5');
        await expectNoAxeViolations(page, 'add participant form (phone)');
        await form.getByRole('button', { name: 'Thêm vào danh sách' }).click();
        await page.getByText(`Đã thêm ${CITIZEN} vào danh sách.`).waitFor();
        await page.getByRole('heading', { level: 3, name: CITIZEN }).waitFor();
        await noSidewaysScroll(page, 'participants after adding');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('the office invites the citizen, then checks them in from a photo of their QR code', async () => {
    assert.ok(planId);
    const { context, page, problems } = await newPage();
    try {
      await step(page, 'find the citizen', async () => {
        await loginAt(page, `/plans/${planId}/participants`, 'vanphong');
        await page.getByRole('heading', { name: 'Danh sách người tham dự' }).waitFor();
        await page.locator('summary', { hasText: 'Lọc danh sách người tham dự' }).click(); // folded on a phone
        await page.getByRole('searchbox', { name: 'Tìm theo họ tên, số điện thoại' }).fill(CITIZEN);
        const listed = page.waitForResponse((r) => r.url().includes(`/api/v1/plans/${planId}/participants?`) && r.url().includes('q=') && r.ok());
        await page.getByRole('button', { name: 'Lọc', exact: true }).click();
        const body = await (await listed).json();
        const me = body.items.find((p) => p.fullName === CITIZEN);
        assert.ok(me, 'the citizen is listed for the office');
        assert.ok(me.token, 'the office sees the confirmation token');
        token = me.token;
        await page.getByRole('heading', { level: 3, name: CITIZEN }).waitFor();
      });
      await step(page, 'issue the invitation', async () => {
        await page.getByRole('checkbox', { name: `Chọn ${CITIZEN} để phát hành giấy mời` }).check();
        await page.getByRole('button', { name: 'Phát hành giấy mời (1 người)' }).click();
        const form = page.getByRole('form', { name: 'Phát hành giấy mời' });
        await form.getByRole('textbox', { name: /Số giấy mời/ }).fill(`${SUFFIX}/GM-UBND`);
        await form.getByLabel(/Hình thức gửi/).selectOption('HAND_DELIVERY');
        await expectNoAxeViolations(page, 'invitation form (phone)');
        await form.getByRole('button', { name: 'Phát hành', exact: true }).click();
        const done = page.getByText(`Đã phát hành giấy mời số ${SUFFIX}/GM-UBND cho 1 người.`);
        const late = form.getByRole('textbox', { name: /Lý do phát hành muộn/ });
        await done.or(late).waitFor();
        if (await late.isVisible()) {
          await late.fill('Bổ sung công dân theo đề nghị của phường');
          await form.getByRole('button', { name: 'Vẫn phát hành' }).click();
          await done.waitFor();
        }
        await page.getByText(new RegExp(`Số ${SUFFIX}/GM-UBND, ngày`)).first().waitFor();
        await page.getByRole('button', { name: `Tải giấy mời số ${SUFFIX}/GM-UBND (PDF)` }).waitFor();
        await expectNoAxeViolations(page, 'participants after invitations (phone)');
        await noSidewaysScroll(page, 'participants (office)');
      });
      await step(page, 'check in from a QR photo', async () => {
        await page.getByRole('link', { name: 'Điểm danh tại hội nghị' }).click();
        await page.getByRole('heading', { level: 1, name: 'Điểm danh' }).waitFor();
        await page.getByRole('list', { name: 'Số người có mặt' }).waitFor();
        const before = await presentCount(page);
        await expectNoAxeViolations(page, 'check-in (phone)');
        await noSidewaysScroll(page, 'check-in');
        // The QR code the citizen would show, as a photo: the server's SVG rasterised on a white canvas.
        const dataUrl = await page.evaluate(async (t) => {
          const svg = await (await fetch(`/api/v1/rsvp/${encodeURIComponent(t)}/qr.svg`)).text();
          const img = new Image();
          img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = 600;
          canvas.height = 600;
          const ctx = canvas.getContext('2d');
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, 600, 600);
          ctx.drawImage(img, 40, 40, 520, 520);
          return canvas.toDataURL('image/png');
        }, token);
        const buffer = Buffer.from(dataUrl.split(',')[1], 'base64');
        await page.locator('#qr-photo').setInputFiles({ name: 'ma-qr.png', mimeType: 'image/png', buffer });
        // The demo's session is days away: the door officer is warned first, and checks in only by confirming.
        await page.getByText('Hôm nay không phải ngày đối thoại').waitFor();
        await expectNoAxeViolations(page, 'check-in outside the session day (phone)');
        assert.equal(await presentCount(page), before, 'nothing recorded before the officer confirms');
        await page.getByRole('button', { name: 'Vẫn điểm danh' }).click();
        await page.getByText(new RegExp(`Đã điểm danh: ${CITIZEN} — `)).waitFor();
        await page.waitForFunction(
          (n) => /^(\d+) có mặt/.exec(document.querySelector('.count-tile--total .visually-hidden')?.textContent ?? '')?.[1] === String(n),
          before + 1,
        );
        assert.equal(await presentCount(page), before + 1, 'attended +1');
        // The same code again: a distinct warning, the count stays.
        await page.locator('#qr-photo').setInputFiles({ name: 'ma-qr.png', mimeType: 'image/png', buffer });
        await page.getByText(new RegExp(`${CITIZEN} đã điểm danh lúc \\d{2}:\\d{2}`)).waitFor();
        assert.equal(await presentCount(page), before + 1);
        await expectNoAxeViolations(page, 'check-in with a result (phone)');
        await page.screenshot({ path: new URL('e2e-participants-checkin-phone.png', REPORTS).pathname, fullPage: true });
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('an anonymous citizen registers from the public plan and answers on the confirmation page', async () => {
    assert.ok(planId);
    const { context, page, problems } = await newPage();
    try {
      await step(page, 'registration', async () => {
        await page.goto(`${BASE}/ke-hoach/${planId}`);
        await page.getByRole('link', { name: 'Đăng ký tham dự' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đăng ký tham dự' }).waitFor();
        await page.locator('option', { hasText: 'Phường Ba Đồn' }).first().waitFor({ state: 'attached' });
        await expectNoAxeViolations(page, 'registration (phone)');
        await noSidewaysScroll(page, 'registration');
        await page.getByRole('textbox', { name: /Họ và tên/ }).fill(SELF_REGISTERED);
        await page.getByRole('textbox', { name: /Số điện thoại di động/ }).fill(randomMobile());
        await page.getByLabel(/Phường, xã nơi cư trú/).selectOption({ label: 'Phường Ba Đồn' });
        await page.getByRole('textbox', { name: /Nội dung muốn nêu/ }).fill('Rác thải sinh hoạt chưa được thu gom đúng giờ');
        await giveConsent(page);
        await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
      });
      await step(page, 'confirmation', async () => {
        await page.waitForURL(/\/xac-nhan\/[^/]+$/);
        await page.getByRole('heading', { level: 1, name: 'Xác nhận tham dự' }).waitFor();
        await page.getByRole('heading', { name: 'Đã nhận đăng ký' }).waitFor();
        await page.getByText(SELF_REGISTERED, { exact: true }).waitFor();
        const qr = page.getByRole('img', { name: `Mã QR điểm danh của ${SELF_REGISTERED}` });
        await qr.waitFor();
        await page.waitForFunction(() => (document.querySelector('.qr-card__image')?.naturalWidth ?? 0) > 0);
        await expectNoAxeViolations(page, 'confirmation (phone)');
        await noSidewaysScroll(page, 'confirmation');
        await page.getByRole('button', { name: 'Tôi sẽ tham dự' }).click();
        await page.getByText('Đã ghi nhận trả lời của bạn: Sẽ tham dự.').waitFor();
        await page.screenshot({ path: new URL('e2e-participants-confirmation-phone.png', REPORTS).pathname, fullPage: true });
      });
      await step(page, 'invalid link', async () => {
        await page.goto(`${BASE}/xac-nhan/khong-hop-le-${SUFFIX}`);
        await page.getByRole('heading', { level: 1, name: 'Đường dẫn không hợp lệ' }).waitFor();
        await expectNoAxeViolations(page, 'invalid confirmation link (phone)');
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
