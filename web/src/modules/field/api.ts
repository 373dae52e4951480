import { get, type RequestOptions } from '@/api/client';
import type { Schemas } from '@/api/types';
import type { Job } from '@/modules/jobs/api';

export type FieldStep = Schemas['FieldStep'];
export type FieldCheck = Schemas['FieldCheck'];
export type PieceCount = Schemas['PieceCount'];
export type FieldRecordInput = Schemas['FieldRecordInput'];
export type FieldRecord = Schemas['FieldRecord'];
export type FieldRecordResult = Schemas['FieldRecordResult'];
export type FieldIncident = Schemas['FieldIncident'];
export type CountDifference = Schemas['CountDifference'];
export type JobFieldWork = Schemas['JobFieldWork'];

/**
 * One of the signed-in crew member's jobs, with what the phone shows without another lookup.
 * FOLLOW-UP(my-jobs): `GET /field/my-jobs` is being added to the contract; until it lands these
 * shapes are written here from the agreed design, then they become `Schemas['FieldJob…']`.
 */
export interface MyFieldJob {
  job: Job;
  partyName: string;
  address: string;
  /** Floor, lift and access notes of the site. */
  access?: string;
  /**
   * What the warranty of the job's products covers, shown with the "warranty explained" check.
   * FOLLOW-UP(warranty): the catalogue has no warranty text per series yet; until the server sends
   * one, the check shows alone.
   */
  warranty?: string;
  /** The steps whose record moved the job (by anyone of the crew), in the order recorded. */
  stepsDone: FieldStep[];
}

export interface MyFieldJobList {
  items: MyFieldJob[];
}

/** A photo of a step (JPEG, at most 1600 px on its longer side), sent through the outbox. */
export interface FieldPhotoInput {
  id: string;
  jobId: number;
  step: FieldStep;
  contentType: 'image/jpeg';
  /** The JPEG's bytes, base64 (no data: prefix). */
  data: string;
}

export type SignedDocument = 'installation_receipt' | 'delivery_note' | 'acceptance';
export type SignatureMethod = 'drawn' | 'paper_photo';

/** A customer's signature on a document (drawn on the screen, or a photo of the signed paper). */
export interface SignatureInput {
  id: string;
  jobId: number;
  document: SignedDocument;
  signerName: string;
  signedAt: string;
  method: SignatureMethod;
  image: { contentType: 'image/png' | 'image/jpeg'; data: string };
  counts?: PieceCount[];
  note?: string;
}

/** What the server answers to a signature (the job may move on: a receipt finishes an installation). */
export interface SignResult {
  replayed: boolean;
  jobStatus: Job['status'];
}

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
