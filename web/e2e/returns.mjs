// Browser test of quality returns (issue 10, R-FLD-9) against a running kefu server with the demo
// data: the warehouse keeper, on a 390 px phone, checks a job that came back to the factory as
// damaged, with a note and a photo taken with the camera (shrunk in the browser, re-encoded on the
// server) → the job leaves the list of returns to check and the check shows its photo → the head
// charges the loss to the crew's lead (a confirmation first) → finance reads the charge and the
// person's total on 扣款记录 → the keeper sees neither the charge nor the page (403) → the head
// withdraws the charge with a reason: it stays listed, marked, out of the person's total → the head
// charges the same person again with the corrected amount; on a phone 撤销 is on screen.
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e node e2e/returns.mjs
//
// scripts/test.sh runs it after the field scenario on the same demo database: the demo has jobs
// returned to the factory (from loading or on the way), and this test checks the first of them.
import { assert, loginAs, runIfMain } from './scenario.mjs';

const PHONE = { width: 390, height: 844 };
const PHONE_OPTIONS = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Calls the API with the page's session and CSRF token; answers { status, body }. */
async function api(page, baseUrl, method, path, data) {
  const me = await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json();
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
  const body = await response.json().catch(() => null);
  return { status: response.status(), body };
}

/** A 4000 × 3000 camera picture as a JPEG, drawn in the page (the keeper's phone camera). */
async function cameraPicture(page) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const g = canvas.getContext('2d');
    g.fillStyle = '#b98a52';
    g.fillRect(0, 0, 4000, 3000);
    g.strokeStyle = '#3b2a18';
    g.lineWidth = 40;
    for (let i = 0; i < 30; i += 1) {
      g.beginPath();
      g.moveTo((i * 137) % 4000, 0);
      g.lineTo(4000 - ((i * 251) % 4000), 3000);
      g.stroke();
    }
    return canvas.toDataURL('image/jpeg', 0.92);
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** The head opens the charge dialog on the checked return and picks the person charged. */
async function openCharge(ctx, name) {
  const page = await loginAs(ctx, 'head');
  await page.goto(`${ctx.baseUrl}/field/returns`, { waitUntil: 'domcontentloaded' });
  await page.locator('#tab-checks').click();
  const row = page.getByTestId('field-returns-checks').locator('tr', { hasText: ctx.returned.jobNumber });
  await row.getByTestId('return-charge-open').click();
  const dialog = page.getByTestId('return-charge-dialog');
  await dialog.waitFor();
  await page.getByTestId('return-charge-staff').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: name }).first().click();
  return { page, row, dialog };
}

const steps = [
  {
    name: 'the keeper checks a returned job on the phone as damaged, with a note and a photo',
    run: async (ctx) => {
      const page = await loginAs(ctx, 'warehouse', PHONE, PHONE_OPTIONS);
      ctx.keeper = page;
      const desk = await api(page, ctx.baseUrl, 'GET', '/field/returns');
      assert(desk.status === 200, `the keeper reads the returns: ${desk.status}`);
      ctx.returned = desk.body.awaiting.find((j) => j.crew.length > 0);
      assert(
        ctx.returned,
        `the demo has a returned job with a crew: ${JSON.stringify(desk.body.awaiting.slice(0, 2))}`,
      );
      const checksBefore = desk.body.checks.length;

      await page.goto(`${ctx.baseUrl}/field/returns`, { waitUntil: 'domcontentloaded' });
      const row = page.getByTestId('field-returns-awaiting').locator('tr', { hasText: ctx.returned.jobNumber });
      // Long lists go page by page: the first returned job may be on a later page for many demo days.
      for (let i = 0; i < 20 && (await row.count()) === 0; i += 1) {
        const next = page.getByTestId('field-returns-awaiting-pager').locator('.btn-next');
        if ((await next.count()) === 0) break;
        await next.click();
      }
      await row.getByTestId('return-check-open').click();
      const dialog = page.getByTestId('return-check-dialog');
      await dialog.waitFor();
      await dialog.locator('[data-outcome="damaged"]').click();
      // Damaged without a note and a photo: the form says what is missing and sends nothing.
      await page.getByTestId('return-check-submit').click();
      await dialog.getByTestId('return-field-photo').locator('.el-form-item__error').waitFor();
      await page.getByTestId('return-note').fill('桌面包角缺失，一角压坏');
      await page.getByTestId('return-photo-input').setInputFiles({
        name: 'damage.jpg',
        mimeType: 'image/jpeg',
        buffer: await cameraPicture(page),
      });
      await page.getByTestId('return-photo-preview').waitFor();
      // With the photo picked the form takes back what it said.
      await dialog.getByTestId('return-field-photo').locator('.el-form-item__error').waitFor({ state: 'detached' });
      await ctx.shot(page, '91-returns-check-phone.png');
      await page.getByTestId('return-check-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await row.waitFor({ state: 'detached' });

      const after = await api(page, ctx.baseUrl, 'GET', '/field/returns');
      assert(!after.body.awaiting.some((j) => j.jobId === ctx.returned.jobId), 'the job no longer waits');
      assert(after.body.checks.length === checksBefore + 1, `one check more: ${after.body.checks.length}`);
      ctx.check = after.body.checks.find((c) => c.jobId === ctx.returned.jobId);
      assert(
        ctx.check?.outcome === 'damaged' && ctx.check.hasPhoto && ctx.check.note === '桌面包角缺失，一角压坏',
        `the check: ${JSON.stringify(ctx.check)}`,
      );
      assert(ctx.check.charges.length === 0, 'the keeper reads no charges');
      const photo = await page.request.get(`${ctx.baseUrl}/api/v1/field/returns/${ctx.check.id}/photo`);
      const bytes = await photo.body();
      assert(
        photo.status() === 200 && bytes[0] === 0xff && bytes[1] === 0xd8,
        `the photo is a JPEG: ${photo.status()}`,
      );
      assert(bytes.length < 1_000_000, `shrunk before it was sent: ${bytes.length} bytes`);

      await page.locator('#tab-checks').click();
      const checked = page.getByTestId('field-returns-checks').locator('tr', { hasText: ctx.returned.jobNumber });
      await checked.getByTestId('return-photo').waitFor();
      // The keeper sees the job, its outcome and the photo without scrolling sideways.
      const thumb = await checked.getByTestId('return-photo').boundingBox();
      assert(
        thumb && thumb.x >= 0 && thumb.x + thumb.width <= PHONE.width,
        `the photo at 390 px: ${JSON.stringify(thumb)}`,
      );
      assert((await checked.getByTestId('return-charge-open').count()) === 0, 'the keeper cannot charge');
      await ctx.shot(page, '92-returns-checked-phone.png');
    },
  },
  {
    name: 'the head charges the loss to the crew lead after a confirmation',
    run: async (ctx) => {
      assert(ctx.check, 'needs the check of the first step');
      const lead = ctx.check.crew[0];
      const { page, row, dialog } = await openCharge(ctx, lead.name);
      await page.getByTestId('return-charge-amount').fill('88.50');
      await page.getByTestId('return-charge-reason').fill('返厂未加包角，桌面压坏');
      await page.getByTestId('return-charge-submit').click();
      const confirm = page.locator('.el-message-box');
      await confirm.waitFor();
      const said = await confirm.textContent();
      assert(said.includes(lead.name) && said.includes('88.50'), `the confirmation names who and how much: ${said}`);
      await ctx.shot(page, '93-returns-charge-confirm.png');
      await confirm.locator('.el-button--primary').click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByTestId('return-charge').first().waitFor();

      const desk = await api(page, ctx.baseUrl, 'GET', '/field/returns');
      const check = desk.body.checks.find((c) => c.id === ctx.check.id);
      assert(check?.charges.length === 1, `one charge: ${JSON.stringify(check?.charges)}`);
      const [charge] = check.charges;
      assert(
        charge.amountFen === 8850 && charge.staff.id === lead.id && charge.reason === '返厂未加包角，桌面压坏',
        `the charge: ${JSON.stringify(charge)}`,
      );
      ctx.charge = charge;
    },
  },
  {
    name: 'finance reads the charge and the total on 扣款记录; the keeper may not',
    run: async (ctx) => {
      assert(ctx.charge, 'needs the charge of the previous step');
      const page = await loginAs(ctx, 'finance');
      await page.goto(`${ctx.baseUrl}/field/charges`, { waitUntil: 'domcontentloaded' });
      const row = page.getByTestId('field-charges').locator('tr', { hasText: ctx.returned.jobNumber });
      await row.waitFor();
      const text = await row.textContent();
      assert(text.includes(ctx.charge.staff.name) && text.includes('88.50'), `the row: ${text}`);
      assert((await row.locator('a').count()) === 0, 'finance reads no jobs: the number is not a link');
      const total = page.getByTestId('field-charge-totals').locator('tr', { hasText: ctx.charge.staff.name });
      await total.waitFor();
      await ctx.shot(page, '94-returns-charges-finance.png');

      const denied = await api(ctx.keeper, ctx.baseUrl, 'GET', '/field/charges');
      assert(denied.status === 403, `the keeper may not read charges: ${denied.status}`);
    },
  },
  {
    name: 'the head withdraws the charge decided in error, with a reason: marked, out of the total',
    run: async (ctx) => {
      assert(ctx.charge, 'needs the charge of the head');
      const page = await loginAs(ctx, 'head');
      await page.goto(`${ctx.baseUrl}/field/charges`, { waitUntil: 'domcontentloaded' });
      const row = page.getByTestId('field-charges').locator('tr', { hasText: ctx.returned.jobNumber });
      await row.getByTestId('charge-withdraw').click();
      const prompt = page.locator('.el-message-box');
      await prompt.waitFor();
      const said = await prompt.textContent();
      assert(
        said.includes(ctx.charge.staff.name) && said.includes('88.50'),
        `the prompt names who and how much: ${said}`,
      );
      await prompt.locator('input').fill('复检照片是另一单的，责任人搞错');
      await prompt.locator('.el-button--primary').click();
      await row.getByTestId('charge-withdrawn').waitFor();
      assert((await row.getByTestId('charge-withdraw').count()) === 0, 'withdrawn once');
      await ctx.shot(page, '95-returns-charge-withdrawn.png');
      const report = await api(page, ctx.baseUrl, 'GET', '/field/charges');
      const item = report.body.items.find((c) => c.id === ctx.charge.id);
      assert(item?.withdrawalReason === '复检照片是另一单的，责任人搞错', `the charge: ${JSON.stringify(item)}`);
      const total = report.body.totals.find((t) => t.staff.id === ctx.charge.staff.id);
      const others = report.body.items.filter((c) => c.staff.id === ctx.charge.staff.id && !c.withdrawnAt);
      const expected = others.reduce((sum, c) => sum + c.amountFen, 0);
      assert((total?.amountFen ?? 0) === expected, `the total leaves it out: ${JSON.stringify(total)} vs ${expected}`);
    },
  },
  {
    name: 'the head charges the same person again with the corrected amount; on a phone 撤销 is on screen',
    run: async (ctx) => {
      assert(ctx.charge, 'needs the withdrawn charge');
      const { page, dialog } = await openCharge(ctx, ctx.charge.staff.name);
      await page.getByTestId('return-charge-amount').fill('8.85');
      await page.getByTestId('return-charge-reason').fill('金额更正：应为 8.85 元');
      await page.getByTestId('return-charge-submit').click();
      await page.locator('.el-message-box .el-button--primary').click();
      await dialog.waitFor({ state: 'hidden' });

      const report = await api(page, ctx.baseUrl, 'GET', '/field/charges');
      const standing = report.body.items.filter(
        (c) => c.checkId === ctx.check.id && c.staff.id === ctx.charge.staff.id && !c.withdrawnAt,
      );
      assert(
        standing.length === 1 && standing[0].amountFen === 885,
        `one standing charge: ${JSON.stringify(standing)}`,
      );

      const phone = await loginAs(ctx, 'head', PHONE, PHONE_OPTIONS);
      await phone.goto(`${ctx.baseUrl}/field/charges`, { waitUntil: 'domcontentloaded' });
      const rows = phone.getByTestId('field-charges').locator('tr', { hasText: ctx.returned.jobNumber });
      const withdraw = rows.getByTestId('charge-withdraw').first();
      await withdraw.waitFor();
      const box = await withdraw.boundingBox();
      assert(box && box.x >= 0 && box.x + box.width <= PHONE.width, `撤销 at 390 px: ${JSON.stringify(box)}`);
      assert((await rows.getByTestId('charge-withdrawn').count()) === 1, 'the withdrawn charge is still listed');
      await ctx.shot(phone, '96-returns-charges-phone.png');
    },
  },
  {
    name: 'no page error',
    run: async (ctx) => {
      assert(ctx.pageErrors.length === 0, ctx.pageErrors.join(' | '));
    },
  },
];

await runIfMain(import.meta.url, 'returns', steps);
