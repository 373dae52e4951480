// Browser test of the jobs pages (issue 9) against a running kefu server with the demo data:
//
//   sales raises a customer feedback form → the head assigns it → a second job with the same lead
//   and window shows the clash → a dealer asks for a 5-person installation, the head assigns five,
//   leadership approves → the technician sees it among today's jobs on a 390 px screen.
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e node e2e/jobs.mjs
//
// scripts/test.sh runs it after smoke.mjs against a fresh demo database (it is not idempotent: a
// second run on the same database finds its own earlier evening jobs in the way). Run alone, it
// prints one line per step and "N passed, N failed" like smoke.mjs; a failed step saves a
// screenshot (fail-jobs-N.png) and the page's error messages.
//
// What it assumes of the demo data (README, "Demo logins"): the accounts sales, head, dealer,
// leader and technician (赵磊) with the password Kefu@2026; at least one customer with a site, one
// product, and the dealer account's dealer with a site. Windows late in the evening (20:00 on) keep
// the demo's own daytime jobs out of the way of the clash it provokes on purpose.
import { assert, choose, fillDate, loginAs, openSelect, pickOption, runIfMain, shanghaiDate } from './scenario.mjs';

/** Who plays each part (demo logins) and the technician's name as the crew pickers show it. */
const USERS = {
  sales: process.env.E2E_SALES ?? 'sales',
  head: process.env.E2E_HEAD ?? 'head',
  dealer: process.env.E2E_DEALER ?? 'dealer',
  leader: process.env.E2E_LEADER ?? 'leader',
  technician: process.env.E2E_TECHNICIAN ?? 'technician',
};
const TECHNICIAN_NAME = process.env.E2E_TECHNICIAN_NAME ?? '赵磊';
const LEAD_NAME = process.env.E2E_LEAD_NAME ?? '李强';

// --- page helpers -------------------------------------------------------------------------------

/**
 * Closes a multiple select's open list by clicking the dialog's title (Escape would close the
 * dialog when the list has already closed).
 */
async function closeList(page, dialogTestid, options) {
  await page.locator(`[data-testid="${dialogTestid}"] .el-dialog__title`).first().click();
  await options.first().waitFor({ state: 'hidden' });
}

/** Opens an Element Plus select by its test id and picks the option containing `text` (or the first). */
async function pick(page, testid, text) {
  await pickOption(page, testid, text);
}

/** Types into a remote select (customer, product, dealer) and picks the first or the named match. */
async function searchAndPick(page, testid, query, text) {
  await pickOption(page, testid, text, query);
}

/** Picks a time in an el-time-select by its test id. */
async function pickTime(page, testid, time) {
  await pick(page, testid, time);
}

/** The job's number and id from the record page the app opens after a save (`/jobs/<id>`). */
async function openedJob(page) {
  await page.waitForURL((url) => /^\/jobs\/\d+$/.test(url.pathname));
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  const drawer = page.getByTestId('job-detail');
  await drawer.waitFor();
  // The title is the job's number once the job has loaded ("任务详情" until then).
  const title = drawer.locator('.el-drawer__title, .el-drawer__header').first();
  await title.filter({ hasText: /KF-/ }).waitFor();
  const number = (await title.textContent())?.trim();
  return { id, number };
}

/** Fills the assignment dialog: lead, members, date, an evening window; no vehicle (optional). */
async function assign(page, { lead, members, date, start, end }) {
  await page.getByTestId('job-assign').click();
  await page.getByTestId('job-assign-dialog').waitFor();
  await page
    .locator('[data-testid="job-assign-dialog"] .el-loading-mask')
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
  await pick(page, 'job-assign-lead', lead);
  if (members.length > 0) {
    const { options } = await openSelect(page, 'job-assign-members');
    for (const member of members) await choose(options, member);
    await closeList(page, 'job-assign-dialog', options);
  }
  await fillDate(page, 'job-assign-date', date);
  await pickTime(page, 'job-assign-window-start', start);
  await pickTime(page, 'job-assign-window-end', end);
  await page.getByTestId('job-assign-submit').click();
}

/** Raises a job from the list's "new job" menu; `fill` completes the kind's own fields. */
async function raise(page, ctx, kind, fill) {
  await page.goto(`${ctx.baseUrl}/jobs`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('jobs-page').waitFor();
  await page.getByTestId('jobs-add').click();
  await page.getByTestId(`jobs-add-${kind}`).click();
  await page.getByTestId('job-form-dialog').waitFor();
  await fill();
  await page.getByTestId('job-form-submit').click();
  return openedJob(page);
}

// --- the scenario ---------------------------------------------------------------------------------

/** The steps, in order; each gets the shared context (browser, base URL, what earlier steps made). */
export const steps = [
  {
    name: 'sales raises a customer feedback form (installation)',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.sales);
      ctx.feedback = await raise(page, ctx, 'installation', async () => {
        await searchAndPick(page, 'job-form-customer', '');
        await pick(page, 'job-form-site');
        const name = page.getByTestId('job-form-contact-name');
        if (!(await name.inputValue())) {
          await name.fill('张经理');
          await page.getByTestId('job-form-contact-phone').fill('13800138000');
        }
        await searchAndPick(page, 'job-form-item-product', '');
        await fillDate(page, 'job-form-date', shanghaiDate(1));
        await page.getByTestId('job-form-source').fill(`FK-E2E-${Date.now()}`);
      });
      assert(ctx.feedback.number?.startsWith('KF-'), `the new job is numbered "${ctx.feedback.number}"`);
      const pdf = await page.getByTestId('job-feedback-form').getAttribute('href');
      assert(pdf === `/api/v1/jobs/${ctx.feedback.id}/feedback-form.pdf`, `feedback form link ${pdf}`);
      await ctx.shot(page, '20-zh-job-feedback-form.png');
    },
  },
  {
    name: 'the head sees it unassigned and assigns a crew',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.head);
      ctx.headPage = page;
      const q = encodeURIComponent(ctx.feedback.number);
      await page.goto(`${ctx.baseUrl}/jobs?flag=unassigned&q=${q}`, { waitUntil: 'domcontentloaded' });
      await page
        .locator('.el-table__body [data-testid="jobs-row-number"]', { hasText: ctx.feedback.number })
        .first()
        .click();
      await page.getByTestId('job-detail').waitFor();
      // The demo's products need two installers: the lead and the technician.
      await assign(page, {
        lead: LEAD_NAME,
        members: [TECHNICIAN_NAME],
        date: shanghaiDate(1),
        start: '20:00',
        end: '21:00',
      });
      await page.getByTestId('job-assign-dialog').waitFor({ state: 'hidden' });
      await page.getByTestId('job-detail-assignment').getByText(LEAD_NAME).waitFor();
    },
  },
  {
    name: 'the same lead in the same window on another job: the clash is named',
    run: async (ctx) => {
      const page = ctx.headPage;
      ctx.lastPage = page;
      const second = await raise(page, ctx, 'after_sales', async () => {
        await searchAndPick(page, 'job-form-customer', '');
        await pick(page, 'job-form-site');
        const name = page.getByTestId('job-form-contact-name');
        if (!(await name.inputValue())) {
          await name.fill('张经理');
          await page.getByTestId('job-form-contact-phone').fill('13800138000');
        }
        await fillDate(page, 'job-form-date', shanghaiDate(1));
        await page.getByTestId('job-form-notes').fill('抽屉滑轨异响，需更换');
      });
      await assign(page, { lead: LEAD_NAME, members: [], date: shanghaiDate(1), start: '20:00', end: '21:00' });
      const clash = page.getByTestId('job-assign-clash').first();
      await clash.waitFor();
      const text = await clash.textContent();
      assert(text?.includes(LEAD_NAME) && text.includes('同一时段'), `the clash reads "${text}"`);
      await ctx.shot(page, '21-zh-job-assign-clash.png');
      await page.keyboard.press('Escape');
      ctx.second = second;
    },
  },
  {
    name: 'a dealer asks for a 5-person installation today',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.dealer);
      ctx.dealerJob = await raise(page, ctx, 'dealer_installation', async () => {
        assert(
          (await page.getByTestId('job-form-dealer').count()) === 0,
          'a dealer account is offered a dealer picker',
        );
        await pick(page, 'job-form-site');
        const name = page.getByTestId('job-form-contact-name');
        if (!(await name.inputValue())) {
          await name.fill('孔经理');
          await page.getByTestId('job-form-contact-phone').fill('13900000000');
        }
        await searchAndPick(page, 'job-form-item-product', '');
        await page.locator('[data-testid="job-form-crew"] input').fill('5');
        await fillDate(page, 'job-form-date', shanghaiDate(0));
      });
    },
  },
  {
    name: 'the head assigns five: the job waits for leadership',
    run: async (ctx) => {
      const page = ctx.headPage;
      ctx.lastPage = page;
      await page.goto(`${ctx.baseUrl}/jobs/${ctx.dealerJob.id}`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('job-detail').waitFor();
      // The lead and four members, the technician among them; the others are whoever the list offers.
      await page.getByTestId('job-assign').click();
      await page.getByTestId('job-assign-dialog').waitFor();
      await pick(page, 'job-assign-lead', TECHNICIAN_NAME);
      const { options } = await openSelect(page, 'job-assign-members');
      const free = options.and(page.locator(':not(.is-selected):not(.is-disabled)'));
      for (let i = 0; i < 4; i += 1) await choose(free);
      await closeList(page, 'job-assign-dialog', options);
      await fillDate(page, 'job-assign-date', shanghaiDate(0));
      await pickTime(page, 'job-assign-window-start', '21:00');
      await pickTime(page, 'job-assign-window-end', '22:00');
      await page.getByTestId('job-assign-submit').click();
      await page.getByText('已提交主管领导审批').first().waitFor();
      await page.getByTestId('job-detail-approval-pending').waitFor();
      await ctx.shot(page, '22-zh-job-awaiting-approval.png');
    },
  },
  {
    name: 'leadership approves the crew size in the approval inbox',
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.leader);
      await page.goto(`${ctx.baseUrl}/approvals`, { waitUntil: 'domcontentloaded' });
      // The inbox comes from the approvals module (another branch): find the request by its kind
      // label (approvals.kinds.crew_size) and the job number, then approve it.
      const row = page
        .locator('tr, article')
        .filter({ hasText: '班组人数超限审批' })
        .filter({ hasText: ctx.dealerJob.number })
        .first();
      await row.waitFor();
      await row.getByRole('button', { name: '批准' }).click();
      const confirm = page.locator('.el-dialog:visible, .el-message-box:visible').last();
      await confirm
        .getByRole('button', { name: /批准|确定/ })
        .last()
        .click();
      await page.getByText('已批准').first().waitFor();
      await ctx.shot(page, '23-zh-approval-crew-size.png');
    },
  },
  {
    name: "the technician sees the job among today's on a 390 px screen",
    run: async (ctx) => {
      const page = await loginAs(ctx, USERS.technician, { width: 390, height: 844 });
      await page.goto(`${ctx.baseUrl}/my-jobs`, { waitUntil: 'domcontentloaded' });
      const card = page.locator('[data-testid="my-jobs-card"]').filter({ hasText: ctx.dealerJob.number });
      await card.waitFor();
      const tel = await card.getByTestId('my-jobs-call').getAttribute('href');
      assert(tel?.startsWith('tel:'), `the contact phone is "${tel}", not a tel: link`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the page is ${overflow}px wider than the screen`);
      const boxes = await card
        .locator('[data-testid="row-actions"] a')
        .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
      assert(boxes.length >= 2 && boxes.every((h) => h >= 44), `touch targets are ${boxes.join(', ')} px high`);
      await ctx.shot(page, '24-zh-390-my-jobs.png');
    },
  },
  {
    name: 'no uncaught errors in the jobs pages',
    run: async (ctx) => {
      assert(ctx.pageErrors.length === 0, ctx.pageErrors.join(' | '));
    },
  },
];

await runIfMain(import.meta.url, 'jobs', steps);
