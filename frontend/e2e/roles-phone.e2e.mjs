// End-to-end: each staff role on a 360×740 phone reaches its main job from the landing page by the to-do or the menu,
// without typing an address, against the RUNNING stack. axe must find 0 violations on every page visited.
//   chair (bithu): the answers awaiting approval, from the to-do;
//   office (vanphong): the new items to classify, from the to-do;
//   unit (phongtnmt): the items given to the unit to answer, from the to-do;
//   ward officer (phuongbadon): the ward's entry form, from the to-do, saving items one after another, one of them
//     while offline, sent when the network is back, each stored once;
//   admin (quantri): the body's staff, from the menu under "Thêm".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { act, api, createTownPlan, tokenFor, vietnamDay } from './api.mjs';
import { expectNoAxeViolations, giveConsent, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
let browser;

before(async () => {
  browser = await launchBrowser();
  // A dialogue ahead, so that the ward officer has one to enter items for (the to-do offers the nearest).
  const office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const plan = await createTownPlan(office, { title: `Đối thoại các vai trò ${SUFFIX}`, number: '96', sessionDay: vietnamDay(3), focusArea: 'Môi trường' });
  for (const [who, action] of [[office, 'SUBMIT'], [chair, 'APPROVE'], [office, 'PUBLISH']]) await act(who, plan.id, action);
});
after(async () => {
  await browser?.close();
});

/** Logs in on the phone at the landing page, which for staff is "Việc của tôi". */
async function landOnTodo(page, username) {
  await loginAt(page, '/', username);
  await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
  await expectNoAxeViolations(page, `to-do (${username})`);
  await noSidewaysScroll(page, `to-do (${username})`);
}

/** Opens the to-do entry whose reason matches `reason` and waits for the page it leads to. */
async function fromTodo(page, reason, heading) {
  await page.getByRole('link', { name: reason }).first().click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function asRole(username, job) {
  const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
  const step = (name, fn) => stepIn(`e2e-roles-${username}`, page, name, fn);
  try {
    await step('land on the to-do', () => landOnTodo(page, username));
    await job(page, step, context);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

describe('every staff role reaches its main job from the landing page (360 px phone)', { timeout: 900_000 }, () => {
  it('chair: the answers awaiting approval, from the to-do', () =>
    asRole('bithu', async (page, step) => {
      await step('answers to approve', async () => {
        await fromTodo(page, /câu trả lời chờ phê duyệt$/, 'Ý kiến, kiến nghị');
        assert.match(new URL(page.url()).search, /status=/);
        await expectNoAxeViolations(page, 'answers to approve (chair)');
        await noSidewaysScroll(page, 'answers to approve');
      });
    }));

  it('office: the new items to classify, from the to-do', () =>
    asRole('vanphong', async (page, step) => {
      await step('items to classify', async () => {
        await fromTodo(page, /ý kiến mới chờ phân loại$/, 'Ý kiến, kiến nghị');
        await expectNoAxeViolations(page, 'items to classify (office)');
        await noSidewaysScroll(page, 'items to classify');
      });
    }));

  it('unit: the items given to the unit, from the to-do', () =>
    asRole('phongtnmt', async (page, step) => {
      await step('items to answer', async () => {
        await fromTodo(page, /ý kiến được giao chờ đơn vị trả lời/, 'Ý kiến, kiến nghị');
        await expectNoAxeViolations(page, 'items to answer (unit)');
        await noSidewaysScroll(page, 'items to answer');
      });
    }));

  it('admin: the staff of the body, from the menu', () =>
    asRole('quantri', async (page, step) => {
      await step('staff from the menu', async () => {
        await page.getByRole('button', { name: 'Menu' }).click();
        const staffNav = page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
        await staffNav.getByText('Thêm', { exact: true }).click();
        await expectNoAxeViolations(page, 'menu open with "Thêm" (admin)');
        await staffNav.getByRole('link', { name: 'Cán bộ', exact: true }).click();
        await page.waitForURL(/\/staff$/);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoAxeViolations(page, 'staff (admin)');
        await noSidewaysScroll(page, 'staff');
      });
    }));

  it('ward officer: enters collected items one after another on the ward form, one of them offline', () =>
    asRole('phuongbadon', async (page, step, context) => {
      const titles = [1, 2, 3].map((n) => `Ý kiến tổ dân phố ${n} ${SUFFIX}`);
      const enter = async (title) => {
        await page.getByLabel('Tiêu đề').fill(title);
        await page.getByRole('textbox', { name: /^Nội dung/ }).fill(`Bà con tổ dân phố đề nghị xem xét: ${title}.`);
        await giveConsent(page, { channel: 'IN_PERSON' });
        await page.getByRole('button', { name: 'Lưu và nhập tiếp' }).click();
        await page.getByText(`“${title}”`).waitFor();
      };
      const entered = page.getByRole('region', { name: /Đã nhập/ });
      await step('the ward form from the to-do', async () => {
        await fromTodo(page, /^Nhập ý kiến đã thu thập cho đối thoại/, 'Nhập ý kiến phường thu thập');
        await page.getByText('Phường Ba Đồn', { exact: true }).waitFor();
        assert.equal(await page.getByLabel(/Tổ chức/).count(), 0, 'the ward form asks for an organisation');
        await expectNoAxeViolations(page, 'ward form (ward)');
        await noSidewaysScroll(page, 'ward form');
      });
      await step('two items in a row', async () => {
        await enter(titles[0]);
        await enter(titles[1]);
        await entered.getByText('Đã gửi').nth(1).waitFor();
        await expectNoAxeViolations(page, 'ward form with two items (ward)');
      });
      await step('one offline, sent when back online', async () => {
        await context.setOffline(true);
        await enter(titles[2]);
        await entered.getByText('Chờ gửi').waitFor();
        await page.getByText('Mất kết nối').waitFor();
        await expectNoAxeViolations(page, 'ward form offline (ward)');
        await context.setOffline(false);
        await entered.getByText('Đã gửi').nth(2).waitFor();
        assert.equal(await entered.getByText('Chờ gửi').count(), 0);
      });
      await step('each item stored once', async () => {
        const planId = Number(/\/plans\/(\d+)\/feedback\/ward/.exec(page.url())[1]);
        const ward = await tokenFor('phuongbadon');
        const { json } = await api(ward, 'GET', `/api/v1/plans/${planId}/feedback?q=${encodeURIComponent(SUFFIX)}&size=50`);
        const stored = json.items.map((i) => i.title).filter((t) => titles.includes(t)).sort();
        assert.deepEqual(stored, [...titles].sort());
      });
    }));
});
