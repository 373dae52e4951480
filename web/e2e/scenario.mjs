// What the browser scenarios (jobs.mjs, fleet.mjs, expenses.mjs) share: the login, small form
// helpers and the step runner that reports "PASS/FAIL step" lines and a failure screenshot.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PASSWORD = process.env.E2E_PASSWORD ?? 'Kefu@2026';
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 15000);

/** Throws `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A date in Asia/Shanghai as YYYY-MM-DD, `days` after today. */
export function shanghaiDate(days = 0) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(Date.now() + days * 86400000));
  const get = (type) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Logs in as `username` in a fresh browser context (each role has its own cookies); `options` adds
 * to the context's (a phone: `{ isMobile: true, hasTouch: true }`).
 */
export async function loginAs(ctx, username, viewport = { width: 1280, height: 800 }, options = {}) {
  const context = await ctx.browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    ...options,
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (error) => ctx.pageErrors.push(`${username}: ${error.message}`));
  await page.goto(`${ctx.baseUrl}/login`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-password').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  ctx.contexts.push(context);
  ctx.lastPage = page;
  return page;
}

/** Fills an Element Plus number input by its test id and leaves it (the value is taken on blur). */
export async function fillNumber(page, testid, value) {
  const input = page.locator(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`).first();
  await input.fill(String(value));
  await input.blur();
}

/**
 * Opens an Element Plus select by its test id and returns its own options: the listbox its input
 * controls (aria-controls), so a closing dropdown of another select is never picked by mistake.
 */
export async function openSelect(page, testid) {
  const select = page.locator(`[data-testid="${testid}"]`).first();
  await select.click();
  const listbox = await select.locator('input[aria-controls]').first().getAttribute('aria-controls');
  return { select, options: page.locator(`[id="${listbox}"] .el-select-dropdown__item`) };
}

/** Picks the option containing `text` (or the first) once it shows, and waits for the list to close. */
export async function choose(options, text) {
  const option = text ? options.filter({ hasText: text }).first() : options.first();
  await option.waitFor();
  await option.click();
}

/**
 * Opens the select `testid`, types `query` if given, and picks the option containing `text` (or the
 * first). On a loaded machine a click can land while the dialog still animates and the list never
 * opens (seen in CI): a list still closed after a few seconds is opened once more, up to three times.
 */
export async function pickOption(page, testid, text, query) {
  for (let attempt = 1; ; attempt += 1) {
    const { select, options } = await openSelect(page, testid);
    if (query) await select.locator('input').first().fill(query);
    const option = text ? options.filter({ hasText: text }).first() : options.first();
    try {
      await option.waitFor({ timeout: attempt < 3 ? 5000 : 15000 });
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Tab');
      continue;
    }
    await option.click();
    return;
  }
}

/**
 * Fills a DateInput (its test id is on the wrapper) and waits for its calendar to close. No Escape:
 * with the calendar already closed by Enter, Escape would close the whole dialog.
 */
export async function fillDate(page, testid, date) {
  const input = page.locator(`[data-testid="${testid}"] input`).first();
  await input.fill(date);
  await input.press('Enter');
  const panel = await input.getAttribute('aria-controls');
  if (panel) await page.locator(`[id="${panel}"]`).waitFor({ state: 'hidden' });
}

/**
 * Runs `steps` in a browser of its own; a failed step is reported (with fail-`name`-N.png and what
 * the page said) and the rest still run (a later step that needs what it made fails too, saying
 * why). Returns the counts.
 */
export async function runScenario(
  name,
  steps,
  {
    baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:18080',
    screenshotDir = resolve(webDir, process.env.SCREENSHOT_DIR ?? '../build/e2e'),
    executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium',
    log = console.log,
  } = {},
) {
  mkdirSync(screenshotDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const ctx = {
    browser,
    screenshotDir,
    baseUrl: baseUrl.replace(/\/$/, ''),
    contexts: [],
    pageErrors: [],
    // Transitions finished, so a control just clicked shows in its new state.
    shot: (page, file) => page.screenshot({ path: join(screenshotDir, file), fullPage: true, animations: 'disabled' }),
  };
  let passed = 0;
  let failed = 0;
  try {
    for (const step of steps) {
      const started = Date.now();
      try {
        await step.run(ctx);
        passed += 1;
        log(`PASS ${step.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        const message = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
        log(`FAIL ${step.name}: ${message}`);
        // What the page showed when the step failed, for whoever reads the log.
        const file = `fail-${name}-${passed + failed}.png`;
        if (ctx.lastPage) {
          await ctx.shot(ctx.lastPage, file).then(
            () => log(`  screenshot: ${file}`),
            () => undefined,
          );
          const said = await ctx.lastPage
            .locator('.el-form-item__error:visible, .el-message:visible, .el-alert:visible')
            .allTextContents()
            .catch(() => []);
          if (said.length > 0) log(`  the page said: ${said.map((t) => t.trim()).join(' | ')}`);
        }
      }
    }
  } finally {
    for (const context of ctx.contexts) await context.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
  }
  return { passed, failed };
}

/** Runs the scenario when its file is the one node was started with, and exits with its result. */
export async function runIfMain(moduleUrl, name, steps) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  const { passed, failed } = await runScenario(name, steps);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

/**
 * Waits until the canvases inside a test id show drawn pixels, and coloured ones when
 * `wantColour` (routes are saturated, outlines grey), or 5 s pass; answers the counts.
 */
export async function waitForCanvasPixels(page, testid, wantColour = true) {
  const pixels = () =>
    page.evaluate((id) => {
      let opaque = 0;
      let coloured = 0;
      for (const canvas of document.querySelectorAll(`[data-testid="${id}"] canvas`)) {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue;
          opaque += 1;
          const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
          if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured += 1;
        }
      }
      return { opaque, coloured };
    }, testid);
  let seen = await pixels();
  for (let tries = 0; tries < 20 && (seen.opaque === 0 || (wantColour && seen.coloured === 0)); tries += 1) {
    await page.waitForTimeout(250);
    seen = await pixels();
  }
  return seen;
}
