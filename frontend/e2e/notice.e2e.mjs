// End-to-end: the conclusion notice (issue 6) on a 360×740 phone, against the RUNNING stack (`make e2e` starts it).
// Set up through the API with password-grant tokens (doithoai-cli): a plan from the 2022 template whose session
// was yesterday, published and held, with one feedback item and a RESOLVE ruling the chair issued. Then vanphong
// (office, password "demo") opens the plan, follows "Thông báo kết luận", fills number, date and signer, saves,
// generates, and downloads the PDF of revision 1 (200, starts with %PDF, not tiny). axe: 0 violations, no sideways scroll.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, expectNoAxeViolations, launchBrowser, loginAt, newPage, noSidewaysScroll, PHONE_VIEWPORT, step as stepIn } from './support.mjs';

const KEYCLOAK = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');
const SUFFIX = Date.now().toString(36).slice(-5);
const RULING = `Khẩn trương nạo vét mương thoát nước tổ dân phố 3, phường Ba Đồn ${SUFFIX}`;

async function token(username) {
  const res = await fetch(`${KEYCLOAK}/realms/doithoai/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'doithoai-cli', username, password: 'demo' }),
  });
  assert.equal(res.status, 200, `token for ${username}`);
  return (await res.json()).access_token;
}

/** One API call as `bearer`; the JSON answer and the ETag. */
async function api(bearer, method, path, body, ifMatch) {
  const headers = { Authorization: `Bearer ${bearer}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const res = await fetch(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
  return { json: text ? JSON.parse(text) : null, etag: res.headers.get('ETag') };
}

const ymd = (d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

let browser;
let planId = null;
before(async () => {
  browser = await launchBrowser();
  const office = await token('vanphong');
  const chair = await token('bithu');
  const day = 86_400_000;
  const session = ymd(new Date(Date.now() - day));
  const plan = await api(office, 'POST', '/api/v1/plans', {
    templateCode: 'town-2022',
    level: 'TOWN',
    title: `Đối thoại thông báo kết luận ${SUFFIX}`,
    number: '90',
    symbol: 'KH/ThU',
    issueDate: ymd(new Date(Date.now() - 20 * day)),
    issuingUnitCode: 'thi-uy',
    topic: 'Vệ sinh môi trường đô thị',
    focusAreas: [{ title: 'Thoát nước và vệ sinh môi trường' }],
    plannedMonth: session.slice(0, 7),
    sessionAt: `${session}T08:00:00+07:00`,
    venue: 'Hội trường Thị ủy',
    format: 'IN_PERSON',
  });
  planId = plan.json.id;
  for (const [who, action] of [[office, 'SUBMIT'], [chair, 'APPROVE'], [office, 'PUBLISH'], [office, 'HOLD']]) {
    const current = await api(who, 'GET', `/api/v1/plans/${planId}`);
    await api(who, 'POST', `/api/v1/plans/${planId}/transitions`, { action, acknowledgeWarnings: true }, current.etag);
  }
  const item = await api(office, 'POST', `/api/v1/plans/${planId}/feedback`, {
    kind: 'PETITION',
    channel: 'AT_SESSION',
    title: `Mương thoát nước bốc mùi ${SUFFIX}`,
    content: 'Mương thoát nước tổ dân phố 3 bốc mùi hôi, đề nghị nạo vét.',
    wardCode: 'phuong-ba-don',
  });
  const read = await api(office, 'GET', `/api/v1/feedback/${item.json.id}`);
  await api(office, 'PUT', `/api/v1/feedback/${item.json.id}/classification`, { focusAreaId: plan.json.focusAreas[0].id, priority: 'HIGH' }, read.etag);
  const ruling = await api(office, 'POST', `/api/v1/plans/${planId}/rulings`, {
    type: 'RESOLVE',
    content: RULING,
    feedbackIds: [item.json.id],
    unitCode: 'phong-tnmt',
    dueDate: ymd(new Date(Date.now() + 30 * day)),
  });
  await api(chair, 'POST', `/api/v1/plans/${planId}/rulings/${ruling.json.id}/issue`, {}, ruling.etag);
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
        await page.getByLabel(/Ngày ban hành/).fill(ymd(new Date()));
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
