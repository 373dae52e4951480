import { get, post } from '@/api/client';
import type { Schemas } from '@/api/types';

export type SignedDocument = Schemas['SignedDocument'];
export type SignedVersion = Schemas['SignedVersion'];
export type DocumentCopy = Schemas['DocumentCopy'];
export type DocumentCopyName = Schemas['DocumentCopyName'];
export type DocumentCopyState = Schemas['DocumentCopyState'];
export type OutstandingDocuments = Schemas['OutstandingDocuments'];
export type MissingDocument = Schemas['MissingDocument'];
export type FieldIncident = Schemas['FieldIncident'];
export type FieldRecord = Schemas['FieldRecord'];
export type JobFieldWork = Schemas['JobFieldWork'];
export type FieldPhoto = Schemas['FieldPhoto'];

/** What the office still has to chase: missing documents and paper copies not back or not filed. */
export function listOutstandingDocuments(): Promise<OutstandingDocuments> {
  return get<OutstandingDocuments>('/field/documents/outstanding');
}

/** Where a tracked paper copy is now; `version` is the document's as read (409 when stale). */
export function setDocumentCopy(
  id: number,
  body: { copy: DocumentCopyName; state: DocumentCopyState; version: number },
): Promise<SignedDocument> {
  return post<SignedDocument>(`/field/documents/${id}/copies`, body);
}

/** A job's signed documents with every version and copy (no images). */
export async function listJobDocuments(jobId: number): Promise<SignedDocument[]> {
  return (await get<{ items: SignedDocument[] }>(`/field/jobs/${jobId}/documents`, undefined, { silent: true })).items;
}

/** A stored photo of a step (JPEG without metadata). */
export function photoUrl(id: number): string {
  return `/api/v1/field/photos/${id}`;
}

/** The PDF of one version of a signed document (opened in a new tab). */
export function documentPdfUrl(id: number, version: number): string {
  return `/api/v1/field/documents/${id}/pdf?version=${version}`;
}

/** Incidents to resolve, oldest first. */
export async function listOpenIncidents(): Promise<FieldIncident[]> {
  return (await get<{ items: FieldIncident[] }>('/field/incidents', { status: 'open' })).items;
}

/** Records kept as conflicts (the job had moved on while the crew was offline), newest first. */
export async function listConflicts(): Promise<FieldRecord[]> {
  return (await get<{ items: FieldRecord[] }>('/field/conflicts')).items;
}

/** Resolves an incident with what the head decided, so the job may close. */
export function resolveIncident(id: number, body: { resolution: string; version: number }): Promise<FieldIncident> {
  return post<FieldIncident>(`/field/incidents/${id}/resolution`, body);
}

/** The states a tracked copy may be put in next, by copy (R-FLD-6/7). */
export function nextCopyStates(copy: DocumentCopyName): DocumentCopyState[] {
  return copy === 'returned_to_supervisor' ? ['returned', 'missing'] : ['handed_over', 'filed'];
}

export type Rework = Schemas['Rework'];
export type ReworkInput = Schemas['ReworkInput'];
export type ReworkList = Schemas['ReworkList'];
export type ReworkOnTime = Schemas['ReworkOnTime'];
export type JobReworks = Schemas['JobReworks'];

/** Reworks committed from `from` to `to` (dates, China), by committed date. */
export function listReworks(from: string, to: string): Promise<ReworkList> {
  return get<ReworkList>('/field/reworks', { from, to });
}

/** The on-time rate per crew and per person of the reworks committed in the period. */
export function getReworkOnTime(from: string, to: string): Promise<ReworkOnTime> {
  return get<ReworkOnTime>('/field/reworks/on-time', { from, to });
}

/** Raises a rework job from `originalJobId` with the date promised to the customer (R-FLD-8). */
export function raiseRework(body: ReworkInput): Promise<Rework> {
  return post<Rework>('/field/reworks', body);
}

/** Records the apology call of rework job `jobId`; `version` is the rework's as read. */
export function recordReworkApology(jobId: number, body: { note: string; version: number }): Promise<Rework> {
  return post<Rework>(`/field/reworks/${jobId}/apology`, body);
}

/** A job's own promise (when it is a rework) and the reworks raised from it. */
export function getJobReworks(jobId: number): Promise<JobReworks> {
  return get<JobReworks>(`/field/jobs/${jobId}/reworks`, undefined, { silent: true });
}
