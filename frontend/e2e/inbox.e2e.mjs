// End-to-end: the bell and the attachment viewer on a 360×740 phone, against the RUNNING stack (`make e2e`).
//   1. The office (vanphong, through the API) enters an item with a photo in the demo commune plan, classifies it and
//      assigns it to Phòng Tài nguyên và Môi trường;
//   2. the unit's officer (phongtnmt) logs in on a phone, sees the bell's unread count, opens the bell and the item's
//      notification, lands on the item, and the notification is read (the count goes down, the API says read);
//   3. on the item, the photo shows as a thumbnail and opens in the in-page viewer; Escape closes it.
// axe must find 0 violations on each page and state visited, and nothing may scroll sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { api, tokenFor } from './api.mjs';
import { png } from './images.mjs';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const TITLE = `Ổ gà trước chợ Ba Đồn ${SUFFIX}`;

let browser;
let itemId;
let unitToken;
before(async () => {
  browser = await launchBrowser();
  const res = await fetch(`${BASE}/api/v1/public/plans?size=100`, { headers: { Accept: 'application/json' } });
  assert.equal(res.status, 200, 'public plan list');
  const plan = (await res.json()).items.find((p) => p.title.startsWith('Đối thoại giữa Chủ tịch UBND phường Ba Đồn') && p.status === 'PUBLISHED');
  assert.ok(plan, 'the demo commune plan is published');
  const office = await tokenFor('vanphong');
  unitToken = await tokenFor('phongtnmt');
  const { json: created } = await api(office, 'POST', `/api/v1/plans/${plan.id}/feedback`, {
    kind: 'PETITION',
    channel: 'AT_SESSION',
    title: TITLE,
    content: 'Ổ gà sâu trước cổng chợ, xe máy dễ ngã khi trời mưa.',
    wardCode: 'phuong-ba-don',
  });
  itemId = created.id;
  const upload = await fetch(`${BASE}/api/v1/feedback/${itemId}/attachments?fileName=${encodeURIComponent('o-ga.png')}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${office}`, 'Content-Type': 'image/png', Accept: 'application/json' },
    body: png(800, 600),
  });
  assert.equal(upload.status, 201, `the photo is attached: ${await upload.text()}`);
  const { json: planView } = await api(office, 'GET', `/api/v1/plans/${plan.id}`);
  let { etag } = await api(office, 'GET', `/api/v1/feedback/${itemId}`);
  ({ etag } = await api(office, 'PUT', `/api/v1/feedback/${itemId}/classification`, { focusAreaId: planView.focusAreas[0].id, priority: 'NORMAL' }, { 'If-Match': etag }));
  // The office assigns it to the unit: the unit's officers are told under their bell.
  await api(office, 'PUT', `/api/v1/feedback/${itemId}/assignment`, { unitCode: 'phong-tnmt' }, { 'If-Match': etag });
});
after(async () => {
  await browser?.close();
});

async function mine() {
  const { json } = await api(unitToken, 'GET', '/api/v1/me/notifications?size=100');
  return json;
}

describe('the bell and the attachment viewer (360 px phone)', { timeout: 600_000 }, () => {
  it('the unit officer sees the assignment under the bell, lands on the item, and views its photo', async () => {
    const before = await mine();
    const notification = before.items.find((n) => n.subject === 'FEEDBACK' && n.subjectId === itemId);
    assert.ok(notification, 'the assignment reached the unit');
    assert.equal(notification.kind, 'ASSIGNED');
    assert.equal(notification.read, false);
    assert.ok(before.unread >= 1);

    const { page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-inbox', page, name, fn);
    try {
      await step('bell count', async () => {
        await loginAt(page, '/todo', 'phongtnmt');
        const bell = page.getByRole('button', { name: new RegExp(`^Thông báo, ${before.unread} chưa đọc$`) });
        await bell.waitFor();
        assert.equal(await page.getByTestId('bell-count').textContent(), before.unread > 99 ? '99+' : String(before.unread));
        await expectNoAxeViolations(page, 'to-do with the bell (phone)');
        await noSidewaysScroll(page, 'to-do with the bell');
        await bell.click();
        await page.getByRole('list', { name: 'Thông báo' }).waitFor();
        await expectNoAxeViolations(page, 'the bell open (phone)');
        await noSidewaysScroll(page, 'the bell open');
      });
      await step('open the item', async () => {
        await page.getByRole('link', { name: new RegExp(TITLE) }).click();
        await page.waitForURL(`${BASE}/feedback/${itemId}`);
        await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        // Read as it was opened: the server says so, and the bell counts one fewer.
        for (let i = 0; i < 50 && (await mine()).items.find((n) => n.id === notification.id).read === false; i++) {
          await new Promise((r) => setTimeout(r, 200));
        }
        const after = await mine();
        assert.equal(after.items.find((n) => n.id === notification.id).read, true, 'read once opened');
        const name = after.unread > 0 ? `Thông báo, ${after.unread} chưa đọc` : 'Thông báo';
        await page.getByRole('button', { name, exact: true }).waitFor();
      });
      await step('thumbnail', async () => {
        const thumb = page.getByRole('button', { name: 'Xem o-ga.png' });
        await thumb.scrollIntoViewIfNeeded();
        const img = thumb.locator('img');
        await img.waitFor();
        await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
        const size = await img.evaluate((el) => [el.naturalWidth, el.naturalHeight]);
        assert.deepEqual(size, [320, 240], 'the server-made thumbnail, 320 px at most');
        assert.ok(await page.getByRole('button', { name: /^Tải o-ga\.png/ }).isVisible(), 'the download is still offered');
        await expectNoAxeViolations(page, 'item with thumbnails (phone)');
        await noSidewaysScroll(page, 'item with thumbnails');
        await thumb.click();
      });
      await step('viewer', async () => {
        const dialog = page.getByRole('dialog', { name: 'o-ga.png' });
        await dialog.waitFor();
        const photo = dialog.getByRole('img', { name: 'Ảnh o-ga.png' });
        await photo.waitFor();
        await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await photo.elementHandle());
        const box = await photo.boundingBox();
        assert.ok(box && box.width <= PHONE_VIEWPORT.width && box.height <= PHONE_VIEWPORT.height, `the photo fits the phone: ${JSON.stringify(box)}`);
        assert.ok(await dialog.getByRole('button', { name: 'Đóng' }).evaluate((el) => el === document.activeElement), 'focus in the dialog');
        await expectNoAxeViolations(page, 'the viewer (phone)');
        await noSidewaysScroll(page, 'the viewer');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        assert.ok(await page.getByRole('button', { name: 'Xem o-ga.png' }).evaluate((el) => el === document.activeElement), 'focus back on the thumbnail');
      });
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });
});
