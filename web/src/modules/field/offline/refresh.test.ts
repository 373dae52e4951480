import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import type { Job } from '@/modules/jobs/api';
import { FieldDb, type JobRow } from './db';
import { refreshJobs, type FieldReader } from './refresh';

let n = 0;
const opened: FieldDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function freshDb(): FieldDb {
  n += 1;
  const db = new FieldDb(`refresh-test-${n}`);
  opened.push(db);
  return db;
}

const item = { productId: 48, model: 'CX', name: '桌', quantity: 1, pieces: 2 };

function reader(jobs: Job[]): FieldReader & { getJob: ReturnType<typeof vi.fn> } {
  return {
    listMyJobs: vi.fn(async () => ({
      items: jobs.map((job) => ({
        job,
        partyName: '客户',
        address: '地址',
        access: '',
        stepsDone: [],
        warranties: [{ series: '博特', months: 36, content: `任务 ${job.id} 的保修` }],
      })),
    })),
    getJob: vi.fn(async (id: number) => aJob({ id, items: [item] })),
    getFieldWork: vi.fn(async () => ({ records: [], incidents: [], photos: [] })),
  };
}

function stored(id: number): JobRow {
  return {
    id,
    job: aJob({ id }),
    partyName: '',
    address: '',
    access: '',
    stepsDone: [],
    date: '2026-12-01',
    records: null,
    incidents: null,
    refreshedAt: '',
  };
}

describe('refreshing the phone jobs', () => {
  it('asks for today and the next two days, and reads a job whole when the list left its items out', async () => {
    const db = freshDb();
    const api = reader([aJob({ id: 1, items: [item] }), aJob({ id: 2, items: [], totalPieces: 2 })]);
    expect(await refreshJobs(db, api, '2026-12-30')).toBe(2);
    expect(api.listMyJobs).toHaveBeenCalledWith('2026-12-30', '2027-01-01');
    expect(api.getJob).toHaveBeenCalledTimes(1);
    expect(api.getJob).toHaveBeenCalledWith(2);
    expect((await db.jobs.get(2))?.job.items).toEqual([item]);
    expect((await db.jobs.get(1))?.records).toEqual([]);
  });

  it('keeps the warranty of each series with the job, for the installation step offline (R-FLD-4)', async () => {
    const db = freshDb();
    await refreshJobs(db, reader([aJob({ id: 1, items: [item] })]), '2026-12-02');
    expect((await db.jobs.get(1))?.warranties).toEqual([{ series: '博特', months: 36, content: '任务 1 的保修' }]);
  });

  it('drops jobs no longer listed, but never one the outbox still has something of', async () => {
    const db = freshDb();
    await db.jobs.bulkPut([stored(8), stored(9)]);
    await db.outbox.add({
      id: 'x',
      seq: 1,
      kind: 'record',
      jobId: 9,
      step: 'loading',
      url: '/field/records',
      body: {},
      createdAt: '',
      attempts: 0,
      state: 'failed',
      lastError: null,
      nextAttemptAt: 0,
    });
    await refreshJobs(db, reader([aJob({ id: 1, items: [item] })]), '2026-12-02');
    expect((await db.jobs.toArray()).map((j) => j.id).sort()).toEqual([1, 9]);
  });

  it('keeps what the phone had when the list cannot be read', async () => {
    const db = freshDb();
    await db.jobs.put(stored(8));
    const api = reader([]);
    api.listMyJobs = vi.fn(async () => {
      throw new Error('Network Error');
    });
    await expect(refreshJobs(db, api, '2026-12-02')).rejects.toThrow();
    expect(await db.jobs.count()).toBe(1);
  });
});
