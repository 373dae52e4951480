// The dispatch board's steps of e2e/dispatch.mjs (R-DSP-3): drags between crews, checked by the
// server, and the same day on the map. The day is three weeks ahead, so no demo job or leave is in
// the way.
import { assert, fillDate, loginAs, pickOption, shanghaiDate, waitForCanvasPixels } from './scenario.mjs';

const HEAD = process.env.E2E_HEAD ?? 'head';
const DAY = shanghaiDate(21);

/** Calls the API with the page's session (and its CSRF token); answers { status, body }. */
export async function api(page, baseUrl, method, path, data) {
  const me = await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json();
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': me.csrfToken },
  });
  const body = await response.json().catch(() => null);
  return { status: response.status(), body };
}

/** Creates an after-sales job of `day` (DAY unless given) for a demo customer's site; answers the job. */
export async function createJob(page, baseUrl, site, windowStart, windowEnd, day = DAY) {
  const { status, body } = await api(page, baseUrl, 'POST', '/jobs', {
    kind: 'after_sales',
    customerId: site.customerId,
    siteId: site.siteId,
    contactName: '看板测试',
    contactPhone: '13900000000',
    requestedDate: day,
    windowStart,
    windowEnd,
    notes: `调度看板测试 ${windowStart}`,
  });
  assert(status === 201 || status === 200, `create job: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Drags with the mouse, in small steps (the board's drag library listens to pointer moves). */
/** The element's box once it has stopped moving (a relayout or an animation may still run). */
async function stableBox(page, locator) {
  let last = await locator.boundingBox();
  for (let i = 0; i < 20; i += 1) {
    await page.waitForTimeout(100);
    const now = await locator.boundingBox();
    const same = now && last && ['x', 'y', 'width', 'height'].every((k) => now[k] === last[k]);
    if (same) return now;
    last = now;
  }
  return last;
}

/** What the page has at (x, y): '' when it is `locator`'s own, else the element on top of it. */
async function coveredBy(locator, x, y) {
  return locator.evaluate(
    (el, [px, py]) => {
      const hit = document.elementFromPoint(px, py);
      if (hit && el.contains(hit)) return '';
      const where = `(${Math.round(px)}, ${Math.round(py)}) of ${window.innerWidth}×${window.innerHeight}, scrolled ${window.scrollY}`;
      return hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')} at ${where}` : `nothing at ${where}`;
    },
    [x, y],
  );
}

/**
 * Where to press on `source` and release on `target`, once both points are theirs: a dialog's
 * mask still fading out (seen in CI after the form dialog closed, under load) would swallow the
 * drag, and the step failed with no move at all.
 */
async function dragPoints(page, source, target) {
  let why = '';
  for (let i = 0; i < 50; i += 1) {
    // Both on screen (a step at 390 px may have left the page scrolled), the target last.
    await source.scrollIntoViewIfNeeded();
    await target.scrollIntoViewIfNeeded();
    // Measured once the board has settled: a card measured mid-relayout is grabbed where it was.
    const from = await stableBox(page, source);
    const to = await stableBox(page, target);
    assert(from && to, 'the card and the drop list are on screen');
    const press = { x: from.x + from.width / 2, y: from.y + 8 };
    const release = { x: to.x + to.width / 2, y: to.y + Math.min(to.height / 2, 20) };
    why = (await coveredBy(source, press.x, press.y)) || (await coveredBy(target, release.x, release.y));
    if (!why) return { press, release };
    await page.waitForTimeout(100);
  }
  throw new Error(`the drag's start or end point is covered by ${why}`);
}

async function drag(page, source, target) {
  await page.locator('[data-testid="dispatch-board"][data-busy="false"]').waitFor();
  const { press, release } = await dragPoints(page, source, target);
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  await page.mouse.move(press.x + 5, press.y + 6, { steps: 3 });
  const { x, y } = release;
  await page.mouse.move(x, y, { steps: 15 });
  // SortableJS's pointer mode finds the list under the pointer on a 50 ms timer, not on every
  // move: on a loaded machine a release right after the last move can come before the timer has
  // seen the target. Rest on the target for a few ticks (and nudge) before letting go.
  await page.waitForTimeout(200);
  await page.mouse.move(x + 2, y + 2, { steps: 2 });
  await page.waitForTimeout(200);
  await page.mouse.up();
  // The drop shows at once; the server's answer then lays the board out again.
  await page.locator('[data-testid="dispatch-board"][data-busy="false"]').waitFor();
}

/**
 * Drags `source` onto `target` and waits for `landed` to show. A drop that SortableJS placed in
 * a neighbouring list on a loaded machine (seen in CI: the server moved the job, to the wrong
 * lane) is dragged once more from where it went; the server's answer is still what is asserted.
 */
async function dragInto(page, source, target, landed) {
  await drag(page, source, target);
  try {
    await landed.waitFor({ timeout: 5000 });
  } catch {
    await drag(page, source, target);
    await landed.waitFor();
  }
}

const card = (page, job) => page.locator(`[data-testid="board-card"][data-job-id="${job.id}"]`);
const lane = (page, lead) => page.locator(`[data-testid="board-lane"][data-lead="${lead}"]`);

/** Where the server has the job now: its state, lead and vehicle. */
async function whereIs(page, baseUrl, job) {
  const { body } = await api(page, baseUrl, 'GET', `/jobs/${job.id}`);
  return { status: body.status, lead: body.assignment?.lead ?? null, vehicle: body.assignment?.vehicleId ?? null };
}

export const boardSteps = [
  {
    name: 'the board: two crews and an open job on a day of their own',
    run: async (ctx) => {
      const page = await loginAs(ctx, HEAD);
      const base = ctx.baseUrl;
      const staff = (await api(page, base, 'GET', '/staff?status=active&grade=technician&pageSize=50')).body.items;
      const vehicles = (await api(page, base, 'GET', '/vehicles?status=in_service&pageSize=50')).body.items;
      assert(staff.length >= 2 && vehicles.length >= 3, 'the demo has two technicians and three vehicles');
      const done = (await api(page, base, 'GET', '/jobs?kind=after_sales&pageSize=1')).body.items[0];
      assert(done?.customerId, 'the demo has an after-sales job to copy a customer site from');
      const site = { customerId: done.customerId, siteId: done.siteId };
      // A run before this one on the same database left its jobs on DAY: cancel them first.
      const left = (
        await api(
          page,
          base,
          'GET',
          `/jobs?from=${DAY}&to=${DAY}&status=new,scheduled&q=${encodeURIComponent('看板测试')}&pageSize=50`,
        )
      ).body.items;
      for (const job of left) {
        await api(page, base, 'POST', `/jobs/${job.id}/events`, {
          event: 'cancel',
          reason: '上次测试留下的',
          version: job.version,
        });
      }
      const [a, b] = [staff[0], staff[1]];
      const jobA = await createJob(page, base, site, '09:00', '11:00');
      const jobB = await createJob(page, base, site, '09:00', '11:00');
      const open = await createJob(page, base, site, '14:00', '16:00');
      for (const [job, lead, vehicle] of [
        [jobA, a, vehicles[0]],
        [jobB, b, vehicles[1]],
      ]) {
        const { status, body } = await api(page, base, 'POST', `/jobs/${job.id}/assignment`, {
          lead: lead.id,
          members: [],
          vehicleId: vehicle.id,
          date: DAY,
          windowStart: '09:00',
          windowEnd: '11:00',
          version: job.version,
        });
        assert(
          status === 200 && body.status === 'scheduled',
          `assign ${job.number}: ${status} ${JSON.stringify(body)}`,
        );
      }
      await page.goto(`${base}/dispatch/board`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('dispatch-board').waitFor();
      await fillDate(page, 'board-date', DAY);
      await card(page, jobA).waitFor();
      assert((await lane(page, a.id).locator(`[data-job-id="${jobA.id}"]`).count()) === 1, 'A is on its crew');
      assert(
        (await page.getByTestId('board-unassigned').locator(`[data-job-id="${open.id}"]`).count()) === 1,
        'the open job waits on the left',
      );
      ctx.board = { page, a, b, jobA, jobB, open, vehicles };
      await ctx.shot(page, '42-zh-board-day.png');
    },
  },
  {
    name: 'a move onto a busy crew is refused by the server and snaps back, saying why',
    run: async (ctx) => {
      const { page, a, jobB } = ctx.board ?? {};
      assert(page, 'no board');
      await drag(page, card(page, jobB), lane(page, a.id).getByTestId('board-cell'));
      await page.getByTestId('board-refusal').waitFor();
      const lines = await page.getByTestId('board-refusal-line').allTextContents();
      assert(
        lines.some((l) => l.includes('同一时段')),
        `the refusal says busy: ${lines.join(' | ')}`,
      );
      assert(!lines.some((l) => /[a-z]_[a-z]/.test(l)), `an untranslated reason: ${lines.join(' | ')}`);
      const b = ctx.board.b;
      await lane(page, b.id).locator(`[data-job-id="${jobB.id}"]`).waitFor();
      assert((await lane(page, a.id).locator(`[data-job-id="${jobB.id}"]`).count()) === 0, 'B snapped back');
      assert((await whereIs(page, ctx.baseUrl, jobB)).lead === b.id, 'the server kept B with its crew');
      await ctx.shot(page, '43-zh-board-refused.png');
    },
  },
  {
    name: 'the open job dropped on a crew, then dragged to the other crew, is scheduled with it',
    run: async (ctx) => {
      const { page, a, b, open } = ctx.board ?? {};
      assert(page, 'no board');
      const intoA = lane(page, a.id);
      await dragInto(
        page,
        card(page, open),
        intoA.getByTestId('board-cell'),
        intoA.locator(`[data-job-id="${open.id}"]`),
      );
      let where = await whereIs(page, ctx.baseUrl, open);
      assert(where.status === 'scheduled' && where.lead === a.id, `after the first drop: ${JSON.stringify(where)}`);
      const intoB = lane(page, b.id);
      await dragInto(
        page,
        card(page, open),
        intoB.getByTestId('board-cell'),
        intoB.locator(`[data-job-id="${open.id}"]`),
      );
      where = await whereIs(page, ctx.baseUrl, open);
      assert(
        where.status === 'scheduled' && where.lead === b.id,
        `after the move between crews: ${JSON.stringify(where)}`,
      );
      // The cost change of the edit: the day's km after the move, and by how much it changed.
      const cost = page.getByTestId('board-cost');
      await cost.waitFor();
      const delta = Number(await cost.getAttribute('data-delta'));
      assert(Number.isFinite(delta), `the km change is a number: ${await cost.getAttribute('data-delta')}`);
      assert((await cost.textContent()).includes(open.number), 'the km line names the job moved');
    },
  },
  {
    name: 'the day on the map: one coloured route per crew over the outlines, also at 390 px',
    run: async (ctx) => {
      const { page } = ctx.board ?? {};
      assert(page, 'no board');
      await page.locator('[data-testid="dispatch-board"][data-busy="false"]').waitFor();
      const lanes = await page.getByTestId('board-lane').count();
      await page.getByTestId('board-mode-map').click();
      // The count is set once the outline's chunk is loaded and the chart drawn.
      const map = page.locator('[data-testid="board-map"][data-route-count]');
      await map.waitFor();
      await map.locator('canvas').first().waitFor();
      const routes = Number(await map.getAttribute('data-route-count'));
      assert(routes >= 2 && routes === lanes, `${routes} routes on the map, ${lanes} crews on the board`);
      const name = await map.getAttribute('data-map');
      assert(name === 'jinan' || name === 'shandong', `map ${name}`);
      // Opaque pixels: the outlines are drawn; saturated ones: so are the routes (outlines are grey).
      const seen = await waitForCanvasPixels(page, 'board-map');
      assert(seen.opaque > 0, 'the board map canvas is blank');
      assert(seen.coloured > 0, `no route colour on the board map (${seen.opaque} pixels drawn)`);
      // Let the entry animation end, so the picture shows the finished map.
      await page.waitForTimeout(1000);
      await ctx.shot(page, '47-zh-board-map.png');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('[data-testid="board-map"] canvas').first().waitFor();
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the board map is ${overflow}px wider than a 390 px screen`);
      const box = await map.boundingBox();
      assert(box && box.width > 200 && box.x + box.width <= 391, `the map at 390 px: ${JSON.stringify(box)}`);
      await ctx.shot(page, '48-zh-390-board-map.png');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByTestId('board-mode-cards').click();
      await page.getByTestId('board-grid').waitFor();
    },
  },
  {
    name: 'a crew formed on the board with another vehicle takes a dragged job: the job changes vehicle',
    run: async (ctx) => {
      const { page, b, open, vehicles } = ctx.board ?? {};
      assert(page, 'no board');
      const before = await whereIs(page, ctx.baseUrl, open);
      const other = vehicles.find((v) => v.id !== before.vehicle && v.id !== vehicles[0].id);
      assert(other, 'a third vehicle');
      await page.getByTestId('board-form').click();
      await page.getByTestId('board-form-dialog').waitFor();
      await pickOption(page, 'board-form-lead', b.name);
      await pickOption(page, 'board-form-vehicle', other.plate);
      await page.getByTestId('board-form-submit').click();
      await page.getByTestId('board-form-dialog').waitFor({ state: 'hidden' });
      const formed = page.locator(`[data-testid="board-lane"][data-lead="${b.id}"][data-vehicle="${other.id}"]`);
      await formed.waitFor();
      assert((await formed.getByTestId('board-card').count()) === 0, 'the formed crew starts empty');
      await ctx.shot(page, '49-zh-board-formed-crew.png');
      // Kept in the day's line-up (R-DSP-3): after a reload the crew is still on the board.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.getByTestId('dispatch-board').waitFor();
      await fillDate(page, 'board-date', DAY);
      await card(page, open).waitFor();
      await formed.waitFor();
      const { status, body } = await api(page, ctx.baseUrl, 'GET', `/dispatch/crews?date=${DAY}`);
      assert(
        status === 200 && body.crews.some((c) => c.leadId === b.id && c.vehicleId === other.id),
        `the day's line-up after forming: ${status} ${JSON.stringify(body)}`,
      );
      await dragInto(
        page,
        card(page, open),
        formed.getByTestId('board-cell'),
        formed.locator(`[data-job-id="${open.id}"]`),
      );
      const where = await whereIs(page, ctx.baseUrl, open);
      assert(
        where.status === 'scheduled' && where.lead === b.id && where.vehicle === other.id,
        `after the drop on the formed crew: ${JSON.stringify(where)} (vehicle ${other.id})`,
      );
    },
  },
  {
    name: 'the week view fits 1280 px; dragged back to the left, the job is open again',
    run: async (ctx) => {
      const { page, open } = ctx.board ?? {};
      assert(page, 'no board');
      await page.getByTestId('board-view-week').click();
      await card(page, open).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the page is ${overflow}px wider than 1280 px`);
      await ctx.shot(page, '44-zh-board-week.png');
      const left = page.getByTestId('board-unassigned');
      await dragInto(page, card(page, open), left, left.locator(`[data-job-id="${open.id}"]`));
      const where = await whereIs(page, ctx.baseUrl, open);
      assert(where.status === 'new', `after the drop on the left: ${JSON.stringify(where)}`);
    },
  },
  {
    name: 'in the week view a crew is formed for two days: the line-up of each keeps it',
    run: async (ctx) => {
      const { page, a, vehicles } = ctx.board ?? {};
      assert(page, 'no board');
      const lineup = (await api(page, ctx.baseUrl, 'GET', `/dispatch/crews?date=${DAY}`)).body;
      const used = new Set([vehicles[0].id, vehicles[1].id, ...lineup.crews.map((c) => c.vehicleId)]);
      const vehicle = vehicles.find((v) => !used.has(v.id));
      assert(vehicle, 'a vehicle free on the day');
      await page.getByTestId('board-form').click();
      const days = page.getByTestId('board-form-days');
      await days.waitFor();
      assert(await days.locator(`[data-day="${DAY}"] input`).isChecked(), 'the chosen day is proposed');
      const second = days.locator(`label:not([data-day="${DAY}"])`).first();
      const other = await second.getAttribute('data-day');
      await second.click();
      await pickOption(page, 'board-form-lead', a.name);
      await pickOption(page, 'board-form-vehicle', vehicle.plate);
      await ctx.shot(page, '50-zh-board-form-week.png');
      await page.getByTestId('board-form-submit').click();
      await page.getByTestId('board-form-dialog').waitFor({ state: 'hidden' });
      for (const day of [DAY, other]) {
        const { status, body } = await api(page, ctx.baseUrl, 'GET', `/dispatch/crews?date=${day}`);
        assert(
          status === 200 && body.crews.some((c) => c.leadId === a.id && c.vehicleId === vehicle.id),
          `the line-up of ${day}: ${status} ${JSON.stringify(body)}`,
        );
      }
      await page.locator(`[data-testid="board-lane"][data-lead="${a.id}"][data-vehicle="${vehicle.id}"]`).waitFor();
      ctx.board.week = { other, vehicle };
    },
  },
  {
    name: 'a crew formed for two days, the later one saved by someone else meanwhile: neither changes, the dialog names it (390 px)',
    run: async (ctx) => {
      const { page, a, week } = ctx.board ?? {};
      assert(page && week, 'no crew formed for the week');
      const read = async (day) => (await api(page, ctx.baseUrl, 'GET', `/dispatch/crews?date=${day}`)).body;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('board-form').click();
      const days = page.getByTestId('board-form-days');
      await days.waitFor();
      // Two days, the later one stale: saved day by day, the earlier would be kept. DAY and a
      // day after it in the week, or (DAY a Sunday) a day before it and DAY.
      const shown = await days.locator('label').evaluateAll((labels) => labels.map((l) => l.dataset.day));
      const after = shown.find((d) => d > DAY);
      const [earlier, later] = after ? [DAY, after] : [shown.find((d) => d < DAY), DAY];
      assert(earlier && later, `two days in the week of ${DAY}: ${shown}`);
      await days.locator(`label[data-day="${after ?? earlier}"]`).click();
      await pickOption(page, 'board-form-lead', a.name);
      await pickOption(page, 'board-form-vehicle', week.vehicle.plate);
      // Another head saves the later day (its crews unchanged, a new version) while the dialog is open.
      const before = await read(earlier);
      const stale = await read(later);
      const crews = stale.crews.map(({ leadId, memberIds, vehicleId, driverId }) =>
        driverId ? { leadId, memberIds, vehicleId, driverId } : { leadId, memberIds, vehicleId },
      );
      const saved = await api(page, ctx.baseUrl, 'PUT', '/dispatch/crews', {
        date: later,
        version: stale.version,
        crews,
      });
      assert(saved.status === 200, `the other head's save: ${saved.status} ${JSON.stringify(saved.body)}`);
      await page.getByTestId('board-form-submit').click();
      const refused = page.getByTestId('board-form-refused');
      await refused.waitFor();
      const text = await refused.innerText();
      assert(text.includes(later), `names the day: ${text}`);
      assert(await page.getByTestId('board-form-dialog').isVisible(), 'the dialog stays open');
      const kept = await read(earlier);
      assert(
        kept.version === before.version,
        `the earlier day was not saved either: ${before.version} → ${kept.version}`,
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `the dialog is ${overflow}px wider than a 390 px screen`);
      await ctx.shot(page, '51-zh-390-board-form-refused.png');
      // The board read the days again: saving once more keeps the crew on both.
      await page.getByTestId('board-form-submit').click();
      await page.getByTestId('board-form-dialog').waitFor({ state: 'hidden' });
      for (const [day, version] of [
        [earlier, before.version + 1],
        [later, stale.version + 2],
      ]) {
        const now = await read(day);
        assert(
          now.version === version && now.crews.some((c) => c.leadId === a.id && c.vehicleId === week.vehicle.id),
          `${day} saved on the second try: ${JSON.stringify(now)}`,
        );
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
];
