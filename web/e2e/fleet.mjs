// Browser test of the trip logs (issue 12, R-VEH-1) against a running kefu server with the demo data:
//
//   a driver logs yesterday evening's trip on a 390 px phone screen and sees it among his trips → the
//   head sees the trip-log flags (the demo's odometer gap, dispatched jobs without a log) → the
//   head sees the maintenance reminders, records the overdue service and sees it leave them
//   (R-VEH-2) → the head downloads the trip report as PDF and XLSX, a reversed period is refused
//   (R-RPT-4) → the driver sees reminders, a vehicle's maintenance and his report on his phone → the
//   head records a damage of a van against its driver and sees it among the violations (R-VEH-3).
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e node e2e/fleet.mjs
//
// scripts/test.sh runs it after jobs.mjs against a fresh demo database. It is not idempotent: a
// second run on the same database finds its own evening trip in the way (time overlap). Run alone,
// it prints one line per step and "N passed, N failed" like smoke.mjs.
//
// What it assumes of the demo data (README, "Demo logins"): the accounts driver (马成, whose usual
// van is 鲁A·3K721) and head with the password Kefu@2026, the fleet demo's trip logs with one
// odometer gap, and its maintenance: 鲁A·3K721's service overdue by date, 鲁A·5N809's insurance
// due soon.
import { readFileSync } from 'node:fs';
import { assert, choose, fillDate, fillNumber, loginAs, openSelect, runIfMain, shanghaiDate } from './scenario.mjs';

const USERS = {
  driver: process.env.E2E_DRIVER ?? 'driver',
  head: process.env.E2E_HEAD ?? 'head',
};
const PHONE = { width: 390, height: 844 };

/** Fails unless the page fits the phone's width (no sideways scrolling). */
async function assertFitsPhone(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= PHONE.width, `${what} is ${width} px wide on a ${PHONE.width} px screen`);
}

/** Waits for running animations (a dialog fading in) so a screenshot shows the end state. */
async function settled(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/** Clicks `button` and returns the file it downloads: its suggested name and first bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), head: readFileSync(path).subarray(0, 4).toString('latin1') };
}

/** The steps, in order; each gets the shared context (browser, base URL, what earlier steps made). */
export const steps = [
  {
    name: 'a driver logs a trip of yesterday evening on a 390 px screen',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.driver, PHONE);
      ctx.driverPage = page;
      await page.goto(`${ctx.baseUrl}/trips`);
      await page.getByTestId('trips-page').waitFor();
      await page.getByTestId('trips-add').click();
      const dialog = page.getByTestId('trip-form-dialog');
      await dialog.waitFor();
      // Yesterday evening's trip: a trip is logged once it is over, whatever the time of the run.
      await fillDate(page, 'trip-date', shanghaiDate(-1));
      await page.waitForLoadState('networkidle');
      // The vehicle is proposed from his jobs of the day or his usual van; his jobs come ticked.
      const vehicle = dialog.locator('[data-testid="trip-vehicle"]').getByText('鲁A·').first();
      await vehicle.waitFor();
      ctx.plate = ((await vehicle.textContent()) ?? '').trim().split(' ')[0];
      assert(ctx.plate.startsWith('鲁A·'), `the proposed vehicle is "${ctx.plate}"`);
      const jobs = await dialog.getByTestId('trip-job').count();
      await dialog.getByTestId('trip-departed').fill('20:05');
      await dialog.getByTestId('trip-returned').fill('21:35');
      const km = 90000 + (Math.floor(Date.now() / 1000) % 5000);
      await fillNumber(page, 'trip-km-out', km);
      await fillNumber(page, 'trip-km-in', km + 27);
      await dialog.getByTestId('trip-destinations').fill('历城区 工业北路');
      await dialog.getByTestId('trip-purpose').fill(jobs > 0 ? '送货安装' : '取配件');
      await dialog.getByTestId('trip-fuel-litres').fill('35.5');
      await dialog.getByTestId('trip-fuel-amount').fill('280.50');
      await dialog.getByTestId('trip-toll').fill('15');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= PHONE.width, `the trip form is ${width} px wide on a ${PHONE.width} px screen`);
      await ctx.shot(page, '40-zh-390-trip-form.png');
      await page.getByTestId('trip-form-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      const listed = page.getByTestId('trips-page').getByText(`20:05 ${ctx.plate}`).first();
      await listed.waitFor();
      assert(
        await page
          .getByTestId('page-title')
          .textContent()
          .then((t) => t?.includes('我的出车')),
        'my trips',
      );
      await ctx.shot(page, '41-zh-390-my-trips.png');
    },
  },
  {
    name: 'the head sees the trip-log flags',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.head);
      ctx.headPage = page;
      await page.goto(`${ctx.baseUrl}/trips`);
      const panel = page.getByTestId('trip-flags');
      await panel.waitFor();
      await panel.locator('[data-testid="trip-flag"][data-kind="odometer_gap"]').first().waitFor();
      const gaps = await panel.locator('[data-kind="odometer_gap"]').allTextContents();
      assert(
        gaps.some((text) => text.includes('鲁A·3K721') && text.includes('12')),
        `gaps: ${gaps.join(' | ')}`,
      );
      if (ctx.plate) {
        const listed = page.getByTestId('trips-page').getByText(ctx.plate).first();
        await listed.waitFor();
      }
      await ctx.shot(page, '42-zh-trip-flags.png');
    },
  },
  {
    name: 'violations show to the head and not to the driver (R-VEH-3)',
    run: async (ctx) => {
      const head = ctx.headPage ?? (await loginAs(ctx, USERS.head));
      await head.goto(`${ctx.baseUrl}/vehicles`);
      await head.getByTestId('violations').getByText('鲁A·3K721').first().waitFor();
      const driver = ctx.driverPage ?? (await loginAs(ctx, USERS.driver, PHONE));
      await driver.goto(`${ctx.baseUrl}/vehicles`);
      await driver.getByTestId('vehicles-page').waitFor();
      await driver.getByTestId('page-title').waitFor();
      assert((await driver.getByTestId('violations').count()) === 0, 'the driver sees the violations panel');
    },
  },
  {
    name: 'the head records the overdue service and it leaves the reminders (R-VEH-2)',
    run: async (ctx) => {
      const page = ctx.headPage ?? (await loginAs(ctx, USERS.head));
      ctx.headPage = page;
      await page.goto(`${ctx.baseUrl}/vehicles`);
      const panel = page.getByTestId('maintenance-reminders');
      // The demo: 鲁A·3K721's service overdue (red), 鲁A·5N809's insurance due soon (amber).
      const overdue = panel.locator('tr', { hasText: '鲁A·3K721 保养' });
      await overdue.locator('[data-status="overdue"]').waitFor();
      await panel.locator('tr', { hasText: '鲁A·5N809 保险' }).locator('[data-status="due_soon"]').waitFor();
      const first = await panel.locator('[data-testid="due-status"][data-status]').first().getAttribute('data-status');
      assert(first === 'overdue', `the first reminder is ${first}, not overdue`);
      assert((await overdue.textContent())?.includes('已逾期 5 天'), `overdue row: ${await overdue.textContent()}`);
      await ctx.shot(page, '43-zh-maintenance-reminders.png');

      await overdue.getByTestId('maintenance-reminder-open').click();
      const dialog = page.getByTestId('maintenance-dialog');
      await dialog.getByTestId('maintenance-due').locator('[data-status="overdue"]').waitFor();
      await dialog.getByTestId('maintenance-records').getByText('更换机油机滤').first().waitFor();
      await dialog.getByTestId('maintenance-record-open').click();
      // The form proposes the overdue item's kind.
      await dialog.locator('[data-testid="maintenance-kind"] [data-kind="service"].is-active').waitFor();
      await fillNumber(page, 'maintenance-km', 100000);
      await dialog.getByTestId('maintenance-cost').fill('680.50');
      await dialog.getByTestId('maintenance-notes').fill('E2E 更换机油 机滤');
      ctx.nextDueOn = shanghaiDate(180);
      await fillDate(page, 'maintenance-next-on', ctx.nextDueOn);
      await fillNumber(page, 'maintenance-next-km', 110000);
      await settled(page);
      await ctx.shot(page, '44-zh-maintenance-form.png');
      await dialog.getByTestId('maintenance-form-submit').click();
      await dialog.getByTestId('maintenance-form-section').waitFor({ state: 'hidden' });
      const recorded = dialog.getByTestId('maintenance-records').locator('tr', { hasText: 'E2E 更换机油 机滤' });
      await recorded.waitFor();
      const text = (await recorded.textContent()) ?? '';
      assert(text.includes('680.50') && text.includes(ctx.nextDueOn), `recorded row: ${text}`);
      // The due item moved: not due any more, due on the new date.
      const item = dialog.getByTestId('maintenance-due').locator('tr', { hasText: ctx.nextDueOn });
      await item.locator('[data-status="not_due"]').waitFor();
      await ctx.shot(page, '45-zh-maintenance-recorded.png');
      await dialog.locator('.el-dialog__headerbtn').click();
      await dialog.waitFor({ state: 'hidden' });
      await overdue.waitFor({ state: 'detached' });
      await panel.locator('tr', { hasText: '鲁A·5N809 保险' }).waitFor();
    },
  },
  {
    name: 'the head downloads the trip report as PDF and XLSX; a reversed period is refused (R-RPT-4)',
    run: async (ctx) => {
      const page = ctx.headPage ?? (await loginAs(ctx, USERS.head));
      await page.goto(`${ctx.baseUrl}/trips`);
      const card = page.getByTestId('trip-report');
      await card.waitFor();
      const month = shanghaiDate(0).slice(0, 7);
      const from = await card.locator('[data-testid="trip-report-from"] input').inputValue();
      assert(from === `${month}-01`, `the report starts on ${from}`);
      const pdf = await download(page, card.getByTestId('trip-report-pdf'));
      assert(pdf.head === '%PDF', `the PDF starts with ${JSON.stringify(pdf.head)}`);
      assert(/^trip-report-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.pdf$/.test(pdf.name), `PDF named ${pdf.name}`);
      const xlsx = await download(page, card.getByTestId('trip-report-xlsx'));
      assert(xlsx.head.startsWith('PK'), `the XLSX starts with ${JSON.stringify(xlsx.head)}`);
      assert(xlsx.name.endsWith('.xlsx'), `XLSX named ${xlsx.name}`);
      await ctx.shot(page, '46-zh-trip-report.png');

      await fillDate(page, 'trip-report-to', shanghaiDate(-40));
      let downloaded = false;
      const listener = () => (downloaded = true);
      page.on('download', listener);
      await card.getByTestId('trip-report-pdf').click();
      const error = card.locator('.el-form-item__error');
      await error.first().waitFor();
      const said = (await error.allTextContents()).join(' ');
      assert(said.includes('不能早于开始日期'), `the reversed period says "${said}"`);
      await page.waitForTimeout(300);
      page.off('download', listener);
      assert(!downloaded, 'a reversed period was downloaded');
    },
  },
  {
    name: 'the driver sees the reminders, a vehicle maintenance and his trip report on a 390 px screen',
    run: async (ctx) => {
      const page = ctx.driverPage ?? (await loginAs(ctx, USERS.driver, PHONE));
      ctx.lastPage = page;
      await page.goto(`${ctx.baseUrl}/vehicles`);
      const panel = page.getByTestId('maintenance-reminders');
      const card = panel.getByTestId('maintenance-reminders-list-card').filter({ hasText: '鲁A·5N809' });
      await card.locator('[data-status="due_soon"]').waitFor();
      await assertFitsPhone(page, 'the vehicles page');
      await ctx.shot(page, '47-zh-390-maintenance-reminders.png');
      await card.getByTestId('maintenance-reminder-open').click();
      const dialog = page.getByTestId('maintenance-dialog');
      await dialog.getByTestId('maintenance-records').getByText('交强险').first().waitFor();
      assert((await dialog.getByTestId('maintenance-record-open').count()) === 0, 'the driver may record maintenance');
      await assertFitsPhone(page, 'the maintenance dialog');
      await settled(page);
      await ctx.shot(page, '48-zh-390-maintenance-dialog.png');
      await dialog.locator('.el-dialog__headerbtn').click();
      await dialog.waitFor({ state: 'hidden' });

      await page.goto(`${ctx.baseUrl}/trips`);
      const report = page.getByTestId('trip-report');
      await report.waitFor();
      await assertFitsPhone(page, 'the trips page');
      const pdf = await download(page, report.getByTestId('trip-report-pdf'));
      assert(pdf.head === '%PDF', `the driver's PDF starts with ${JSON.stringify(pdf.head)}`);
      await ctx.shot(page, '49-zh-390-trip-report.png');
    },
  },
  {
    name: 'the head records a damage against a driver and sees it among the violations (R-VEH-3)',
    run: async (ctx) => {
      const page = ctx.headPage ?? (await loginAs(ctx, USERS.head));
      await page.goto(`${ctx.baseUrl}/vehicles`);
      const panel = page.getByTestId('violations');
      await panel.getByTestId('violation-add').click();
      const dialog = page.getByTestId('violation-dialog');
      await dialog.waitFor();
      const vehicle = await openSelect(page, 'violation-vehicle');
      await choose(vehicle.options, '鲁A·5N809');
      // The van's usual driver (朱军) is proposed; the damage was 马成's, chosen instead.
      await dialog.locator('[data-testid="violation-driver"]').getByText('朱军').waitFor();
      const driver = await openSelect(page, 'violation-driver');
      await driver.select.locator('input').first().fill('马成');
      await choose(driver.options, '马成');
      await dialog.locator('[data-testid="violation-kind"] [data-kind="damage"]').click();
      await fillDate(page, 'violation-date', shanghaiDate(-1));
      await dialog.getByTestId('violation-description').fill('E2E 倒车刮擦右后门');
      await dialog.getByTestId('violation-fine').fill('850.00');
      // A compensation above the cost is refused before it is sent.
      await dialog.getByTestId('violation-compensation').fill('900');
      await dialog.getByTestId('violation-form-submit').click();
      const said = dialog.getByTestId('violation-field-compensation').locator('.el-form-item__error');
      await said.waitFor();
      assert((await said.textContent())?.includes('超过损失金额'), `compensation says ${await said.textContent()}`);
      await dialog.getByTestId('violation-compensation').fill('200');
      await dialog.getByTestId('violation-compensation').blur();
      await said.waitFor({ state: 'detached' });
      await settled(page);
      await ctx.shot(page, '50-zh-violation-form.png');
      await dialog.getByTestId('violation-form-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.el-message--success', { hasText: '鲁A·5N809' }).waitFor();
      const row = panel.locator('tr', { hasText: 'E2E 倒车刮擦右后门' });
      await row.waitFor();
      const text = (await row.textContent()) ?? '';
      for (const part of [shanghaiDate(-1), '鲁A·5N809', '马成', '车损', '850.00', '200.00']) {
        assert(text.includes(part), `the recorded row lacks ${part}: ${text}`);
      }
      await ctx.shot(page, '51-zh-violation-recorded.png');
    },
  },
  {
    name: 'no uncaught errors in the trip pages',
    run: async (ctx) => {
      assert(ctx.pageErrors.length === 0, ctx.pageErrors.join(' | '));
    },
  },
];

await runIfMain(import.meta.url, 'fleet', steps);
