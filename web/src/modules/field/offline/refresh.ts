import type { Job } from '@/modules/jobs/api';
import { addDays } from '@/utils/dates';
import type { JobFieldWork, MyFieldJobList } from '../api';
import type { FieldDb, JobRow } from './db';

/** The days the phone keeps: today and the next two (China dates), as `GET /field/my-jobs` defaults. */
export const DAYS_AHEAD = 2;

/** The reads a refresh needs (the app passes the API; tests a fake). */
export interface FieldReader {
  listMyJobs: (from: string, to: string) => Promise<MyFieldJobList>;
  /** The job with its items (`GET /jobs/{id}`). */
  getJob: (id: number) => Promise<Job>;
  getFieldWork: (id: number) => Promise<JobFieldWork>;
}

/** Whether a job as listed lacks its items (lists may leave them out) and must be read whole. */
function lacksItems(job: Job): boolean {
  return job.items.length === 0 && job.totalPieces > 0;
}

/**
 * Downloads the crew member's jobs of `today` and the next days into the phone (when online: on
 * start, when the network returns, after a sync, on "refresh"). Each job is stored with its items
 * and its field work. A job no longer listed (moved to another crew or day, or past) is removed,
 * unless the phone still holds something of it to send: the outbox is never left without its job.
 * Throws when the list cannot be read (the phone keeps what it had).
 */
export async function refreshJobs(db: FieldDb, reader: FieldReader, today: string, now = new Date()): Promise<number> {
  const list = await reader.listMyJobs(today, addDays(today, DAYS_AHEAD));
  const rows: JobRow[] = [];
  for (const item of list.items) {
    const job = lacksItems(item.job) ? await reader.getJob(item.job.id) : item.job;
    const work = await reader.getFieldWork(item.job.id).catch(() => null);
    rows.push({
      ...item,
      job,
      id: job.id,
      date: job.assignment?.date ?? job.requestedDate,
      records: work?.records ?? null,
      incidents: work?.incidents ?? null,
      refreshedAt: now.toISOString(),
      warranties: item.warranties ?? [],
    });
  }
  await db.transaction('rw', [db.jobs, db.outbox, db.steps, db.media], async () => {
    const keep = new Set(rows.map((row) => row.id));
    const waiting = new Set((await db.outbox.toArray()).map((entry) => entry.jobId));
    for (const old of await db.jobs.toArray()) {
      if (keep.has(old.id) || waiting.has(old.id)) continue;
      await db.jobs.delete(old.id);
      await db.steps.where('jobId').equals(old.id).delete();
      await db.media.where('jobId').equals(old.id).delete();
    }
    await db.jobs.bulkPut(rows);
  });
  return rows.length;
}
