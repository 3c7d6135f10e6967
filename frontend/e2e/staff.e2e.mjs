// End-to-end: a body's administrator (quantri2, Đảng ủy phường Bắc Gianh) invites a person from the app; the person
// sets a password through the link in Keycloak's e-mail, logs in, and has exactly the rights given. The stack must
// already run (scripts/test.sh e2e starts it), its backend holding the dev realm's doithoai-admin secret; Keycloak's
// mail (the dev realm sends to localhost:2525) is caught here by a small SMTP sink.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  BASE,
  expectNoAxeViolations,
  goInApp,
  keycloakLogin,
  launchBrowser,
  loginAt,
  newPage,
  noSidewaysScroll,
  PHONE_VIEWPORT,
  step as stepIn,
} from './support.mjs';

const SMTP_PORT = 2525;
let browser;
let smtp;
const mails = [];

/** Just enough SMTP to take Keycloak's messages: every message's raw text goes to `mails`. */
function startSmtpSink() {
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let message = '';
    socket.setEncoding('latin1');
    socket.write('220 doithoai-e2e ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let eol;
      while ((eol = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(message);
            message = '';
            socket.write('250 OK\r\n');
          } else {
            message += (line.startsWith('..') ? line.slice(1) : line) + '\r\n';
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 doithoai-e2e\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 End with <CRLF>.<CRLF>\r\n');
        } else if (verb === 'QUIT') socket.end('221 Bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(SMTP_PORT, () => resolve(server));
  });
}

/** A message's text, its parts decoded (base64, quoted-printable), as a person reads it. */
function decode(entity) {
  const split = entity.indexOf('\r\n\r\n');
  const headers = split < 0 ? '' : entity.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = split < 0 ? entity : entity.slice(split + 4);
  const boundary = /content-type:\s*multipart\/[^\r\n]*boundary="?([^";\r\n]+)"?/i.exec(headers);
  if (boundary) {
    return body
      .split(`--${boundary[1]}`)
      .map((p) => (p.startsWith('\r\n') ? p.slice(2) : p))
      .filter((p) => !p.startsWith('--') && p.trim())
      .map(decode)
      .join('\n');
  }
  const lower = headers.toLowerCase();
  if (lower.includes('content-transfer-encoding: base64')) return Buffer.from(body.trim(), 'base64').toString('utf8');
  if (lower.includes('content-transfer-encoding: quoted-printable')) {
    const bytes = Buffer.from(body.replace(/=\r?\n/g, ''), 'latin1').toString('latin1').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return Buffer.from(body, 'latin1').toString('utf8');
}

/** The invitation's link (Keycloak's action token) in the message sent to `address`, once it has come. */
async function invitationLink(address) {
  for (let i = 0; i < 120; i++) {
    for (const raw of mails) {
      if (!raw.toLowerCase().includes(address)) continue;
      const link = /https?:\/\/[^\s"'<>]*\/login-actions\/action-token[^\s"'<>]*/.exec(decode(raw));
      if (link) return link[0].replace(/&amp;/g, '&');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no invitation came for ${address} (${mails.length} message(s) caught)`);
}

before(async () => {
  smtp = await startSmtpSink();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (smtp ? smtp.close(r) : r()));
});

const step = (page, name, fn) => stepIn('e2e-staff', page, name, fn);

describe("a body's administrator manages its staff", { timeout: 600_000 }, () => {
  it('quantri2 invites an office clerk, who sets a password and logs in with exactly that role', async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `can-bo-${tag}@doithoai.test`;
    const fullName = 'Phan Thị Thư';
    const password = `Mat-khau-${tag}`;

    const admin = await newPage(browser, PHONE_VIEWPORT);
    try {
      await step(admin.page, 'quantri2 opens the staff of Bắc Gianh', async () => {
        await loginAt(admin.page, '/staff', 'quantri2');
        await admin.page.getByRole('heading', { level: 2, name: 'Cán bộ của Đảng ủy phường Bắc Gianh' }).waitFor();
        await admin.page.getByText(/^\d+ cán bộ\.$/).waitFor();
        await expectNoAxeViolations(admin.page, 'staff (body administrator, phone)');
        await noSidewaysScroll(admin.page, 'staff');
      });
      await step(admin.page, 'invites by e-mail with the role office', async () => {
        const form = admin.page.getByRole('region', { name: 'Mời cán bộ' });
        await form.getByRole('textbox', { name: /Họ và tên/ }).fill(fullName);
        await form.getByRole('textbox', { name: /Email/ }).fill(email);
        await form.getByRole('checkbox', { name: 'Văn phòng' }).check();
        await form.getByRole('button', { name: 'Gửi lời mời' }).click();
        await form.getByText(`Đã gửi lời mời đến ${email}.`).waitFor();
        const card = admin.page.getByRole('listitem', { name: fullName });
        await card.getByText('Chưa nhận lời mời').waitFor();
        await expectNoAxeViolations(admin.page, 'staff after an invitation (phone)');
      });
      assert.deepEqual(admin.problems, []);
    } finally {
      await admin.context.close();
    }

    const link = await invitationLink(email);
    const person = await newPage(browser, { width: 1280, height: 900 });
    const { page } = person;
    try {
      await step(page, 'sets a password through the e-mail link', async () => {
        await page.goto(link);
        // Keycloak may first say what it asks ("Update password") with a link on: the page's own, not a language link.
        const newPassword = page.locator('#password-new');
        const onward = page.locator('#kc-info-message a[href*="login-actions/"]');
        await newPassword.or(onward).first().waitFor();
        if (!(await newPassword.isVisible())) await onward.first().click();
        await newPassword.fill(password);
        await page.locator('#password-confirm').fill(password);
        await page.locator('input[type="submit"], button[type="submit"]').first().click();
        await newPassword.waitFor({ state: 'detached' });
      });
      await step(page, 'logs in with the new password', async () => {
        await page.goto(`${BASE}/`);
        await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
        // Keycloak may still hold the session the link opened; else its form asks.
        const loggedIn = page.getByRole('button', { name: 'Đăng xuất' });
        await page.locator('#username').or(loggedIn).first().waitFor();
        if (!(await loggedIn.isVisible())) await keycloakLogin(page, email, password);
        await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      });
      await step(page, 'has the office role of Bắc Gianh and nothing more', async () => {
        const staffNav = page.getByRole('navigation', { name: 'Điều hướng nghiệp vụ' });
        await staffNav.getByRole('link', { name: 'Kế hoạch', exact: true }).waitFor();
        assert.equal(await staffNav.getByRole('link', { name: 'Cán bộ' }).count(), 0, 'an office clerk is offered staff administration');
        await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
        await page.getByText('Văn phòng cấp ủy').first().waitFor();
        assert.equal(await page.getByText('Quản trị hệ thống').count(), 0, 'the invited person holds the role admin');
        // The server, not only the navigation: the staff of the body are not theirs to administer.
        await goInApp(page, '/staff');
        await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
        await expectNoAxeViolations(page, 'staff refused to an office clerk');
      });
      assert.deepEqual(person.problems, []);
    } finally {
      await person.context.close();
    }
  });
});
