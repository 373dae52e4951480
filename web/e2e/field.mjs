// Browser test of the crew's phone screens (issue 10, R-FLD-1..4, R-FLD-10) against a running kefu
// server with the demo data: the offline PWA and its outbox.
//
//   the head gives the technician (赵磊) a job of today → the technician opens 现场 on a 390 × 844
//   touch screen, the service worker is active → the network goes off (CDP) → loading (with a
//   packaging photo, shrunk in the browser to 1600 px), departure, arrival and installation are
//   recorded on the phone, the counter shows them → the page is
//   reloaded offline (the service worker serves the app, IndexedDB keeps the records) → the network
//   comes back, the first record's answer is lost on the way back (the server applied it) → the
//   phone sends it again with the same id → the counter reaches 0 → the server has exactly one
//   record per step and the job is on site → offline again, the customer signs the installation
//   receipt on the screen → online, the server has the drawn receipt and the job is installed →
//   the acceptance is counted and signed, its PDF produced → a dealer delivery done offline, the
//   delivery note counted with the dealer and signed → online it is delivered, one record per
//   step, its PDF on two pages (第一联 / 第二联) → the head schedules a rework with the promised
//   date and the office sees it due this week (R-FLD-8).
//
//   BASE_URL=http://127.0.0.1:18080 SCREENSHOT_DIR=../build/e2e node e2e/field.mjs
//
// The photo goes to POST /field/photos; on a server without that route yet it is refused (404),
// kept as failed and given up through the failed list (the note says which way it went).
//
// scripts/test.sh runs it after the other scenarios on the same demo database. It creates its own
// job (an installation of two products one installer each can do, in an early-morning window no
// demo job uses), so the demo's random jobs of today do not matter.
import { assert, fillDate, fillNumber, loginAs, runIfMain, shanghaiDate } from './scenario.mjs';

const HEAD = process.env.E2E_HEAD ?? 'head';
const TECHNICIAN = process.env.E2E_TECHNICIAN ?? 'technician';
const PHONE = { width: 390, height: 844 };
const PHONE_OPTIONS = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** The label of the job status on_site (enums.jobStatus.on_site, zh-CN). */
const ON_SITE = '在现场';
const INSTALLED = '已安装';
const STEPS = ['loading', 'departure', 'arrival', 'installation'];
const CHECKS = {
  loading: ['packaging_intact', 'keeper_confirmed'],
  departure: ['tools_taken', 'feedback_form_taken', 'documents_taken'],
  arrival: [],
  installation: ['protection', 'placement', 'adjustment', 'warranty_explained', 'site_cleaned'],
};

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

/** Switches the page's network off or on through the DevTools protocol. */
async function setOffline(ctx, offline) {
  await ctx.cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await ctx.phone.waitForFunction((want) => navigator.onLine === !want, offline);
}

/** The number the sync bar says waits ("待同步 N 条"), 0 when it says all is synced. */
async function pendingCount(page) {
  return Number(await page.getByTestId('sync-bar').getAttribute('data-pending'));
}

/**
 * A full-page screenshot of the phone from the top (the sticky header and sync bar would otherwise
 * be drawn where the page was scrolled to).
 */
async function phoneShot(ctx, page, file) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await ctx.shot(page, file);
}

/** Waits until the step's card shows `status` (data-status). */
async function waitForStep(page, step, status) {
  await page.locator(`[data-testid="field-step-${step}"][data-status="${status}"]`).waitFor();
}

/** Fills the signer's name of the document form `prefix`, draws a signature and saves it. */
async function signOn(page, prefix, signer) {
  const form = page.getByTestId(prefix);
  await form.scrollIntoViewIfNeeded();
  await page
    .locator(`input[data-testid="${prefix}-signer"], [data-testid="${prefix}-signer"] input`)
    .first()
    .fill(signer);
  const pad = page.getByTestId(`${prefix}-pad`);
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  assert(box && box.width > 300, `the pad spans the phone: ${JSON.stringify(box)}`);
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (const [x, y] of [
    [80, 50],
    [140, 130],
    [200, 60],
    [280, 110],
  ])
    await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId(`${prefix}-submit`).click();
  await page.getByTestId(`${prefix}-signed`).waitFor();
}

/** The counts a document form shows, by product, are the job's pieces. */
async function assertPrefilledCounts(page, prefix, items) {
  for (const item of items) {
    const value = await page.locator(`[data-testid="${prefix}-count-${item.productId}"] input`).inputValue();
    assert(Number(value) === item.pieces, `${prefix} count of ${item.productId}: ${value}, job ${item.pieces}`);
  }
}

/** The number of pages of a PDF (its page objects; cairo writes them uncompressed). */
function pageCount(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Ticks every check of a step on the open form. */
async function tickAll(page, step) {
  for (const check of CHECKS[step]) {
    await page.locator(`[data-testid="field-check-${check}"]`).click();
  }
}

const steps = [
  {
    name: 'the head gives the technician an installation of today',
    run: async (ctx) => {
      const phone = await loginAs(ctx, TECHNICIAN, PHONE, PHONE_OPTIONS);
      ctx.phone = phone;
      // The CSP (script-src 'self' …) must hold for the worker, the manifest, the previews and the pad.
      const watchCsp = () => {
        window.__cspViolations = window.__cspViolations ?? [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      };
      await phone.context().addInitScript(watchCsp);
      await phone.evaluate(watchCsp);
      const me = await (await phone.request.get(`${ctx.baseUrl}/api/v1/auth/me`)).json();
      assert(me.staffId, 'the technician account has a member of staff');
      ctx.userId = me.id;

      const head = await loginAs(ctx, HEAD);
      ctx.head = head;
      ctx.lastPage = phone; // a failure screenshot shows the phone
      const today = shanghaiDate(0);
      // A customer's site from the demo's own jobs, and two products one installer can fit.
      const recent = await api(head, ctx.baseUrl, 'GET', `/jobs?from=${shanghaiDate(-7)}&to=${today}&pageSize=100`);
      const withCustomer = recent.body.items.find((j) => j.customerId && j.kind === 'installation');
      assert(withCustomer, 'the demo has an installation of a customer this week');
      const products = await api(head, ctx.baseUrl, 'GET', '/products?pageSize=100');
      const simple = products.body.items.filter((p) => p.active && p.installersNeeded === 1 && !p.skill);
      assert(simple.length >= 2, 'the demo has two products one installer can fit');
      const items = [
        { productId: simple[0].id, quantity: 2 },
        { productId: simple[1].id, quantity: 1 },
      ];
      // An early window no demo job uses; another one when a run before took it.
      for (const [start, end] of [
        ['06:00', '06:45'],
        ['06:45', '07:30'],
        ['05:15', '06:00'],
        ['04:30', '05:15'],
      ]) {
        const created = await api(head, ctx.baseUrl, 'POST', '/jobs', {
          kind: 'installation',
          customerId: withCustomer.customerId,
          siteId: withCustomer.siteId,
          contactName: '现场测试',
          contactPhone: '13900000000',
          requestedDate: today,
          windowStart: start,
          windowEnd: end,
          items,
          notes: '离线现场测试',
        });
        assert(created.status === 201, `create the job: ${created.status} ${JSON.stringify(created.body)}`);
        const assigned = await api(head, ctx.baseUrl, 'POST', `/jobs/${created.body.id}/assignment`, {
          lead: me.staffId,
          date: today,
          windowStart: start,
          windowEnd: end,
          version: created.body.version,
        });
        if (assigned.status === 200 && assigned.body.status === 'scheduled') {
          ctx.job = assigned.body;
          break;
        }
        await api(head, ctx.baseUrl, 'POST', `/jobs/${created.body.id}/events`, {
          event: 'cancel',
          reason: '测试时段冲突，换一个时段',
          version: created.body.version,
        });
      }
      assert(ctx.job, 'no early window was free for the technician today');
      ctx.newItems = items;
      ctx.technicianStaffId = me.staffId;
      // One delivery per dealer: a dealer whose people for the day are already at the policy's
      // limit (other scenarios assign on the same day) files the crew with leadership instead.
      const dealerJobs = recent.body.items.filter((j) => j.dealerId && j.kind === 'dealer_delivery');
      ctx.dealerJobs = dealerJobs.filter((j, i) => dealerJobs.findIndex((k) => k.dealerId === j.dealerId) === i);
      assert(ctx.dealerJobs.length > 0, 'the demo has a dealer delivery this week');
      const detail = await api(head, ctx.baseUrl, 'GET', `/jobs/${ctx.job.id}`);
      ctx.items = detail.body.items;
      // Whether the server takes photos yet (POST /field/photos is being added): a route it does not
      // have is a 404 "no such API route"; one it has refuses an empty body otherwise.
      const probe = await api(head, ctx.baseUrl, 'POST', '/field/photos', {});
      ctx.photosLive = !(probe.status === 404 && probe.body?.error?.message === 'no such API route');
      // A 12-megapixel camera picture (3200 × 2400 JPEG) for the packaging photo.
      ctx.picture = Buffer.from(
        await head.evaluate(() => {
          const canvas = document.createElement('canvas');
          canvas.width = 3200;
          canvas.height = 2400;
          const g = canvas.getContext('2d');
          const gradient = g.createLinearGradient(0, 0, 3200, 2400);
          gradient.addColorStop(0, '#c8a165');
          gradient.addColorStop(1, '#6b4a2b');
          g.fillStyle = gradient;
          g.fillRect(0, 0, 3200, 2400);
          for (let i = 0; i < 400; i += 1) {
            g.fillStyle = `hsl(${(i * 37) % 360} 40% ${30 + (i % 40)}%)`;
            g.fillRect((i * 131) % 3000, (i * 71) % 2200, 40 + (i % 200), 30 + (i % 150));
          }
          return canvas.toDataURL('image/jpeg', 0.92).split(',')[1];
        }),
        'base64',
      );
      assert(ctx.items.length === 2, `the job has its two lines: ${JSON.stringify(ctx.items)}`);
    },
  },
  {
    name: 'the technician opens 现场 from the menu on a 390 px phone; the service worker is active',
    run: async (ctx) => {
      const page = ctx.phone;
      assert(page && ctx.job, 'no job for the technician');
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('nav-fieldjobs').click();
      await page.getByTestId('field-jobs-page').waitFor();
      const card = page.locator(`[data-testid="field-job-card"][data-job-id="${ctx.job.id}"]`);
      await card.waitFor();
      assert((await card.textContent()).includes(ctx.job.number), 'the card shows the job number');
      await page.getByTestId('sync-all-done').waitFor();
      // The app shell is cached once the worker is active; it controls this page (clientsClaim).
      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return { active: registration.active?.state, controlled: !!navigator.serviceWorker.controller };
      });
      assert(worker.active === 'activated' && worker.controlled, `service worker: ${JSON.stringify(worker)}`);
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector('link[rel="manifest"]');
        const response = await fetch(link.href);
        return response.json();
      });
      assert(
        manifest.short_name === '现场' && manifest.start_url === '/field',
        `manifest: ${JSON.stringify(manifest)}`,
      );
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 390, `the list fits the phone: ${width} px wide`);
      await phoneShot(ctx, page, '80-field-jobs.png');
      await card.click();
      await page.getByTestId('field-job-page').waitFor();
      await waitForStep(page, 'loading', 'next');
      ctx.cdp = await page.context().newCDPSession(page);
      await ctx.cdp.send('Network.enable');
    },
  },
  {
    name: 'offline, the loading is refused until checked, then recorded with the prefilled counts and a photo shrunk to 1600 px',
    run: async (ctx) => {
      const page = ctx.phone;
      assert(ctx.cdp, 'no job page');
      await setOffline(ctx, true);
      await page.getByTestId('phone-offline').waitFor();
      // Prefilled from the job: each product's pieces.
      for (const item of ctx.items) {
        const value = await page.locator(`[data-testid="field-count-${item.productId}"] input`).inputValue();
        assert(Number(value) === item.pieces, `loading count of ${item.productId}: ${value}, job ${item.pieces}`);
      }
      await page.getByTestId('field-step-submit').click();
      await page.getByTestId('field-step-problems').waitFor();
      const said = await page.locator('[data-testid="field-step-loading"] [role="alert"]').allTextContents();
      assert(said.filter((t) => t.includes('请确认此项')).length === 2, `the two checks are asked for: ${said}`);
      await phoneShot(ctx, page, '81-field-loading-refused.png');
      await tickAll(page, 'loading');
      // The packaging photo, from the camera input: shrunk in the browser before it is stored.
      await page.getByTestId('field-photo-loading').setInputFiles({
        name: 'packaging.jpg',
        mimeType: 'image/jpeg',
        buffer: ctx.picture,
      });
      await page.locator('[data-testid="field-step-loading"] [data-testid="photo-thumb"]').waitFor();
      const stored = await page.evaluate(async (userDb) => {
        const db = await new Promise((resolve, reject) => {
          const open = indexedDB.open(userDb);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const entries = await new Promise((resolve) => {
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => resolve(all.result);
        });
        db.close();
        const photo = entries.find((e) => e.kind === 'photo');
        if (!photo) return null;
        const bytes = Uint8Array.from(atob(photo.body.data), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
        return {
          id: photo.id,
          url: photo.url,
          contentType: photo.body.contentType,
          step: photo.body.step,
          width: bitmap.width,
          height: bitmap.height,
          base64: photo.body.data.length,
        };
      }, `kefu-field-u${ctx.userId}`);
      assert(stored, 'the photo is in the outbox');
      assert(stored.url === '/field/photos' && stored.step === 'loading', `photo entry: ${JSON.stringify(stored)}`);
      assert(
        stored.width === 1600 && stored.height === 1200 && stored.contentType === 'image/jpeg',
        `shrunk to 1600 px JPEG: ${JSON.stringify(stored)}`,
      );
      assert(stored.base64 <= 900_000, `small enough to send: ${stored.base64} base64 characters`);
      ctx.photoId = stored.id;
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'loading', 'pending');
      assert((await pendingCount(page)) === 2, 'the photo and the record wait');
      await page.getByText('待同步 2 条').waitFor();
    },
  },
  {
    name: 'offline, departure, arrival (a miscount warned, then corrected) and installation are recorded',
    run: async (ctx) => {
      const page = ctx.phone;
      await waitForStep(page, 'departure', 'next');
      await tickAll(page, 'departure');
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'departure', 'pending');

      await waitForStep(page, 'arrival', 'next');
      const [first, second] = ctx.items;
      await fillNumber(page, `field-count-${first.productId}`, first.pieces - 1);
      await page.getByTestId('field-count-mismatch').waitFor();
      await phoneShot(ctx, page, '82-field-arrival-mismatch.png');
      await fillNumber(page, `field-count-${first.productId}`, first.pieces);
      await fillNumber(page, `field-count-${second.productId}`, second.pieces);
      await page.getByTestId('field-count-mismatch').waitFor({ state: 'hidden' });
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'arrival', 'pending');

      await waitForStep(page, 'installation', 'next');
      await tickAll(page, 'installation');
      // The demo's series have warranty terms from today (R-FLD-4): the crew reads them offline
      // with the check, one line per series of the job's products.
      const warranty = page.getByTestId('field-warranty-line');
      assert((await warranty.count()) > 0, 'the warranty of the job series is shown with the check');
      const line = await warranty.first().textContent();
      assert(/系列：保修 \d+ 个月/.test(line), `the warranty line: ${line}`);
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'installation', 'pending');
      assert((await pendingCount(page)) === 5, `four records and a photo wait: ${await pendingCount(page)}`);
      await page.getByText('待同步 5 条').waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 390, `the checklist fits the phone: ${width} px wide`);
      await phoneShot(ctx, page, '83-field-offline-pending.png');
    },
  },
  {
    name: 'reloaded offline, the app opens from the service worker and IndexedDB still holds the five',
    run: async (ctx) => {
      const page = ctx.phone;
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.getByTestId('field-job-page').waitFor();
      for (const step of STEPS) await waitForStep(page, step, 'pending');
      assert((await pendingCount(page)) === 5, 'still five waiting after the reload');
      assert(await page.evaluate(() => navigator.onLine === false), 'the browser is offline');
      // The job list opens offline too, with the job marked as waiting.
      await page.getByTestId('phone-back').click();
      const card = page.locator(`[data-testid="field-job-card"][data-job-id="${ctx.job.id}"]`);
      await card.getByTestId('field-job-pending').waitFor();
      await phoneShot(ctx, page, '84-field-offline-reloaded.png');
      await card.click();
      await page.getByTestId('field-job-page').waitFor();
    },
  },
  {
    name: 'back online, a record whose answer is lost is sent again; the counter reaches 0',
    run: async (ctx) => {
      const page = ctx.phone;
      const sent = new Map();
      let lost = null;
      // The first record that reaches the server loses its answer on the way back: the server has
      // applied it, the phone sees a failed connection and keeps it.
      await page.route('**/api/v1/field/records', async (route) => {
        const id = route.request().postDataJSON()?.id;
        sent.set(id, (sent.get(id) ?? 0) + 1);
        const response = await route.fetch();
        if (lost === null && response.status() === 201) {
          lost = id;
          await route.abort('connectionreset');
          return;
        }
        await route.fulfill({ response });
      });
      await setOffline(ctx, false);
      // The online event sends at once, oldest first; the first answer is lost.
      for (let i = 0; i < 300 && lost === null; i += 1) await page.waitForTimeout(100);
      assert(lost !== null, 'nothing was sent when the network came back');
      // The round stopped at the lost answer; "sync now" sends it again at once (else the timer would).
      await page.getByTestId('sync-now').click();
      await page.locator('[data-testid="sync-bar"][data-pending="0"]').waitFor({ timeout: 60_000 });
      const photo = page.locator('[data-testid="field-step-loading"] [data-testid="photo-thumb"]');
      if (ctx.photosLive) {
        await photo.and(page.locator('[data-state="sent"]')).waitFor();
      } else {
        // No photo endpoint on this server yet: the photo is refused (404) and kept as failed, shown
        // with its reason; the crew gives it up after a confirmation.
        console.log('note: the server has no POST /field/photos yet; the photo goes the failed way');
        await photo.and(page.locator('[data-state="failed"]')).waitFor();
        await page.getByText('1 条未能同步').waitFor();
        await page.getByTestId('sync-show-failed').click();
        const entry = page.getByTestId('failed-entry');
        await entry.waitFor();
        const text = await entry.textContent();
        assert(text.includes('装车照片') && text.includes(ctx.job.number), `the failed entry: ${text}`);
        await phoneShot(ctx, page, '85a-field-failed-photo.png');
        await entry.getByTestId('failed-entry-discard').click();
        await page.locator('.el-message-box').getByRole('button', { name: '放弃' }).click();
        await entry.waitFor({ state: 'detached' });
        await page.keyboard.press('Escape');
      }
      await page.getByTestId('sync-all-done').waitFor({ timeout: 60_000 });
      await page.unroute('**/api/v1/field/records');
      assert(lost !== null, 'no record went to the server');
      // Twice at least: lost, then answered as a replay (a 403 for a CSRF token the page did not
      // have yet after the offline start is sent once more too).
      assert(sent.get(lost) >= 2, `the lost one was sent again: ${sent.get(lost)}`);
      for (const step of STEPS) await waitForStep(page, step, 'done');
      // The jobs are read again after the sync: the phone shows the job on site, as the server has it.
      await page.getByTestId('field-job-status').filter({ hasText: ON_SITE }).waitFor();
      await phoneShot(ctx, page, '85-field-synced.png');
      ctx.lostId = lost;
    },
  },
  {
    name: 'the server has exactly one record per step, the lost one once, the photo, and the job is on site',
    run: async (ctx) => {
      const head = ctx.head;
      const work = await api(head, ctx.baseUrl, 'GET', `/field/jobs/${ctx.job.id}`);
      assert(work.status === 200, `field work: ${work.status}`);
      const records = work.body.records;
      assert(records.length === 4, `${records.length} records: ${JSON.stringify(records.map((r) => r.step))}`);
      for (const step of STEPS) {
        const of = records.filter((r) => r.step === step);
        assert(of.length === 1, `${of.length} records of ${step}`);
        assert(of[0].outcome === 'applied', `${step} is ${of[0].outcome} (${of[0].conflictReason})`);
      }
      assert(records.filter((r) => r.id === ctx.lostId).length === 1, 'the resent record is there once');
      assert(work.body.incidents.length === 0, 'the arrival matched the loading: no incident');
      if (ctx.photosLive) {
        const photos = work.body.photos ?? [];
        assert(photos.length === 1, `${photos.length} photos on the server`);
        const [photo] = photos;
        assert(
          photo.recordId === ctx.photoId && photo.step === 'loading' && photo.width === 1600 && photo.height === 1200,
          `the packaging photo: ${JSON.stringify(photo)}`,
        );
      }
      const job = await api(head, ctx.baseUrl, 'GET', `/jobs/${ctx.job.id}`);
      assert(job.body.status === 'on_site', `the job is ${job.body.status}`);
    },
  },
  {
    name: 'offline again, the customer signs the installation receipt on the screen (name, undo, clear)',
    run: async (ctx) => {
      const page = ctx.phone;
      await setOffline(ctx, true);
      const receipt = page.getByTestId('receipt');
      await receipt.scrollIntoViewIfNeeded();
      await page.getByTestId('receipt-submit').click();
      const said = await receipt.locator('[role="alert"]').allTextContents();
      assert(
        said.some((t) => t.includes('请填写签字人姓名')) && said.some((t) => t.includes('请让客户在框内签字')),
        `the name and the signature are asked for: ${said}`,
      );
      const pad = page.getByTestId('receipt-pad');
      await pad.scrollIntoViewIfNeeded();
      const box = await pad.boundingBox();
      assert(box && box.width > 300, `the pad spans the phone: ${JSON.stringify(box)}`);
      const stroke = async (points) => {
        await page.mouse.move(box.x + points[0][0], box.y + points[0][1]);
        await page.mouse.down();
        for (const [x, y] of points.slice(1)) await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
        await page.mouse.up();
      };
      await stroke([
        [40, 120],
        [90, 60],
        [140, 130],
        [190, 70],
      ]);
      await stroke([
        [220, 60],
        [260, 140],
      ]);
      await page.getByTestId('receipt-undo').click();
      assert(await page.getByTestId('receipt-clear').isEnabled(), 'one stroke is left after the undo');
      await page.getByTestId('receipt-clear').click();
      assert(await page.getByTestId('receipt-clear').isDisabled(), 'the pad is empty after clear');
      await page
        .locator('input[data-testid="receipt-signer"], [data-testid="receipt-signer"] input')
        .first()
        .fill('张女士');
      await stroke([
        [30, 100],
        [80, 50],
        [120, 140],
        [170, 60],
        [230, 120],
        [300, 80],
      ]);
      await page.getByTestId('receipt-submit').click();
      await page.getByTestId('receipt-signed').waitFor();
      assert((await pendingCount(page)) === 1, `the signature waits: ${await pendingCount(page)}`);
      await phoneShot(ctx, page, '86-field-receipt-signed-offline.png');
    },
  },
  {
    name: 'back online, the receipt reaches the server as a drawn PNG and finishes the installation',
    run: async (ctx) => {
      const page = ctx.phone;
      await setOffline(ctx, false);
      await page.getByTestId('sync-all-done').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid="receipt-signed"][data-state="sent"]').waitFor();
      const documents = await api(ctx.head, ctx.baseUrl, 'GET', `/field/jobs/${ctx.job.id}/documents`);
      assert(documents.status === 200, `documents: ${documents.status}`);
      const receipts = documents.body.items.filter((d) => d.kind === 'installation_receipt');
      assert(receipts.length === 1, `${receipts.length} receipts`);
      const [version] = receipts[0].versions;
      assert(receipts[0].versions.length === 1, 'one version');
      assert(version.signerName === '张女士' && version.method === 'drawn', `signed: ${JSON.stringify(version)}`);
      assert(version.imageType === 'image/png', `the drawing is a PNG: ${version.imageType}`);
      const job = await api(ctx.head, ctx.baseUrl, 'GET', `/jobs/${ctx.job.id}`);
      assert(job.body.status === 'installed', `the job is ${job.body.status}`);
      await page.getByTestId('field-job-status').filter({ hasText: INSTALLED }).waitFor();
      await phoneShot(ctx, page, '87-field-installed.png');
    },
  },
  {
    name: 'the supervisor counts with the customer and the acceptance is signed on the phone; its PDF is produced',
    run: async (ctx) => {
      const page = ctx.phone;
      const form = page.getByTestId('acceptance');
      await form.waitFor();
      await assertPrefilledCounts(page, 'acceptance', ctx.items);
      await signOn(page, 'acceptance', '张女士');
      await page.locator('[data-testid="acceptance-signed"][data-state="sent"]').waitFor({ timeout: 60_000 });
      const documents = await api(ctx.head, ctx.baseUrl, 'GET', `/field/jobs/${ctx.job.id}/documents`);
      const acceptance = documents.body.items.find((d) => d.kind === 'acceptance');
      assert(acceptance, `an acceptance: ${JSON.stringify(documents.body)}`);
      const counted = Object.fromEntries(acceptance.versions[0].counts.map((c) => [c.productId, c.pieces]));
      for (const item of ctx.items)
        assert(counted[item.productId] === item.pieces, `counted: ${JSON.stringify(counted)}`);
      assert(
        acceptance.copies.map((c) => `${c.copy}:${c.state}`).join() === 'clerk:pending,supervisor:pending',
        `the two copies to hand over: ${JSON.stringify(acceptance.copies)}`,
      );
      const pdf = await ctx.head.request.get(`${ctx.baseUrl}/api/v1/field/documents/${acceptance.id}/pdf?version=1`);
      assert(pdf.status() === 200 && pdf.headers()['content-type'] === 'application/pdf', `PDF: ${pdf.status()}`);
      assert(pageCount(await pdf.body()) >= 1, 'the acceptance PDF has a page');
      await phoneShot(ctx, page, '87b-field-acceptance-signed.png');
    },
  },
  {
    name: 'a photo the server refuses (400, simulated) stays as failed with its reason; retried, then given up',
    run: async (ctx) => {
      const page = ctx.phone;
      // The answer the server gives a photo whose bytes do not match its type, for every try.
      let refused = 0;
      await page.route('**/api/v1/field/photos', async (route) => {
        refused += 1;
        await route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'INVALID_ARGUMENT',
              message: 'invalid photo',
              violations: [{ field: 'data', reason: 'type_mismatch' }],
            },
          }),
        });
      });
      await page.getByTestId('field-photo-installation').setInputFiles({
        name: 'room.jpg',
        mimeType: 'image/jpeg',
        buffer: ctx.picture,
      });
      await page.getByTestId('sync-failed').waitFor();
      assert(refused === 1, `sent once: ${refused}`);
      const thumb = page.locator('[data-testid="field-step-installation"] [data-testid="photo-thumb"]');
      assert((await thumb.getAttribute('data-state')) === 'failed', 'the preview says it did not sync');
      await page.getByTestId('sync-show-failed').click();
      const entry = page.getByTestId('failed-entry');
      const error = await entry.getByTestId('failed-entry-error').textContent();
      assert(error.includes('提交的数据有误') && error.includes('data'), `the reason is shown: ${error}`);
      await phoneShot(ctx, page, '88-field-failed-entry.png');
      await entry.getByTestId('failed-entry-retry').click();
      for (let i = 0; i < 100 && refused < 2; i += 1) await page.waitForTimeout(100);
      assert(refused === 2, `a retry sends it again: ${refused}`);
      await entry.getByText('已尝试 2 次').waitFor();
      await entry.getByTestId('failed-entry-discard').click();
      await page.locator('.el-message-box').getByRole('button', { name: '放弃' }).click();
      await entry.waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');
      await page.getByTestId('sync-all-done').waitFor();
      await thumb.waitFor({ state: 'detached' });
      await page.unroute('**/api/v1/field/photos');
    },
  },
  {
    name: 'a dealer delivery, offline: the steps and the delivery note counted with the dealer; online it is delivered, its PDF in duplicate',
    run: async (ctx) => {
      const head = ctx.head;
      const today = shanghaiDate(0);
      const refusals = [];
      const tries = ctx.dealerJobs.flatMap((dealerJob) =>
        [
          ['07:00', '07:30'],
          ['04:00', '04:30'],
          ['03:00', '03:30'],
        ].map((window) => [dealerJob, ...window]),
      );
      for (const [dealerJob, start, end] of tries) {
        const created = await api(head, ctx.baseUrl, 'POST', '/jobs', {
          kind: 'dealer_delivery',
          dealerId: dealerJob.dealerId,
          siteId: dealerJob.siteId,
          contactName: '经销商测试',
          contactPhone: '13900000001',
          requestedDate: today,
          windowStart: start,
          windowEnd: end,
          items: ctx.newItems,
          notes: '离线发货测试',
        });
        assert(created.status === 201, `create the delivery: ${created.status} ${JSON.stringify(created.body)}`);
        const assigned = await api(head, ctx.baseUrl, 'POST', `/jobs/${created.body.id}/assignment`, {
          lead: ctx.technicianStaffId,
          date: today,
          windowStart: start,
          windowEnd: end,
          version: created.body.version,
        });
        if (assigned.status === 200 && assigned.body.status === 'scheduled') {
          ctx.delivery = assigned.body;
          break;
        }
        refusals.push(
          `${dealerJob.dealerId} ${start}: ${assigned.status} ${JSON.stringify(assigned.body?.error ?? assigned.body?.status)}`,
        );
        await api(head, ctx.baseUrl, 'POST', `/jobs/${created.body.id}/events`, {
          event: 'cancel',
          reason: '测试时段冲突，换一个时段',
          version: assigned.status === 200 ? assigned.body.version : created.body.version,
        });
      }
      assert(ctx.delivery, `no dealer and early window took the delivery: ${refusals.join(' | ')}`);
      const items = (await api(head, ctx.baseUrl, 'GET', `/jobs/${ctx.delivery.id}`)).body.items;

      const page = ctx.phone;
      ctx.lastPage = page;
      await page.goto(`${ctx.baseUrl}/field`, { waitUntil: 'domcontentloaded' });
      const card = page.locator(`[data-testid="field-job-card"][data-job-id="${ctx.delivery.id}"]`);
      await card.waitFor();
      await card.click();
      await page.getByTestId('field-job-page').waitFor();
      await waitForStep(page, 'loading', 'next');
      assert((await page.getByTestId('field-step-installation').count()) === 0, 'a delivery has no installation step');
      await setOffline(ctx, true);
      await tickAll(page, 'loading');
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'departure', 'next');
      await tickAll(page, 'departure');
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'arrival', 'next');
      for (const item of items) await fillNumber(page, `field-count-${item.productId}`, item.pieces);
      await page.getByTestId('field-step-submit').click();
      await waitForStep(page, 'arrival', 'pending');
      await assertPrefilledCounts(page, 'delivery-note', items);
      await signOn(page, 'delivery-note', '经销商李经理');
      assert((await pendingCount(page)) === 4, `three records and the note wait: ${await pendingCount(page)}`);
      await phoneShot(ctx, page, '88b-field-delivery-note-offline.png');

      await setOffline(ctx, false);
      await page.getByTestId('sync-all-done').waitFor({ timeout: 60_000 });
      const job = await api(head, ctx.baseUrl, 'GET', `/jobs/${ctx.delivery.id}`);
      assert(job.body.status === 'delivered', `the delivery is ${job.body.status}`);
      const work = await api(head, ctx.baseUrl, 'GET', `/field/jobs/${ctx.delivery.id}`);
      // Recorded within the same second offline: the server's order among them is not the point.
      const applied = work.body.records.filter((r) => r.outcome === 'applied').map((r) => r.step);
      assert(applied.sort().join() === 'arrival,departure,loading', `one record per step: ${applied}`);
      const documents = await api(head, ctx.baseUrl, 'GET', `/field/jobs/${ctx.delivery.id}/documents`);
      assert(documents.body.items.length === 1, `one document: ${JSON.stringify(documents.body)}`);
      const [note] = documents.body.items;
      assert(
        note.kind === 'delivery_note' && note.versions[0].signerName === '经销商李经理',
        `the note: ${JSON.stringify(note)}`,
      );
      assert(
        note.copies[0]?.copy === 'returned_to_supervisor',
        `its signed copy is tracked: ${JSON.stringify(note.copies)}`,
      );
      const pdf = await head.request.get(`${ctx.baseUrl}/api/v1/field/documents/${note.id}/pdf?version=1`);
      assert(pdf.status() === 200, `PDF: ${pdf.status()}`);
      assert(pageCount(await pdf.body()) === 2, 'the delivery note prints on two pages (第一联 / 第二联)');
    },
  },
  {
    name: 'the head schedules a rework of the installed job with the promised date; the office sees it due this week (R-FLD-8)',
    run: async (ctx) => {
      const page = ctx.head;
      ctx.lastPage = page;
      const today = shanghaiDate(0);
      await page.goto(`${ctx.baseUrl}/jobs/${ctx.job.id}`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('job-rework-raise').click();
      await page.getByTestId('rework-dialog').waitFor();
      await page.getByTestId('rework-problem').fill('一张桌面有划痕，需换新桌面');
      await fillDate(page, 'rework-committed-date', today);
      await page.getByTestId('rework-apology-called').click();
      await page.getByTestId('rework-apology-note').fill('已致电张女士致歉');
      await page.getByTestId('rework-submit').click();
      const raised = page.getByTestId('job-reworks-raised').locator('a').first();
      await raised.waitFor();
      const number = (await raised.textContent())?.trim();
      const reworks = await api(page, ctx.baseUrl, 'GET', `/field/jobs/${ctx.job.id}/reworks`);
      assert(reworks.body?.raised?.length === 1, `reworks: ${JSON.stringify(reworks.body)}`);
      const [rework] = reworks.body.raised;
      assert(rework.jobNumber === number && rework.committedDate === today, `the rework: ${JSON.stringify(rework)}`);
      assert(rework.apology?.note === '已致电张女士致歉', `the apology: ${JSON.stringify(rework.apology)}`);
      // Not assigned yet: the promise counts for the crew that installed the job.
      assert(
        rework.crewFromOriginal && rework.crew[0]?.id === ctx.job.assignment?.lead,
        `linked to the crew: ${JSON.stringify(rework.crew)} (lead ${ctx.job.assignment?.lead})`,
      );
      await ctx.shot(page, '89-field-rework-raised.png');

      await page.goto(`${ctx.baseUrl}/field/office`, { waitUntil: 'domcontentloaded' });
      await page.locator('#tab-reworks').click();
      await page.getByTestId('field-reworks-week').locator('tr', { hasText: number }).waitFor();
      await page.getByTestId('field-rework-on-time').waitFor();
      await ctx.shot(page, '90-field-office-reworks.png');
      // The head on a phone: the tab fits, the job and its promised date are on screen.
      await page.setViewportSize({ width: 390, height: 844 });
      const row = page.getByTestId('field-reworks-week').locator('tr', { hasText: number });
      await row.waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the rework tab is ${overflow}px wider than a 390 px screen`);
      const link = await row.locator('a', { hasText: number }).first().boundingBox();
      assert(link && link.x >= 0 && link.x + link.width <= 390, `the job at 390 px: ${JSON.stringify(link)}`);
      const kept = await row.getByTestId('rework-timeliness').boundingBox();
      assert(kept && kept.x + kept.width <= 390, `on time or late at 390 px: ${JSON.stringify(kept)}`);
      await ctx.shot(page, '90b-field-office-reworks-phone.png');
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
  {
    name: 'the head sets the next warranty version of a series from a later day; today the old one stays in force (R-FLD-4)',
    run: async (ctx) => {
      const page = ctx.head;
      ctx.lastPage = page;
      const before = await api(page, ctx.baseUrl, 'GET', '/product-series/warranties');
      const series = before.body.series[0];
      const versions = before.body.items.filter((w) => w.series === series);
      // A day no version of the series starts on yet (the scenario may run twice on one database).
      const from = shanghaiDate(1 + versions.length);
      await page.goto(`${ctx.baseUrl}/product-series/warranties`, { waitUntil: 'domcontentloaded' });
      await page.locator(`[data-testid="series-warranty-set"][data-series="${series}"]`).click();
      const dialog = page.getByTestId('warranty-dialog');
      await dialog.waitFor();
      await fillDate(page, 'warranty-valid-from', from);
      await fillNumber(page, 'warranty-months', 48);
      await dialog.locator('textarea[data-testid="warranty-content"]').fill('自验收之日起，整机保修 48 个月。');
      await page.getByTestId('warranty-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      const after = await api(page, ctx.baseUrl, 'GET', '/product-series/warranties');
      const added = after.body.items.find((w) => w.series === series && w.validFrom === from);
      assert(
        added?.months === 48 && added.content === '自验收之日起，整机保修 48 个月。',
        `the version: ${JSON.stringify(added)}`,
      );
      const row = page.locator('.el-table__body tr', { has: page.locator(`[data-series="${series}"]`) }).first();
      await row.getByTestId('series-warranty-upcoming').waitFor();
      const inForce = await row.getByTestId('series-warranty-months').textContent();
      assert(!inForce.includes('48'), `today the version in force is still the old one: ${inForce}`);
      await ctx.shot(page, '95-series-warranties.png');
    },
  },
  {
    name: 'no page error and no CSP violation on the phone',
    run: async (ctx) => {
      assert(ctx.pageErrors.length === 0, ctx.pageErrors.join(' | '));
      const violations = await ctx.phone.evaluate(() => window.__cspViolations ?? []);
      assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
    },
  },
];

await runIfMain(import.meta.url, 'field', steps);
