// Browser test of travel claims (issue 12, R-EXP) against a running kefu server with the demo data:
//
//   the technician claims an out-of-town trip to 沂源县 (a county) with a lunch for two and one
//   night's lodging for two, uploads a photo of each receipt (the lines are not payable before),
//   and sees the allowed amounts the server computed; he then adds his bus fare home to the
//   submitted claim from its drawer (a date outside the trip is refused on the date field first,
//   R-EXP-7) and sees it allowed in full; the head approves
//   the claim; finance pays it and exports the XLSX (the download is checked to be an XLSX file).
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e node e2e/expenses.mjs
//
// scripts/test.sh runs it after jobs.mjs against the same fresh demo database. It prints one line
// per step and "N passed, N failed"; a failed step saves a screenshot (fail-expenses-N.png).
//
// What it assumes of the demo data (README, "Demo logins"): the accounts technician (赵磊, linked
// to a staff record), head and finance with the password Kefu@2026, and the embedded divisions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, fillNumber, loginAs, runIfMain, shanghaiDate } from './scenario.mjs';

const USERS = {
  technician: process.env.E2E_TECHNICIAN ?? 'technician',
  head: process.env.E2E_HEAD ?? 'head',
  finance: process.env.E2E_FINANCE ?? 'finance',
};
const TECHNICIAN_NAME = process.env.E2E_TECHNICIAN_NAME ?? '赵磊';

/** Picks a division level by level in the DivisionCascader with test id `testid`. */
async function pickDivision(page, testid, names) {
  await page.locator(`[data-testid="${testid}"] .el-cascader`).first().click();
  for (const name of names) {
    await page
      .locator('.el-cascader-panel .el-cascader-node')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .first()
      .click();
  }
  await page.locator('.el-cascader-panel').first().waitFor({ state: 'hidden' });
}

/** Opens the claim `id` in its drawer and waits for it to show a status. */
async function openClaim(page, ctx, id) {
  await page.goto(`${ctx.baseUrl}/expenses/${id}`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('claim-detail').waitFor();
  await page.getByTestId('claim-status').waitFor();
}

/** A 1×1 PNG: the smallest real photo of a receipt the server accepts by its first bytes. */
const RECEIPT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads the receipt photo to line `index` of the open claim and waits for it to be listed. */
async function uploadReceipt(page, index) {
  await page.getByTestId(`claim-detail-line-${index}-receipt-input`).setInputFiles({
    name: `receipt-${index}.png`,
    mimeType: 'image/png',
    buffer: RECEIPT_PNG,
  });
  await page.getByTestId(`claim-detail-line-${index}-receipt-0`).waitFor();
}

/** The steps, in order; each gets the shared context (browser, base URL, what earlier steps made). */
export const steps = [
  {
    name: 'the technician claims a lunch for two and a night for two in a county',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.technician);
      await page.goto(`${ctx.baseUrl}/expenses`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('expenses-page').waitFor();
      await page.waitForLoadState('networkidle');
      const links = page.getByTestId('expenses-open');
      const before = (await links.count()) > 0 ? await links.first().getAttribute('href') : null;
      await page.getByTestId('expenses-add').click();
      await page.getByTestId('claim-form-dialog').waitFor();
      await pickDivision(page, 'claim-division', ['山东省', '淄博市', '沂源县']);
      const first = shanghaiDate(-3);
      const second = shanghaiDate(-2);
      await page.getByTestId('claim-departure').fill(`${first}T07:30`);
      await page.getByTestId('claim-return').fill(`${second}T18:30`);
      await page.getByTestId('claim-purpose').fill('E2E 沂源县送货安装');
      // Line 0: lunch on the first day for two named diners.
      await page.getByTestId('claim-line-0-meal-lunch').click();
      await page.getByTestId('claim-line-0-date').fill(first);
      await page.getByTestId('claim-line-0-claimed').fill('24.00');
      await page.getByTestId('claim-line-0-diners').fill(`${TECHNICIAN_NAME} 李强`);
      // Line 1: one night for two.
      await page.getByTestId('claim-add-line').click();
      await page.getByTestId('claim-line-1-kind-lodging').click();
      await page.getByTestId('claim-line-1-date').fill(first);
      await page.getByTestId('claim-line-1-claimed').fill('80.00');
      await fillNumber(page, 'claim-line-1-persons', 2);
      // A night outside the trip is refused by the server on that line's date field.
      await page.getByTestId('claim-line-1-date').fill(shanghaiDate(-10));
      await page.getByTestId('claim-form-submit').click();
      await page
        .getByTestId('claim-line-1')
        .locator('.el-form-item__error')
        .filter({ hasText: '日期不在出差期间内' })
        .waitFor();
      await page.getByTestId('claim-line-1-date').fill(first);
      await page.getByTestId('claim-form-submit').click();
      await page.getByTestId('claim-form-dialog').waitFor({ state: 'hidden' });
      // The newest claim is the first row once the list has reloaded.
      let href = before;
      for (let i = 0; i < 50 && href === before; i += 1) {
        await page.waitForTimeout(200);
        href = (await links.count()) > 0 ? await links.first().getAttribute('href') : null;
      }
      const match = /\/expenses\/(\d+)/.exec(href ?? '');
      assert(match, `the list links the new claim (${href})`);
      ctx.claimId = Number(match[1]);
      await openClaim(page, ctx, ctx.claimId);
      // R-EXP-4/5: without receipts neither the lunch nor the night is payable.
      const missing = await page.getByTestId('claim-detail-line-1-rule').textContent();
      assert(missing?.includes('须有单据'), `the night waits for its receipt: ${missing}`);
      await uploadReceipt(page, 0);
      await uploadReceipt(page, 1);
      await page.getByTestId('claim-detail-line-1-allowed').filter({ hasText: '60.00' }).waitFor();
      // 10 yuan × 2 diners of 24 claimed; 30 yuan × 1 night × 2 persons of 80 claimed.
      const lunch = (await page.getByTestId('claim-detail-line-0-allowed').textContent())?.trim();
      const night = (await page.getByTestId('claim-detail-line-1-allowed').textContent())?.trim();
      assert(lunch === '20.00', `the lunch is allowed ${lunch}, expected 20.00`);
      assert(night === '60.00', `the night is allowed ${night}, expected 60.00`);
      const rule = await page.getByTestId('claim-detail-line-1-rule').textContent();
      assert(rule?.includes('超出住宿标准'), `the lodging line names its rule: ${rule}`);
      // R-EXP-7: the bus fare home, added to the submitted claim from the drawer.
      await page.getByTestId('claim-detail-add-line').click();
      const dialog = page.getByTestId('claim-line-dialog');
      await dialog.waitFor();
      await page.getByTestId('claim-new-line-kind-fare').click();
      await page.getByTestId('claim-new-line-fare-class-bus').click();
      await page.getByTestId('claim-new-line-date').fill(shanghaiDate(-10));
      await page.getByTestId('claim-new-line-claimed').fill('36.00');
      await page.getByTestId('claim-line-submit').click();
      // The server refuses a date outside the trip; the refusal shows on the date field.
      await dialog.locator('.el-form-item__error').filter({ hasText: '日期不在出差期间内' }).waitFor();
      await ctx.shot(page, '42-zh-expense-add-line.png');
      await page.getByTestId('claim-new-line-date').fill(second);
      await page.getByTestId('claim-line-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('claim-detail-line-2-allowed').filter({ hasText: '36.00' }).waitFor();
      const fare = await page.getByTestId('claim-detail-line-2').textContent();
      assert(fare?.includes('汽车'), `the added line is the bus fare: ${fare}`);
      await ctx.shot(page, '40-zh-expense-claim.png');
      // The technician claims on his phone: the drawer and its receipts at 390 px.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('claim-detail-line-1-receipts').scrollIntoViewIfNeeded();
      await ctx.shot(page, '41-zh-expense-claim-phone.png');
    },
  },
  {
    name: 'the head approves the claim',
    run: async (ctx) => {
      assert(ctx.claimId, 'no claim from the previous step');
      const page = await loginAs(ctx, USERS.head);
      await openClaim(page, ctx, ctx.claimId);
      await page.getByTestId('claim-approve').click();
      await page.getByTestId('claim-status').filter({ hasText: '负责人已批准' }).waitFor();
    },
  },
  {
    name: 'finance pays the claim and exports the XLSX',
    run: async (ctx) => {
      assert(ctx.claimId, 'no claim from the previous step');
      const page = await loginAs(ctx, USERS.finance);
      await openClaim(page, ctx, ctx.claimId);
      await page.getByTestId('claim-pay').click();
      await page.getByTestId('claim-status').filter({ hasText: '已付款' }).waitFor();
      await page.goto(`${ctx.baseUrl}/expenses`, { waitUntil: 'domcontentloaded' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('expenses-export').click(),
      ]);
      const file = join(ctx.screenshotDir, 'expense-claims.xlsx');
      await download.saveAs(file);
      const bytes = readFileSync(file);
      assert(download.suggestedFilename().endsWith('.xlsx'), `download named ${download.suggestedFilename()}`);
      assert(bytes.length > 1000 && bytes.subarray(0, 2).toString() === 'PK', `an XLSX (zip) of ${bytes.length} bytes`);
    },
  },
];

await runIfMain(import.meta.url, 'expenses', steps);
