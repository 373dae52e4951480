import Dexie, { type EntityTable } from 'dexie';
import type {
  FieldIncident,
  FieldRecord,
  FieldRecordInput,
  FieldStep,
  JobWarranty,
  MyFieldJob,
  SignedDocumentKind,
} from '../api';

/**
 * A job as the phone keeps it: what `GET /field/my-jobs` said (with the job's items, from
 * `GET /jobs/{id}` when the list left them out) and the job's field work as last read.
 */
export interface JobRow extends Omit<MyFieldJob, 'warranties'> {
  id: number;
  /** The day it is planned for (the assignment's date), for the list's order. */
  date: string;
  /** The job's records and incidents as the server last sent them (null: never read). */
  records: FieldRecord[] | null;
  incidents: FieldIncident[] | null;
  /** When the phone last downloaded it (ISO time). */
  refreshedAt: string;
  /**
   * The warranty in force on the job's day for each series of its products (R-FLD-4), shown with
   * the "warranty explained" check. Not indexed, so no schema version is needed; rows a phone
   * downloaded before warranties were sent lack it until the next refresh.
   */
  warranties?: JobWarranty[];
}

/** Where a step the crew recorded on this phone stands. */
export type LocalStepState = 'pending' | 'applied' | 'conflict' | 'failed';

/** A step recorded on this phone: written with its outbox entry, updated by the server's answer. */
export interface StepRow {
  /** `<jobId>:<step>`: one record per step and job on a phone. */
  key: string;
  jobId: number;
  step: FieldStep;
  /** The record's UUID (also its outbox entry's id). */
  recordId: string;
  input: FieldRecordInput;
  state: LocalStepState;
  /** Set when the server kept the record as a conflict (the job had moved on). */
  conflictReason: string;
  conflictStatus: string;
  /** The incident an arrival raised (its count differed from the loading's). */
  incident: FieldIncident | null;
}

/** What an outbox entry sends. */
export type OutboxKind = 'record' | 'photo' | 'signature';

/** Why the last attempt did not go through. */
export interface OutboxError {
  /** HTTP status; 0 when no answer came (offline, timeout, answer lost). */
  status: number;
  /** The server's error code (INVALID_ARGUMENT …), NETWORK_ERROR without an answer. */
  code: string;
  message: string;
  violations: { field: string; reason: string; detail?: string }[];
  at: string;
}

/**
 * One write waiting for the server, kept until the server has answered it with 2xx (ADR 0017).
 * The id is the phone's UUID and the record's: a resend after a lost answer is recognised.
 */
export interface OutboxEntry {
  id: string;
  /** Order of writing (the oldest goes first). */
  seq: number;
  kind: OutboxKind;
  jobId: number;
  step: FieldStep | null;
  /** Path under /api/v1 the body is POSTed to. */
  url: string;
  /** The JSON body, exactly as it will be sent each time. */
  body: unknown;
  createdAt: string;
  attempts: number;
  state: 'pending' | 'failed';
  lastError: OutboxError | null;
  /** Epoch ms before which the timer does not try it again (back-off); 0 = at once. */
  nextAttemptAt: number;
}

/** A photo or signature taken on this phone: a small preview, and whether it reached the server. */
export interface MediaRow {
  id: string;
  jobId: number;
  kind: 'photo' | 'signature';
  step: FieldStep | null;
  /** A small JPEG data URL to show on the job (the full image lives in the outbox until sent). */
  thumb: string;
  /** The signer's name (signatures). */
  label: string;
  /** The document signed (signatures; rows written before it was kept are receipts). */
  document?: SignedDocumentKind;
  createdAt: string;
  state: 'pending' | 'sent' | 'failed';
}

/** The crew's offline store: one IndexedDB database per signed-in user on the phone. */
export class FieldDb extends Dexie {
  jobs!: EntityTable<JobRow, 'id'>;
  steps!: EntityTable<StepRow, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  media!: EntityTable<MediaRow, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      jobs: 'id, date',
      steps: 'key, jobId',
      outbox: 'id, seq, state, jobId',
      media: 'id, jobId',
    });
  }
}

/** The database name of a user (a shared phone keeps each user's outbox apart). */
export function fieldDbName(userId: number): string {
  return `kefu-field-u${userId}`;
}

/** The key of a job's step in `steps`. */
export function stepKey(jobId: number, step: FieldStep): string {
  return `${jobId}:${step}`;
}
