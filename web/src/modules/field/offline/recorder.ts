import { jobStatusValues } from '@/api/schema';
import type { JobStatus } from '@/modules/jobs/api';
import { FIELD_URLS, type FieldPhotoInput, type FieldRecordResult, type FieldStep, type SignatureInput } from '../api';
import { buildRecordInput, type StepForm } from '../steps';
import { stepKey, type FieldDb, type JobRow, type MediaRow, type OutboxEntry, type StepRow } from './db';
import type { Outbox, OutboxEffects } from './outbox';

/** A UUID for a new record (the server's idempotency key); crypto.randomUUID where it exists. */
export function newUuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside a secure context randomUUID is missing; getRandomValues is not (RFC 4122 version 4).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The step was recorded on this phone already (one record per step; a failed one is discarded first). */
export class StepAlreadyRecorded extends Error {
  constructor(readonly step: FieldStep) {
    super(`step ${step} is already recorded on this phone`);
    this.name = 'StepAlreadyRecorded';
  }
}

function isRecordResult(body: unknown): body is FieldRecordResult {
  if (typeof body !== 'object' || body === null) return false;
  const record = (body as { record?: unknown }).record;
  return typeof record === 'object' && record !== null && 'outcome' in record;
}

/** The job status a signature's answer reports (a receipt on site finishes the installation). */
function jobStatusOf(body: unknown): JobStatus | null {
  if (typeof body !== 'object' || body === null) return null;
  const status = (body as { jobStatus?: unknown }).jobStatus;
  return typeof status === 'string' && (jobStatusValues as readonly string[]).includes(status)
    ? (status as JobStatus)
    : null;
}

/**
 * What the server's answer does to the phone's own state (run by the outbox inside the transaction
 * that settles the entry): a record becomes applied or a conflict (with its reason and any
 * incident), the job takes the status the server reported; a photo or signature is marked sent.
 */
export const recorderEffects: OutboxEffects = {
  onDone: async (db, entry, body) => {
    if (entry.kind === 'record' && entry.step) {
      const key = stepKey(entry.jobId, entry.step);
      const row = await db.steps.get(key);
      if (row && row.recordId === entry.id && isRecordResult(body)) {
        await db.steps.put({
          ...row,
          state: body.record.outcome === 'applied' ? 'applied' : 'conflict',
          conflictReason: body.record.conflictReason,
          conflictStatus: body.record.conflictStatus,
          incident: body.incident ?? null,
        });
        const job = await db.jobs.get(entry.jobId);
        if (job) {
          const stepsDone =
            body.record.outcome === 'applied' && !job.stepsDone.includes(entry.step)
              ? [...job.stepsDone, entry.step]
              : job.stepsDone;
          await db.jobs.put({ ...job, stepsDone, job: { ...job.job, status: body.jobStatus } });
        }
      }
      return;
    }
    await db.media.update(entry.id, { state: 'sent' });
    const status = jobStatusOf(body);
    if (entry.kind === 'signature' && status) {
      const job = await db.jobs.get(entry.jobId);
      if (job) await db.jobs.put({ ...job, job: { ...job.job, status } });
    }
  },
  onFailed: async (db, entry) => setLocalState(db, entry, 'failed'),
  onRetry: async (db, entry) => setLocalState(db, entry, 'pending'),
  onDiscard: async (db, entry) => {
    if (entry.kind === 'record' && entry.step) {
      const key = stepKey(entry.jobId, entry.step);
      const row = await db.steps.get(key);
      // The step can be recorded again (with a new id).
      if (row && row.recordId === entry.id) await db.steps.delete(key);
      return;
    }
    await db.media.delete(entry.id);
  },
};

async function setLocalState(db: FieldDb, entry: OutboxEntry, state: 'failed' | 'pending'): Promise<void> {
  if (entry.kind === 'record' && entry.step) {
    const key = stepKey(entry.jobId, entry.step);
    const row = await db.steps.get(key);
    if (row && row.recordId === entry.id) await db.steps.update(key, { state });
    return;
  }
  await db.media.update(entry.id, { state });
}

/** A photo ready to store: the JPEG (base64) and a small preview (data URL). */
export interface PreparedImage {
  data: string;
  contentType: 'image/jpeg' | 'image/png';
  thumb: string;
}

/**
 * The crew's writes (ADR 0017): each goes into the outbox under a new UUID together with the
 * local state the screen shows (the step as recorded, the photo's preview), in one transaction.
 * The screen updates from that local state at once; the outbox sends when it can.
 */
export class FieldRecorder {
  constructor(
    private readonly outbox: Outbox,
    private readonly uuid: () => string = newUuid,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get db(): FieldDb {
    return this.outbox.db;
  }

  /** Records a step of a job; throws StepAlreadyRecorded when this phone has it already. */
  async recordStep(job: Pick<JobRow, 'job'>, step: FieldStep, form: StepForm): Promise<StepRow> {
    const id = this.uuid();
    const input = buildRecordInput(id, job.job, step, form, this.now());
    const row: StepRow = {
      key: stepKey(job.job.id, step),
      jobId: job.job.id,
      step,
      recordId: id,
      input,
      state: 'pending',
      conflictReason: '',
      conflictStatus: '',
      incident: null,
    };
    await this.outbox.add(
      { id, kind: 'record', jobId: job.job.id, step, url: FIELD_URLS.records, body: input },
      async () => {
        if (await this.db.steps.get(row.key)) throw new StepAlreadyRecorded(step);
        await this.db.steps.add(row);
      },
    );
    return row;
  }

  /** Stores a photo of a step (already a JPEG of at most 1600 px). */
  async addPhoto(jobId: number, step: FieldStep, image: PreparedImage): Promise<MediaRow> {
    const id = this.uuid();
    const body: FieldPhotoInput = { id, jobId, step, contentType: 'image/jpeg', data: image.data };
    const row: MediaRow = {
      id,
      jobId,
      kind: 'photo',
      step,
      thumb: image.thumb,
      label: '',
      createdAt: this.now().toISOString(),
      state: 'pending',
    };
    await this.outbox.add({ id, kind: 'photo', jobId, step, url: FIELD_URLS.photos, body }, () =>
      this.db.media.add(row),
    );
    return row;
  }

  /** Stores a customer's signature (drawn PNG or photo of the signed paper). */
  async addSignature(
    input: Omit<SignatureInput, 'id' | 'signedAt' | 'image'>,
    image: PreparedImage,
    step: FieldStep | null,
  ): Promise<MediaRow> {
    const id = this.uuid();
    const signedAt = this.now().toISOString();
    const body: SignatureInput = {
      ...input,
      id,
      signedAt,
      image: { contentType: image.contentType, data: image.data },
    };
    const row: MediaRow = {
      id,
      jobId: input.jobId,
      kind: 'signature',
      step,
      thumb: image.thumb,
      label: input.signerName,
      document: input.document,
      createdAt: signedAt,
      state: 'pending',
    };
    await this.outbox.add({ id, kind: 'signature', jobId: input.jobId, step, url: FIELD_URLS.signatures, body }, () =>
      this.db.media.add(row),
    );
    return row;
  }
}
