import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import type { FieldRecordInput, FieldStep } from '../api';
import { FakeFieldServer, type NetworkMode } from '../testing/fake-field-server';
import { FieldDb, stepKey, type JobRow, type OutboxEntry } from './db';
import { BACKOFF_FIRST_MS, BACKOFF_MAX_MS, Outbox, backoffMs, verdictOf, type Transport } from './outbox';
import { FieldRecorder, StepAlreadyRecorded, recorderEffects } from './recorder';

let dbCount = 0;
const opened: FieldDb[] = [];

/** A fresh database of its own for each test (fake-indexeddb keeps them in memory). */
function freshDb(): FieldDb {
  dbCount += 1;
  const db = new FieldDb(`outbox-test-${dbCount}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A manual clock: `now` moves only when the test says so. */
function manualClock(start = Date.parse('2026-12-02T02:00:00Z')) {
  const clock = { t: start, now: () => clock.t, random: () => 0.5 };
  return clock;
}

const job = aJob({
  id: 7,
  status: 'scheduled',
  totalPieces: 5,
  items: [
    { productId: 48, model: 'CX-DK1470', name: '办公桌', quantity: 2, pieces: 4 },
    { productId: 43, model: 'BY-SF03', name: '沙发', quantity: 1, pieces: 1 },
  ],
});

function jobRow(): JobRow {
  return {
    id: job.id,
    job,
    partyName: '济南华科',
    address: '历下区 经十路 100 号',
    access: '',
    stepsDone: [],
    date: '2026-12-02',
    records: null,
    incidents: null,
    refreshedAt: '2026-12-02T01:00:00Z',
  };
}

const FORMS: Record<FieldStep, { checks: FieldRecordInput['checks']; counts: Record<number, number> }> = {
  loading: { checks: ['packaging_intact', 'keeper_confirmed'], counts: { 48: 4, 43: 1 } },
  departure: { checks: ['tools_taken', 'feedback_form_taken', 'documents_taken'], counts: {} },
  arrival: { checks: [], counts: { 48: 4, 43: 1 } },
  installation: {
    checks: ['protection', 'placement', 'adjustment', 'warranty_explained', 'site_cleaned'],
    counts: {},
  },
};

function setUp(mode?: (entry: Readonly<OutboxEntry>, n: number) => NetworkMode, transport?: Transport) {
  const db = freshDb();
  const server = new FakeFieldServer();
  const clock = manualClock();
  const outbox = new Outbox(db, transport ?? server.transport(mode), recorderEffects, clock);
  let n = 0;
  const recorder = new FieldRecorder(
    outbox,
    () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
    () => new Date(clock.t),
  );
  const record = (step: FieldStep) =>
    recorder.recordStep(jobRow(), step, { checks: FORMS[step].checks ?? [], counts: FORMS[step].counts, note: '' });
  return { db, server, clock, outbox, recorder, record };
}

describe('verdicts and back-off', () => {
  it('2xx is done; no answer, 408, 429 and 5xx are retried; 401 waits for a login; other 4xx fail', () => {
    expect([200, 201, 204].map(verdictOf)).toEqual(['done', 'done', 'done']);
    expect([0, 408, 429, 500, 502, 503, 504].map(verdictOf)).toEqual(Array(7).fill('retry'));
    expect(verdictOf(401)).toBe('login');
    expect([400, 403, 404, 409, 413, 422].map(verdictOf)).toEqual(Array(6).fill('failed'));
  });

  it('waits 2 s, 4 s, 8 s … up to 5 min, with at most ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffMs(n, mid))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(30, mid)).toBe(BACKOFF_MAX_MS);
    expect(backoffMs(1, () => 0)).toBe(BACKOFF_FIRST_MS * 0.8);
    expect(backoffMs(1, () => 1)).toBe(BACKOFF_FIRST_MS * 1.2);
  });
});

describe('outbox', () => {
  it('keeps a step in the outbox and the step pending until the server has it, then removes it', async () => {
    const { db, server, outbox, record } = setUp();
    const row = await record('loading');
    expect(await db.outbox.count()).toBe(1);
    expect((await db.steps.get(stepKey(7, 'loading')))?.state).toBe('pending');

    const report = await outbox.sync();
    expect(report).toEqual({ sent: 1, failed: 0, stopped: null });
    expect(await db.outbox.count()).toBe(0);
    expect(server.applied).toEqual([row.recordId]);
    expect((await db.steps.get(stepKey(7, 'loading')))?.state).toBe('applied');
  });

  it('sends exactly the stored body, with the record id as the entry id', async () => {
    const sent: OutboxEntry[] = [];
    const { record, outbox } = setUp(undefined, async (entry) => {
      sent.push(structuredClone(entry));
      return { status: 201, body: {} };
    });
    const row = await record('departure');
    await outbox.sync();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.id).toBe(row.recordId);
    expect(sent[0]?.url).toBe('/field/records');
    expect(sent[0]?.body).toEqual(row.input);
    expect(row.input).toMatchObject({ id: row.recordId, jobId: 7, step: 'departure', counts: [] });
  });

  it('keeps the entry pending after a network error, with the error and a back-off', async () => {
    const { db, server, clock, outbox, record } = setUp(() => 'offline');
    await record('loading');
    const report = await outbox.sync({ force: true });
    expect(report.stopped).toBe('network');
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ state: 'pending', attempts: 1 });
    expect(entry?.lastError?.code).toBe('NETWORK_ERROR');
    expect(entry?.nextAttemptAt).toBe(clock.t + BACKOFF_FIRST_MS);
    expect(server.applied).toEqual([]);
    expect((await db.steps.get(stepKey(7, 'loading')))?.state).toBe('pending');
  });

  it('sends the oldest first and stops at the first one without an answer', async () => {
    const order: string[] = [];
    let offline = false;
    const { db, outbox, record } = setUp(undefined, async (entry) => {
      if (offline) throw new Error('Network Error');
      order.push((entry.body as FieldRecordInput).step);
      return { status: 201, body: {} };
    });
    offline = true;
    await record('loading');
    await record('departure');
    await record('arrival');
    await outbox.sync({ force: true });
    expect(order).toEqual([]);
    expect((await outbox.all()).map((e) => (e.body as FieldRecordInput).step)).toEqual([
      'loading',
      'departure',
      'arrival',
    ]);
    offline = false;
    await outbox.sync({ force: true });
    expect(order).toEqual(['loading', 'departure', 'arrival']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('resends a record whose answer was lost with the same id; the replay counts as done, once', async () => {
    const { db, server, outbox, record } = setUp((_, n) => (n === 0 ? 'lost-answer' : 'ok'));
    const row = await record('loading');
    const first = await outbox.sync({ force: true });
    expect(first.stopped).toBe('network');
    expect(server.applied).toEqual([row.recordId]);
    expect(await db.outbox.count()).toBe(1);

    const second = await outbox.sync({ force: true });
    expect(second).toEqual({ sent: 1, failed: 0, stopped: null });
    expect(server.received).toHaveLength(2);
    expect(server.applied).toEqual([row.recordId]);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.steps.get(stepKey(7, 'loading')))?.state).toBe('applied');
  });

  it('marks a 409 (id reused with other content) failed, keeps it, and goes on with the next', async () => {
    const { db, server, outbox, record } = setUp();
    const loading = await record('loading');
    const departure = await record('departure');
    server.stored.set(loading.recordId, { fingerprint: 'something else', answer: {} });
    const report = await outbox.sync({ force: true });
    expect(report).toEqual({ sent: 1, failed: 1, stopped: null });
    const kept = await db.outbox.get(loading.recordId);
    expect(kept).toMatchObject({ state: 'failed', attempts: 1 });
    expect(kept?.lastError).toMatchObject({ status: 409, code: 'ALREADY_EXISTS' });
    expect(kept?.lastError?.violations).toEqual([{ field: 'id', reason: 'reused' }]);
    expect((await db.steps.get(stepKey(7, 'loading')))?.state).toBe('failed');
    expect(await db.outbox.get(departure.recordId)).toBeUndefined();

    // A failed entry is not sent again by itself.
    const before = server.received.length;
    await outbox.sync({ force: true });
    expect(server.received.length).toBe(before);
    expect(await db.outbox.get(loading.recordId)).toBeDefined();
  });

  it('marks a 400 failed with the server violations', async () => {
    const { db, server, outbox, record } = setUp();
    const row = await record('loading');
    server.refuse.set(row.recordId, {
      status: 400,
      body: {
        error: {
          code: 'INVALID_ARGUMENT',
          message: 'invalid field record',
          violations: [{ field: 'recordedAt', reason: 'in_future' }],
        },
      },
    });
    await outbox.sync({ force: true });
    const kept = await db.outbox.get(row.recordId);
    expect(kept?.state).toBe('failed');
    expect(kept?.lastError?.violations).toEqual([{ field: 'recordedAt', reason: 'in_future' }]);
  });

  it('keeps a 5xx pending and waits out its back-off unless forced', async () => {
    let unavailable = true;
    const { db, server, clock, outbox, record } = setUp(() => (unavailable ? 'unavailable' : 'ok'));
    await record('loading');
    expect((await outbox.sync({ force: true })).stopped).toBe('server');
    unavailable = false;
    expect(await outbox.sync()).toEqual({ sent: 0, failed: 0, stopped: 'waiting' });
    expect(server.applied).toEqual([]);
    clock.t += BACKOFF_FIRST_MS;
    expect((await outbox.sync()).sent).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('backs off longer after each failure and counts the attempts', async () => {
    const { db, clock, outbox, record } = setUp(() => 'offline');
    await record('loading');
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await outbox.sync({ force: true });
      const [entry] = await db.outbox.toArray();
      waits.push((entry?.nextAttemptAt ?? 0) - clock.t);
    }
    expect(waits).toEqual([2000, 4000, 8000, 16000]);
    expect((await db.outbox.toArray())[0]?.attempts).toBe(4);
  });

  it('keeps entries pending on 401 without counting an attempt, and stops the round', async () => {
    const { db, outbox, record } = setUp(undefined, async () => ({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'please log in', violations: [] } },
    }));
    await record('loading');
    await record('departure');
    const report = await outbox.sync({ force: true });
    expect(report.stopped).toBe('login');
    const entries = await outbox.all();
    expect(entries.map((e) => [e.state, e.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
    ]);
    expect(entries[0]?.lastError?.code).toBe('UNAUTHENTICATED');
    expect(await db.steps.count()).toBe(2);
  });

  it('shows a conflict on the step with its reason when the job had moved on', async () => {
    const { db, server, outbox, record } = setUp();
    server.status = 'cancelled';
    await record('loading');
    await outbox.sync();
    const step = await db.steps.get(stepKey(7, 'loading'));
    expect(step).toMatchObject({
      state: 'conflict',
      conflictReason: 'illegal_transition',
      conflictStatus: 'cancelled',
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('gives the job the status the server reported and marks the step done', async () => {
    const { db, outbox, record } = setUp();
    await db.jobs.put(jobRow());
    await record('loading');
    await record('departure');
    await outbox.sync();
    const stored = await db.jobs.get(7);
    expect(stored?.job.status).toBe('en_route');
    expect(stored?.stepsDone).toEqual(['loading', 'departure']);
  });

  it('puts a failed entry back in line on retry, and forgets it (and its step) on discard', async () => {
    const { db, server, outbox, record } = setUp();
    const loading = await record('loading');
    server.refuse.set(loading.recordId, { status: 404, body: { error: { code: 'NOT_FOUND', message: '' } } });
    await outbox.sync();
    expect((await db.outbox.get(loading.recordId))?.state).toBe('failed');

    server.refuse.delete(loading.recordId);
    await outbox.retry(loading.recordId);
    expect((await db.steps.get(stepKey(7, 'loading')))?.state).toBe('pending');
    await outbox.sync();
    expect(await db.outbox.count()).toBe(0);
    expect(server.applied).toEqual([loading.recordId]);

    const departure = await record('departure');
    server.refuse.set(departure.recordId, { status: 403, body: { error: { code: 'PERMISSION_DENIED', message: '' } } });
    await outbox.sync();
    await outbox.discard(departure.recordId);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.steps.get(stepKey(7, 'departure'))).toBeUndefined();
  });

  it('never discards an entry that is still pending', async () => {
    const { db, outbox, record } = setUp(() => 'offline');
    const row = await record('loading');
    await outbox.discard(row.recordId);
    expect(await db.outbox.count()).toBe(1);
  });

  it('sends each entry once when rounds are asked for while one runs', async () => {
    const { db, server, outbox, record } = setUp();
    await record('loading');
    await record('departure');
    await Promise.all([outbox.sync(), outbox.sync({ force: true }), outbox.sync()]);
    expect(server.received).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a second record of the same step and leaves the outbox as it was', async () => {
    const { db, record } = setUp(() => 'offline');
    await record('loading');
    await expect(record('loading')).rejects.toBeInstanceOf(StepAlreadyRecorded);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps the outbox across a reload (another connection to the same database)', async () => {
    const { db, record } = setUp(() => 'offline');
    await record('loading');
    await record('departure');
    const again = new FieldDb(db.name);
    opened.push(again);
    expect((await again.outbox.orderBy('seq').toArray()).map((e) => e.step)).toEqual(['loading', 'departure']);
    expect(await again.steps.count()).toBe(2);
  });

  it('loses and duplicates nothing over 200 steps through a network that drops and loses answers', async () => {
    // A seeded generator, so a failure can be replayed.
    let seed = 20261202;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const modes: NetworkMode[] = ['ok', 'offline', 'lost-answer', 'unavailable'];
    const { db, server, outbox, recorder } = setUp(() => modes[Math.floor(random() * modes.length)] ?? 'ok');
    const ids: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const row = { ...jobRow(), id: 1000 + i, job: { ...job, id: 1000 + i } };
      const step: FieldStep = (['loading', 'departure', 'arrival', 'installation'] as const)[i % 4] ?? 'loading';
      const form = FORMS[step];
      ids.push(
        (await recorder.recordStep(row, step, { checks: form.checks ?? [], counts: form.counts, note: '' })).recordId,
      );
      if (random() < 0.5) await outbox.sync({ force: true });
    }
    for (let round = 0; round < 500 && (await db.outbox.count()) > 0; round += 1) {
      await outbox.sync({ force: true });
    }
    expect(await db.outbox.count()).toBe(0);
    expect(server.applied).toHaveLength(200);
    expect(new Set(server.applied).size).toBe(200);
    expect(server.applied).toEqual(ids);
    expect(server.received.length).toBeGreaterThan(200);
  });
});
