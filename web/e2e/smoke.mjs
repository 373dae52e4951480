// Browser smoke test against a running kefu server (real API + demo data).
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e npm run e2e
//
// Drives Debian's /usr/bin/chromium through playwright-core (no browser download). Prints one line
// per check and a final "N passed, N failed"; exits non-zero on any failure.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
const SCREENSHOT_DIR = resolve(webDir, process.env.SCREENSHOT_DIR ?? '../build/e2e');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const USERNAME = process.env.E2E_USER ?? 'head';
const PASSWORD = process.env.E2E_PASSWORD ?? 'Kefu@2026';
const PHONE = process.env.E2E_PHONE ?? '13800138000';
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 15000);

let passed = 0;
let failed = 0;

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
    return true;
  } catch (error) {
    failed += 1;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`FAIL ${name}: ${message}`);
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Today in Asia/Shanghai as YYYY-MM-DD (the hire date the server checks against). */
function todayShanghai() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

mkdirSync(SCREENSHOT_DIR, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'kefu-e2e-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
context.setDefaultTimeout(TIMEOUT);

// Content-Security-Policy violations, as the page reports them (the server sends the policy).
await context.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
});
const page = context.pages()[0] ?? (await context.newPage());
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
page.on('console', (msg) => {
  // The start-up /auth/me answers 401 before login: the browser logs that as a failed resource.
  if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) pageErrors.push(msg.text());
});

const staffName = `测试员工${Date.now()}`;
const shot = (file) => page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });

try {
  await check('login page opens in Chinese', async () => {
    await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForURL(/\/login/);
    const title = page.getByTestId('login-title');
    await title.waitFor();
    const text = await title.textContent();
    assert(text?.includes('登录'), `login title is "${text}"`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert(lang === 'zh-CN', `<html lang> is ${lang}`);
    await shot('01-zh-login.png');
  });

  await check(`log in as ${USERNAME}`, async () => {
    await page.getByTestId('login-username').fill(USERNAME);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-password').press('Enter');
    await page.getByTestId('staff-page').waitFor();
  });

  await check('staff list is visible with a Chinese heading', async () => {
    const heading = await page.getByTestId('page-title').textContent();
    assert(heading?.trim() === '员工', `heading is "${heading}"`);
    await page.locator('[data-testid="staff-table"] .el-table__row').first().waitFor();
    await page.getByTestId('nav-staff').waitFor();
    await page.locator('[data-testid="staff-table"] .el-loading-mask').waitFor({ state: 'hidden' });
    await shot('02-zh-staff-list.png');
  });

  await check('add a staff member (intern, hired today)', async () => {
    await page.getByTestId('staff-add').click();
    const dialog = page.getByTestId('staff-form-dialog');
    await dialog.waitFor();
    await page.getByTestId('staff-name').fill(staffName);
    await page.getByTestId('staff-phone').fill(PHONE);
    const hire = page.locator('[data-testid="staff-field-hireDate"] input');
    await hire.fill(todayShanghai());
    await hire.press('Tab');
    await page.keyboard.press('Escape').catch(() => undefined);
    await page.getByTestId('staff-grade').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '客服实习员' }).first().click();
    await shot('03-zh-staff-form.png');
    await page.getByTestId('staff-form-submit').click();
    // Phones are unique: on a database where an earlier run already used the phone, the server
    // answers "duplicate" next to the field; then retry once with a phone made from the clock.
    const phoneError = page.locator('[data-testid="staff-field-phone"].is-error');
    const outcome = await Promise.race([
      dialog.waitFor({ state: 'hidden' }).then(() => 'saved'),
      phoneError.waitFor().then(() => 'phone-taken'),
    ]);
    if (outcome === 'phone-taken') {
      const fallback = `139${String(Date.now()).slice(-8)}`;
      console.log(`note: phone ${PHONE} is taken on this database; retrying with ${fallback}`);
      await page.getByTestId('staff-phone').fill(fallback);
      await page.getByTestId('staff-form-submit').click();
      await dialog.waitFor({ state: 'hidden' });
    }
  });

  await check('search finds the new staff member', async () => {
    const search = page.getByTestId('staff-search');
    await search.fill(staffName);
    await search.press('Enter');
    const row = page.locator('[data-testid="staff-table"] [data-testid="staff-row-name"]', { hasText: staffName });
    await row.first().waitFor();
    const rows = await page.locator('[data-testid="staff-table"] .el-table__body-wrapper .el-table__row').count();
    assert(rows >= 1, `expected the new staff member in the list, found ${rows} rows`);
  });

  await check('switch the language to English', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const heading = await page.getByTestId('page-title').textContent();
    assert(heading?.trim() === 'Staff', `heading is "${heading}"`);
    const nav = await page.getByTestId('nav-staff').textContent();
    assert(nav?.includes('Staff'), `navigation shows "${nav}"`);
    const stored = await page.evaluate(() => localStorage.getItem('kefu.locale'));
    assert(stored === 'en', `stored locale is ${stored}`);
    await page.mouse.click(5, 790);
    await page
      .locator('.el-dropdown-menu:visible')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    await shot('04-en-staff-list.png');
  });

  await check('phone width (375 px) has a menu button and no page-wide horizontal scroll', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('menu-toggle').waitFor();
    await page
      .locator('.el-message')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `page is ${overflow}px wider than the screen`);
    await shot('05-en-staff-375.png');
    await page.getByTestId('menu-toggle').click();
    await page.locator('.nav-drawer [data-testid="nav-staff"]').waitFor();
    await page.waitForTimeout(500);
    await shot('06-en-menu-375.png');
    await page.keyboard.press('Escape');
  });

  await check('the server sends the security headers and the app runs within its CSP', async () => {
    const index = (await page.request.get(`${BASE_URL}/`)).headers();
    const csp = index['content-security-policy'] ?? '';
    assert(csp.includes("script-src 'self'") && csp.includes("frame-ancestors 'none'"), `CSP is "${csp}"`);
    assert(index['x-content-type-options'] === 'nosniff', 'no X-Content-Type-Options: nosniff');
    assert(index['x-frame-options'] === 'DENY', 'no X-Frame-Options: DENY');
    assert(index['referrer-policy'] === 'no-referrer', 'no Referrer-Policy');
    const api = (await page.request.get(`${BASE_URL}/api/v1/health`)).headers();
    assert(api['cache-control'] === 'no-store', `API Cache-Control is "${api['cache-control']}"`);
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join(' | '));
  });
} finally {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}

console.log(`screenshots: ${SCREENSHOT_DIR}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
