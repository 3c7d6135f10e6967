// End-to-end: "Việc của tôi" on a 360×740 phone, against the RUNNING stack (scripts/test.sh / `make e2e` starts it).
//   1. the office submits an answer for approval (set up through the API, on a plan made here);
//   2. bithu (chair, password "demo") logs in and lands on the to-do, which counts one more answer to approve than
//      before (the demo data may hold others: the test compares with the count it read first);
//   3. approves it in two clicks: the entry, then "Phê duyệt" on the list it opens;
//   4. back on the to-do, the count is what it was.
// axe must find 0 violations on the to-do and the approval list, and neither may scroll sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { act, api, createTownPlan, tokenFor, vietnamDay } from './api.mjs';
import { expectNoAxeViolations, goInApp, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const SUFFIX = Date.now().toString(36).slice(-5);
const TITLE = `Đèn đường tổ dân phố 4 bị hỏng ${SUFFIX}`;
const ANSWER = `Phòng Kinh tế sẽ thay bóng đèn tổ dân phố 4 trong tuần ${SUFFIX}.`;

let browser;
let waitingBefore = 0;

/** The chair's count of answers awaiting approval, as the to-do API gives it. */
async function answersToApprove(chair) {
  const { json } = await api(chair, 'GET', '/api/v1/me/todo');
  const entry = json.entries.find((e) => e.role === 'chair' && e.kind === 'ANSWERS_TO_APPROVE');
  assert.ok(entry, 'the chair has an entry for answers to approve');
  return entry.count;
}

before(async () => {
  browser = await launchBrowser();
  const office = await tokenFor('vanphong');
  const chair = await tokenFor('bithu');
  const unit = await tokenFor('phongtnmt');
  const plan = await createTownPlan(office, { title: `Đối thoại việc của tôi ${SUFFIX}`, number: '95', sessionDay: vietnamDay(20), focusArea: 'Chiếu sáng công cộng' });
  for (const [who, action] of [[office, 'SUBMIT'], [chair, 'APPROVE'], [office, 'PUBLISH']]) await act(who, plan.id, action);
  const item = await api(office, 'POST', `/api/v1/plans/${plan.id}/feedback`, {
    kind: 'PETITION',
    channel: 'AT_SESSION',
    title: TITLE,
    content: 'Đèn đường tổ dân phố 4 hỏng đã hai tuần, đi lại buổi tối rất nguy hiểm.',
    wardCode: 'phuong-ba-don',
  });
  const id = item.json.id;
  const etag = async () => (await api(office, 'GET', `/api/v1/feedback/${id}`)).etag;
  await api(office, 'PUT', `/api/v1/feedback/${id}/classification`, { focusAreaId: plan.focusAreas[0].id, priority: 'NORMAL' }, { 'If-Match': await etag() });
  await api(office, 'PUT', `/api/v1/feedback/${id}/assignment`, { unitCode: 'phong-tnmt' }, { 'If-Match': await etag() });
  await api(unit, 'PUT', `/api/v1/feedback/${id}/answer`, { text: ANSWER }, { 'If-Match': await etag() });
  waitingBefore = await answersToApprove(chair);
  await api(office, 'POST', `/api/v1/feedback/${id}/answer/submit`, undefined, { 'If-Match': await etag() });
  assert.equal(await answersToApprove(chair), waitingBefore + 1, 'the submitted answer waits for the chair');
});
after(async () => {
  await browser?.close();
});

describe('Việc của tôi: the chair approves an answer from the to-do (360 px phone)', { timeout: 600_000 }, () => {
  it('lands on the to-do, sees one more answer to approve, approves it in two clicks, and the count goes back', async () => {
    const { context, page, problems } = await newPage(browser, PHONE_VIEWPORT);
    const step = (name, fn) => stepIn('e2e-todo', page, name, fn);
    try {
      await step('land on the to-do', async () => {
        await loginAt(page, '/', 'bithu');
        await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
        await page.getByRole('link', { name: `${waitingBefore + 1} câu trả lời chờ phê duyệt`, exact: true }).waitFor();
        await expectNoAxeViolations(page, 'to-do (chair, phone)');
        await noSidewaysScroll(page, 'to-do');
      });
      await step('two clicks', async () => {
        // 1: the entry opens the answers awaiting approval.
        await page.getByRole('link', { name: `${waitingBefore + 1} câu trả lời chờ phê duyệt`, exact: true }).click();
        await page.getByText(ANSWER).waitFor();
        await expectNoAxeViolations(page, 'answers awaiting approval (chair, phone)');
        await noSidewaysScroll(page, 'answers awaiting approval');
        // 2: Phê duyệt, on the item itself.
        await page.getByRole('button', { name: `Phê duyệt: ${TITLE}`, exact: true }).click();
        await page.getByText(`Đã phê duyệt trả lời: ${TITLE}.`).waitFor();
      });
      await step('the count goes back', async () => {
        await goInApp(page, '/todo');
        await page.getByRole('heading', { level: 1, name: 'Việc của tôi' }).waitFor();
        await page.getByRole('link', { name: `${waitingBefore} câu trả lời chờ phê duyệt`, exact: true }).waitFor();
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
