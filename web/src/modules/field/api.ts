import { get, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type FieldStep = Schemas['FieldStep'];
export type FieldCheck = Schemas['FieldCheck'];
export type PieceCount = Schemas['PieceCount'];
export type FieldRecordInput = Schemas['FieldRecordInput'];
export type FieldRecord = Schemas['FieldRecord'];
export type FieldRecordResult = Schemas['FieldRecordResult'];
export type FieldIncident = Schemas['FieldIncident'];
export type CountDifference = Schemas['CountDifference'];
export type JobFieldWork = Schemas['JobFieldWork'];

/** One of the signed-in crew member's jobs, with what the phone shows without another lookup. */
export type MyFieldJob = Schemas['FieldJob'];
export type MyFieldJobList = Schemas['FieldJobList'];
export type MyFieldJobsQuery = QueryOf<'listMyFieldJobs'>;
/** The warranty in force on a job's day for one series of its products (R-FLD-4). */
export type JobWarranty = Schemas['JobWarranty'];

/** A photo of a step (the phone sends a JPEG of at most 1600 px), under the phone's UUID. */
export type FieldPhotoInput = Schemas['FieldPhotoInput'];
/** What the server answers to a photo (stored re-encoded without metadata, ADR 0016). */
export type FieldPhotoResult = Schemas['FieldPhotoResult'];
/** A stored photo as the job's field work lists it (its bytes at GET /field/photos/{id}). */
export type FieldPhoto = Schemas['FieldPhoto'];

export type SignedDocumentKind = Schemas['FieldDocumentKind'];
export type SignatureMethod = Schemas['SignatureMethod'];
/** A customer's signature on a document (drawn on the screen, or a photo of the signed paper). */
export type SignatureInput = Schemas['SignatureInput'];
/** What the server answers to a signature (a receipt on site finishes the installation). */
export type SignResult = Schemas['SignResult'];

/**
 * Where the outbox sends each kind of entry (relative to /api/v1). The server answers each id once:
 * the same body again is 200 with `replayed: true`, another body under the same id is 409.
 */
export const FIELD_URLS = {
  records: '/field/records',
  photos: '/field/photos',
  signatures: '/field/signatures',
} as const;

/** The signed-in crew member's jobs (lead or member) scheduled from `from` to `to` (China dates). */
export function listMyFieldJobs(
  query: { from: string; to: string },
  options?: RequestOptions,
): Promise<MyFieldJobList> {
  return get<MyFieldJobList>('/field/my-jobs', query, options);
}

/** A job's field records (by recorded time) and incidents. */
export function getJobFieldWork(jobId: number, options?: RequestOptions): Promise<JobFieldWork> {
  return get<JobFieldWork>(`/field/jobs/${jobId}`, undefined, options);
}
