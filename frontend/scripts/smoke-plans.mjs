// Offline smoke test of the plan and calendar pages of the BUILT app (dist/): a fake API answers
// inside the browser (page.route), Keycloak is faked like in smoke.mjs; axe runs on every page at
// 1280 px and 360 px and screenshots go to reports/smoke/. Usage: npm run build && node scripts/smoke-plans.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const PORT = Number(process.env.SMOKE_PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}`;
const KC = 'http://localhost:8180/realms/doithoai';
const OUT = 'reports/smoke';
mkdirSync(OUT, { recursive: true });

const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (claims) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.x`;
function tokens(roles, username) {
  const now = Math.floor(Date.now() / 1000);
  const base = { iss: KC, sub: `sub-${username}`, aud: 'doithoai-web', azp: 'doithoai-web', iat: now, exp: now + 300 };
  return {
    access_token: jwt({ ...base, preferred_username: username, realm_access: { roles } }),
    id_token: jwt({ ...base, name: 'Nguyễn Văn Phong', preferred_username: username }),
    refresh_token: 'r', token_type: 'Bearer', expires_in: 300, scope: 'openid profile',
  };
}
async function fakeKeycloak(page, roles, username) {
  const cors = { 'Access-Control-Allow-Origin': BASE, 'Access-Control-Allow-Headers': '*', 'Content-Type': 'application/json' };
  await page.route(`${KC}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname.endsWith('/.well-known/openid-configuration'))
      return route.fulfill({ headers: cors, body: JSON.stringify({ issuer: KC, authorization_endpoint: `${KC}/protocol/openid-connect/auth`,
        token_endpoint: `${KC}/protocol/openid-connect/token`, end_session_endpoint: `${KC}/protocol/openid-connect/logout`,
        jwks_uri: `${KC}/protocol/openid-connect/certs` }) });
    if (url.pathname.endsWith('/auth')) {
      const p = url.searchParams;
      return route.fulfill({ status: 302, headers: { Location: `${p.get('redirect_uri')}?code=c&state=${encodeURIComponent(p.get('state'))}` } });
    }
    if (url.pathname.endsWith('/token')) return route.fulfill({ headers: cors, body: JSON.stringify(tokens(roles, username)) });
    return route.fulfill({ status: 404, headers: cors, body: '{}' });
  });
}

// Dates relative to today so that the timeline shows overdue, due-soon and done tasks.
const day = (n) => { const d = new Date(Date.now() + n * 86400000); return d.toISOString().slice(0, 10); };
const SESSION = day(12);
const task = (id, owner, description, rule, dueDate, status, doneOn = null, report = null) =>
  ({ id, owner, ownerKind: 'PARTY_OFFICE', description, rule, dueDate, status, doneOn, report });
const VP = { code: 'vp-thi-uy', name: 'Văn phòng Thị ủy' };
const PLAN = {
  id: 1, version: 3, status: 'APPROVED', level: 'TOWN', templateCode: 'town-2022', number: '61', symbol: 'KH/ThU',
  issueDate: '2022-10-20', issuingUnit: { code: 'thi-uy', name: 'Thị ủy Ba Đồn' }, issuingBodyName: 'Thị ủy Ba Đồn',
  title: 'Kế hoạch tổ chức đối thoại giữa đồng chí Bí thư Thị ủy với Nhân dân năm 2022',
  legalBases: ['Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI)', 'Quyết định số 87-QĐ/ThU, ngày 01/02/2016 của Ban Thường vụ Thị ủy'],
  chairTitle: 'Bí thư Thị ủy', chairName: null,
  purposes: ['Thông qua đối thoại, giúp đồng chí Bí thư Thị ủy nắm bắt kịp thời tâm tư, nguyện vọng của Nhân dân; tuyên truyền, giải thích để Nhân dân hiểu và nhận thức đầy đủ, sâu sắc hơn về các chủ trương, nghị quyết của Đảng.',
    'Việc tổ chức đối thoại phải tuân thủ pháp luật.', 'Không lợi dụng việc đối thoại để làm trái các chủ trương, nghị quyết của Đảng.'],
  topic: 'Thực trạng và giải pháp nâng cao hiệu quả công tác xây dựng nông thôn mới, đô thị văn minh.',
  focusAreas: [
    { id: 11, title: 'Công tác xây dựng, quản lý quy hoạch, nhất là quy hoạch chỉnh trang đô thị, quy hoạch xây dựng nông thôn mới' },
    { id: 12, title: 'Vấn đề huy động nguồn lực đầu tư xây dựng các công trình giao thông, thủy lợi, hệ thống thoát nước đô thị' },
    { id: 13, title: 'Công tác quản lý nhà nước trên các lĩnh vực, nhất là quản lý đất đai, trật tự xây dựng; vệ sinh môi trường' },
    { id: 14, title: 'Công tác đảm bảo an ninh trật tự, an toàn xã hội và an toàn giao thông' },
    { id: 15, title: 'Tình hình thực hiện công tác CCHC, giải quyết thủ tục hành chính' }],
  plannedMonth: SESSION.slice(0, 7), sessionAt: `${SESSION}T01:00:00Z`, scheduleNote: null,
  venue: 'Trung tâm Văn hóa - Thể thao thị xã', format: 'IN_PERSON', formatNote: 'Hội nghị đối thoại, tọa đàm trực tiếp',
  agenda: [
    { id: 21, title: 'Tuyên bố lý do, giới thiệu đại biểu; thông qua chương trình, nội quy', responsible: 'Văn phòng Thị ủy' },
    { id: 22, title: 'Chủ thể đối thoại nêu rõ mục đích, yêu cầu và nội dung', responsible: 'Bí thư Thị ủy' },
    { id: 23, title: 'Nhân dân hoặc người đại diện phát biểu ý kiến', responsible: null }],
  agendaNote: 'Căn cứ vào đặc điểm, tình hình cụ thể, chủ trì cuộc đối thoại quyết định việc thay đổi, điều chỉnh trình tự cho phù hợp.',
  composition: [
    { id: 31, level: 'TOWN', description: 'Đồng chí Bí thư Thị ủy; trưởng các ban xây dựng Đảng, Văn phòng Thị ủy', targetCount: null },
    { id: 32, level: 'WARD', description: 'Đồng chí Bí thư Đảng ủy, Chủ tịch UBND', targetCount: 32 },
    { id: 33, level: 'VILLAGE', description: 'Đại diện chi ủy chi bộ, ban công tác Mặt trận khu dân cư và Nhân dân', targetCount: null }],
  tasks: [
    task(41, { code: 'ubnd', name: 'Ủy ban nhân dân thị xã Ba Đồn' }, 'Chuẩn bị báo cáo về tình hình, thực trạng công tác xây dựng nông thôn mới, đô thị văn minh', { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' }, day(2), 'DONE', day(-1), { fileName: 'bao-cao-ubnd.pdf', contentType: 'application/pdf', size: 120000 }),
    task(42, { code: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã' }, 'Báo cáo tổng hợp các ý kiến, kiến nghị, phản ánh của đoàn viên, hội viên', { offset: 10, unit: 'CALENDAR_DAYS', direction: 'BEFORE' }, day(-1), 'OVERDUE'),
    task(43, VP, 'Tổng hợp, phân loại nội dung các ý kiến, kiến nghị, phản ánh', { offset: 7, unit: 'CALENDAR_DAYS', direction: 'BEFORE' }, day(2), 'OPEN'),
    task(44, VP, 'Phát hành Giấy mời các đại biểu tham dự', { offset: 3, unit: 'WORKING_DAYS', direction: 'BEFORE' }, day(8), 'OPEN'),
    task(45, VP, 'Văn bản thông báo ý kiến kết luận của Thường trực Thị ủy', { offset: 10, unit: 'WORKING_DAYS', direction: 'AFTER' }, day(26), 'OPEN')],
  returnReason: null, cancelReason: null, allowedActions: ['PUBLISH', 'CANCEL', 'SCHEDULE', 'PROGRESS'],
};
const DRAFT = { ...PLAN, id: 2, status: 'DRAFT', version: 1, allowedActions: ['EDIT', 'DELETE', 'SUBMIT', 'CANCEL'] };
const { version: _v, allowedActions: _a, returnReason: _r, cancelReason: _c, ...PUBLIC } = {
  ...PLAN, status: 'PUBLISHED', tasks: PLAN.tasks.map(({ status: _s, doneOn: _d, report: _rp, ...t }) => t) };
const summary = (p) => ({ id: p.id, number: p.number, symbol: p.symbol, title: p.title, level: p.level, status: p.status,
  issueDate: p.issueDate, plannedMonth: p.plannedMonth, sessionAt: p.sessionAt, venue: p.venue, issuingUnit: p.issuingUnit });
const pageOf = (items) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const TREE = [{ code: 'ba-don', name: 'Thị xã Ba Đồn', kind: 'TOWN', children: [
  { code: 'thi-uy', name: 'Thị ủy Ba Đồn', kind: 'PARTY_COMMITTEE', children: [{ code: 'vp-thi-uy', name: 'Văn phòng Thị ủy', kind: 'PARTY_OFFICE', children: [] }] },
  { code: 'ubnd', name: 'Ủy ban nhân dân thị xã Ba Đồn', kind: 'PEOPLES_COMMITTEE', children: [] },
  { code: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã', kind: 'FATHERLAND_FRONT', children: [] },
  { code: 'phuong-ba-don', name: 'Phường Ba Đồn', kind: 'WARD', children: [] }] }];
const TEMPLATES = [
  { code: 'town-2022', name: 'Đối thoại cấp thị xã (mẫu 2022)', level: 'TOWN', description: 'Theo Quyết định 218-QĐ/TW; thời hạn như kế hoạch 61-KH/ThU.', version: 0,
    content: { legalBases: [], purposes: [], agenda: [], composition: [], tasks: [{}, {}, {}, {}, {}, {}] } },
  { code: 'commune-2025', name: 'Đối thoại cấp xã (Luật Tổ chức chính quyền địa phương 2025)', level: 'COMMUNE', description: 'Thông báo trước ít nhất 7 ngày; công khai kết quả trong 10 ngày.', version: 0,
    content: { legalBases: [], purposes: [], agenda: [], composition: [], tasks: [{}, {}] } }];
const HOLIDAYS = [
  { date: '2026-01-01', name: 'Tết Dương lịch', nameEn: 'New Year’s Day', source: 'COMPUTED' },
  { date: '2026-02-16', name: 'Tết Nguyên Đán (29 tháng Chạp)', nameEn: 'Lunar New Year (eve)', source: 'COMPUTED' },
  { date: '2026-02-17', name: 'Tết Nguyên Đán (mùng 1)', nameEn: 'Lunar New Year (day 1)', source: 'COMPUTED' },
  { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', nameEn: 'Hùng Kings’ Commemoration', source: 'COMPUTED' },
  { date: '2026-05-01', name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day', source: 'COMPUTED' },
  { date: '2026-09-02', name: 'Quốc khánh', nameEn: 'National Day', source: 'COMPUTED' },
  { date: '2026-01-02', name: 'Nghỉ thêm (hoán đổi)', nameEn: 'Extra day off (swap)', source: 'RECORDED' }];
const OVERRIDES = [
  { day: '2026-01-02', kind: 'DAY_OFF', name: 'Nghỉ thêm (hoán đổi)', nameEn: null, computedName: null, version: 1 },
  { day: '2026-01-10', kind: 'WORKING_DAY', name: 'Làm bù cho ngày 02/01', nameEn: null, computedName: null, version: 0 }];

async function fakeApi(page) {
  await page.route(`${BASE}/api/v1/**`, (route) => {
    const url = new URL(route.request().url());
    const method = route.request().method();
    const json = (status, body, type = 'application/json') => route.fulfill({ status, headers: { 'Content-Type': type }, body: JSON.stringify(body) });
    const p = url.pathname;
    if (p === '/api/v1/public/plans') return json(200, pageOf([summary({ ...PLAN, status: 'PUBLISHED' })]));
    if (p === '/api/v1/public/plans/1') return json(200, PUBLIC);
    if (p === '/api/v1/plans' && method === 'GET') return json(200, pageOf([summary(DRAFT), summary(PLAN)]));
    if (p === '/api/v1/plans/1') return json(200, PLAN);
    if (p === '/api/v1/plans/2') return json(200, DRAFT);
    if (/^\/api\/v1\/plans\/\d+\/history$/.test(p))
      return json(200, [{ at: '2022-10-19T02:00:00Z', actor: 'vanphong', action: 'submit', changes: { status: { from: 'DRAFT', to: 'SUBMITTED' } } },
        { at: '2022-10-20T01:30:00Z', actor: 'bithu', action: 'approve', changes: { status: { from: 'SUBMITTED', to: 'APPROVED' } } }]);
    if (p === '/api/v1/plans/deadline-preview') return json(200, { dueDates: [day(-3), day(1), day(5), day(8), day(26)] });
    if (p === '/api/v1/plans/2/transitions' || p === '/api/v1/plans/1/transitions')
      return json(409, { type: 'about:blank', title: 'Có nhiệm vụ đã quá hạn', status: 409, detail: 'Xác nhận để công bố.',
        warnings: [{ taskId: 42, message: 'Nhiệm vụ “Báo cáo tổng hợp các ý kiến” đã quá hạn.' }] }, 'application/problem+json');
    if (p === '/api/v1/plan-templates') return json(200, TEMPLATES);
    if (p === '/api/v1/org-units/tree') return json(200, TREE);
    if (p === '/api/v1/calendar/holidays') return json(200, HOLIDAYS);
    if (p === '/api/v1/calendar/overrides') return json(200, OVERRIDES);
    return json(404, { title: 'Không tìm thấy', status: 404 }, 'application/problem+json');
  });
}

let failures = 0;
async function axe(page, name) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  console.log(`axe ${name}: ${violations.length} violation(s)`);
  for (const x of violations) {
    failures++;
    console.log(`  ${x.id} (${x.impact}): ${x.help}`);
    for (const n of x.nodes) console.log(`    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`);
  }
}
async function see(page, text) {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15000 });
}
async function check(page, path, text, name, tag) {
  await page.goto(`${BASE}${path}`);
  await see(page, text);
  await axe(page, `${name} ${tag}`);
  await page.screenshot({ path: `${OUT}/${name}-${tag}.png`, fullPage: true });
}

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT)], { stdio: 'ignore' });
// Never leave the preview server behind, even when a route handler throws outside the try below.
process.on('exit', () => server.kill());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(`${BASE}/config.json`)).ok) break; } catch { /* not up yet */ }
    await sleep(200);
  }
  for (const [width, height, tag] of [[1280, 900, 'desktop'], [360, 740, 'phone']]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.on('pageerror', (e) => { failures++; console.log('page error:', e.message); });
    await fakeKeycloak(page, ['secretariat', 'admin'], 'vanphong');
    await fakeApi(page);

    // Anonymous: the public list and a published plan.
    await check(page, '/ke-hoach', 'Kế hoạch tổ chức đối thoại', 'public-plans', tag);
    await check(page, '/ke-hoach/1', 'Tập trung vào 5 vấn đề trọng tâm', 'public-plan', tag);

    // Staff: log in through the fake Keycloak (tokens live in memory: navigate inside the SPA afterwards).
    await page.goto(`${BASE}/plans`);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${BASE}/plans`);
    await see(page, 'Dự thảo');
    await axe(page, `plans ${tag}`);
    await page.screenshot({ path: `${OUT}/plans-${tag}.png`, fullPage: true });

    await page.getByRole('link', { name: PLAN.title }).nth(1).click();
    await see(page, 'Tiến độ');
    await see(page, 'Quá hạn');
    await axe(page, `plan-detail ${tag}`);
    await page.screenshot({ path: `${OUT}/plan-detail-${tag}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('form', { name: 'Công bố' }).getByRole('button', { name: 'Công bố' }).click();
    await see(page, 'Vẫn công bố');
    await axe(page, `plan-detail publish warnings ${tag}`);
    await page.screenshot({ path: `${OUT}/plan-publish-warnings-${tag}.png`, fullPage: false });
    await page.getByRole('button', { name: 'Thôi' }).click();
    await page.getByRole('button', { name: 'Hủy kế hoạch' }).click();
    await page.getByRole('form', { name: 'Hủy kế hoạch' }).getByRole('button', { name: 'Hủy kế hoạch' }).click();
    await see(page, 'Vui lòng nhập lý do.');
    await axe(page, `plan-detail cancel reason ${tag}`);
    await page.getByRole('button', { name: 'Thôi' }).click();
    await page.getByRole('button', { name: 'Sửa thời gian, địa điểm' }).click();
    await see(page, 'Lưu thời gian, địa điểm');
    await axe(page, `plan-detail schedule ${tag}`);

    await page.getByRole('link', { name: 'Danh sách kế hoạch' }).click();
    await page.getByRole('link', { name: PLAN.title }).first().click();
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    await see(page, 'IV. Tổ chức thực hiện');
    await see(page, 'đã qua');
    await axe(page, `plan-editor ${tag}`);
    await page.screenshot({ path: `${OUT}/plan-editor-${tag}.png`, fullPage: true });

    await page.getByRole('link', { name: 'Về trang kế hoạch' }).click();
    await page.getByRole('link', { name: 'Danh sách kế hoạch' }).click();
    await page.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
    await see(page, 'Mẫu kế hoạch');
    await axe(page, `plan-new ${tag}`);
    await page.screenshot({ path: `${OUT}/plan-new-${tag}.png`, fullPage: true });

    if (tag === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Lịch ngày nghỉ' }).click();
    await see(page, 'Tết Nguyên Đán (mùng 1)');
    await see(page, 'Làm bù cho ngày 02/01');
    await axe(page, `calendar ${tag}`);
    await page.screenshot({ path: `${OUT}/calendar-${tag}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(failures === 0 ? 'smoke-plans: 1 passed, 0 failed' : `smoke-plans: 0 passed, 1 failed (${failures} problem(s))`);
process.exit(failures === 0 ? 0 : 1);
