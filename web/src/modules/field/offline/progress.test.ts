import { describe, expect, it } from 'vitest';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import type { FieldRecord, FieldStep } from '../api';
import type { JobRow, LocalStepState, StepRow } from './db';
import { stepViews } from './progress';

function row(changes: Partial<JobRow> = {}, status: JobRow['job']['status'] = 'scheduled'): JobRow {
  return {
    id: 1,
    job: aJob({ status }),
    partyName: '',
    address: '',
    access: '',
    stepsDone: [],
    date: '2026-12-02',
    records: null,
    incidents: null,
    refreshedAt: '',
    ...changes,
  };
}

function local(step: FieldStep, state: LocalStepState): StepRow {
  return {
    key: `1:${step}`,
    jobId: 1,
    step,
    recordId: `id-${step}`,
    input: { id: `id-${step}`, jobId: 1, step, recordedAt: '' },
    state,
    conflictReason: '',
    conflictStatus: '',
    incident: null,
  };
}

const statuses = (views: ReturnType<typeof stepViews>) => views.map((v) => `${v.step}:${v.status}`);

describe('step progress', () => {
  it('a scheduled job starts with loading; the rest come later', () => {
    expect(statuses(stepViews(row(), []))).toEqual([
      'loading:next',
      'departure:later',
      'arrival:later',
      'installation:later',
    ]);
  });

  it('a step recorded here is pending until the server applies it, and the next one opens at once', () => {
    const views = stepViews(row(), [local('loading', 'pending')]);
    expect(statuses(views)).toEqual(['loading:pending', 'departure:next', 'arrival:later', 'installation:later']);
    expect(statuses(stepViews(row(), [local('loading', 'applied')]))[0]).toBe('loading:done');
  });

  it('steps done by another phone or passed in the office are done', () => {
    const record = { step: 'loading', outcome: 'applied' } as FieldRecord;
    expect(statuses(stepViews(row({ records: [record] }), []))[0]).toBe('loading:done');
    expect(statuses(stepViews(row({ stepsDone: ['loading'] }), []))[0]).toBe('loading:done');
    const office = stepViews(row({}, 'en_route'), []);
    expect(statuses(office)).toEqual(['loading:done', 'departure:done', 'arrival:next', 'installation:later']);
    expect(office[0]?.byOffice).toBe(true);
  });

  it('a failed step stays the one to deal with; a conflict does not block the next', () => {
    expect(statuses(stepViews(row(), [local('loading', 'failed')]))).toEqual([
      'loading:failed',
      'departure:later',
      'arrival:later',
      'installation:later',
    ]);
    expect(statuses(stepViews(row(), [local('loading', 'conflict')])).slice(0, 2)).toEqual([
      'loading:conflict',
      'departure:next',
    ]);
  });

  it('a delivery ends with the arrival', () => {
    const delivery = row({ job: aJob({ kind: 'dealer_delivery', status: 'scheduled' }) });
    expect(stepViews(delivery, []).map((v) => v.step)).toEqual(['loading', 'departure', 'arrival']);
  });
});
