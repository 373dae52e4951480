import type { FieldRecord, FieldStep } from '../api';
import { stepsOf, stepsPassedBy } from '../steps';
import type { JobRow, StepRow } from './db';

/**
 * Where a step of a job stands on this phone:
 * - `pending`: recorded here, waiting in the outbox;
 * - `done`: the server applied it (this phone's record, another crew member's, or the office moved
 *   the job past it);
 * - `conflict`: the server kept this phone's record as a conflict (the job had moved on);
 * - `failed`: the server refused this phone's record (shown with its reason; retry or discard);
 * - `next`: the one to do now; `later`: after it.
 */
export type StepStatus = 'pending' | 'done' | 'conflict' | 'failed' | 'next' | 'later';

export interface StepView {
  step: FieldStep;
  status: StepStatus;
  /** This phone's record of the step. */
  local: StepRow | null;
  /** The server's applied record of it (by anyone), as last downloaded. */
  record: FieldRecord | null;
  /** Done without a record: the office moved the job past it. */
  byOffice: boolean;
}

/** The last applied record of a step in the server's list. */
function appliedRecord(records: readonly FieldRecord[] | null, step: FieldStep): FieldRecord | null {
  let found: FieldRecord | null = null;
  for (const r of records ?? []) if (r.step === step && r.outcome === 'applied') found = r;
  return found;
}

/** Each step of the job, in order, with where it stands (see StepStatus). */
export function stepViews(job: JobRow, local: readonly StepRow[]): StepView[] {
  const passed = new Set(stepsPassedBy(job.job.status));
  let nextGiven = false;
  return stepsOf(job.job).map((step) => {
    const mine = local.find((row) => row.step === step) ?? null;
    const record = appliedRecord(job.records, step);
    const serverDone = record !== null || job.stepsDone.includes(step);
    let status: StepStatus;
    if (mine && mine.state !== 'failed') {
      status = mine.state === 'applied' ? 'done' : mine.state;
    } else if (serverDone || passed.has(step)) {
      status = 'done';
    } else if (mine) {
      status = 'failed';
      nextGiven = true;
    } else {
      status = nextGiven ? 'later' : 'next';
      nextGiven = true;
    }
    return { step, status, local: mine, record, byOffice: status === 'done' && !mine && !serverDone };
  });
}
