// What every end-to-end test needs: the browser, pages, failure screenshots, axe, the Keycloak login form.
// The stack must already run (scripts/test.sh starts it).
//   E2E_BASE_URL   the SPA (default http://localhost:5173)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
//   DOITHOAI_CLOCK_START  run as if it were this moment (ISO date-time with offset), as the backend does
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const REPORTS = new URL('../reports/', import.meta.url);
const TIMEOUT = 60_000; // Keycloak can be slow on 2 cores
mkdirSync(REPORTS, { recursive: true });

// The one clock of the tests: the moment DOITHOAI_CLOCK_START names (the backend's clock starts there too), running on
// from the moment the tests started; the real time when it is unset. Tests never read Date.now() for "today".
const CLOCK_OFFSET = process.env.DOITHOAI_CLOCK_START ? Date.parse(process.env.DOITHOAI_CLOCK_START) - Date.now() : 0;
if (Number.isNaN(CLOCK_OFFSET)) throw new Error(`DOITHOAI_CLOCK_START is not a date-time: ${process.env.DOITHOAI_CLOCK_START}`);

/** Now, in milliseconds since the epoch, on the tests' clock. */
export function now() {
  return Date.now() + CLOCK_OFFSET;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser, viewport) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  // The browser's clock too, so that the app's "today" is the backend's; time then runs on as usual.
  if (CLOCK_OFFSET !== 0) await context.clock.install({ time: now() });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(TIMEOUT);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

/** Runs fn; on failure saves a screenshot named `${prefix}-${name}.png` in reports/, then rethrows. */
export async function step(prefix, page, name, fn) {
  try {
    return await fn();
  } catch (e) {
    const file = new URL(`${prefix}-${name.replace(/[^a-z0-9]+/gi, '-')}.png`, REPORTS);
    await page.screenshot({ path: file.pathname, fullPage: true }).catch(() => {});
    console.error(`step "${name}" failed at ${page.url()}; screenshot ${file.pathname}`);
    throw e;
  }
}

export async function expectNoAxeViolations(page, name) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations) {
    console.log(`axe ${name}: ${v.id} (${v.impact}) ${v.help}`);
    for (const n of v.nodes) console.log(`  ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`);
  }
  assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on ${name}`);
}

/** Fills the real Keycloak login form and waits until the SPA has the browser back. */
export async function keycloakLogin(page, username, password) {
  await page.waitForURL(/\/realms\/doithoai\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE) && !url.pathname.startsWith('/auth/'));
}

/** A cheap phone's screen: every public page and the staff pages must work here without sideways scrolling. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

/** Opens `path`, logs in there with the demo password and waits until the app shows the logged-in header. */
export async function loginAt(page, path, username, loggedInButton = 'Menu') {
  await page.goto(`${BASE}${path}`);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await keycloakLogin(page, username, 'demo');
  await page.getByRole('button', { name: loggedInButton }).waitFor();
}

export async function noSidewaysScroll(page, name, width = PHONE_VIEWPORT.width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `${name} scrolls sideways on a phone (${scrollWidth}px)`);
}

/** Moves within the SPA without a reload (a reload signs in again silently through the SSO session, which takes longer). */
export async function goInApp(page, path) {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * A module from E2E_LIGHTHOUSE_DIR (a folder holding node_modules/lighthouse 12.2.3 and puppeteer-core), resolved by
 * name at run time: neither is a dependency of the app.
 */
export async function fromLighthouseDir(name) {
  const { createRequire } = await import('node:module');
  const require = createRequire(new URL(`file://${process.env.E2E_LIGHTHOUSE_DIR.replace(/\/?$/, '/')}`));
  return import(require.resolve(name));
}

/** Lighthouse's phone: the viewport the other phone tests use, at a phone's pixel density. */
export const LIGHTHOUSE_PHONE = { mobile: true, ...PHONE_VIEWPORT, deviceScaleFactor: 2, disabled: false };

/** A browser of its own that Lighthouse can drive through its debugging port; `use` gets it and the port. */
export async function withLighthouseBrowser(use, extraArgs = []) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const lhBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, ...extraArgs],
  });
  try {
    return await use(lhBrowser, port);
  } finally {
    await lhBrowser.close();
  }
}

/** Lighthouse mobile (its default throttling) on a page as a visitor opens it; returns the report. */
export async function lighthouseMobile(url, categories, extraArgs = []) {
  const { default: lighthouse } = await fromLighthouseDir('lighthouse');
  return withLighthouseBrowser(async (_browser, port) => {
    const result = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, {
      extends: 'lighthouse:default',
      settings: { onlyCategories: categories, formFactor: 'mobile', screenEmulation: LIGHTHOUSE_PHONE },
    });
    return result.lhr;
  }, extraArgs);
}

/**
 * The privacy notice on a form that takes personal data: ticks handling the matter (always needed), the other purposes
 * named, and on a form staff fill in for someone, how the person consented (IN_PERSON, PHONE, PAPER_FORM…).
 */
export async function giveConsent(scope, { also = [], channel } = {}) {
  await scope.getByRole('checkbox', { name: /^Đồng ý để cơ quan tiếp nhận và xử lý/ }).check();
  for (const name of also) await scope.getByRole('checkbox', { name }).check();
  if (channel) await scope.getByLabel('Người đó đồng ý bằng cách nào').selectOption(channel);
}
