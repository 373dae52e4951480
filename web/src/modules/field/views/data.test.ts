import { describe, expect, it } from 'vitest';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import type { FieldRecord } from '../api';
import type { JobRow, OutboxEntry, StepRow } from '../offline/db';
import {
  conflictText,
  entryLabel,
  errorText,
  groupByDay,
  jobMarkers,
  loadingCountsOf,
  phoneDocumentsOf,
  signatureProblems,
  stepMessages,
  windowOf,
} from './data';

/** A translation that shows the key and its values, so tests see what was asked for. */
const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}${JSON.stringify(values)}` : key);
const te = (key: string) => key.startsWith('errors.') || key === 'validation.reused' || key.startsWith('enums.');

function row(id: number, date: string, start: string, changes: Partial<JobRow> = {}): JobRow {
  return {
    id,
    job: aJob({
      id,
      number: `KF-2026-00000${id}`,
      status: 'scheduled',
      assignment: {
        lead: 6,
        leadName: '赵磊',
        members: [],
        memberNames: [],
        vehicleId: null,
        vehiclePlate: null,
        driver: null,
        driverName: null,
        date,
        windowStart: start,
        windowEnd: '12:00',
      },
    }),
    partyName: '',
    address: '',
    access: '',
    stepsDone: [],
    date,
    records: null,
    incidents: null,
    refreshedAt: '',
    ...changes,
  };
}

function step(jobId: number, changes: Partial<StepRow> = {}): StepRow {
  return {
    key: `${jobId}:loading`,
    jobId,
    step: 'loading',
    recordId: 'r',
    input: { id: 'r', jobId, step: 'loading', recordedAt: '', counts: [{ productId: 48, pieces: 4 }] },
    state: 'pending',
    conflictReason: '',
    conflictStatus: '',
    incident: null,
    ...changes,
  };
}

function entry(jobId: number, state: OutboxEntry['state']): OutboxEntry {
  return {
    id: `${jobId}-${state}`,
    seq: 1,
    kind: 'record',
    jobId,
    step: 'loading',
    url: '/field/records',
    body: {},
    createdAt: '',
    attempts: 0,
    state,
    lastError: null,
    nextAttemptAt: 0,
  };
}

describe('the phone list', () => {
  it('groups the jobs by day, today first, each day by window, and names the near days', () => {
    const days = groupByDay(
      [
        row(1, '2026-12-03', '13:00'),
        row(2, '2026-12-02', '13:00'),
        row(3, '2026-12-02', '08:00'),
        row(4, '2026-12-05', '08:00'),
      ],
      '2026-12-02',
    );
    expect(days.map((d) => [d.date, d.relative, d.jobs.map((j) => j.id)])).toEqual([
      ['2026-12-02', 'today', [3, 2]],
      ['2026-12-03', 'tomorrow', [1]],
      ['2026-12-05', null, [4]],
    ]);
    expect(windowOf(row(1, '2026-12-02', '08:00'))).toBe('08:00–12:00');
  });

  it('marks a job with what waits, what failed, a conflict and an open incident', () => {
    const job = row(1, '2026-12-02', '08:00');
    const markers = jobMarkers(
      job,
      [step(1, { state: 'conflict' }), step(2)],
      [entry(1, 'pending'), entry(1, 'pending'), entry(1, 'failed'), entry(2, 'pending')],
    );
    expect(markers).toMatchObject({ pending: 2, failed: 1, conflict: true, incident: false });
    expect(markers.steps[0]?.status).toBe('conflict');
    const incident = { id: 1, resolvedAt: null } as unknown as NonNullable<JobRow['incidents']>[number];
    expect(jobMarkers({ ...job, incidents: [incident] }, [], []).incident).toBe(true);
  });
});

describe('the arrival is compared with', () => {
  it("this phone's loading, else the server's last applied loading, else nothing", () => {
    const job = row(1, '2026-12-02', '08:00');
    expect(loadingCountsOf(job, [step(1)])).toEqual([{ productId: 48, pieces: 4 }]);
    const record = { step: 'loading', outcome: 'applied', counts: [{ productId: 48, pieces: 3 }] } as FieldRecord;
    expect(loadingCountsOf({ ...job, records: [record] }, [])).toEqual([{ productId: 48, pieces: 3 }]);
    expect(loadingCountsOf({ ...job, records: [record] }, [step(1, { state: 'failed' })])).toEqual([
      { productId: 48, pieces: 3 },
    ]);
    expect(loadingCountsOf(job, [])).toBeNull();
  });
});

describe('messages', () => {
  it('words each problem of a step where it shows', () => {
    const messages = stepMessages(
      [
        { field: 'checks', reason: 'unchecked', check: 'tools_taken' },
        { field: 'counts', reason: 'required', productId: 48 },
        { field: 'counts', reason: 'invalid', productId: 43 },
        { field: 'note', reason: 'too_long' },
      ],
      t,
    );
    expect(messages.checks.tools_taken).toBe('field.phone.validation.unchecked');
    expect(messages.counts[48]).toBe('field.phone.validation.countRequired');
    expect(messages.counts[43]).toBe('field.phone.validation.countInvalid');
    expect(messages.note).toBe('field.phone.validation.noteTooLong{"n":500}');
  });

  it('asks for a signer and the drawing or the paper photo, all at once', () => {
    expect(signatureProblems({ signer: ' ', method: 'drawn', hasImage: false }, t)).toEqual({
      signer: 'field.phone.signature.signerRequired',
      image: 'field.phone.signature.signatureRequired',
    });
    expect(signatureProblems({ signer: '张女士', method: 'paper_photo', hasImage: false }, t).image).toBe(
      'field.phone.signature.paperRequired',
    );
    expect(signatureProblems({ signer: 'x'.repeat(51), method: 'drawn', hasImage: true }, t)).toEqual({
      signer: 'field.phone.signature.signerTooLong',
      image: '',
    });
  });

  it('says why the server refused an entry, with each field and its reason', () => {
    const error = {
      status: 409,
      code: 'ALREADY_EXISTS',
      message: 'this record id was used for another record',
      violations: [
        { field: 'id', reason: 'reused' },
        { field: 'checks', reason: 'incomplete', detail: 'keeper_confirmed' },
      ],
      at: '',
    };
    expect(errorText(error, t, te)).toBe(
      'errors.ALREADY_EXISTS；id: validation.reused；checks: incomplete (keeper_confirmed)',
    );
    expect(errorText(null, t, te)).toBe('');
    expect(entryLabel({ kind: 'photo', step: 'loading' }, t)).toBe(
      'field.phone.failed.kind.photo{"step":"enums.fieldStep.loading"}',
    );
  });

  it('explains a conflict with the status the job had', () => {
    expect(conflictText({ conflictReason: 'illegal_transition', conflictStatus: 'cancelled' }, t, te)).toBe(
      'field.phone.step.conflict{"status":"enums.jobStatus.cancelled","reason":"field.phone.step.conflictReasons.illegal_transition"}',
    );
    expect(conflictText({ conflictReason: 'strange', conflictStatus: 'x' }, t, () => false)).toContain(
      'conflictReasons.other',
    );
  });
});

describe('the documents signed on the phone (R-FLD-5..7)', () => {
  it('an installation: the receipt after the installation, then the counted acceptance', () => {
    const docs = phoneDocumentsOf('installation');
    expect(docs.map((d) => [d.document, d.after, d.counted])).toEqual([
      ['installation_receipt', 'installation', false],
      ['acceptance', 'installation_receipt', true],
    ]);
    expect(phoneDocumentsOf('rework').map((d) => d.document)).toEqual(['installation_receipt', 'acceptance']);
  });

  it('a dealer delivery: the delivery note counted with the dealer on arrival', () => {
    expect(phoneDocumentsOf('dealer_delivery')).toEqual([
      { document: 'delivery_note', after: 'arrival', counted: true, testid: 'delivery-note' },
    ]);
  });
});
