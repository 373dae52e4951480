// Browser test of the trip logs (issue 12, R-VEH-1) against a running kefu server with the demo data:
//
//   a driver logs a trip of his day on a 390 px phone screen and sees it among his trips → the
//   head sees the trip-log flags (the demo's odometer gap, dispatched jobs without a log).
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e node e2e/fleet.mjs
//
// scripts/test.sh runs it after jobs.mjs against a fresh demo database. It is not idempotent: a
// second run on the same database finds its own evening trip in the way (time overlap). Run alone,
// it prints one line per step and "N passed, N failed" like smoke.mjs.
//
// What it assumes of the demo data (README, "Demo logins"): the accounts driver (马成, whose usual
// van is 鲁A·3K721) and head with the password Kefu@2026, and the fleet demo's trip logs with one
// odometer gap.
import { assert, fillNumber, loginAs, runIfMain } from './scenario.mjs';

const USERS = {
  driver: process.env.E2E_DRIVER ?? 'driver',
  head: process.env.E2E_HEAD ?? 'head',
};
const PHONE = { width: 390, height: 844 };

/** The steps, in order; each gets the shared context (browser, base URL, what earlier steps made). */
export const steps = [
  {
    name: 'a driver logs a trip of his day on a 390 px screen',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.driver, PHONE);
      ctx.driverPage = page;
      await page.goto(`${ctx.baseUrl}/trips`);
      await page.getByTestId('trips-page').waitFor();
      await page.getByTestId('trips-add').click();
      const dialog = page.getByTestId('trip-form-dialog');
      await dialog.waitFor();
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
    name: 'no uncaught errors in the trip pages',
    run: async (ctx) => {
      assert(ctx.pageErrors.length === 0, ctx.pageErrors.join(' | '));
    },
  },
];

await runIfMain(import.meta.url, 'fleet', steps);
