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
